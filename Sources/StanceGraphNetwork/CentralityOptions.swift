/// What a path's length is, for the metrics built on shortest paths (betweenness
/// and closeness).
public enum PathLength: String, Sendable, Hashable, CaseIterable, Codable {
    /// Every edge is one step, whatever its weight (networkx's `weight=None`).
    case hops
    /// An edge of weight w is 1 / w long: actors that mention each other more often
    /// (or more confidently) are closer. Edges of weight 0 are left out.
    case inverseWeight = "inverse-weight"
}

/// The settings of `CentralityCalculator`. The defaults are the ones `stancegraph
/// metrics` uses and `docs/metrics.md` documents.
public struct CentralityOptions: Sendable, Hashable {
    public var pathLength: PathLength
    /// Betweenness pivots (sources). nil: exact up to `exactBetweennessLimit` nodes,
    /// `automaticSamples` pivots beyond. A count of at least the node count is exact.
    public var betweennessSamples: Int?
    public var exactBetweennessLimit: Int
    public var automaticSamples: Int
    /// Seeds the choice of betweenness pivots.
    public var seed: UInt64
    /// Threads for betweenness and closeness; nil for every core.
    public var threads: Int?
    /// PageRank's damping factor.
    public var damping: Double
    /// Convergence tolerance of PageRank, eigenvector centrality and HITS (see each).
    public var tolerance: Double
    public var maxIterations: Int

    public init(
        pathLength: PathLength = .hops, betweennessSamples: Int? = nil, exactBetweennessLimit: Int = 50_000,
        automaticSamples: Int = 1_000, seed: UInt64 = 1, threads: Int? = nil, damping: Double = 0.85,
        tolerance: Double = 1e-12, maxIterations: Int = 10_000
    ) {
        self.pathLength = pathLength
        self.betweennessSamples = betweennessSamples
        self.exactBetweennessLimit = exactBetweennessLimit
        self.automaticSamples = automaticSamples
        self.seed = seed
        self.threads = threads
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// The betweenness pivots for a graph of `nodeCount` nodes: nil for the exact
    /// computation, otherwise the seeded sample.
    public func betweennessPivots(nodeCount: Int) -> [Int]? {
        let count = betweennessSamples ?? (nodeCount > exactBetweennessLimit ? automaticSamples : nodeCount)
        guard count < nodeCount else { return nil }
        return Betweenness.samplePivots(count, nodeCount: nodeCount, seed: seed)
    }
}
