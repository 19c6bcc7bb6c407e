/// Structural balance of a signed graph (D. Cartwright and F. Harary, "Structural
/// balance: a generalization of Heider's theory", Psychological Review 63(5), 1956):
/// a triangle of actors is *balanced* when it has an even number of negative ties
/// ("the friend of my friend is my friend", "the enemy of my enemy is my friend")
/// and *unbalanced* otherwise. The share of balanced triangles says how far the
/// network has sorted itself into opposed camps; the unbalanced triangles are where
/// an alliance is under strain.
///
/// Triangles are those of `SignedGraph.signGraph`: pairs with a tied net weight
/// have no sign and close no triangle. `countsByNegativeTies[k]` counts triangles
/// with k negative ties, so the weaker notion of balance (J. A. Davis, "Clustering
/// and structural balance in graphs", Human Relations 20(2), 1967), which accepts
/// all-negative triangles, can be read off as well.
///
/// - Complexity: O(E^1.5) time (each triangle is found once, from its lowest-ranked
///   node with nodes ranked by degree), O(V + E) memory plus the unbalanced list.
public struct StructuralBalance: Sendable, Hashable {
    public struct Triangle: Sendable, Hashable, Comparable {
        /// Node indices, `a < b < c`.
        public var a: Int
        public var b: Int
        public var c: Int
        /// How many of the three ties are negative (0...3).
        public var negativeTies: Int

        public var isBalanced: Bool { negativeTies % 2 == 0 }

        public static func < (lhs: Triangle, rhs: Triangle) -> Bool {
            (lhs.a, lhs.b, lhs.c) < (rhs.a, rhs.b, rhs.c)
        }
    }

    public var triangleCount: Int
    public var balancedCount: Int
    /// Triangles with 0, 1, 2 and 3 negative ties.
    public var countsByNegativeTies: [Int]
    /// Every unbalanced triangle, sorted by node indices.
    public var unbalanced: [Triangle]

    /// Balanced triangles over all triangles, or nil when there is none.
    public var balancedShare: Double? {
        triangleCount == 0 ? nil : Double(balancedCount) / Double(triangleCount)
    }

    public init(_ signed: SignedGraph) {
        let graph = signed.signGraph
        let n = graph.nodeCount
        // Orient every edge from lower to higher (degree, index) rank.
        func ranks(_ u: Int, before v: Int) -> Bool {
            let du = graph.arcs(of: u).count, dv = graph.arcs(of: v).count
            return du != dv ? du < dv : u < v
        }
        var mark = [Int8](repeating: 0, count: n)
        var counts = [0, 0, 0, 0]
        var unbalanced: [Triangle] = []
        for u in 0..<n {
            let forward = graph.arcs(of: u).filter { ranks(u, before: Int(graph.targets[$0])) }
            for arc in forward { mark[Int(graph.targets[arc])] = graph.weights[arc] < 0 ? -1 : 1 }
            for arc in forward {
                let v = Int(graph.targets[arc])
                let uv = graph.weights[arc] < 0 ? 1 : 0
                for next in graph.arcs(of: v) {
                    let w = Int(graph.targets[next])
                    guard mark[w] != 0, ranks(v, before: w) else { continue }
                    let negatives = uv + (graph.weights[next] < 0 ? 1 : 0) + (mark[w] < 0 ? 1 : 0)
                    counts[negatives] += 1
                    if negatives % 2 == 1 {
                        let sorted = [u, v, w].sorted()
                        unbalanced.append(Triangle(a: sorted[0], b: sorted[1], c: sorted[2], negativeTies: negatives))
                    }
                }
            }
            for arc in forward { mark[Int(graph.targets[arc])] = 0 }
        }
        self.countsByNegativeTies = counts
        self.triangleCount = counts.reduce(0, +)
        self.balancedCount = counts[0] + counts[2]
        self.unbalanced = unbalanced.sorted()
    }
}
