import ArgumentParser
import Foundation
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork
import StanceGraphRendering

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how the graph changed between two dates, or between two documents, with the evidence.",
        discussion: """
        With one document, --from and --to name the two snapshots. Each is a date
        (the graph as of that day: everything up to it), a window A..B (either side
        may be left open), a month YYYY-MM or a year YYYY. Relations are placed by
        their event date when the sentence gives one, else by their article's date;
        relations and articles with unknown dates are left out of dated snapshots,
        and the report says how many. Without --to, the later snapshot is everything
        up to the latest date in the document.

        With two documents (an older and a newer extraction), each is compared
        whole. Entities whose ids differ between the two are matched by name and
        reported as renamed or merged.

        The report lists actors that appeared or disappeared; relations (pair and
        stance) that appeared, disappeared, grew or faded in mentions; pairs whose
        polarity flipped; actors whose rank moved (--metric); and, for every change,
        the articles and sentences behind it. See docs/diff.md.

        Examples:
          stancegraph diff graph.json --from 2023-09-30 --to 2024-11-30
          stancegraph diff graph.json --from 2024-06 --to 2024-11 -o diff.md
          stancegraph diff graph.json --from 2024-06-30 --view countries -o diff.svg
          stancegraph diff graph.json --from 2024-01..2024-06 --to 2024-07..2024-12
          stancegraph diff old.json new.json --metric strength
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, OutputFormat {
        case text, markdown, json, dot, svg, png, pdf

        /// The picture format, for the diagram formats.
        var picture: RenderFormat? {
            switch self {
            case .svg: return .svg
            case .png: return .png
            case .pdf: return .pdf
            case .text, .markdown, .json, .dot: return nil
            }
        }
    }

    @Argument(help: "A JSON graph document (or - for standard input); or two documents, older first.")
    var graphs: [String]

    @Option(name: .long, help: "The earlier snapshot: YYYY-MM-DD (up to that day), A..B, YYYY-MM or YYYY.")
    var from: String?

    @Option(name: .long, help: "The later snapshot, in the same forms (default: up to the latest date in the document).")
    var to: String?

    @Option(name: .long, help: "The metric rank changes are measured by.")
    var metric: String = "degree"

    @Option(name: .long, help: "Rank movers shown each way, and pairs shown in the pair table.")
    var top: Int = 10

    @Option(name: .long, help: "Evidence sentences quoted per change in text and Markdown (the JSON report has them all).")
    var evidence: Int = 2

    @Option(name: .long, help: "text, markdown, json, or a diagram: dot, svg, png, pdf (default: from the -o extension, else text).")
    var format: Format?

    @Option(name: [.short, .long], help: "Write the report here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The diagram's layout: auto, dot, neato, fdp, sfdp, circo or twopi.")
    var layout: RenderCommand.Layout = .auto

    @Flag(name: .long, help: "Leave relations whose mention count did not change out of the diagram.")
    var changesOnly = false

    @OptionGroup var snapshotOptions: ViewSelectionOptionGroup

    func validate() throws {
        guard (1...2).contains(graphs.count) else {
            throw ValidationError("give one graph document with --from and --to, or two documents (older, newer)")
        }
        if graphs.count == 2 {
            if from != nil || to != nil {
                throw ValidationError("--from and --to select snapshots of one document; two documents are each compared whole")
            }
            if graphs[0] == "-" && graphs[1] == "-" {
                throw ValidationError("only one of the two documents can come from standard input")
            }
        } else if from == nil {
            throw ValidationError("give --from (and usually --to): the dates or windows to compare, e.g. --from 2024-06-30 --to 2024-11-30")
        }
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, DateWindow(parsing: value) == nil {
                throw ValidationError("\(flag) '\(value)' is not a date or window; write YYYY-MM-DD (everything up to that day), A..B (a window, e.g. 2024-06-01..2024-06-30), YYYY-MM or YYYY")
            }
        }
        guard CentralityMetric(parsing: metric) != nil else {
            throw ValidationError("--metric '\(metric)' is not a metric; choose from \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if evidence < 0 { throw ValidationError("--evidence must be 0 or more") }
        _ = try resolvedFormat()
    }

    /// The format asked for, else the one the output file's extension names, else text.
    func resolvedFormat() throws -> Format {
        try Format.resolve(format, output: output, fallback: .text)
    }

    func run() throws {
        let diff = try computeDiff()
        let format = try resolvedFormat()
        switch format {
        case .text, .markdown:
            let formatter = DiffReportFormatter(style: format == .markdown ? .markdown : .text,
                                                evidenceLimit: evidence, topLimit: top)
            try CommandIO.write(formatter.format(diff), to: output)
        case .json:
            try CommandIO.write(try diff.jsonData(), to: output)
        case .dot, .svg, .png, .pdf:
            try writeDiagram(diff, format: format)
        }
    }

    /// The diff diagram, as DOT or drawn by Graphviz.
    func writeDiagram(_ diff: GraphDiff, format: Format) throws {
        var options = DiffDiagramBuilder.Options(layout: layout.engine)
        options.showsUnchanged = !changesOnly
        let build = DiffDiagramBuilder(options: options).build(diff)
        for note in build.notes { CommandIO.warn(note) }
        let dot = DOTWriter().write(build.diagram)
        guard let picture = format.picture else {
            try CommandIO.write(dot, to: output)
            return
        }
        let rendered: RenderedDiagram
        do {
            rendered = try GraphvizRenderer().render(dot: dot, layout: build.diagram.layout, format: picture)
        } catch let error as RenderingError {
            throw CommandError("\(graphs.joined(separator: ", ")): \(error.description); nothing was written")
        }
        for warning in rendered.warnings { CommandIO.warn("graphviz: \(warning)") }
        try CommandIO.write(rendered.data, to: output)
    }

    func computeDiff() throws -> GraphDiff {
        let differ = GraphDiffer(metric: CentralityMetric(parsing: metric) ?? .degree)
        if graphs.count == 2 {
            let old = try CommandIO.readDocument(graphs[0])
            let new = try CommandIO.readDocument(graphs[1])
            let matcher = EntityMatcher()
            let match = matcher.match(old: old, new: new)
            let translated = matcher.translate(old, into: new, using: match)
            let options = try snapshotOptions.options(for: new)
            let before = GraphSnapshot(document: translated, window: .unbounded, options: options, label: graphs[0])
            let after = GraphSnapshot(document: new, window: .unbounded, options: options, label: graphs[1])
            return try differ.diff(before, after, identityChanges: match.changes)
        }
        let document = try CommandIO.readDocument(graphs[0])
        let options = try snapshotOptions.options(for: document)
        let earlier = DateWindow(parsing: from ?? "") ?? .unbounded
        let later: DateWindow
        if let to {
            later = DateWindow(parsing: to) ?? .unbounded
        } else {
            guard let latest = Self.latestDate(in: document) else {
                throw CommandError("\(graphs[0]): no article or relation has a date, so there is nothing to compare over time; give dates with 'extract --manifest' or '--date'")
            }
            later = DateWindow(from: nil, to: latest)
        }
        let before = GraphSnapshot(document: document, window: earlier, options: options)
        let after = GraphSnapshot(document: document, window: later, options: options)
        return try differ.diff(before, after)
    }

    /// The latest relation or article date in the document.
    static func latestDate(in document: GraphDocument) -> CalendarDate? {
        let dates = document.relations.compactMap(\.date) + document.articles.compactMap(\.date)
        return dates.max()
    }
}
