import ArgumentParser
import Foundation
import StanceGraphModel
import StanceGraphNetwork
import StanceGraphRendering

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph as DOT, SVG, PNG or PDF.",
        discussion: """
        Nodes are shaped and coloured by actor type and sized by centrality;
        edges are coloured by stance, as wide as their mention count, dashed
        when hedged or planned, with arrowheads only when the stance is
        directed. SVG output has a tooltip with names, dates and evidence on
        every node and edge. Layout and drawing run inside the process through
        Graphviz's library; DOT output is written by stancegraph itself.

        The format follows the output's extension unless --format is given
        (SVG on standard output). Views larger than 150 actors are cut to the
        most central ones; --top and --all change that. See docs/rendering.md.

        Examples:
          stancegraph render graph.json -o graph.svg
          stancegraph render graph.json -o graph.png --dpi 150 --cluster countries
          stancegraph render graph.json -o kim.svg --ego "Kim Jong Un" --depth 2
          stancegraph render graph.json -o big.png --top 500 --layout sfdp
          stancegraph render graph.json --format dot > graph.dot
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, OutputFormat {
        case dot, svg, png, pdf
    }

    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case auto, dot, neato, fdp, sfdp, circo, twopi

        var engine: LayoutEngine? { LayoutEngine(rawValue: rawValue) }
    }

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: [.short, .long], help: "Write the picture here (standard output when absent or -).")
    var output: String?

    @Option(name: .long, help: "dot, svg, png or pdf (default: from the output's extension, else svg).")
    var format: Format?

    @Option(name: .long, help: "auto, dot, neato, fdp, sfdp, circo or twopi.")
    var layout: Layout = .auto

    @Option(name: .long, help: "The centrality that sets node size and picks the actors a cut keeps (default pagerank; degree when pagerank is unavailable).")
    var sizeBy: String = "pagerank"

    @Option(name: .long, help: "none, or countries: people and institutions inside a box for their country (dot and fdp layouts).")
    var cluster: DiagramOptions.Clustering = .none

    @Option(name: .long, help: "Draw only the N most central actors.")
    var top: Int?

    @Flag(name: .long, help: "Draw every actor, however many (default: the 150 most central).")
    var all = false

    @Option(name: .long, help: "Resolution of PNG output in dots per inch (default 96).")
    var dpi: Double?

    @Option(name: .long, help: "The diagram's title (default: the corpus and its date window).")
    var title: String?

    @Flag(name: .long, help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .long, help: "Also draw actors that take part in no stance edge.")
    var isolated = false

    @OptionGroup var viewOptions: ViewOptionGroup

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if top != nil, all { throw ValidationError("give --top N or --all, not both") }
        if let dpi, !(dpi >= 10 && dpi <= 1200) { throw ValidationError("--dpi must be between 10 and 1200") }
        guard CentralityMetric(parsing: sizeBy) != nil else {
            throw ValidationError("--size-by '\(sizeBy)' is not a metric; choose from \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try resolvedFormat()
    }

    /// `--format`, else the output's extension, else SVG.
    func resolvedFormat() throws -> Format {
        try Format.resolve(format, output: output, fallback: .svg)
    }

    func run() throws {
        let format = try resolvedFormat()
        let document = try CommandIO.readDocument(graph)
        let view = try viewOptions.options(for: document)
        let actorGraph = ActorGraph(document: document, options: view)

        var options = DiagramOptions(view: view)
        options.sizeBy = CentralityMetric(parsing: sizeBy) ?? .pagerank
        options.clustering = cluster
        options.layout = layout.engine
        options.title = title
        options.showsLegend = !noLegend
        options.showsIsolatedActors = isolated
        if all { options.nodeLimit = .unlimited } else if let top { options.nodeLimit = .top(top) }
        let build = DiagramBuilder(options: options).build(actorGraph, document: document)
        for note in build.notes { CommandIO.warn(note) }
        if build.isCut, top == nil {
            let connected = build.totalNodeCount - build.isolatedNodeCount
            Self.note("drew the \(build.shownNodeCount) most central of \(connected) connected actors by \(build.sizeMetric.rawValue); use --top N or --all to draw more")
        }

        let dot = DOTWriter().write(build.diagram)
        guard format != .dot else {
            try CommandIO.write(dot, to: output)
            return
        }
        let engine = build.diagram.layout
        if build.shownNodeCount > engine.comfortableNodeCount {
            CommandIO.warn("the \(engine.rawValue) layout of \(build.shownNodeCount) actors may take many minutes; --layout sfdp is made for graphs this size")
        }
        let renderFormat: RenderFormat
        switch format {
        case .png: renderFormat = .png
        case .pdf: renderFormat = .pdf
        case .svg, .dot: renderFormat = .svg
        }
        let rendered: RenderedDiagram
        do {
            rendered = try GraphvizRenderer().render(dot: dot, layout: engine, format: renderFormat, dpi: dpi)
        } catch let error as RenderingError {
            throw CommandError("\(graph): \(error.description); nothing was written")
        }
        for warning in rendered.warnings { CommandIO.warn("graphviz: \(warning)") }
        try CommandIO.write(rendered.data, to: output)
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("note: \(message)\n".utf8))
    }
}

extension DiagramOptions.Clustering: ExpressibleByArgument {}
