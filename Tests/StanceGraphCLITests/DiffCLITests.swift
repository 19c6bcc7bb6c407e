import Foundation
import Testing

@Suite("stancegraph diff")
struct DiffCLITests {
    /// A small dated document written for these tests: Alba and Borea cooperate in
    /// January and more in March; Alba condemns Caldor in January; in March Alba
    /// and Caldor sign an agreement.
    static let document = """
    {
      "articles": [
        {"id": "jan", "date": "2024-01-10", "text": "Alba and Borea agreed to cooperate. Alba condemned Caldor."},
        {"id": "mar", "date": "2024-03-04", "text": "Alba and Borea cooperate on ports. Alba and Caldor signed an agreement."},
        {"id": "nodate", "text": "Borea threatened Caldor."}
      ],
      "entities": [
        {"id": "country:ALB", "name": "Alba", "type": "country", "mentions": [{"article": "jan", "start": 0, "end": 4, "text": "Alba"}]},
        {"id": "country:BOR", "name": "Borea", "type": "country"},
        {"id": "country:CAL", "name": "Caldor", "type": "country"},
        {"id": "person:ana-vell", "name": "Ana Vell", "type": "person"}
      ],
      "relations": [
        {"id": "jan#1", "source": "country:ALB", "target": "country:BOR", "stance": "cooperation", "directed": false,
         "date": "2024-01-10", "article": "jan", "evidence": {"text": "Alba and Borea agreed to cooperate.", "start": 0, "end": 35}},
        {"id": "jan#2", "source": "country:ALB", "target": "country:CAL", "stance": "condemnation", "directed": true,
         "date": "2024-01-10", "article": "jan", "evidence": {"text": "Alba condemned Caldor.", "start": 36, "end": 58}},
        {"id": "mar#1", "source": "country:ALB", "target": "country:BOR", "stance": "cooperation", "directed": false,
         "date": "2024-03-04", "article": "mar", "evidence": {"text": "Alba and Borea cooperate on ports.", "start": 0, "end": 34}},
        {"id": "mar#2", "source": "country:ALB", "target": "country:CAL", "stance": "agreement", "directed": false,
         "date": "2024-03-04", "article": "mar", "evidence": {"text": "Alba and Caldor signed an agreement.", "start": 35, "end": 71}},
        {"id": "mar#3", "source": "person:ana-vell", "target": "country:CAL", "stance": "support", "directed": true,
         "date": "2024-03-04", "article": "mar", "evidence": {"text": "Alba and Caldor signed an agreement.", "start": 35, "end": 71}},
        {"id": "nodate#1", "source": "country:BOR", "target": "country:CAL", "stance": "threat", "directed": true,
         "article": "nodate", "evidence": {"text": "Borea threatened Caldor.", "start": 0, "end": 24}}
      ]
    }
    """

    /// Writes `text` to a new file in `folder`.
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the text report lists the changes with their sentences and notes undated relations")
    func textReport() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.write(Self.document, "graph.json", in: folder)
        let result = try StanceGraphBinary.run(["diff", graph, "--from", "2024-01-31", "--to", "2024-03-31"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("StanceGraph diff: up to 2024-01-31 → up to 2024-03-31\n"))
        #expect(result.stdout.contains("↑ Alba — Borea: cooperation, 1 → 2 mentions, 2024-01-10..2024-03-04"))
        #expect(result.stdout.contains("2024-03-04 mar “Alba and Borea cooperate on ports.”"))
        #expect(result.stdout.contains("~ Alba — Caldor: negative → positive"))
        #expect(result.stdout.contains("1 relation from 1 article with unknown dates was left out (both snapshots): nodate"))
    }

    @Test("reading the document from standard input works like reading a file")
    func standardInput() throws {
        let result = try StanceGraphBinary.run(["diff", "-", "--from", "2024-01", "--to", "2024-03"], input: Data(Self.document.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Relations that disappeared (1)"))
        #expect(result.stdout.contains("- Alba → Caldor: condemnation, 1 → 0 mentions"))
    }

    @Test("-o with .md writes Markdown, with .json writes JSON, and nothing on standard output")
    func outputFormats() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.write(Self.document, "graph.json", in: folder)
        let markdown = folder.appendingPathComponent("diff.md").path
        let json = folder.appendingPathComponent("diff.json").path
        for path in [markdown, json] {
            let result = try StanceGraphBinary.run(["diff", graph, "--from", "2024-01-31", "--to", "2024-03-31", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let report = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(report.hasPrefix("# StanceGraph diff"))
        #expect(report.contains("## Relations that grew (1)"))
        let diff = try Self.json(try Data(contentsOf: URL(fileURLWithPath: json)))
        let relations = try #require(diff["relations"] as? [[String: Any]])
        let grew = try #require(relations.first { ($0["kind"] as? String) == "grew" })
        let added = try #require(grew["added"] as? [[String: Any]])
        #expect(added.first?["sentence"] as? String == "Alba and Borea cooperate on ports.")
        #expect(added.first?["article"] as? String == "mar")
        #expect((diff["flips"] as? [Any])?.count == 1)
        let again = try StanceGraphBinary.run(["diff", graph, "--from", "2024-01-31", "--to", "2024-03-31", "--format", "json"])
        #expect(again.stdoutData == (try Data(contentsOf: URL(fileURLWithPath: json))), "the same diff gives the same bytes")
    }

    @Test("the diff diagram is written as DOT, SVG or PNG, by extension or --format")
    func diagram() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.write(Self.document, "graph.json", in: folder)
        let dot = try StanceGraphBinary.run(["diff", graph, "--from", "2024-01", "--to", "2024-03", "--format", "dot"])
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.hasPrefix("digraph \"stancegraph-diff\" {"))
        #expect(dot.stdout.contains("flip:country:ALB--country:CAL") || dot.stdout.contains("edge_flip_country_alb_country_cal"))
        let svgPath = folder.appendingPathComponent("diff.svg").path
        let svg = try StanceGraphBinary.run(["diff", graph, "--from", "2024-01", "--to", "2024-03", "-o", svgPath])
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(try String(contentsOfFile: svgPath, encoding: .utf8).contains("<svg"))
        let png = try StanceGraphBinary.run(["diff", graph, "--from", "2024-01", "--to", "2024-03", "--format", "png"])
        #expect(png.stdoutData.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("two documents are compared whole, and a renamed entity is reported as renamed")
    func twoDocuments() throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try Self.write(Self.document, "old.json", in: folder)
        let renamed = Self.document
            .replacingOccurrences(of: "person:ana-vell", with: "person:anna-vell")
            .replacingOccurrences(of: "\"name\": \"Ana Vell\", \"type\": \"person\"",
                                  with: "\"name\": \"Anna Vell\", \"type\": \"person\", \"aliases\": [\"Ana Vell\"]")
        let new = try Self.write(renamed, "new.json", in: folder)
        let result = try StanceGraphBinary.run(["diff", old, new])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("renamed: Ana Vell (person:ana-vell) → Anna Vell (person:anna-vell)"))
        #expect(!result.stdout.contains("Actors that appeared"))
        #expect(!result.stdout.contains("Relations that appeared"))
    }

    @Test("bad arguments are refused with a message saying what to write", arguments: [
        (["--from", "2024-13-01", "--to", "2024-03"], "YYYY-MM-DD"),
        (["--from", "June"], "A..B"),
        (["--to", "2024-03"], "give --from"),
        (["--from", "2024-03-31", "--to", "2024-01-31"], "give the earlier one first"),
        (["--from", "2024-01", "--metric", "fame"], "is not a metric"),
        (["--from", "2024-01", "-o", "report.xyz"], "cannot tell the format"),
    ])
    func badArguments(arguments: [String], message: String) throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.write(Self.document, "graph.json", in: folder)
        let result = try StanceGraphBinary.run(["diff", graph] + arguments, in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.xyz").path))
    }

    @Test("--from with two documents is refused")
    func fromWithTwoDocuments() throws {
        let result = try StanceGraphBinary.run(["diff", "a.json", "b.json", "--from", "2024-01"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("two documents are each compared whole"))
    }

    @Test("a missing document is named in the error")
    func missingDocument() throws {
        let result = try StanceGraphBinary.run(["diff", "/nonexistent/graph.json", "--from", "2024-01"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/graph.json"))
    }

    /// The acceptance check on the real seed articles (skipped where
    /// ../shared is absent): between 2023-09-30 and 2024-11-30 the North Korea–Russia
    /// cooperation grows, South Korea–Ukraine relations appear and ranks change, each
    /// with the articles and sentences behind it.
    @Test("on the seeds, North Korea–Russia cooperation grows, South Korea–Ukraine relations appear, ranks change")
    func seeds() throws {
        guard let shared = StanceGraphBinary.sharedFolder else { return }
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = shared.appendingPathComponent("seeds")
        let graph = folder.appendingPathComponent("seeds.json").path
        let extract = try StanceGraphBinary.run(["extract", seeds.path, "--manifest", seeds.appendingPathComponent("manifest.json").path, "-o", graph])
        #expect(extract.status == 0, "\(extract.stderr)")
        let articleIDs = try Set(#require(try Self.json(try Data(contentsOf: URL(fileURLWithPath: graph)))["articles"] as? [[String: Any]])
            .compactMap { $0["id"] as? String })

        let result = try StanceGraphBinary.run(["diff", graph, "--from", "2023-09-30", "--to", "2024-11-30", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let diff = try Self.json(result.stdoutData)
        let relations = try #require(diff["relations"] as? [[String: Any]])
        func names(_ relation: [String: Any]) -> Set<String> {
            Set([relation["source"], relation["target"]].compactMap { ($0 as? [String: Any])?["name"] as? String })
        }
        func citations(_ relation: [String: Any]) -> [[String: Any]] {
            (relation["added"] as? [[String: Any]] ?? []) + (relation["removed"] as? [[String: Any]] ?? [])
        }

        let cooperation = try #require(relations.first { names($0) == ["North Korea", "Russia"] && ($0["stance"] as? String) == "cooperation" })
        #expect((cooperation["after"] as? Int ?? 0) > (cooperation["before"] as? Int ?? 0))
        #expect(!citations(cooperation).isEmpty)

        let southKoreaUkraine = relations.filter { names($0) == ["South Korea", "Ukraine"] && ($0["kind"] as? String) == "appeared" }
        #expect(!southKoreaUkraine.isEmpty)

        let ranks = try #require(diff["ranks"] as? [[String: Any]])
        #expect(!ranks.isEmpty)
        #expect(ranks.allSatisfy { rank in (rank["addedMentions"] as? Int ?? 0) == 0 || !(rank["articles"] as? [String] ?? []).isEmpty })

        // Every change cites seed articles and their sentences.
        for relation in relations where (relation["kind"] as? String) != "unchanged" {
            let cited = citations(relation)
            #expect(!cited.isEmpty)
            #expect(cited.allSatisfy { articleIDs.contains($0["article"] as? String ?? "") && !($0["sentence"] as? String ?? "").isEmpty })
        }

        let text = try StanceGraphBinary.run(["diff", graph, "--from", "2023-09-30", "--to", "2024-11-30"])
        #expect(text.stdout.contains("North Korea — Russia: cooperation"))
        #expect(text.stdout.contains("Rank changes by degree"))
    }
}
