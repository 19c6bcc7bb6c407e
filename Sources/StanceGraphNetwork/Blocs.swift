/// Blocs: groups of actors held together by positive stances, found by Louvain
/// community detection on the positive graph of a signed view (pairs whose net
/// weight is positive, weighted by it; see `SignedGraph.positiveGraph`).
///
/// Negative ties do not steer the grouping; they are counted afterwards, so a bloc
/// with many internal negative ties is one whose members cooperate and quarrel at
/// once, and the negative ties between blocs are the fault lines. Actors with no
/// positive tie stay alone and are listed as unaffiliated rather than as blocs of one.
/// The result is deterministic (see `Louvain`).
///
/// - Complexity: that of `Louvain`, plus O(E) for the counts.
public struct Blocs: Sendable, Hashable {
    public struct Bloc: Sendable, Hashable {
        /// Node indices, ascending.
        public var members: [Int]
        /// Signed pairs inside the bloc, by sign.
        public var positiveTies: Int
        public var negativeTies: Int
    }

    /// Blocs of two or more actors, largest first, ties by smallest member.
    public var blocs: [Bloc]
    /// Actors in no bloc, ascending.
    public var unaffiliated: [Int]
    /// Signed pairs that join different blocs (or an unaffiliated actor), by sign.
    public var positiveTiesBetween: Int
    public var negativeTiesBetween: Int
    /// The modularity of the partition on the positive graph (0 when it has no edges).
    public var modularity: Double

    /// The blocs of `signed`, found with `louvain` on its positive graph.
    public init(_ signed: SignedGraph, louvain: Louvain = Louvain()) {
        let positive = signed.positiveGraph
        let communities = louvain.communities(on: positive)
        modularity = Modularity.value(of: communities, on: positive, resolution: louvain.resolution)
        var label = [Int](repeating: -1, count: signed.nodeCount)
        var groups = communities.filter { $0.count > 1 }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        for (index, group) in groups.enumerated() { for node in group { label[node] = index } }
        unaffiliated = communities.filter { $0.count == 1 }.map { $0[0] }.sorted()
        var inside = [(positive: Int, negative: Int)](repeating: (0, 0), count: groups.count)
        var between = (positive: 0, negative: 0)
        for pair in signed.pairs where pair.sign != 0 {
            let same = label[pair.a] >= 0 && label[pair.a] == label[pair.b]
            switch (same, pair.sign > 0) {
            case (true, true): inside[label[pair.a]].positive += 1
            case (true, false): inside[label[pair.a]].negative += 1
            case (false, true): between.positive += 1
            case (false, false): between.negative += 1
            }
        }
        blocs = groups.indices.map { Bloc(members: groups[$0], positiveTies: inside[$0].positive,
                                          negativeTies: inside[$0].negative) }
        positiveTiesBetween = between.positive
        negativeTiesBetween = between.negative
    }
}
