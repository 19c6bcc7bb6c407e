import StanceGraphModel
import StanceGraphNetwork

/// How structural balance changed between two snapshots.
///
/// Balance is computed by the metrics module (`StructuralBalance` on the
/// `SignedGraph` of each side: Cartwright & Harary 1956): a triangle of actors whose
/// pairs all have a sign is balanced when an even number of its ties are negative.
/// Besides the counts on each side, the change lists the unbalanced triangles that
/// are new in the later snapshot (an alliance under fresh strain) and those of the
/// earlier snapshot that are no longer unbalanced (resolved, or no longer a
/// triangle), matched by actor ids.
public struct BalanceChange: Hashable, Sendable, Codable {
    /// Balance on one side.
    public struct Side: Hashable, Sendable, Codable {
        public var triangles: Int
        public var balanced: Int
        /// Triangles with 0, 1, 2 and 3 negative ties.
        public var countsByNegativeTies: [Int]

        /// Balanced triangles over all triangles, or nil when there is none.
        public var balancedShare: Double? { triangles == 0 ? nil : Double(balanced) / Double(triangles) }
        public var unbalanced: Int { triangles - balanced }

        public init(_ balance: StructuralBalance) {
            triangles = balance.triangleCount
            balanced = balance.balancedCount
            countsByNegativeTies = balance.countsByNegativeTies
        }
    }

    /// One tie of a triangle: a pair and the sign of its net weight.
    public struct Tie: Hashable, Sendable, Codable {
        public var a: ActorReference
        public var b: ActorReference
        /// +1 or -1.
        public var sign: Int
    }

    /// A triangle named by its actors (sorted by id) with its three ties.
    public struct Triangle: Hashable, Sendable, Codable {
        public var actors: [ActorReference]
        public var ties: [Tie]
        public var negativeTies: Int
    }

    public var before: Side
    public var after: Side
    /// Unbalanced in the later snapshot but not in the earlier one, sorted by actor ids.
    public var newlyUnbalanced: [Triangle]
    /// Unbalanced in the earlier snapshot but not in the later one, sorted by actor ids.
    public var noLongerUnbalanced: [Triangle]

    /// The balance of both views.
    ///
    /// - Complexity: O(E^1.5) per side (see `StructuralBalance`), plus sorting the
    ///   unbalanced triangles.
    public init(before: ActorGraph, after: ActorGraph) {
        let old = Self.unbalanced(before)
        let new = Self.unbalanced(after)
        self.before = old.side
        self.after = new.side
        let oldKeys = Set(old.triangles.map { $0.actors.map(\.id) })
        let newKeys = Set(new.triangles.map { $0.actors.map(\.id) })
        newlyUnbalanced = new.triangles.filter { !oldKeys.contains($0.actors.map(\.id)) }
        noLongerUnbalanced = old.triangles.filter { !newKeys.contains($0.actors.map(\.id)) }
    }

    /// Whether both sides have the same counts and the same unbalanced triangles.
    public var isUnchanged: Bool {
        before == after && newlyUnbalanced.isEmpty && noLongerUnbalanced.isEmpty
    }

    private static func unbalanced(_ graph: ActorGraph) -> (side: Side, triangles: [Triangle]) {
        let signed = SignedGraph(graph)
        let balance = StructuralBalance(signed)
        var sign: [Int: Int] = [:]
        let n = max(1, graph.nodes.count)
        for pair in signed.pairs { sign[pair.a * n + pair.b] = pair.sign }
        func reference(_ index: Int) -> ActorReference { ActorReference(graph.nodes[index]) }
        func tie(_ x: Int, _ y: Int) -> Tie {
            let a = min(x, y), b = max(x, y)
            let (first, second) = graph.nodes[a].id < graph.nodes[b].id ? (a, b) : (b, a)
            return Tie(a: reference(first), b: reference(second), sign: sign[a * n + b] ?? 0)
        }
        let triangles = balance.unbalanced.map { triangle -> Triangle in
            let corners = [triangle.a, triangle.b, triangle.c].sorted { graph.nodes[$0].id < graph.nodes[$1].id }
            return Triangle(actors: corners.map(reference),
                            ties: [tie(corners[0], corners[1]), tie(corners[0], corners[2]), tie(corners[1], corners[2])],
                            negativeTies: triangle.negativeTies)
        }.sorted { $0.actors.map(\.id).lexicographicallyPrecedes($1.actors.map(\.id)) }
        return (Side(balance), triangles)
    }
}
