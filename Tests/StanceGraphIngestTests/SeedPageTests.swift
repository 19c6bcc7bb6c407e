import Foundation
@testable import StanceGraphIngest
import StanceGraphModel
import Testing

/// The four real scraped pages of `../shared/seeds`, read at run time (their
/// text is never copied here). Skipped where `../shared` is absent.
@Suite("Seed pages (../shared/seeds)")
struct SeedPageTests {
    struct Seed: Sendable, CustomTestStringConvertible {
        var file: String
        /// Accepted publication dates without a manifest; empty means unknown.
        var dates: [String]
        /// Where the page's furniture starts, when no gold file says so.
        var furnitureMarker: String?
        var testDescription: String { file }
    }

    static let seeds = [
        Seed(file: "000_a94f45baae83f691.txt", dates: ["2024-11-15"]),
        Seed(file: "001_e12e520f705a4e69.txt", dates: ["2024-06-22", "2024-06-21"]),
        Seed(file: "002_6adff100625acb9b.txt", dates: []),
        Seed(file: "003_b3ae7b4711933274.txt", dates: [], furnitureMarker: "Sponsor"),
    ]

    /// The gold file's `body_ends_before` for a seed, if there is one.
    static func goldMarker(_ shared: URL, _ file: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("eval/gold").path) else { return nil }
        for name in names.sorted() where name.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: shared.appendingPathComponent("eval/gold/\(name)").path),
                  let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any], gold["article"] as? String == file else { continue }
            return gold["body_ends_before"] as? String
        }
        return nil
    }

    @Test("the cleaned text ends where the article ends, and the date is right or unknown", arguments: seeds)
    func seed(_ seed: Seed) throws {
        guard let shared = sharedFolder else {
            print("skipped: ../shared is not on this machine")
            return
        }
        let path = shared.appendingPathComponent("seeds/\(seed.file)").path
        let raw = try String(contentsOfFile: path, encoding: .utf8)
        var documents: [RawDocument] = []
        CorpusReader(paths: [path]).forEach(diagnostic: { _ in }) { documents.append($0) }
        let (article, diagnostics) = ArticleIngestor().ingest(try #require(documents.first))

        // Dates.
        if seed.dates.isEmpty {
            #expect(article.article.date == nil)
            #expect(diagnostics.contains { $0.message.contains("date is unknown") })
        } else {
            #expect(seed.dates.contains(article.article.date?.iso ?? "none"))
        }

        // The end: nothing from the furniture onwards, and the text's last line
        // comes from before it.
        let marker = try #require(Self.goldMarker(shared, seed.file) ?? seed.furnitureMarker)
        let text = article.article.text
        #expect(!text.contains(marker))
        // The raw page with quotes normalized as the cleaner does.
        var page = raw
        for (curly, straight) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\"")] {
            page = page.replacingOccurrences(of: curly, with: straight)
        }
        let lastLine = try #require(text.split(separator: "\n").last.map(String.init))
        let tailPosition = try #require(page.range(of: String(lastLine.suffix(40))))
        let markerPosition = try #require(page.range(of: marker, options: .backwards))
        #expect(tailPosition.upperBound <= markerPosition.lowerBound)

        // Sentences have offsets into the text.
        #expect(!article.sentences.isEmpty)
        #expect(article.sentences.allSatisfy { $0.end <= article.bytes.count && $0.start < $0.end })
    }
}
