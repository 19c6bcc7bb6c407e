/// PageRank: the share of time a random walker spends at a node when it follows an
/// edge with probability `damping` (chosen in proportion to edge weight) and jumps
/// to a node chosen uniformly otherwise (L. Page, S. Brin, R. Motwani and T.
/// Winograd, "The PageRank citation ranking: bringing order to the web", Stanford
/// InfoLab technical report 1999-66).
///
/// The iteration is networkx 3.x `pagerank` (its SciPy form) with uniform
/// personalization:
///
///     x' = damping * (x W + (sum of x over dangling nodes) / n) + (1 - damping) / n
///
/// where W is the weighted adjacency matrix with each row divided by its sum. A
/// *dangling* node (no outgoing weight: an isolated node, a sink of a directed
/// graph) hands its whole share to every node equally, as networkx does. An
/// undirected edge is walked both ways; a self-loop is one arc back to the node.
/// Starting from the uniform vector, the iteration stops when the L1 change is below
/// n * `tolerance`, networkx's test; the default tolerance is 1e-12 rather than
/// networkx's 1e-6 so the values are those of the fixed point to about 1e-11.
/// Values sum to 1; an empty graph gives no values.
///
/// - Complexity: O(E) per iteration; convergence is geometric with ratio at most
///   `damping`, so about 170 iterations reach 1e-12.
public struct PageRank: Sendable, Hashable {
    /// The probability of following an edge rather than jumping (networkx's `alpha`).
    public var damping: Double
    /// Stop when the L1 change of an iteration is below `nodeCount * tolerance`.
    public var tolerance: Double
    /// Give up (with `converged == false`) after this many iterations.
    public var maxIterations: Int

    public init(damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 10_000) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// PageRank of every node of `graph`, in node order.
    public func values(on graph: CompressedGraph) -> IterationResult {
        let n = graph.nodeCount
        guard n > 0 else { return IterationResult(values: [], iterations: 0, converged: true) }
        // Row sums of W (out-weight), then the transposed graph so each node pulls
        // from its in-neighbours with weight w(u, v) / out(u).
        var outWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for arc in graph.arcs(of: v) { outWeight[v] += graph.weights[arc] }
        }
        var inverseOut = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for v in 0..<n {
            if outWeight[v] != 0 { inverseOut[v] = 1 / outWeight[v] } else { dangling.append(v) }
        }
        let incoming = graph.transposed()
        // The transition probability of each incoming arc u -> v: w(u, v) / out(u).
        var probability = incoming.weights
        for v in 0..<n {
            for arc in incoming.arcs(of: v) { probability[arc] *= inverseOut[Int(incoming.targets[arc])] }
        }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        let alpha = damping
        for iteration in 1...max(1, maxIterations) {
            var danglingSum = 0.0
            for v in dangling { danglingSum += x[v] }
            let teleport = danglingSum * uniform
            var change = 0.0
            incoming.offsets.withUnsafeBufferPointer { offsets in
                incoming.targets.withUnsafeBufferPointer { sources in
                    probability.withUnsafeBufferPointer { probability in
                        for v in 0..<n {
                            var walked = 0.0
                            for arc in offsets[v]..<offsets[v + 1] { walked += x[Int(sources[arc])] * probability[arc] }
                            let value = alpha * (walked + teleport) + (1 - alpha) * uniform
                            change += abs(value - x[v])
                            next[v] = value
                        }
                    }
                }
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                return IterationResult(values: x, iterations: iteration, converged: true)
            }
        }
        return IterationResult(values: x, iterations: maxIterations, converged: false)
    }
}
