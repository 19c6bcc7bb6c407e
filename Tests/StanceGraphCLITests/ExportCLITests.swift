import Foundation
import Testing

/// `stancegraph export` run as a user runs it, on the dated document of the diff tests.
@Suite("stancegraph export")
struct ExportCLITests {
    /// Runs `export` on `DiffCLITests.document` in a fresh folder; `body` reads the results there.
    static func export(_ arguments: [String], _ body: (StanceGraphBinary.Result, URL) throws -> Void) throws {
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = folder.appendingPathComponent("graph.json")
        try Data(DiffCLITests.document.utf8).write(to: graph)
        let result = try StanceGraphBinary.run(["export", graph.path] + arguments, in: folder)
        try body(result, folder)
    }

    @Test("each format is written to -o, the format following the extension or --format", arguments: [
        (["-o", "g.graphml"], "g.graphml", "<graphml "),
        (["-o", "g.gexf"], "g.gexf", "<gexf "),
        (["-o", "g.cyjs"], "g.cyjs", "\"elements\": {"),
        (["--format", "nodelink", "-o", "g.json"], "g.json", "\"multigraph\": true"),
        (["--format", "cytoscape", "-o", "c.json"], "c.json", "\"format_version\": \"1.0\""),
    ])
    func formats(arguments: [String], file: String, marker: String) throws {
        try Self.export(arguments) { result, folder in
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains(marker))
        }
    }

    @Test("GraphML on standard output has the view's nodes and merged edges")
    func graphMLCounts() throws {
        try Self.export(["--format", "graphml"]) { result, _ in
            #expect(result.status == 0, "\(result.stderr)")
            // Alba, Borea, Caldor, Ana Vell; cooperation (2 mentions), condemnation, agreement, support, threat (undated).
            #expect(result.stdout.components(separatedBy: "<node id=").count - 1 == 4)
            #expect(result.stdout.components(separatedBy: "<edge id=").count - 1 == 5)
            #expect(result.stdout.contains("<data key=\"e_evidenceCount\">2</data>"))
        }
    }

    @Test("the view and filter flags of metrics and render apply", arguments: [
        (["--stance", "positive"], 3), (["--from", "2024-03"], 3), (["--to", "2024-01"], 2), (["--from", "2024-01..2024-01"], 2),
        (["--view", "countries"], 5), (["--ego", "Borea", "--depth", "1"], 4), (["--min-weight", "2"], 1),
        (["--weight", "confidence"], 5), (["--agreements"], 5),
    ])
    func viewFlags(arguments: [String], edges: Int) throws {
        try Self.export(["--format", "nodelink"] + arguments) { result, _ in
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
            #expect((object["edges"] as? [Any])?.count == edges, "\(arguments)")
        }
    }

    @Test("--metrics adds metric attributes under their camelCase names; --path-length and --threads are taken")
    func metrics() throws {
        try Self.export(["--format", "cytoscape", "--metrics", "degree,net_stance,pagerank", "--path-length", "inverse-weight", "--threads", "1"]) { result, _ in
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
            let nodes = try #require((object["elements"] as? [String: Any])?["nodes"] as? [[String: Any]])
            let alba = try #require(nodes.first { ($0["data"] as? [String: Any])?["id"] as? String == "country:ALB" })
            let data = try #require(alba["data"] as? [String: Any])
            #expect(data["degree"] as? Double == 2)
            #expect(data["netStance"] != nil)
            #expect(data["pagerank"] != nil)
        }
    }

    @Test("--samples and --seed estimate betweenness as metrics does, and say so")
    func sampledMetrics() throws {
        try Self.export(["--format", "graphml", "--metrics", "betweenness", "--samples", "2", "--seed", "3"]) { result, _ in
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("estimated from 2 of 4 sources"), "\(result.stderr)")
            #expect(result.stdout.contains("attr.name=\"betweenness\""))
        }
    }

    @Test("CSV writes nodes.csv and edges.csv into the -o folder, made when missing")
    func csv() throws {
        try Self.export(["--format", "csv", "-o", "neo4j"]) { result, folder in
            #expect(result.status == 0, "\(result.stderr)")
            let nodes = try String(contentsOf: folder.appendingPathComponent("neo4j/nodes.csv"), encoding: .utf8)
            let edges = try String(contentsOf: folder.appendingPathComponent("neo4j/edges.csv"), encoding: .utf8)
            #expect(nodes.hasPrefix("id:ID,name,:LABEL,"))
            #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE,"))
            #expect(nodes.split(separator: "\n").count == 5)
            #expect(edges.split(separator: "\n").count == 6)
        }
    }

    @Test("what cannot be written is refused before any work", arguments: [
        (["--format", "csv"], "give -o FOLDER"),
        (["-o", "g.json"], "give --format"),
        ([String](), "give --format"),
        (["--format", "xml", "-o", "g.xml"], "xml"),
        (["--format", "gexf", "--metrics", "fame"], "'fame' is not a metric"),
        (["--format", "gexf", "--from", "June"], "--from 'June' is not a date"),
    ])
    func refused(arguments: [String], message: String) throws {
        try Self.export(arguments) { result, _ in
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("the same document gives the same bytes")
    func deterministic() throws {
        var outputs: [String] = []
        for _ in 0..<2 {
            try Self.export(["--format", "gexf", "--metrics", "all"]) { result, _ in outputs.append(result.stdout) }
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].contains("<spell start=\"2024-01-10\" end=\"2024-01-10\"/>"))
    }
}
