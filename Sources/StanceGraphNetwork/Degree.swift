/// Degree and strength: how many ties a node has, and how heavy they are together
/// (strength is the "weighted degree" of A. Barrat et al., "The architecture of
/// complex weighted networks", PNAS 101(11), 2004).
///
/// The conventions are networkx 3.x's `G.degree()` and `G.degree(weight=...)`,
/// unnormalized: on an undirected graph a self-loop adds 2 to the degree and twice
/// its weight to the strength; on a directed graph the degree is in-degree plus
/// out-degree, and a self-loop counts once in each. The actor graph views have no
/// self-loops and no parallel edges, so there degree is the number of distinct
/// neighbours.
///
/// - Complexity: O(V + E).
public enum Degree {
    /// The number of edge ends at each node.
    public static func counts(on graph: CompressedGraph) -> [Double] {
        guard graph.isDirected else {
            return (0..<graph.nodeCount).map { v in
                var degree = 0
                for arc in graph.arcs(of: v) { degree += Int(graph.targets[arc]) == v ? 2 : 1 }
                return Double(degree)
            }
        }
        let ins = inDegrees(on: graph)
        let outs = outDegrees(on: graph)
        return ins.indices.map { ins[$0] + outs[$0] }
    }

    /// The summed weight of the edge ends at each node.
    public static func strengths(on graph: CompressedGraph) -> [Double] {
        guard graph.isDirected else { return (0..<graph.nodeCount).map { graph.strength(of: $0) } }
        var total = [Double](repeating: 0, count: graph.nodeCount)
        for v in 0..<graph.nodeCount {
            for arc in graph.arcs(of: v) {
                total[v] += graph.weights[arc]
                total[Int(graph.targets[arc])] += graph.weights[arc]
            }
        }
        return total
    }

    /// Arcs leaving each node (on an undirected graph, the degree).
    public static func outDegrees(on graph: CompressedGraph) -> [Double] {
        guard graph.isDirected else { return counts(on: graph) }
        return (0..<graph.nodeCount).map { Double(graph.arcs(of: $0).count) }
    }

    /// Arcs entering each node (on an undirected graph, the degree).
    public static func inDegrees(on graph: CompressedGraph) -> [Double] {
        guard graph.isDirected else { return counts(on: graph) }
        var degree = [Double](repeating: 0, count: graph.nodeCount)
        for target in graph.targets { degree[Int(target)] += 1 }
        return degree
    }
}
