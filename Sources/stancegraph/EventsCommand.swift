import ArgumentParser
import Foundation
import StanceGraphEventData
import StanceGraphModel
import StanceGraphNetwork

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Write the stance relations as an event table: one row per relation (CSV or JSON Lines).",
        discussion: """
        The columns, always the same and in this order (docs/interop.md
        describes each): id, date, dateOrigin, datePrecision, sourceId,
        sourceName, sourceCountry, targetId, targetName, targetCountry, stance,
        polarity, cameo, plover, directed, modality, confidence, trigger,
        articleId, articleUrl, evidence, evidenceStart, evidenceEnd.
        Countries are ISO 3166-1 alpha-3 codes (a person's is their country's);
        offsets are code points into the article's text.

        Examples:
          stancegraph events graph.json -o events.csv
          stancegraph events graph.json --format jsonl --from 2024-06 > june.jsonl
          stancegraph events graph.json --stance negative -o hostile.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, OutputFormat {
        case csv, jsonl
    }

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: .long, help: "csv or jsonl (default: from the -o extension, else csv).")
    var format: Format?

    @Option(name: [.short, .long], help: "Write here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Stances to keep: all, positive, negative, or a list such as cooperation,support.")
    var stance: String = "all"

    @OptionGroup var dates: DateRangeOptionGroup

    func validate() throws {
        guard StanceFilter(parsing: stance) != nil else {
            throw ValidationError("--stance '\(stance)' is not all, positive, negative or a list of: \(Stance.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try resolvedFormat()
    }

    func resolvedFormat() throws -> Format {
        try Format.resolve(format, output: output, fallback: .csv)
    }

    func run() throws {
        let format = try resolvedFormat()
        let document = try CommandIO.readDocument(graph)
        let filter = StanceFilter(parsing: stance) ?? .all
        let table = EventTable(document: document, window: try dates.window(), admits: filter.admits)
        switch format {
        case .csv: try CommandIO.write(table.csv(), to: output)
        case .jsonl: try CommandIO.write(Data(table.jsonLines()), to: output)
        }
    }
}
