import ArgumentParser
import Foundation
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork
import StanceGraphRendering

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the graph period by period: relations by stance and the most central actors.",
        discussion: """
        Relations are placed by their event date when the sentence gives one, else
        by their article's date; undated ones are left out and counted. Each
        period's graph holds that period only, or with --cumulative everything up to
        its end. --from and --to limit the range. --actor follows one actor's rank
        and value by --metric through the periods.

        As a picture (--format dot, svg, png or pdf, or an -o with that extension),
        the timeline is drawn as small multiples: one box per period with its most
        central actors and the stances between them. With --actor and SVG, it is a
        line chart of that actor's metric instead (--chart multiples draws the boxes
        even then). See docs/diff.md.

        Examples:
          stancegraph timeline graph.json --period month
          stancegraph timeline graph.json --period quarter --view countries -o t.csv
          stancegraph timeline graph.json --actor "North Korea" --metric strength
          stancegraph timeline graph.json --period quarter -o timeline.svg
          stancegraph timeline graph.json --period month --actor Russia -o russia.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, OutputFormat {
        case text, markdown, csv, json, dot, svg, png, pdf
    }

    /// The picture a diagram format draws.
    enum Chart: String, ExpressibleByArgument, CaseIterable {
        /// One box per period (through Graphviz).
        case multiples
        /// A line chart of the --actor's metric (SVG).
        case actor
    }

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: .long, help: "The length of a period: day, week, month, quarter or year.")
    var period: TimelineGranularity?

    /// The old name of `--period`, still read: in `metrics` `--by` names a metric,
    /// so the period has a name of its own.
    @Option(name: .customLong("by"), help: .hidden)
    var legacyPeriod: TimelineGranularity?

    /// `--period`, else the old `--by`, else a month.
    var granularity: TimelineGranularity { period ?? legacyPeriod ?? .month }

    @Option(name: .long, help: "The metric actors are ranked by.")
    var metric: String = "degree"

    @Option(name: .long, help: "Top actors listed per period.")
    var top: Int = 3

    @Option(name: .long, help: "Follow this actor (id, name or alias): its rank and value in every period.")
    var actor: String?

    @Flag(name: .long, help: "Each period's graph holds everything up to the period's end.")
    var cumulative = false

    @Option(name: .long, help: "text, markdown, csv, json, or a picture: dot, svg, png, pdf (default: from the -o extension, else text).")
    var format: Format?

    @Option(name: [.short, .long], help: "Write here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The picture: multiples (one box per period) or actor (a line chart of --actor, SVG). Default: actor when --actor is given with SVG, else multiples.")
    var chart: Chart?

    @Option(name: .long, help: "Actors drawn in each box of the small multiples.")
    var actorsPerPeriod: Int = 8

    @OptionGroup var viewOptions: ViewOptionGroup

    func validate() throws {
        guard CentralityMetric(parsing: metric) != nil else {
            throw ValidationError("--metric '\(metric)' is not a metric; choose from \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if top < 0 { throw ValidationError("--top must be 0 or more") }
        if actorsPerPeriod < 2 { throw ValidationError("--actors-per-period must be at least 2") }
        if chart == .actor, actor == nil { throw ValidationError("--chart actor draws the --actor's metric; give --actor NAME") }
        if chart == .actor, format != nil, format != .svg {
            throw ValidationError("--chart actor is drawn as SVG only; give --format svg or an -o ending in .svg")
        }
        if period != nil, legacyPeriod != nil {
            throw ValidationError("--by is the old name of --period; give --period alone")
        }
        _ = try resolvedFormat()
    }

    /// The format asked for, else the one the output file's extension names, else text.
    func resolvedFormat() throws -> Format {
        try Format.resolve(format, output: output, fallback: .text)
    }

    func run() throws {
        if legacyPeriod != nil { CommandIO.warn("--by is now --period (in metrics, --by names a metric); --by still works here") }
        let document = try CommandIO.readDocument(graph)
        let timeline = try builder(for: document).build(document)
        switch try resolvedFormat() {
        case .text: try CommandIO.write(TimelineFormatter(style: .text).format(timeline), to: output)
        case .markdown: try CommandIO.write(TimelineFormatter(style: .markdown).format(timeline), to: output)
        case .csv: try CommandIO.write(TimelineFormatter(style: .csv).format(timeline), to: output)
        case .json: try CommandIO.write(try timeline.jsonData(), to: output)
        case .dot, .svg, .png, .pdf: try writePicture(timeline, document: document)
        }
    }

    /// The actor chart, or the small multiples as DOT or drawn by Graphviz.
    func writePicture(_ timeline: Timeline, document: GraphDocument) throws {
        let format = try resolvedFormat()
        let wantsActorChart = chart == .actor || (chart == nil && actor != nil && format == .svg)
        if wantsActorChart {
            guard format == .svg else {
                throw CommandError("the actor chart is drawn as SVG only; give --format svg or an -o ending in .svg")
            }
            guard let svg = TimelineChart().svg(timeline) else {
                throw CommandError("--chart actor needs --actor NAME")
            }
            try CommandIO.write(svg, to: output)
            return
        }
        let graphs = try builder(for: document).graphs(of: timeline, in: document)
        let diagram = TimelineDiagramBuilder(actorsPerPeriod: actorsPerPeriod).build(timeline, graphs: graphs)
        let dot = DOTWriter().write(diagram)
        let picture: RenderFormat
        switch format {
        case .png: picture = .png
        case .pdf: picture = .pdf
        case .svg: picture = .svg
        default:
            try CommandIO.write(dot, to: output)
            return
        }
        let rendered: RenderedDiagram
        do {
            rendered = try GraphvizRenderer().render(dot: dot, layout: diagram.layout, format: picture)
        } catch let error as RenderingError {
            throw CommandError("\(graph): \(error.description); nothing was written")
        }
        for warning in rendered.warnings { CommandIO.warn("graphviz: \(warning)") }
        try CommandIO.write(rendered.data, to: output)
    }

    func builder(for document: GraphDocument) throws -> TimelineBuilder {
        var actorID: EntityID?
        if let actor {
            guard let id = EntityLookup(document: document).resolve(actor) else {
                throw CommandError("--actor '\(actor)': no entity has that id, name or alias in \(graph)")
            }
            actorID = id
        }
        return TimelineBuilder(granularity: granularity, options: try viewOptions.options(for: document),
                               metric: CentralityMetric(parsing: metric) ?? .degree, top: top,
                               cumulative: cumulative, actor: actorID)
    }
}

extension TimelineGranularity: ExpressibleByArgument {}
