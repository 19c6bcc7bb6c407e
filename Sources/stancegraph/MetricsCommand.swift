import ArgumentParser
import Foundation
import StanceGraphModel
import StanceGraphNetwork

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Rank the actors of a graph by centrality.",
        discussion: """
        Metrics are computed on the undirected actor graph with parallel edges merged, unless
        a metric is directed by definition (see docs/metrics.md for every definition).

        Examples:
          stancegraph metrics graph.json --top 10
          stancegraph metrics graph.json --view countries --by betweenness --format csv
          stancegraph metrics graph.json --metrics pagerank,degree --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: .long, help: "Show only the N highest-ranked actors.")
    var top: Int?

    @Option(name: .long, help: "The metric to rank by.")
    var by: String = "degree"

    @Option(name: .long, help: "Compute only these metrics (comma-separated).")
    var metrics: String?

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    @Option(name: [.short, .long], help: "Write here instead of standard output.")
    var output: String?

    @OptionGroup var viewOptions: ViewOptionGroup

    static let defaultMetrics: [CentralityMetric] = [.degree, .strength]

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        guard CentralityMetric(parsing: by) != nil else {
            throw ValidationError("--by '\(by)' is not a metric; choose from \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try requestedMetrics()
    }

    func requestedMetrics() throws -> [CentralityMetric] {
        guard let metrics else { return Self.defaultMetrics }
        var result: [CentralityMetric] = []
        for name in metrics.split(separator: ",") {
            guard let metric = CentralityMetric(parsing: String(name).trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--metrics: '\(name)' is not a metric; choose from \(CentralityMetric.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result.append(metric)
        }
        return result
    }

    func run() throws {
        let document = try CommandIO.readDocument(graph)
        let view = ActorGraph(document: document, options: try viewOptions.options(for: document))
        let rankBy = CentralityMetric(parsing: by) ?? .degree
        var wanted = Set(try requestedMetrics())
        wanted.insert(rankBy)
        let table = CentralityCalculator().compute(view, metrics: wanted)
        var ranking = table.ranking(by: rankBy)
        if let top { ranking = Array(ranking.prefix(top)) }
        let text: String
        switch format {
        case .table: text = MetricsFormatter.table(table, ranking: ranking)
        case .csv: text = MetricsFormatter.csv(table, ranking: ranking)
        case .json: text = try MetricsFormatter.json(table, ranking: ranking)
        }
        try CommandIO.write(text, to: output)
    }
}
