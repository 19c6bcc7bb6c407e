import ArgumentParser
import Foundation
import StanceGraphModel
import StanceGraphNetwork

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a view of the graph for Gephi, Cytoscape, networkx, igraph or Neo4j.",
        discussion: """
        Formats (docs/interop.md describes each, attribute by attribute):
          graphml    GraphML: networkx, igraph, Gephi, yEd, Cytoscape
          gexf       GEXF 1.3, dynamic: Gephi (its timeline plays the graph), networkx
          nodelink   networkx node-link JSON (networkx.node_link_graph)
          cytoscape  Cytoscape.js elements JSON (.cyjs, Cytoscape desktop too)
          csv        nodes.csv and edges.csv in neo4j-admin import's header form
                     (-o names the folder they are written to)

        Nodes carry type, country, countryCode, role and their first and last
        dates, and with --metrics the metric values; edges carry stance,
        polarity, directed, cameo, plover, weight, evidenceCount, firstDate,
        lastDate and tentative. The view flags are those of metrics and render.

        Examples:
          stancegraph export graph.json -o graph.graphml
          stancegraph export graph.json -o graph.gexf --metrics pagerank
          stancegraph export graph.json --format nodelink -o graph.nodelink.json
          stancegraph export graph.json --view countries -o countries.cyjs
          stancegraph export graph.json --format csv -o neo4j-import/
        """
    )

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: .long, help: "graphml, gexf, nodelink, cytoscape or csv (default: from the -o extension).")
    var format: GraphExportFormat?

    @Option(name: [.short, .long], help: "Write here (standard output when absent or -); for csv, the folder for nodes.csv and edges.csv.")
    var output: String?

    @OptionGroup var centrality: CentralityOptionGroup

    @OptionGroup var viewOptions: ViewOptionGroup

    func validate() throws {
        let format = try resolvedFormat()
        if format == .csv, output == nil || output == "-" {
            throw ValidationError("--format csv writes two files, nodes.csv and edges.csv; give -o FOLDER")
        }
    }

    /// `--format`, else the format the output's extension names (`.graphml`,
    /// `.gexf`, `.cyjs`).
    func resolvedFormat() throws -> GraphExportFormat {
        if let format { return format }
        let pathExtension = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        switch pathExtension {
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "cyjs": return .cytoscape
        default:
            let names = GraphExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            let given = output.map { "-o \($0) does not name one" } ?? "there is no -o to tell it from"
            throw ValidationError("give --format (\(names)); \(given)")
        }
    }

    func run() throws {
        let format = try resolvedFormat()
        let document = try CommandIO.readDocument(graph)
        let view = ActorGraph(document: document, options: try viewOptions.options(for: document))
        if view.undatedRelationsExcluded > 0 {
            CommandIO.warn("\(view.undatedRelationsExcluded) undated stance relation(s) left out by the date window")
        }
        var table: MetricTable?
        if centrality.metrics != nil {
            let metrics = try centrality.requested(default: [])
            let computed = CentralityCalculator(options: centrality.centralityOptions).compute(view, metrics: Set(metrics))
            for note in computed.notes { CommandIO.warn(note) }
            table = computed
        }
        let window = try viewOptions.window()
        let title = "StanceGraph: \(graph == "-" ? "standard input" : URL(fileURLWithPath: graph).lastPathComponent)"
            + (window.isUnbounded ? "" : ", \(window)")
        let export = ExportGraph(view: view, document: document, metrics: table, title: title)
        switch format {
        case .graphml: try CommandIO.write(GraphMLWriter().write(export), to: output)
        case .gexf: try CommandIO.write(GEXFWriter().write(export), to: output)
        case .nodelink: try CommandIO.write(Data(NodeLinkWriter().write(export)), to: output)
        case .cytoscape: try CommandIO.write(Data(CytoscapeWriter().write(export)), to: output)
        case .csv: try writeCSV(Neo4jCSVWriter().write(export))
        }
    }

    /// nodes.csv and edges.csv in the `-o` folder, which is made when missing.
    func writeCSV(_ files: Neo4jCSVWriter.Files) throws {
        guard let output else { return }
        let folder = URL(fileURLWithPath: output)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandError("\(output): is a file; --format csv writes nodes.csv and edges.csv into a folder, give -o FOLDER")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            } catch {
                throw CommandError("\(output): the folder cannot be made (\(error.localizedDescription)); create its parent first")
            }
        }
        try CommandIO.write(files.nodes, to: folder.appendingPathComponent("nodes.csv").path)
        try CommandIO.write(files.edges, to: folder.appendingPathComponent("edges.csv").path)
    }
}

extension GraphExportFormat: ExpressibleByArgument {}
