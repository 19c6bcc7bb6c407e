/// The outcome of a power iteration: the vector it reached and whether it met the
/// tolerance within the allowed iterations.
public struct IterationResult: Sendable, Hashable {
    /// One value per node.
    public var values: [Double]
    /// Iterations run.
    public var iterations: Int
    /// False when the iteration stopped at its limit; `values` is then the last
    /// iterate (networkx raises `PowerIterationFailedConvergence` instead).
    public var converged: Bool

    public init(values: [Double], iterations: Int, converged: Bool) {
        self.values = values
        self.iterations = iterations
        self.converged = converged
    }
}
