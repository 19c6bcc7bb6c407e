/// Hubs and authorities (J. Kleinberg, "Authoritative sources in a hyperlinked
/// environment", J. ACM 46(5), 1999): on a directed graph, a good *hub* points to
/// good authorities and a good *authority* is pointed to by good hubs. Here: an
/// actor whose stances go to the actors many others take stances toward, and those
/// actors.
///
/// The iteration is networkx 3.x's reference power iteration (`_hits_python`), with
/// arc weights: from the uniform hub vector h,
///
///     a = A^T h,   h' = A a,   each then divided by its largest entry,
///
/// until the L1 change of h is below `tolerance` (an absolute bound, as networkx
/// applies it); both vectors are then scaled to sum 1. This converges to the
/// principal singular vectors of A, the values `nx.hits` computes with a sparse
/// SVD when they are unique. On an undirected graph hubs equal authorities. A graph
/// without edges gives every node 0 (networkx divides by zero); an empty graph gives
/// no values.
///
/// - Complexity: O(E) per iteration.
public struct HITS: Sendable, Hashable {
    /// Hub and authority scores, each summing to 1 (all 0 without edges).
    public struct Scores: Sendable, Hashable {
        public var hubs: [Double]
        public var authorities: [Double]
        public var iterations: Int
        public var converged: Bool
    }

    /// Stop when the L1 change of the hub vector is below this (absolute).
    public var tolerance: Double
    /// Give up (with `converged == false`) after this many iterations.
    public var maxIterations: Int

    public init(tolerance: Double = 1e-12, maxIterations: Int = 10_000) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Hub and authority scores of every node of `graph`, in node order.
    public func scores(on graph: CompressedGraph) -> Scores {
        let n = graph.nodeCount
        guard n > 0 else { return Scores(hubs: [], authorities: [], iterations: 0, converged: true) }
        guard graph.arcCount > 0 else {
            let zeros = [Double](repeating: 0, count: n)
            return Scores(hubs: zeros, authorities: zeros, iterations: 0, converged: true)
        }
        var hubs = [Double](repeating: 1 / Double(n), count: n)
        var last = hubs
        var authorities = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        while iterations < max(1, maxIterations) {
            iterations += 1
            swap(&hubs, &last)
            graph.offsets.withUnsafeBufferPointer { offsets in
                graph.targets.withUnsafeBufferPointer { targets in
                    graph.weights.withUnsafeBufferPointer { weights in
                        // a = A^T h: push each hub score along its arcs.
                        for v in 0..<n { authorities[v] = 0 }
                        for u in 0..<n {
                            let score = last[u]
                            for arc in offsets[u]..<offsets[u + 1] { authorities[Int(targets[arc])] += score * weights[arc] }
                        }
                        // h = A a: pull the authority scores of each node's targets.
                        for u in 0..<n {
                            var value = 0.0
                            for arc in offsets[u]..<offsets[u + 1] { value += authorities[Int(targets[arc])] * weights[arc] }
                            hubs[u] = value
                        }
                    }
                }
            }
            Self.scaleToMaximum(&hubs)
            Self.scaleToMaximum(&authorities)
            var change = 0.0
            for v in 0..<n { change += abs(hubs[v] - last[v]) }
            if change < tolerance {
                converged = true
                break
            }
        }
        Self.scaleToSum(&hubs)
        Self.scaleToSum(&authorities)
        return Scores(hubs: hubs, authorities: authorities, iterations: iterations, converged: converged)
    }

    static func scaleToMaximum(_ values: inout [Double]) {
        guard let largest = values.max(), largest > 0 else { return }
        let scale = 1 / largest
        for v in values.indices { values[v] *= scale }
    }

    static func scaleToSum(_ values: inout [Double]) {
        var total = 0.0
        for value in values { total += value }
        guard total > 0 else { return }
        let scale = 1 / total
        for v in values.indices { values[v] *= scale }
    }
}
