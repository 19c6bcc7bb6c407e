import Foundation
import Testing

@Suite("stancegraph extract --lexicon")
struct LexiconCLITests {
    let header = "stance\tphrase\tform\tdirection\ttargets\tweight\tcameo\n"

    /// Runs `extract` on one article with a lexicon file; returns the result and the stance relations.
    func extract(article: String, lexicon: String?) throws -> (result: StanceGraphBinary.Result, relations: [[String: Any]]) {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try article.write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        var arguments = ["extract", "article.txt", "--date", "2024-05-02", "-o", "graph.json"]
        if let lexicon {
            try lexicon.write(to: folder.appendingPathComponent("triggers.tsv"), atomically: true, encoding: .utf8)
        }
        arguments += ["--lexicon", "triggers.tsv"]
        let result = try StanceGraphBinary.run(arguments, in: folder)
        var relations: [[String: Any]] = []
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("graph.json").path),
           let document = try JSONSerialization.jsonObject(with: data) as? [String: Any],
           let list = document["relations"] as? [[String: Any]] {
            relations = list.filter { $0["kind"] as? String == "stance" }
        }
        return (result, relations)
    }

    @Test("a trigger the built-in lexicon lacks is added, with its CAMEO code and PLOVER type")
    func addsTrigger() throws {
        let article = "Chile upbraided Peru at the summit."
        let before = try extract(article: article, lexicon: header)
        #expect(before.result.status == 0, "\(before.result.stderr)")
        #expect(before.relations.isEmpty)
        let after = try extract(article: article, lexicon: header + "condemnation\tupbraid\tverb\tdirected\t_\t0.8\t111\n")
        #expect(after.result.status == 0, "\(after.result.stderr)")
        let relation = after.relations.first
        #expect(after.relations.count == 1)
        #expect(relation?["source"] as? String == "country:CHL")
        #expect(relation?["target"] as? String == "country:PER")
        #expect(relation?["stance"] as? String == "condemnation")
        #expect(relation?["cameo"] as? String == "111")
        #expect(relation?["plover"] as? String == "ACCUSE")
    }

    @Test("a line with a built-in phrase and form overrides it; stance none removes it")
    func overridesTrigger() throws {
        let article = "Chile condemned Peru on Monday."
        let builtIn = try extract(article: article, lexicon: header)
        #expect(builtIn.relations.first?["stance"] as? String == "condemnation")
        let changed = try extract(article: article, lexicon: header + "concern\tcondemn\tverb\tdirected\t_\t0.9\t110\n")
        #expect(changed.result.status == 0, "\(changed.result.stderr)")
        #expect(changed.relations.map { $0["stance"] as? String } == ["concern"])
        let removed = try extract(article: article, lexicon: header + "none\tcondemn\tverb\n")
        #expect(removed.result.status == 0, "\(removed.result.stderr)")
        #expect(removed.relations.isEmpty)
    }

    @Test("a bad line is reported with the file and line and skipped; a missing file stops with a message")
    func badInput() throws {
        let bad = try extract(article: "Chile upbraided Peru.", lexicon: header + "scolding\tupbraid\tverb\n")
        #expect(bad.result.status == 1)
        #expect(bad.result.stderr.contains("triggers.tsv"))
        #expect(bad.result.stderr.contains(":2"), "the line number: \(bad.result.stderr)")
        let missing = try extract(article: "Chile upbraided Peru.", lexicon: nil)
        #expect(missing.result.status != 0)
        #expect(missing.result.stderr.contains("triggers.tsv"))
        #expect(missing.result.stderr.contains("cannot be read"))
    }
}
