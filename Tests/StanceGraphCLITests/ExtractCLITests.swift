import Foundation
import Testing

@Suite("stancegraph extract")
struct ExtractCLITests {
    static let examples = StanceGraphBinary.repositoryRoot.appendingPathComponent("Examples/articles").path
    static let manifest = StanceGraphBinary.repositoryRoot.appendingPathComponent("Examples/articles/manifest.json").path

    static func document(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func entities(_ document: [String: Any]) -> [[String: Any]] {
        document["entities"] as? [[String: Any]] ?? []
    }

    @Test("the example corpus gives a dated graph with actors and stance relations")
    func exampleCorpus() throws {
        let result = try StanceGraphBinary.run(["extract", Self.examples, "--manifest", Self.manifest])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try Self.document(result.stdoutData)
        let articles = try #require(document["articles"] as? [[String: Any]])
        #expect(articles.count == 8)
        #expect(articles.allSatisfy { $0["date"] is String }, "every example article is dated by the manifest")
        let names = Set(Self.entities(document).compactMap { $0["name"] as? String })
        for country in ["Russia", "North Korea", "Ukraine", "South Korea", "Japan", "United States"] {
            #expect(names.contains(country), "missing \(country)")
        }
        let relations = try #require(document["relations"] as? [[String: Any]])
        #expect(relations.contains { ($0["kind"] as? String) == "stance" })
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let first = try StanceGraphBinary.run(["extract", Self.examples, "--manifest", Self.manifest, "--threads", "2"])
        let second = try StanceGraphBinary.run(["extract", Self.examples, "--manifest", Self.manifest, "--threads", "1"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdoutData == second.stdoutData)
    }

    @Test("--date overrides every other date")
    func dateOverride() throws {
        let result = try StanceGraphBinary.run(["extract", Self.examples, "--manifest", Self.manifest, "--date", "2020-02-29"])
        let articles = try #require(try Self.document(result.stdoutData)["articles"] as? [[String: Any]])
        #expect(articles.allSatisfy { ($0["date"] as? String) == "2020-02-29" && ($0["dateOrigin"] as? String) == "option" })
    }

    @Test("-o writes the file and prints nothing on standard output")
    func outputFile() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.json").path
        let result = try StanceGraphBinary.run(["extract", Self.examples, "-o", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        _ = try Self.document(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("a bad --date is refused with a message saying the expected form")
    func badDate() throws {
        let result = try StanceGraphBinary.run(["extract", Self.examples, "--date", "21/06/2024"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test("an output folder that does not exist is reported and nothing is written")
    func missingOutputFolder() throws {
        let result = try StanceGraphBinary.run(["extract", Self.examples, "-o", "/nonexistent-folder/graph.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent-folder"))
    }

    /// The walking skeleton's acceptance check on the real seed articles (skipped
    /// where ../shared is absent).
    @Test("on the seed articles the key actors, people and the North Korea-Russia cooperation are found")
    func seeds() throws {
        guard let shared = StanceGraphBinary.sharedFolder else { return }
        let seeds = shared.appendingPathComponent("seeds")
        let result = try StanceGraphBinary.run(["extract", seeds.path, "--manifest", seeds.appendingPathComponent("manifest.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try Self.document(result.stdoutData)
        let entities = Self.entities(document)
        func entity(named names: [String]) -> [String: Any]? {
            entities.first { entity in
                let all = [(entity["name"] as? String) ?? ""] + ((entity["aliases"] as? [String]) ?? [])
                return all.contains { names.contains($0) }
            }
        }
        for country in ["South Korea", "North Korea", "Russia", "United States", "Japan", "Ukraine"] {
            #expect(entity(named: [country]) != nil, "missing \(country)")
        }
        #expect(entity(named: ["Cho Tae-yul", "Cho Tae-yeol"]) != nil)
        #expect(entity(named: ["Antony Blinken", "Tony Blinken"]) != nil)
        #expect(entity(named: ["Yoon Suk Yeol", "Yoon Suk-yeol"]) != nil)
        let relations = document["relations"] as? [[String: Any]] ?? []
        let northKorea = entity(named: ["North Korea"])?["id"] as? String
        let russia = entity(named: ["Russia"])?["id"] as? String
        #expect(relations.contains { relation in
            let ends = Set([relation["source"] as? String, relation["target"] as? String])
            return ends == Set([northKorea, russia]) && (relation["stance"] as? String) == "cooperation"
        })
    }
}
