import StanceGraphModel

/// Computes centrality metrics on an actor graph.
///
/// Unless a metric says otherwise it is computed on the undirected simple graph
/// of the view: parallel edges between two actors (different stances, both
/// directions) merged into one edge whose weight is the sum of theirs, and no
/// self-loops.
public struct CentralityCalculator: Sendable {
    public init() {}

    /// The requested metrics for every node of `graph`.
    public func compute(_ graph: ActorGraph, metrics: Set<CentralityMetric>) -> MetricTable {
        var table = MetricTable(nodes: graph.nodes)
        let n = graph.nodes.count
        let pairs = UndirectedPairs(graph)
        if metrics.contains(.degree) {
            var degree = [Double](repeating: 0, count: n)
            for pair in pairs.pairs {
                degree[pair.a] += 1
                degree[pair.b] += 1
            }
            table.values[.degree] = degree
        }
        if metrics.contains(.strength) {
            var strength = [Double](repeating: 0, count: n)
            for pair in pairs.pairs {
                strength[pair.a] += pair.weight
                strength[pair.b] += pair.weight
            }
            table.values[.strength] = strength
        }
        return table
    }
}

/// The undirected simple graph of a view: one weighted pair per connected couple of nodes.
struct UndirectedPairs {
    struct Pair: Hashable {
        var a: Int
        var b: Int
        var weight: Double
    }

    var pairs: [Pair]

    init(_ graph: ActorGraph) {
        var index: [Int: Int] = [:]
        var pairs: [Pair] = []
        let n = graph.nodes.count
        for edge in graph.edges where edge.source != edge.target {
            let a = min(edge.source, edge.target)
            let b = max(edge.source, edge.target)
            let key = a * n + b
            if let position = index[key] {
                pairs[position].weight += edge.weight
            } else {
                index[key] = pairs.count
                pairs.append(Pair(a: a, b: b, weight: edge.weight))
            }
        }
        self.pairs = pairs
    }
}
