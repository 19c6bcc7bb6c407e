import Foundation
@testable import StanceGraphIngest
import StanceGraphModel

/// A temporary folder for files a test writes; removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `name` (folders created as needed) and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ contents: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file)
        return file.path
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// What reading some inputs gave: the documents and the diagnostics, in order.
struct ReadResult {
    var documents: [RawDocument] = []
    var diagnostics: [Diagnostic] = []

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

func read(_ paths: [String], limits: CorpusReader.Limits = CorpusReader.Limits()) -> ReadResult {
    var result = ReadResult()
    CorpusReader(paths: paths, limits: limits).forEach(diagnostic: { result.diagnostics.append($0) }) { result.documents.append($0) }
    return result
}

/// Cleans a plain-text page.
func clean(_ text: String, title: String? = nil) -> CleanedPage {
    var metadata: [String: String] = [:]
    if let title { metadata["title"] = title }
    return PageCleaner().clean(RawDocument(id: "page", path: "page.txt", format: .text, content: text, metadata: metadata))
}

/// Cleans an HTML page.
func cleanHTML(_ html: String) -> CleanedPage {
    PageCleaner().clean(RawDocument(id: "page", path: "page.html", format: .html, content: html))
}

/// Ingests a plain-text page with the given options.
func ingest(_ text: String, path: String = "page.txt", metadata: [String: String] = [:], options: IngestOptions = IngestOptions())
    -> (article: IngestedArticle, diagnostics: [Diagnostic]) {
    ArticleIngestor(options: options).ingest(RawDocument(id: "page", path: path, format: .text, content: text, metadata: metadata))
}

/// The sentences of `text` as strings.
func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter().split(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

/// `../shared` beside the repository, when this machine has it.
let sharedFolder: URL? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds").path) ? shared : nil
}()

/// Decompresses gzip bytes fed in chunks of `chunkSize`.
func gunzip(_ bytes: [UInt8], chunkSize: Int = 1 << 20) throws -> [UInt8] {
    var decompressor = GzipDecompressor(source: MemoryChunkSource(bytes, chunkSize: chunkSize), path: "test.gz")
    var output: [UInt8] = []
    while let chunk = try decompressor.nextChunk() { output.append(contentsOf: chunk) }
    return output
}
