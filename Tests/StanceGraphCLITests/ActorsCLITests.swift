import Foundation
import Testing

@Suite("stancegraph extract --actors")
struct ActorsCLITests {
    let header = "type\tid\tname\taliases\tcountry\trole\tfrom\tto\n"

    /// Runs `extract` on one article with an actor file; returns the result and the document's entities by id.
    func extract(article: String, actors: String?, actorsName: String = "my-actors.tsv") throws
        -> (result: StanceGraphBinary.Result, entities: [String: [String: Any]]) {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try article.write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        var arguments = ["extract", "article.txt", "--date", "2024-05-02", "-o", "graph.json"]
        if let actors {
            try actors.write(to: folder.appendingPathComponent(actorsName), atomically: true, encoding: .utf8)
            arguments += ["--actors", actorsName]
        } else {
            arguments += ["--actors", actorsName]
        }
        let result = try StanceGraphBinary.run(arguments, in: folder)
        var entities: [String: [String: Any]] = [:]
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("graph.json").path),
           let document = try JSONSerialization.jsonObject(with: data) as? [String: Any],
           let list = document["entities"] as? [[String: Any]] {
            for entity in list { if let id = entity["id"] as? String { entities[id] = entity } }
        }
        return (result, entities)
    }

    @Test("a user's actor is recognized by its aliases, with its country and role")
    func addsActors() throws {
        let (result, entities) = try extract(
            article: "Quillen met reporters after the vote.",
            actors: header + "person\t\tMarta Quillen\tQuillen\tISL\tforeign minister\t2023-01-01\t\n")
        #expect(result.status == 0, "\(result.stderr)")
        let person = entities["person:marta-quillen"]
        #expect(person?["country"] as? String == "country:ISL")
        #expect(person?["role"] as? String == "foreign minister")
    }

    @Test("a user's line with a built-in id overrides the built-in actor")
    func overrides() throws {
        let (result, entities) = try extract(
            article: "Blinken met reporters after the vote.",
            actors: header + "person\tperson:antony-blinken\tAntony Blinken\tBlinken\tGBR\tambassador\t\t\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(entities["person:antony-blinken"]?["country"] as? String == "country:GBR")
    }

    @Test("a bad line is reported with the file and line, the rest still used, and the exit status is 1")
    func badLine() throws {
        let (result, entities) = try extract(
            article: "Quillen met reporters after the vote.",
            actors: header + "person\t\tBroken\t\t\t\tsoon\t\nperson\t\tMarta Quillen\tQuillen\tISL\t\t\t\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("my-actors.tsv"))
        #expect(result.stderr.contains("2"), "the line number: \(result.stderr)")
        #expect(result.stderr.contains("'soon'"))
        #expect(entities["person:marta-quillen"] != nil)
    }

    @Test("a missing actor file stops extraction with a message naming it")
    func missingFile() throws {
        let (result, _) = try extract(article: "Nothing here.", actors: nil, actorsName: "absent.tsv")
        #expect(result.status != 0)
        #expect(result.stderr.contains("absent.tsv"))
        #expect(result.stderr.contains("cannot be read"))
    }
}
