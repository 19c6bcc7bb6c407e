import Foundation
import Testing

/// Each export loaded by the program its users load it with: networkx reads the
/// GraphML, GEXF, node-link and Cytoscape exports, python-igraph the GraphML;
/// jsonschema checks `output/graph.json` against the graph document's schema.
/// `make test` installs them (`Scripts/ensure-python-consumers.sh`, from PyPI
/// into `.build/python-consumers`); where they cannot be installed, each test
/// says so and passes without checking (`STANCEGRAPH_CONSUMER_PYTHON` names
/// another interpreter that has them).
@Suite("Exports read by their consumers")
struct ConsumerCLITests {
    /// A Python that can import `module`, or nil.
    static func python(with module: String) -> String? {
        let root = StanceGraphBinary.repositoryRoot
        var candidates = [root.appendingPathComponent(".build/python-consumers/bin/python").path, "/usr/bin/python3"]
        if let chosen = ProcessInfo.processInfo.environment["STANCEGRAPH_CONSUMER_PYTHON"] { candidates.insert(chosen, at: 0) }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if (try? run(candidate, ["-c", "import \(module)"]))?.status == 0 { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data, String(decoding: errors, as: UTF8.self))
    }

    /// Exports the diff tests' document with `arguments` and has `reader` load it.
    static func read(_ reader: String, module: String, export arguments: [String], file: String,
                     edge: String = "e1") throws -> [String: Any]? {
        guard let python = python(with: module) else {
            print("skipped: \(module) cannot be imported; run Scripts/ensure-python-consumers.sh (make test does) to install it from PyPI")
            return nil
        }
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = folder.appendingPathComponent("graph.json")
        try Data(DiffCLITests.document.utf8).write(to: graph)
        let path = folder.appendingPathComponent(file).path
        let export = try StanceGraphBinary.run(["export", graph.path, "-o", path] + arguments)
        #expect(export.status == 0, "\(export.stderr)")
        let script = StanceGraphBinary.repositoryRoot.appendingPathComponent("Tests/Consumers/read_export.py").path
        let result = try run(python, [script, reader, path, "country:ALB", edge])
        #expect(result.status == 0, "\(reader): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
    }

    /// What every reader must give back for Alba and the Alba-Borea cooperation.
    static func checkRoundTrip(_ summary: [String: Any], reader: String) {
        #expect(summary["nodes"] as? Int == 4, "\(reader)")
        #expect(summary["edges"] as? Int == 5, "\(reader)")
        #expect(summary["directed"] as? Bool == true, "\(reader)")
        let node = summary["node"] as? [String: Any] ?? [:]
        #expect(node["type"] as? String == "country", "\(reader)")
        #expect(node["firstDate"] as? String == "2024-01-10", "\(reader)")
        #expect(node["degree"] as? Double == 2, "\(reader): metrics round-trip")
        let edge = summary["edge"] as? [String: Any] ?? [:]
        #expect(edge["stance"] as? String == "cooperation", "\(reader)")
        #expect((edge["polarity"] as? NSNumber)?.intValue == 1, "\(reader)")
        #expect(edge["directed"] as? Bool == false, "\(reader)")
        #expect(edge["cameo"] as? String == "060", "\(reader): the leading zero is kept")
        #expect(edge["plover"] as? String == "COOPERATE", "\(reader)")
        #expect((edge["weight"] as? NSNumber)?.doubleValue == 2, "\(reader)")
        #expect((edge["evidenceCount"] as? NSNumber)?.intValue == 2, "\(reader)")
        #expect(edge["firstDate"] as? String == "2024-01-10", "\(reader)")
        #expect(edge["lastDate"] as? String == "2024-03-04", "\(reader)")
        #expect(edge["tentative"] as? Bool == false, "\(reader)")
    }

    @Test("networkx reads the GraphML export: counts and attributes round-trip")
    func networkxGraphML() throws {
        guard let summary = try Self.read("networkx-graphml", module: "networkx", export: ["--metrics", "degree"], file: "g.graphml") else { return }
        Self.checkRoundTrip(summary, reader: "networkx GraphML")
        #expect((summary["node"] as? [String: Any])?["label"] as? String == "Alba")
    }

    @Test("networkx reads the dynamic GEXF export, with its spells")
    func networkxGEXF() throws {
        guard let summary = try Self.read("networkx-gexf", module: "networkx", export: ["--metrics", "degree"], file: "g.gexf") else { return }
        Self.checkRoundTrip(summary, reader: "networkx GEXF")
        let spells = (summary["edge"] as? [String: Any])?["spells"] as? [[String]]
        #expect(spells == [["2024-01-10", "2024-01-10"], ["2024-03-04", "2024-03-04"]])
        #expect((summary["node"] as? [String: Any])?["start"] as? String == "2024-01-10")
    }

    @Test("networkx reads the node-link export with node_link_graph")
    func networkxNodeLink() throws {
        guard let summary = try Self.read("networkx-nodelink", module: "networkx", export: ["--format", "nodelink", "--metrics", "degree"], file: "g.json") else { return }
        Self.checkRoundTrip(summary, reader: "networkx node-link")
    }

    @Test("networkx reads the Cytoscape.js export with cytoscape_graph")
    func networkxCytoscape() throws {
        guard let summary = try Self.read("networkx-cytoscape", module: "networkx", export: ["--format", "cytoscape", "--metrics", "degree"], file: "g.cyjs") else { return }
        Self.checkRoundTrip(summary, reader: "networkx Cytoscape")
    }

    @Test("python-igraph reads the GraphML export")
    func igraphGraphML() throws {
        guard let summary = try Self.read("igraph-graphml", module: "igraph", export: ["--metrics", "degree"], file: "g.graphml",
                                          edge: "country:ALB|country:BOR|cooperation") else { return }
        Self.checkRoundTrip(summary, reader: "igraph GraphML")
    }

    @Test("output/graph.json is valid against docs/graph-document.schema.json (jsonschema, Draft 2020-12)")
    func schema() throws {
        guard let python = Self.python(with: "jsonschema") else {
            print("skipped: jsonschema cannot be imported; run Scripts/ensure-python-consumers.sh (make test does) to install it from PyPI")
            return
        }
        let root = StanceGraphBinary.repositoryRoot
        let script = root.appendingPathComponent("Tests/Consumers/read_export.py").path
        let result = try Self.run(python, [script, "jsonschema", root.appendingPathComponent("output/graph.json").path,
                                           root.appendingPathComponent("docs/graph-document.schema.json").path, "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["errors"] as? [String] == [])
    }
}
