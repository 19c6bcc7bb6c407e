import Foundation
@testable import StanceGraphIngest
import StanceGraphModel
import Testing

/// The repository's example corpus (`Examples/articles`), read without its
/// manifest: every page's date must be found in the page, and no furniture
/// may reach the text.
@Suite("Example corpus without its manifest")
struct ExampleCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/articles")

    @Test("dates come from the pages and agree with the manifest; titles and furniture stay out of the text")
    func examples() throws {
        guard FileManager.default.fileExists(atPath: Self.folder.path) else {
            print("skipped: Examples/articles is not here")
            return
        }
        var diagnostics: [Diagnostic] = []
        let manifest = try Manifest.load(path: Self.folder.appendingPathComponent("manifest.json").path, diagnostics: &diagnostics)
        var documents: [RawDocument] = []
        CorpusReader(paths: [Self.folder.path]).forEach(diagnostic: { diagnostics.append($0) }) { documents.append($0) }
        #expect(diagnostics.isEmpty)
        #expect(documents.count == manifest.entries.count)
        for document in documents {
            let (ingested, _) = ArticleIngestor().ingest(document)
            let article = ingested.article
            let expected = manifest.entry(for: document.path)?.date
            #expect(article.date == expected, "\(document.id)")
            #expect(article.dateOrigin == .text, "\(document.id)")
            let title = try #require(article.title, "\(document.id)")
            #expect(!article.text.contains(title), "\(document.id)")
            for furniture in ["cookie", "Share", "Advertisement", "Most read", "Related", "Editor's Pick", "Hot news", "Read next",
                              "Tags:", "Subscribe", "Print", "You may also like", "Leave a Comment", "Sponsored", "Published:", "Menu"] {
                #expect(!article.text.localizedCaseInsensitiveContains(furniture), "\(document.id): \(furniture)")
            }
            #expect(ingested.sentences.count >= 4, "\(document.id)")
        }
    }
}
