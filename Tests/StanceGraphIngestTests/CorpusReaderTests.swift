import Foundation
@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("CorpusReader: formats")
struct CorpusReaderFormatTests {
    @Test("reads text, HTML and JSON Lines files, folders recursively in sorted order, and gzip")
    func formats() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/second.txt", PageFixtures.body)
        try folder.write("a.html", "<html><body><p>\(PageFixtures.paragraphs[0])</p></body></html>")
        try folder.write("c/d/corpus.jsonl", """
        {"id": "r1", "date": "2024-03-12", "title": "One", "source": "Desk", "text": "\(PageFixtures.paragraphs[1])", "lang": "en", "tags": ["a", "b"], "score": 3}
        {"id": "r2", "html": "<p>\(PageFixtures.paragraphs[3])</p>"}
        """)
        try folder.write("z.txt.gz", Data(GzipFixtures.stored))
        try folder.write("manifest.json", #"{"articles": []}"#)
        try folder.write(".hidden/skip.txt", "hidden")
        try folder.write("notes.pdf", "not an article extension")

        let result = read([folder.url.path])
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.map(\.id.rawValue) == ["a", "second", "r1", "r2", "z"])
        #expect(result.documents.map(\.format) == [.html, .text, .text, .html, .text])
        let record = result.documents[2]
        #expect(record.line == 1)
        #expect(record.metadata["date"] == "2024-03-12")
        #expect(record.metadata["lang"] == "en")
        #expect(record.metadata["tags"] == #"["a", "b"]"#)
        #expect(record.metadata["score"] == "3")
        #expect(record.content == PageFixtures.paragraphs[1])
        #expect(result.documents[4].content == GzipFixtures.shortText)
    }

    @Test("a file named explicitly is read whatever its extension, its format sniffed")
    func sniffing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let html = try folder.write("page.dat", "<!DOCTYPE html><html><body><p>\(PageFixtures.paragraphs[0])</p></body></html>")
        let jsonl = try folder.write("records.json", #"{"id": "x", "text": "Talks resumed."}"#)
        let gz = try folder.write("compressed.bin", Data(GzipFixtures.twoMembers))
        let result = read([html, jsonl, gz])
        #expect(result.documents.map(\.format) == [.html, .text, .text])
        #expect(result.documents.map(\.id.rawValue) == ["page", "x", "compressed"])
        #expect(result.documents[2].content == "First part. Second part.")
    }

    @Test("JSON Lines stream in chunks: records across chunk boundaries are whole")
    func recordsAcrossChunks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // 3 MiB of records: several 1 MiB chunks, boundaries inside records.
        let line = #"{"id": "ID", "date": "2024-01-01", "text": "\#(PageFixtures.paragraphs[0]) \#(PageFixtures.paragraphs[1])"}"#
        let count = 3 * (1 << 20) / line.utf8.count + 1
        let text = (0..<count).map { line.replacingOccurrences(of: "ID", with: "n\($0)") }.joined(separator: "\r\n")
        let path = try folder.write("big.jsonl", text)
        var seen = 0
        var intact = true
        CorpusReader(paths: [path]).forEach(diagnostic: { _ in intact = false }) { document in
            if document.id.rawValue != "n\(seen)" || !document.content.hasSuffix("officials said.") { intact = false }
            seen += 1
        }
        #expect(seen == count)
        #expect(intact)
    }

    @Test("lines split at any chunk size give the same lines", arguments: [1, 2, 5, 64])
    func lineReaderChunks(chunkSize: Int) throws {
        let text = "first line\r\n\nthird line\nfourth"
        var reader = LineReader(source: MemoryChunkSource(Array(text.utf8), chunkSize: chunkSize), maximumLineBytes: 100)
        var lines: [String] = []
        while let line = try reader.next() {
            if case .bytes(let bytes) = line { lines.append(String(decoding: bytes, as: UTF8.self)) }
        }
        #expect(lines == ["first line", "", "third line", "fourth"])
    }
}

@Suite("CorpusReader: bad input")
struct CorpusReaderBadInputTests {
    @Test("each bad input is reported by name and the others are still read")
    func badInputs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("good.txt", PageFixtures.body)
        let binary = try folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        let empty = try folder.write("empty.txt", "")
        let blank = try folder.write("blank.txt", " \n\t\n")
        let invalid = try folder.write("latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" talks resumed on Monday in the capital.".utf8))
        let records = try folder.write("records.jsonl", """
        {"id": "ok1", "text": "Talks resumed."}
        {"id": "broken", "text": "unterminated
        [1, 2, 3]
        {"id": "no-text", "title": "Only a title"}
        {"id": "empty", "text": "   "}
        {"id": "number", "text": 42}

        {"id": "ok2", "text": "Talks ended."}
        """)
        let corrupt = try folder.write("corrupt.txt.gz", Data(GzipFixtures.dynamicHuffman.dropLast(20)))
        let missing = folder.path("missing.txt")

        let result = read([missing, good, binary, empty, blank, invalid, records, corrupt])
        #expect(result.documents.map(\.id.rawValue) == ["good", "latin1", "ok1", "ok2"])

        func message(_ file: String, line: Int? = nil, _ fragment: String, _ severity: Diagnostic.Severity = .error) -> Bool {
            result.diagnostics.contains { $0.file == file && $0.line == line && $0.severity == severity && $0.message.contains(fragment) }
        }
        #expect(message(missing, "no such file or folder"))
        #expect(message(binary, "binary file"))
        #expect(message(empty, "is empty"))
        #expect(message(blank, "is empty"))
        #expect(message(invalid, "invalid UTF-8 at byte 3", .warning))
        #expect(message(records, line: 2, "not a JSON object"))
        #expect(message(records, line: 3, "found an array"))
        #expect(message(records, line: 4, #"neither "text" nor "html""#))
        #expect(message(records, line: 5, #""text" is empty"#))
        #expect(message(records, line: 6, #""text" is not a string"#))
        #expect(message(corrupt, "cannot be decompressed"))
        #expect(result.documents[1].content.contains("Caf\u{FFFD} talks"))
    }

    @Test("a file of one enormous line is read as one paragraph, with a warning")
    func enormousLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = String(repeating: "the talks went on and on without a pause ", count: 40_000)
        let path = try folder.write("one-line.txt", text)
        let result = read([path], limits: CorpusReader.Limits(longLineBytes: 1 << 20))
        #expect(result.documents.count == 1)
        #expect(result.warnings.contains { $0.file == path && $0.line == 1 && $0.message.contains("no line break") })
        let (article, _) = ArticleIngestor().ingest(result.documents[0])
        #expect(article.sentences.count > 100)
        #expect(article.sentences.allSatisfy { $0.end - $0.start <= 2000 })
    }

    @Test("inputs over the limits are skipped without being held in memory")
    func limits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let big = try folder.write("big.txt", String(repeating: "word ", count: 5000))
        let records = try folder.write("r.jsonl", "{\"text\": \"\(String(repeating: "x", count: 5000))\"}\n{\"id\": \"small\", \"text\": \"ok\"}")
        let limits = CorpusReader.Limits(maximumRecordBytes: 1000, maximumDocumentBytes: 1000)
        let result = read([big, records], limits: limits)
        #expect(result.documents.map(\.id.rawValue) == ["small"])
        #expect(result.errors.contains { $0.file == big && $0.message.contains("too large for one article") })
        #expect(result.errors.contains { $0.file == records && $0.line == 1 && $0.message.contains("longer than") })
    }

    @Test("UTF-16 text with a byte order mark is converted; UTF-16 JSON Lines is refused")
    func utf16() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var data = Data([0xFF, 0xFE])
        data.append(PageFixtures.paragraphs[0].data(using: .utf16LittleEndian) ?? Data())
        let text = try folder.write("windows.txt", data)
        let records = try folder.write("windows.jsonl", data)
        let result = read([text, records])
        #expect(result.documents.map(\.content) == [PageFixtures.paragraphs[0]])
        #expect(result.errors.contains { $0.file == records && $0.message.contains("UTF-16") })
    }

    @Test("an empty folder is reported as a warning")
    func emptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = read([folder.url.path])
        #expect(result.documents.isEmpty)
        #expect(result.warnings.contains { $0.message.contains("holds no article files") })
    }
}

@Suite("JSONObjectParser")
struct JSONObjectParserTests {
    func parse(_ line: String) -> Result<[(key: String, value: JSONObjectParser.Value)], JSONObjectParser.Failure> {
        Array(line.utf8).withUnsafeBufferPointer { JSONObjectParser.parse($0) }
    }

    @Test("unescapes strings, including surrogate pairs")
    func strings() throws {
        let members = try parse(#"{"a": "x\"y\\z\/\n\t\u00e9\ud83d\ude42", "b": "\ud800"}"#).get()
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].value == .string("x\"y\\z/\n\té🙂"))
        #expect(members[1].value == .string("\u{FFFD}"))
    }

    @Test("keeps numbers, booleans and nested values as their text; null is nothing")
    func values() throws {
        let members = try parse(#"{"n": -1.5e3, "t": true, "f": false, "z": null, "o": {"k": [1, "]"]}, "e": {}}"#).get()
        #expect(members.map(\.value) == [.literal("-1.5e3"), .literal("true"), .literal("false"), .null,
                                         .nested(#"{"k": [1, "]"]}"#), .nested("{}")])
        #expect(members[3].value.text == nil)
    }

    @Test("says where a malformed line goes wrong", arguments: [
        (#"{"a": 1,}"#, 9), (#"{"a" 1}"#, 6), (#"{"a": tru}"#, 7), (#"{"a": "x"} extra"#, 12), ("", 1), (#"{"a": 01x}"#, 9),
        (#"{"a": "\q"}"#, 8),
    ])
    func failures(line: String, column: Int) {
        guard case .failure(let failure) = parse(line) else {
            Issue.record("expected a failure for \(line)")
            return
        }
        #expect(failure.column == column, "\(line): \(failure.message)")
    }
}

@Suite("Manifest")
struct ManifestTests {
    @Test("reports dates that are not dates and files that do not exist")
    func problems() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", PageFixtures.body)
        let path = try folder.write("manifest.json", """
        {"articles": [{"file": "a.txt", "date": "2024-02-30"}, {"file": "gone.txt", "date": "2024-01-01"}, {"date": "2024-01-01"}]}
        """)
        var diagnostics: [Diagnostic] = []
        let manifest = try Manifest.load(path: path, diagnostics: &diagnostics)
        #expect(diagnostics.contains { $0.file == path && $0.message.contains("'2024-02-30' is not a date") })
        #expect(diagnostics.contains { $0.message.contains("entry 3 has no \"file\"") })
        #expect(manifest.missingFiles() == ["gone.txt"])
        #expect(manifest.entry(for: folder.path("a.txt"))?.date == nil)
    }

    @Test("a manifest that is not JSON throws a clear error")
    func malformed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("manifest.json", "{not json")
        var diagnostics: [Diagnostic] = []
        #expect(throws: IngestError.malformedManifest(path: path, reason: "not valid JSON")) {
            try Manifest.load(path: path, diagnostics: &diagnostics)
        }
    }
}
