/// Eigenvector centrality: a node is central when its neighbours are (P. Bonacich,
/// "Factoring and weighting approaches to status scores and clique
/// identification", J. Math. Sociology 2(1), 1972; M. Newman, *Networks: An
/// Introduction*, Oxford University Press, 2010, section 7.2).
///
/// The values are the principal left eigenvector of the weighted adjacency matrix A,
/// found exactly as networkx 3.x `eigenvector_centrality` finds it: power iteration
/// on A + I (the identity shift keeps bipartite graphs, whose spectrum is symmetric,
/// from oscillating), starting from the uniform vector, each step
///
///     x'(v) = x(v) + sum over arcs u -> v of x(u) * w(u, v)
///
/// then scaled to Euclidean norm 1, until the L1 change is below n * `tolerance`.
/// The default tolerance is 1e-12, not networkx's 1e-6, so values are converged to
/// about 1e-11. For a directed graph the sum runs over *incoming* arcs (networkx's
/// left eigenvector); an undirected self-loop counts once. In a disconnected graph
/// the component with the largest eigenvalue takes the weight and the others decay
/// towards 0 as the iteration proceeds; a graph without edges gives every node
/// 1 / sqrt(n). An empty graph gives no values.
///
/// - Complexity: O(E) per iteration; the number of iterations grows as the gap
///   between the two largest eigenvalues of A + I narrows.
public struct EigenvectorCentrality: Sendable, Hashable {
    /// Stop when the L1 change of an iteration is below `nodeCount * tolerance`.
    public var tolerance: Double
    /// Give up (with `converged == false`) after this many iterations.
    public var maxIterations: Int

    public init(tolerance: Double = 1e-12, maxIterations: Int = 10_000) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// Eigenvector centrality of every node of `graph`, in node order.
    public func values(on graph: CompressedGraph) -> IterationResult {
        let n = graph.nodeCount
        guard n > 0 else { return IterationResult(values: [], iterations: 0, converged: true) }
        let incoming = graph.transposed()
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for iteration in 1...max(1, maxIterations) {
            var squares = 0.0
            incoming.offsets.withUnsafeBufferPointer { offsets in
                incoming.targets.withUnsafeBufferPointer { sources in
                    incoming.weights.withUnsafeBufferPointer { weights in
                        for v in 0..<n {
                            var value = x[v]
                            for arc in offsets[v]..<offsets[v + 1] { value += x[Int(sources[arc])] * weights[arc] }
                            next[v] = value
                            squares += value * value
                        }
                    }
                }
            }
            let norm = squares > 0 ? squares.squareRoot() : 1
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                return IterationResult(values: x, iterations: iteration, converged: true)
            }
        }
        return IterationResult(values: x, iterations: maxIterations, converged: false)
    }
}
