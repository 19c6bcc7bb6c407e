/// Modularity of a partition of an undirected weighted graph (M. Newman and M.
/// Girvan, "Finding and evaluating community structure in networks", Phys. Rev. E
/// 69, 026113, 2004), with a resolution parameter gamma (J. Reichardt and S.
/// Bornholdt, Phys. Rev. E 74, 016110, 2006):
///
///     Q = sum over communities c of  L_c / m  -  gamma * (d_c / 2m)^2
///
/// where m is the total edge weight, L_c the weight of edges inside c and d_c the
/// summed weighted degree of c's nodes (a self-loop counting twice in a degree and
/// once in L_c). This is networkx 3.x `community.modularity`. A graph without
/// edges has modularity 0 here (networkx divides by zero).
///
/// - Complexity: O(V + E).
public enum Modularity {
    /// `communities` must cover every node exactly once; a directed graph is read as
    /// undirected.
    public static func value(of communities: [[Int]], on graph: CompressedGraph, resolution: Double = 1) -> Double {
        let undirected = graph.isDirected
            ? CompressedGraph(nodeCount: graph.nodeCount, edges: graph.edges, directed: false) : graph
        var label = [Int](repeating: -1, count: undirected.nodeCount)
        for (index, community) in communities.enumerated() {
            for node in community { label[node] = index }
        }
        let degrees = Degree.strengths(on: undirected)
        var degreeSum = 0.0
        for degree in degrees { degreeSum += degree }
        guard degreeSum > 0 else { return 0 }
        let m = degreeSum / 2
        let norm = 1 / (degreeSum * degreeSum)
        var inside = [Double](repeating: 0, count: communities.count)
        var degreeTotal = [Double](repeating: 0, count: communities.count)
        for u in 0..<undirected.nodeCount where label[u] >= 0 {
            degreeTotal[label[u]] += degrees[u]
            for arc in undirected.arcs(of: u) {
                let v = Int(undirected.targets[arc])
                if v >= u, label[v] == label[u] { inside[label[u]] += undirected.weights[arc] }
            }
        }
        var total = 0.0
        for c in communities.indices {
            total += inside[c] / m - resolution * degreeTotal[c] * degreeTotal[c] * norm
        }
        return total
    }
}
