import Foundation
import Testing

@Suite("stancegraph extract: inputs")
struct IngestCLITests {
    static let article = """
    Talks Resume in Geneva
    Published: 2024-03-12

    Foreign ministers of Norway and Chile met in Geneva on Tuesday to discuss a new fisheries agreement and closer cooperation on research.
    The two sides agreed to set up a joint working group that will report before the end of the year, officials said.
    """

    /// The articles of a JSON document on standard output.
    func articles(_ result: StanceGraphBinary.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
        return object?["articles"] as? [[String: Any]] ?? []
    }

    @Test("a missing path among good ones: the others are processed, the message names it, the exit status is 1")
    func missingPath() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("good.txt"))
        let result = try StanceGraphBinary.run(["extract", "good.txt", "nowhere.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nowhere.txt: error: no such file or folder"))
        let read = try articles(result)
        #expect(read.map { $0["id"] as? String } == ["good"])
        #expect(read.first?["date"] as? String == "2024-03-12")
        #expect(read.first?["title"] as? String == "Talks Resume in Geneva")
    }

    @Test("standard input as -")
    func standardInput() throws {
        let result = try StanceGraphBinary.run(["extract", "-", "--date", "2024-06-21"], input: Data(Self.article.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let read = try articles(result)
        #expect(read.map { $0["id"] as? String } == ["stdin"])
        #expect(read.first?["date"] as? String == "2024-06-21")
        #expect((read.first?["text"] as? String)?.hasPrefix("Foreign ministers of Norway") == true)
    }

    @Test("a gzip-compressed input is read transparently, from a file and from standard input")
    func gzipInput() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("corpus.jsonl")
        let line = #"{"id": "g1", "date": "2024-02-01", "text": "Foreign ministers met in Geneva on Tuesday to discuss fisheries."}"# + "\n"
        try Data(line.utf8).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", plain.path]
        try gzip.run()
        gzip.waitUntilExit()
        guard gzip.terminationStatus == 0 else {
            print("skipped: gzip is not available")
            return
        }
        let fromFile = try StanceGraphBinary.run(["extract", "corpus.jsonl.gz"], in: folder)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(try articles(fromFile).map { $0["id"] as? String } == ["g1"])
        let compressed = try Data(contentsOf: folder.appendingPathComponent("corpus.jsonl.gz"))
        let fromInput = try StanceGraphBinary.run(["extract", "-"], input: compressed)
        #expect(try articles(fromInput).map { $0["date"] as? String } == ["2024-02-01"])
    }

    @Test("a malformed JSON Lines record: its line is named, the others are read, the exit status is 1")
    func malformedRecord() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id": "a1", "date": "2024-02-01", "text": "Foreign ministers met in Geneva on Tuesday to discuss fisheries."}"#,
            #"{"id": "a2", "text": "this record is cut off"#,
            #"{"id": "a3", "date": "2024-02-02", "text": "The talks ended on Wednesday without an agreement on quotas."}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("records.jsonl"))
        let result = try StanceGraphBinary.run(["extract", "records.jsonl"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("records.jsonl:2: error: not a JSON object"))
        #expect(try articles(result).map { $0["id"] as? String } == ["a1", "a3"])
    }

    @Test("a manifest naming a missing file or a bad date is reported; the rest is processed")
    func manifestProblems() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("a.txt"))
        let manifest = #"{"articles": [{"file": "a.txt", "date": "21 June"}, {"file": "gone.txt", "date": "2024-01-01"}]}"#
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("manifest.json"))
        let result = try StanceGraphBinary.run(["extract", "a.txt", "--manifest", "manifest.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("'21 June' is not a date"))
        #expect(result.stderr.contains("gone.txt"))
        #expect(try articles(result).first?["date"] as? String == "2024-03-12")
    }

    @Test("a binary file and an empty file are skipped by name")
    func binaryAndEmpty() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.article.utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: folder.appendingPathComponent("blob.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let result = try StanceGraphBinary.run(["extract", "blob.txt", "empty.txt", "good.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("blob.txt: error: looks like a binary file"))
        #expect(result.stderr.contains("empty.txt: error: is empty"))
        #expect(try articles(result).map { $0["id"] as? String } == ["good"])
    }
}
