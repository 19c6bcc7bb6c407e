import Foundation
import Testing

/// `stancegraph import` on the invented files of `Tests/Fixtures/eventdata`.
@Suite("stancegraph import")
struct ImportCLITests {
    static func fixture(_ name: String) -> String {
        StanceGraphBinary.repositoryRoot.appendingPathComponent("Tests/Fixtures/eventdata/\(name)").path
    }

    /// Imports into a temporary file and hands over the result and the document read back.
    static func importing(_ arguments: [String], _ body: (StanceGraphBinary.Result, [String: Any]?, URL) throws -> Void) throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("imported.json")
        let result = try StanceGraphBinary.run(["import"] + arguments + ["-o", output.path])
        let document = (try? Data(contentsOf: output)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        try body(result, document, output)
    }

    @Test("each format gives a graph document; unreadable rows are named with their line and the exit status is 1", arguments: [
        ("gdelt-sample.export.tsv", "gdelt", 4, ":8: error:"),
        ("icews-sample.tab", "icews", 3, ":6: error:"),
        ("polecat-sample.tsv", "polecat", 2, ":5: error:"),
        ("polecat-sample.jsonl", "polecat", 2, ":3: error:"),
    ])
    func formats(file: String, format: String, relations: Int, error: String) throws {
        try Self.importing([Self.fixture(file), "--format", format]) { result, document, _ in
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains(error))
            #expect(result.stderr.contains("event(s) imported"))
            let list = try #require(document?["relations"] as? [[String: Any]])
            #expect(list.count == relations)
        }
    }

    @Test("GDELT: ids, URLs, codes and country ids are kept; what is left out is said")
    func gdelt() throws {
        try Self.importing([Self.fixture("gdelt-sample.export.tsv"), "--format", "gdelt"]) { result, document, _ in
            #expect(result.stderr.contains("their code relates no one"))
            #expect(result.stderr.contains("POLICE (1), REBEL (1)"))
            #expect(result.stderr.contains("both sides are the same actor"))
            let relations = try #require(document?["relations"] as? [[String: Any]])
            #expect(relations[0]["id"] as? String == "gdelt-900000001#1")
            #expect(relations[0]["source"] as? String == "country:USA")
            #expect(relations[0]["cameo"] as? String == "112")
            #expect(relations[0]["plover"] as? String == "ACCUSE")
            let articles = try #require(document?["articles"] as? [[String: Any]])
            let metadata = try #require(articles[0]["metadata"] as? [String: String])
            #expect(metadata["url"] == "https://news.example.org/2024/06/19/a")
            #expect(metadata["GLOBALEVENTID"] == "900000001")
        }
    }

    @Test("an imported document works with every other command")
    func composes() throws {
        try Self.importing([Self.fixture("gdelt-sample.export.tsv"), Self.fixture("gdelt-sample.export.tsv"), "--format", "gdelt"]) { _, _, output in
            for arguments in [["metrics", output.path], ["events", output.path], ["render", output.path, "--format", "dot"],
                              ["timeline", output.path, "--period", "day"], ["diff", output.path, "--from", "2024-06-19"],
                              ["export", output.path, "--format", "gexf"]] {
                let result = try StanceGraphBinary.run(arguments)
                #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            }
            let events = try StanceGraphBinary.run(["events", output.path])
            #expect(events.stdout.contains("gdelt-900000001-2#1"), "a repeated id gets a suffix")
            #expect(events.stdout.contains(",https://news.example.org/2024/06/19/a,"))
        }
    }

    @Test("--actors adds actors the data names")
    func actors() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = folder.appendingPathComponent("actors.tsv")
        try "type\tid\tname\taliases\tcountry\trole\tfrom\tto\norganization\torganization:protesters\tProtesters\t\t\t\t\t\n"
            .write(to: dictionary, atomically: true, encoding: .utf8)
        try Self.importing([Self.fixture("polecat-sample.tsv"), "--format", "polecat", "--actors", dictionary.path]) { result, document, _ in
            #expect(!result.stderr.contains("Protesters (1)"), "\(result.stderr)")
            #expect((document?["relations"] as? [Any])?.count == 3)
        }
    }

    @Test("standard input is read, and the document goes to standard output without -o")
    func pipes() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("polecat-sample.jsonl")))
        let result = try StanceGraphBinary.run(["import", "-", "--format", "polecat"], input: data)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:3: error:"))
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect((object["relations"] as? [Any])?.count == 2)
    }

    @Test("a missing file, a file of another format and a missing --format are refused")
    func refused() throws {
        let missing = try StanceGraphBinary.run(["import", "no-such.tsv", "--format", "gdelt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no-such.tsv: error: no such file"))
        let wrong = try StanceGraphBinary.run(["import", Self.fixture("icews-sample.tab"), "--format", "gdelt"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("GDELT 2.0 has 61"))
        #expect(wrong.stderr.contains("nothing was written"))
        let noFormat = try StanceGraphBinary.run(["import", Self.fixture("icews-sample.tab")])
        #expect(noFormat.status != 0)
        #expect(noFormat.stderr.contains("--format"))
    }
}
