import Foundation
import Testing

@Suite("stancegraph render")
struct RenderCLITests {
    /// A small graph document (invented sentences) with a merged edge, a planned
    /// sanction and a person with a country.
    static let document = #"""
    {
      "version": 1,
      "articles": [
        {"id": "a1", "source": "Example Wire", "date": "2024-03-01", "text": "Invented text."},
        {"id": "a2", "source": "Sample Times", "date": "2024-04-15", "text": "Invented text."}
      ],
      "entities": [
        {"id": "country:DEU", "name": "Germany", "type": "country"},
        {"id": "country:FRA", "name": "France", "type": "country"},
        {"id": "country:RUS", "name": "Russia", "type": "country"},
        {"id": "person:marie-durand", "name": "Marie \"M\" Durand", "type": "person", "country": "country:FRA", "role": "foreign minister"}
      ],
      "relations": [
        {"id": "a1-1", "kind": "stance", "source": "country:DEU", "target": "country:FRA", "stance": "cooperation",
         "directed": false, "date": "2024-03-01", "article": "a1",
         "evidence": {"text": "Germany and France agreed to share grid links.", "start": 0, "end": 10}, "confidence": 0.9},
        {"id": "a1-2", "kind": "stance", "source": "country:DEU", "target": "country:FRA", "stance": "cooperation",
         "directed": false, "date": "2024-03-02", "article": "a1",
         "evidence": {"text": "The neighbours pooled their budgets.", "start": 0, "end": 10}, "confidence": 0.9},
        {"id": "a1-3", "kind": "stance", "source": "person:marie-durand", "target": "country:RUS", "stance": "condemnation",
         "directed": true, "date": "2024-03-01", "article": "a1",
         "evidence": {"text": "Durand condemned Russia over the strikes.", "start": 0, "end": 10}, "confidence": 0.9},
        {"id": "a2-1", "kind": "stance", "source": "country:DEU", "target": "country:RUS", "stance": "sanction",
         "directed": true, "modality": "planned", "date": "2024-04-15", "article": "a2",
         "evidence": {"text": "Berlin plans sanctions on Russian shipping.", "start": 0, "end": 10}, "confidence": 0.8}
      ]
    }
    """#

    /// A temporary folder holding `graph.json`.
    static func folder() throws -> URL {
        let folder = try StanceGraphBinary.temporaryFolder()
        try Data(document.utf8).write(to: folder.appendingPathComponent("graph.json"))
        return folder
    }

    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("writes an SVG with every actor and a tooltip, its format taken from the extension")
    func svg() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        for name in ["Germany", "France", "Russia", "Marie &quot;M&quot; Durand"] {
            #expect(svg.contains(">\(name)<"), "SVG lacks \(name)")
        }
        #expect(svg.contains("Durand condemned Russia over the strikes."))
        #expect(svg.contains(#"id="node_person_marie_durand""#))
    }

    @Test("writes a PNG through libgraphviz")
    func png() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.png", "--dpi", "72"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("graph.png"))
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(data.count > 10_000)
    }

    @Test("writes a PDF")
    func pdf() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.pdf"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("graph.pdf")).prefix(5) == Data("%PDF-".utf8))
    }

    @Test("writes our own DOT, the same bytes every time, naming the layout")
    func dot() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try StanceGraphBinary.run(["render", "graph.json", "--format", "dot", "--layout", "circo"], in: folder)
        let second = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.gv", "--layout", "circo"], in: folder)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout.hasPrefix("digraph \"stancegraph\" {"))
        #expect(first.stdout.contains(#"layout="circo""#))
        #expect(first.stdout.contains(#"label="Marie \"M\" Durand""#))
        #expect(try Data(contentsOf: folder.appendingPathComponent("graph.gv")) == first.stdoutData)
    }

    @Test("the shared view flags and --top select what is drawn", arguments: [
        (["--stance", "negative"], ["Marie", "Russia", "Germany"], ["France\""]),
        (["--ego", "Russia", "--depth", "1", "--top", "2"], ["Russia"], []),
        (["--from", "2024-04-01"], ["Germany", "Russia"], ["Marie"]),
        (["--min-weight", "2"], ["Germany", "France"], ["Russia"]),
    ])
    func viewFlags(flags: [String], present: [String], absent: [String]) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "--format", "dot"] + flags, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let nodeLines = result.stdout.split(separator: "\n").filter { $0.contains("class=\"actor") }
        for name in present { #expect(nodeLines.contains(where: { $0.contains("label=\"\(name)") }), "\(flags) lacks \(name)") }
        for name in absent { #expect(!nodeLines.contains(where: { $0.contains("label=\"\(name)") }), "\(flags) draws \(name)") }
    }

    @Test("--top cuts the drawing and says so on standard error and in the caption")
    func top() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "--format", "dot", "--top", "2", "--size-by", "strength"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.contains("class=\"actor") }.count == 2)
        #expect(result.stdout.contains("Showing the 2 most central of 4 connected actors by strength"))
    }

    @Test("clusters by country draw a box for France")
    func cluster() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.svg", "--cluster", "countries"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains(#"id="cluster_country_fra""#))
    }

    @Test("a bad layout is refused with the valid choices, and nothing is written")
    func badLayout() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.svg", "--layout", "spring"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("spring"))
        #expect(result.stderr.contains("sfdp"))
        #expect(try Self.files(in: folder) == ["graph.json"])
    }

    @Test("an output that cannot be written fails with its path and leaves no file behind", arguments: [
        "missing-folder/graph.png", "taken/",
    ])
    func unwritable(output: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("taken"), withIntermediateDirectories: true)
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", output, "--format", "png"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains(output.hasSuffix("/") ? "taken" : output))
        #expect(try Self.files(in: folder) == ["graph.json", "taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("taken").path).isEmpty)
    }

    @Test("an output name without a known extension needs --format")
    func unknownExtension() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.jpeg"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--format"))
        #expect(try Self.files(in: folder) == ["graph.json"])
    }

    @Test("an output name without an extension gets SVG, and .gv is DOT")
    func formatFallbackAndAlias() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("graph"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        let dot = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.gv"], in: folder)
        #expect(dot.status == 0, "\(dot.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("graph.gv"), encoding: .utf8)
        #expect(text.hasPrefix("digraph") || text.hasPrefix("graph") || text.hasPrefix("strict"))
    }

    @Test("an unknown ego is named in the error")
    func unknownEgo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceGraphBinary.run(["render", "graph.json", "-o", "graph.svg", "--ego", "Atlantis"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Atlantis"))
        #expect(try Self.files(in: folder) == ["graph.json"])
    }

    @Test("renders the seed articles as a PNG (when ../shared is present)")
    func seeds() throws {
        guard let shared = StanceGraphBinary.sharedFolder else { return }
        let folder = try StanceGraphBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = shared.appendingPathComponent("seeds")
        let extract = try StanceGraphBinary.run(["extract", seeds.path, "--manifest", seeds.appendingPathComponent("manifest.json").path,
                                                 "-o", "graph.json"], in: folder)
        #expect(extract.status == 0, "\(extract.stderr)")
        let render = try StanceGraphBinary.run(["render", "graph.json", "-o", "seeds.png"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(!render.stderr.contains("graphviz:"), "Graphviz warned: \(render.stderr)")
        let data = try Data(contentsOf: folder.appendingPathComponent("seeds.png"))
        #expect(data.count > 50_000)
    }
}
