import StanceGraphModel

/// Computes per-actor metrics on a view, each on the graph its definition calls for
/// (`docs/metrics.md` gives every definition with its reference):
///
/// - the **undirected simple graph** (`ActorGraph.undirectedGraph()`: one edge per
///   pair, weight summed over the pair's stance edges, no self-loops) for degree,
///   strength, betweenness, closeness, eigenvector centrality and PageRank;
/// - the **directed graph** (`ActorGraph.directedGraph()`: stance edges from the
///   actor taking the stance, mutual ones both ways) for in-degree, out-degree and
///   HITS hubs and authorities;
/// - the **signed graph** (`SignedGraph`) for positive and negative degree and net
///   stance.
///
/// Only the requested metrics are computed, and each graph is built only when a
/// requested metric needs it, so asking for PageRank alone never waits for
/// betweenness.
public struct CentralityCalculator: Sendable {
    /// Path length, betweenness sampling, threads and iteration settings.
    public var options: CentralityOptions

    public init(options: CentralityOptions = CentralityOptions()) {
        self.options = options
    }

    /// The requested metrics for every node of `graph`, in the graph's node order.
    /// Notes on estimates and convergence go to `MetricTable.notes`.
    public func compute(_ graph: ActorGraph, metrics: Set<CentralityMetric>) -> MetricTable {
        var table = MetricTable(nodes: graph.nodes)
        lazy var undirected = graph.undirectedGraph()
        lazy var directed = graph.directedGraph()
        lazy var signed = SignedGraph(graph)
        lazy var distances = options.pathLength == .hops ? undirected : undirected.inverseWeights()
        lazy var hits = HITS(tolerance: options.tolerance, maxIterations: options.maxIterations).scores(on: directed)
        let weighted = options.pathLength == .inverseWeight
        var sharedCloseness: [Double]?

        for metric in metrics.sorted() {
            let values: [Double]
            switch metric {
            case .degree: values = Degree.counts(on: undirected)
            case .strength: values = Degree.strengths(on: undirected)
            case .inDegree: values = Degree.inDegrees(on: directed)
            case .outDegree: values = Degree.outDegrees(on: directed)
            case .betweenness:
                let pivots = options.betweennessPivots(nodeCount: undirected.nodeCount)
                let betweenness = Betweenness(weighted: weighted, threads: options.threads)
                if let pivots {
                    table.notes.append("betweenness: estimated from \(pivots.count) of \(undirected.nodeCount) sources "
                        + "drawn with seed \(options.seed) (Brandes & Pich 2007)")
                    values = betweenness.values(on: distances, sources: pivots)
                } else if metrics.contains(.closeness) {
                    // Closeness comes from the same searches; it sorts after betweenness.
                    let both = betweenness.valuesWithCloseness(on: distances)
                    sharedCloseness = both.closeness
                    values = both.betweenness
                } else {
                    values = betweenness.values(on: distances)
                }
            case .closeness:
                values = sharedCloseness ?? Closeness(weighted: weighted, threads: options.threads).values(on: distances)
            case .eigenvector:
                let result = EigenvectorCentrality(tolerance: options.tolerance, maxIterations: options.maxIterations)
                    .values(on: undirected)
                note(result.converged, metric, result.iterations, in: &table)
                values = result.values
            case .pagerank:
                let result = PageRank(damping: options.damping, tolerance: options.tolerance,
                                      maxIterations: options.maxIterations).values(on: undirected)
                note(result.converged, metric, result.iterations, in: &table)
                values = result.values
            case .hub:
                note(hits.converged, metric, hits.iterations, in: &table)
                values = hits.hubs
            case .authority:
                note(hits.converged, metric, hits.iterations, in: &table)
                values = hits.authorities
            case .positiveDegree: values = signed.signedDegrees(positive: true)
            case .negativeDegree: values = signed.signedDegrees(positive: false)
            case .netStance: values = signed.netStance
            }
            table.values[metric] = values
        }
        return table
    }

    private func note(_ converged: Bool, _ metric: CentralityMetric, _ iterations: Int, in table: inout MetricTable) {
        guard !converged else { return }
        table.notes.append("\(metric.rawValue): stopped after \(iterations) iterations without reaching the tolerance "
            + "\(options.tolerance); values are the last iterate")
    }
}
