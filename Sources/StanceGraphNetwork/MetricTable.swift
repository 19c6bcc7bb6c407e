import StanceGraphModel

/// Metric values for every node of an `ActorGraph`, in the graph's node order.
public struct MetricTable: Sendable, Hashable {
    public var nodes: [ActorGraph.Node]
    /// metric -> one value per node.
    public var values: [CentralityMetric: [Double]]
    /// What a reader should know about how values were obtained: estimates from
    /// sampled sources, iterations stopped before converging. Empty when exact.
    public var notes: [String]

    public init(nodes: [ActorGraph.Node], values: [CentralityMetric: [Double]] = [:], notes: [String] = []) {
        self.nodes = nodes
        self.values = values
        self.notes = notes
    }

    /// The metrics present, in their canonical order.
    public var metrics: [CentralityMetric] { values.keys.sorted() }

    public func value(_ metric: CentralityMetric, of node: Int) -> Double? {
        values[metric]?[node]
    }

    /// Node indices ranked by `metric`, highest first; ties broken by the other
    /// metrics in canonical order, then by entity id, so the order is total.
    public func ranking(by metric: CentralityMetric) -> [Int] {
        let columns = ([metric] + metrics.filter { $0 != metric }).compactMap { values[$0] }
        return nodes.indices.sorted { lhs, rhs in
            for column in columns where column[lhs] != column[rhs] {
                return column[lhs] > column[rhs]
            }
            return nodes[lhs].id < nodes[rhs].id
        }
    }
}
