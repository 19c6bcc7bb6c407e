/// The signed view of an actor graph: for every pair of actors joined by at least
/// one stance, how much positive and how much negative weight passed between them,
/// in either direction.
///
/// A pair's *sign* is the sign of its net weight (positive minus negative): two
/// actors that cooperated three times and traded one threat are allies on balance.
/// When the two weights are equal (within a relative 1e-9, to absorb rounding of
/// summed confidences) the pair has no sign and is left out of structural balance
/// and blocs; it still counts in positive and negative degree.
public struct SignedGraph: Sendable, Hashable {
    public struct Pair: Sendable, Hashable {
        /// Node indices, `a < b`.
        public var a: Int
        public var b: Int
        public var positiveWeight: Double
        public var negativeWeight: Double
        /// How many merged stance edges of each polarity join the pair.
        public var positiveEdges: Int
        public var negativeEdges: Int

        public init(_ a: Int, _ b: Int, positiveWeight: Double, negativeWeight: Double,
                    positiveEdges: Int? = nil, negativeEdges: Int? = nil) {
            self.a = min(a, b)
            self.b = max(a, b)
            self.positiveWeight = positiveWeight
            self.negativeWeight = negativeWeight
            self.positiveEdges = positiveEdges ?? (positiveWeight > 0 ? 1 : 0)
            self.negativeEdges = negativeEdges ?? (negativeWeight > 0 ? 1 : 0)
        }

        /// Positive minus negative weight.
        public var netWeight: Double { positiveWeight - negativeWeight }

        /// +1, -1, or 0 for a tie.
        public var sign: Int {
            let net = netWeight
            if abs(net) <= 1e-9 * max(positiveWeight, negativeWeight) { return 0 }
            return net > 0 ? 1 : -1
        }
    }

    public let nodeCount: Int
    /// One entry per pair, sorted by (a, b).
    public let pairs: [Pair]

    /// A signed graph over nodes `0..<nodeCount`; entries for the same pair are added
    /// together and self-pairs are dropped.
    public init(nodeCount: Int, pairs: [Pair]) {
        let sorted = pairs.filter { $0.a != $0.b }.enumerated().sorted { lhs, rhs in
            (lhs.element.a, lhs.element.b, lhs.offset) < (rhs.element.a, rhs.element.b, rhs.offset)
        }.map(\.element)
        var merged: [Pair] = []
        for pair in sorted {
            if let last = merged.last, last.a == pair.a, last.b == pair.b {
                merged[merged.count - 1].positiveWeight += pair.positiveWeight
                merged[merged.count - 1].negativeWeight += pair.negativeWeight
                merged[merged.count - 1].positiveEdges += pair.positiveEdges
                merged[merged.count - 1].negativeEdges += pair.negativeEdges
            } else {
                merged.append(pair)
            }
        }
        self.nodeCount = nodeCount
        self.pairs = merged
    }

    /// The signed graph of a view: every stance edge, whatever its direction, adds
    /// its weight to its pair's positive or negative side by the stance's polarity.
    public init(_ graph: ActorGraph) {
        let pairs = graph.edges.compactMap { edge -> Pair? in
            switch edge.polarity {
            case .positive: return Pair(edge.source, edge.target, positiveWeight: edge.weight, negativeWeight: 0,
                                        positiveEdges: 1, negativeEdges: 0)
            case .negative: return Pair(edge.source, edge.target, positiveWeight: 0, negativeWeight: edge.weight,
                                        positiveEdges: 0, negativeEdges: 1)
            case .neutral: return nil
            }
        }
        self.init(nodeCount: graph.nodes.count, pairs: pairs)
    }

    /// The undirected graph of signed pairs, each edge weighted +1 or -1.
    public var signGraph: CompressedGraph {
        CompressedGraph(nodeCount: nodeCount, sortedSimpleEdges: pairs.compactMap { pair in
            let sign = pair.sign
            return sign == 0 ? nil : CompressedGraph.Edge(pair.a, pair.b, weight: Double(sign))
        }, directed: false)
    }

    /// The undirected graph of positive pairs, weighted by their net weight: the
    /// graph blocs are found on.
    public var positiveGraph: CompressedGraph {
        CompressedGraph(nodeCount: nodeCount, sortedSimpleEdges: pairs.compactMap { pair in
            pair.sign > 0 ? CompressedGraph.Edge(pair.a, pair.b, weight: pair.netWeight) : nil
        }, directed: false)
    }

    /// For each node, the number of neighbours it shares at least one positive
    /// stance with (`positive == true`) or at least one negative stance with.
    public func signedDegrees(positive: Bool) -> [Double] {
        var degree = [Double](repeating: 0, count: nodeCount)
        for pair in pairs where (positive ? pair.positiveEdges : pair.negativeEdges) > 0 {
            degree[pair.a] += 1
            degree[pair.b] += 1
        }
        return degree
    }

    /// For each node, positive minus negative weight over all its pairs: above 0 for
    /// an actor mostly in cooperative relations, below 0 for one mostly in hostile ones.
    public var netStance: [Double] {
        var net = [Double](repeating: 0, count: nodeCount)
        for pair in pairs {
            net[pair.a] += pair.netWeight
            net[pair.b] += pair.netWeight
        }
        return net
    }
}
