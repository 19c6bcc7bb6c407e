import StanceGraphModel

/// A pair of actors whose relations changed sign: cooperation turned to
/// condemnation, or hostility to agreement.
///
/// A pair flips when its net polarity in the earlier snapshot (positive minus
/// negative weight of all its mentions, see `PairTally`) and the net polarity of
/// the mentions the later snapshot adds are both non-zero and opposite. Comparing
/// with what is added, not with the later snapshot's total, lets a recent change
/// of course show against a longer history in cumulative snapshots.
public struct PolarityFlip: Hashable, Sendable, Codable {
    /// The pair, `a.id < b.id`.
    public var a: ActorReference
    public var b: ActorReference
    /// `.positive` or `.negative`.
    public var from: Polarity
    public var to: Polarity
    /// Net weight in the earlier snapshot, of the added mentions, and in the later snapshot.
    public var netBefore: Double
    public var netAdded: Double
    public var netAfter: Double
    /// The earlier snapshot's mentions of the pair with the earlier polarity, chronological.
    public var beforeEvidence: [Citation]
    /// The added mentions with the later polarity, chronological.
    public var afterEvidence: [Citation]

    public init(a: ActorReference, b: ActorReference, from: Polarity, to: Polarity, netBefore: Double,
                netAdded: Double, netAfter: Double, beforeEvidence: [Citation], afterEvidence: [Citation]) {
        self.a = a
        self.b = b
        self.from = from
        self.to = to
        self.netBefore = netBefore
        self.netAdded = netAdded
        self.netAfter = netAfter
        self.beforeEvidence = beforeEvidence
        self.afterEvidence = afterEvidence
    }
}
