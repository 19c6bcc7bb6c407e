import ArgumentParser
import Foundation
import StanceGraphModel
import StanceGraphNetwork

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Rank the actors of a graph by centrality.",
        discussion: """
        Metrics (docs/metrics.md gives each definition, normalization and reference):
          degree, strength, betweenness, closeness, eigenvector, pagerank
              on the undirected actor graph, a pair's stance edges merged;
          in_degree, out_degree, hub, authority
              on the directed graph (mutual stances count both ways);
          positive_degree, negative_degree, net_stance
              on the signed graph (positive minus negative weight per pair).
        Values agree with networkx 3.x. Without --metrics, all but the directed
        ones are computed. Exact betweenness runs on every core; beyond 50,000
        actors it is estimated from 1,000 seeded sources (see --samples).

        --balance and --blocs add graph-level results: structural balance
        (balanced and unbalanced triangles of signed ties) and blocs (Louvain
        communities of positive ties). The table prints them after the ranking;
        JSON becomes {"actors": [...], "balance": {...}, "blocs": {...}}.

        Examples:
          stancegraph metrics graph.json --top 10
          stancegraph metrics graph.json --view countries --by betweenness --format csv
          stancegraph metrics graph.json --metrics pagerank,degree --format json
          stancegraph metrics graph.json --stance negative --balance --blocs
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: "A JSON graph document, or - for standard input.")
    var graph: String

    @Option(name: .long, help: ArgumentHelp("Show only the N highest-ranked actors.", valueName: "n"))
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("The metric to rank by (default: degree, or the first of --metrics).", valueName: "metric"))
    var by: String?

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    @Option(name: [.short, .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Add structural balance: the share of balanced triangles and the unbalanced ones.")
    var balance = false

    @Flag(name: .long, help: "Add blocs: Louvain communities of actors joined by positive stances.")
    var blocs = false

    @OptionGroup var centrality: CentralityOptionGroup

    @OptionGroup var viewOptions: ViewOptionGroup

    /// What `metrics` computes when `--metrics` is not given.
    static let defaultMetrics: [CentralityMetric] = [
        .degree, .strength, .betweenness, .closeness, .eigenvector, .pagerank,
        .positiveDegree, .negativeDegree, .netStance,
    ]

    static var metricNames: String { CentralityOptionGroup.metricNames }

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let by, CentralityMetric(parsing: by) == nil {
            throw ValidationError("--by '\(by)' is not a metric; choose from \(Self.metricNames)")
        }
        if format == .csv, balance || blocs {
            throw ValidationError("--balance and --blocs are graph-level results a CSV table cannot hold; use --format table or json")
        }
    }

    /// The metrics asked for, in the order given, without repeats.
    func requestedMetrics() throws -> [CentralityMetric] {
        try centrality.requested(default: Self.defaultMetrics)
    }

    /// The ranking metric: --by, else degree when computed, else the first requested.
    func rankingMetric(_ requested: [CentralityMetric]) -> CentralityMetric {
        if let by, let metric = CentralityMetric(parsing: by) { return metric }
        return requested.contains(.degree) ? .degree : requested.first ?? .degree
    }

    var centralityOptions: CentralityOptions { centrality.centralityOptions }

    func run() throws {
        let document = try CommandIO.readDocument(graph)
        let view = ActorGraph(document: document, options: try viewOptions.options(for: document))
        if view.undatedRelationsExcluded > 0 {
            Self.note("\(view.undatedRelationsExcluded) undated stance relation(s) left out by the date window")
        }
        let requested = try requestedMetrics()
        let rankBy = rankingMetric(requested)
        let options = centralityOptions
        let table = CentralityCalculator(options: options).compute(view, metrics: Set(requested + [rankBy]))
        for note in table.notes { Self.note(note) }
        if centrality.samples == nil, options.betweennessPivots(nodeCount: view.nodes.count) != nil,
           table.values[.betweenness] != nil {
            Self.note("give --samples N to choose the number of sources (N >= \(view.nodes.count) is exact)")
        }
        var ranking = table.ranking(by: rankBy)
        if let top { ranking = Array(ranking.prefix(top)) }

        var summary = MetricsFormatter.Summary()
        if balance || blocs {
            let signed = SignedGraph(view)
            if balance { summary.balance = StructuralBalance(signed) }
            if blocs { summary.blocs = Blocs(signed) }
        }
        let text: String
        switch format {
        case .table: text = MetricsFormatter.table(table, ranking: ranking, summary: summary)
        case .csv: text = MetricsFormatter.csv(table, ranking: ranking)
        case .json: text = MetricsFormatter.json(table, ranking: ranking, summary: summary)
        }
        try CommandIO.write(text, to: output)
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("note: \(message)\n".utf8))
    }
}

extension PathLength: ExpressibleByArgument {}
