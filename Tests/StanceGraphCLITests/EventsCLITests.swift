import Foundation
import Testing

@Suite("stancegraph events")
struct EventsCLITests {
    static let header = "id,date,dateOrigin,datePrecision,sourceId,sourceName,sourceCountry,targetId,targetName,targetCountry,stance,polarity,cameo,plover,directed,modality,confidence,trigger,articleId,articleUrl,evidence,evidenceStart,evidenceEnd"

    static func events(_ arguments: [String]) throws -> StanceGraphBinary.Result {
        try StanceGraphBinary.run(["events", "-"] + arguments, input: Data(DiffCLITests.document.utf8))
    }

    @Test("CSV: the fixed header, then one row per stance relation in document order")
    func csv() throws {
        let result = try Self.events([])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == Self.header)
        #expect(lines.count == 7)
        #expect(lines[2] == "jan#2,2024-01-10,,,country:ALB,Alba,,country:CAL,Caldor,,condemnation,-1,111,ACCUSE,true,asserted,1.0,,jan,,Alba condemned Caldor.,36,58")
    }

    @Test("JSON Lines: one object a line, the same columns, from --format or the .jsonl extension")
    func jsonLines() throws {
        let result = try Self.events(["--format", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(Self.header.split(separator: ",").map(String.init)))
        #expect(object["cameo"] as? String == "060")
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("e.jsonl").path
        let written = try StanceGraphBinary.run(["events", "-", "-o", path], input: Data(DiffCLITests.document.utf8))
        #expect(written.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == result.stdout)
    }

    @Test("--stance, --from and --to select rows, with the date forms of every command", arguments: [
        (["--stance", "negative"], 2), (["--from", "2024-03"], 3), (["--to", "2024-01"], 2), (["--from", "2024"], 5),
        (["--from", "2024-01-01..2024-02-29"], 2), (["--stance", "cooperation", "--from", "2024-03-04"], 1),
    ])
    func filters(arguments: [String], rows: Int) throws {
        let result = try Self.events(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == rows + 1, "\(arguments)")
    }

    @Test("bad values are refused", arguments: [
        (["--stance", "anger"], "--stance 'anger'"), (["--format", "xml"], "xml"), (["--from", "2024-02-30"], "not a date"),
        (["-o", "events.xml"], "cannot tell the format"),
    ])
    func refused(arguments: [String], message: String) throws {
        let result = try Self.events(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
