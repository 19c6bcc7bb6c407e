import ArgumentParser
import Foundation
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the graph period by period: relations by stance and the most central actors.",
        discussion: """
        Relations are placed by their event date when the sentence gives one, else by their
        article's date; undated ones are left out and counted. Each period's graph holds that
        period only, or with --cumulative everything up to its end. --from and --to limit the
        range. --actor follows one actor's rank and value by --metric through the periods.
        See docs/diff.md.

        Examples:
          stancegraph timeline graph.json --by month
          stancegraph timeline graph.json --by quarter --view countries --format csv -o timeline.csv
          stancegraph timeline graph.json --by month --actor "North Korea" --metric strength
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, csv, json

        /// The format an output file's extension asks for.
        init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            case "csv": self = .csv
            case "json": self = .json
            default: return nil
            }
        }
    }

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: .long, help: "The length of a period: day, week, month, quarter or year.")
    var by: TimelineGranularity = .month

    @Option(name: .long, help: "The metric actors are ranked by.")
    var metric: String = "degree"

    @Option(name: .long, help: "Top actors listed per period.")
    var top: Int = 3

    @Option(name: .long, help: "Follow this actor (id, name or alias): its rank and value in every period.")
    var actor: String?

    @Flag(name: .long, help: "Each period's graph holds everything up to the period's end.")
    var cumulative = false

    @Option(name: .long, help: "text, markdown, csv or json (default: from the -o extension, else text).")
    var format: Format?

    @Option(name: [.short, .long], help: "Write here instead of standard output.")
    var output: String?

    @OptionGroup var viewOptions: ViewOptionGroup

    func validate() throws {
        guard CentralityMetric(parsing: metric) != nil else {
            throw ValidationError("--metric '\(metric)' is not a metric; choose from \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if top < 0 { throw ValidationError("--top must be 0 or more") }
        if format == nil, let output, output != "-" {
            let pathExtension = URL(fileURLWithPath: output).pathExtension
            if !pathExtension.isEmpty, Format(pathExtension: pathExtension) == nil {
                throw ValidationError("-o \(output): cannot tell the format from '.\(pathExtension)'; give --format (\(Format.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
    }

    var resolvedFormat: Format {
        if let format { return format }
        if let output, let inferred = Format(pathExtension: URL(fileURLWithPath: output).pathExtension) { return inferred }
        return .text
    }

    func run() throws {
        let document = try CommandIO.readDocument(graph)
        let timeline = try builder(for: document).build(document)
        switch resolvedFormat {
        case .text: try CommandIO.write(TimelineFormatter(style: .text).format(timeline), to: output)
        case .markdown: try CommandIO.write(TimelineFormatter(style: .markdown).format(timeline), to: output)
        case .csv: try CommandIO.write(TimelineFormatter(style: .csv).format(timeline), to: output)
        case .json: try CommandIO.write(try timeline.jsonData(), to: output)
        }
    }

    func builder(for document: GraphDocument) throws -> TimelineBuilder {
        var actorID: EntityID?
        if let actor {
            guard let id = EntityLookup(document: document).resolve(actor) else {
                throw CommandError("--actor '\(actor)': no entity has that id, name or alias in \(graph)")
            }
            actorID = id
        }
        return TimelineBuilder(granularity: by, options: try viewOptions.options(for: document),
                               metric: CentralityMetric(parsing: metric) ?? .degree, top: top,
                               cumulative: cumulative, actor: actorID)
    }
}

extension TimelineGranularity: ExpressibleByArgument {}
