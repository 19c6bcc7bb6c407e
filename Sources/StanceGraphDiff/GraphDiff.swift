import StanceGraphModel
import StanceGraphNetwork

/// Everything that changed between two snapshots of a stance graph, each change
/// with the articles and sentences that support it. Computed by `GraphDiffer`;
/// printed by `DiffReportFormatter`; `Codable` for the JSON report.
///
/// Every list is sorted deterministically (see each property), so the same two
/// snapshots always give the same report.
public struct GraphDiff: Hashable, Sendable, Codable {
    public var before: SnapshotSummary
    public var after: SnapshotSummary
    /// The view both snapshots were taken with.
    public var view: ViewSummary
    /// The metric ranks are compared by.
    public var metric: CentralityMetric
    /// Entities of the earlier document known by another id in the later one (two-document diffs).
    public var identityChanges: [IdentityChange]
    /// Appeared first, then disappeared; by mentions (most first), then id.
    public var actors: [ActorChange]
    /// Every relation on either side, unchanged ones included: by kind (appeared,
    /// grew, faded, disappeared, unchanged), then size of the change, then ids.
    public var relations: [RelationChange]
    /// Pairs whose total mentions changed: largest change first, then ids.
    public var pairs: [PairChange]
    /// Pairs whose polarity flipped: largest swing first, then ids.
    public var flips: [PolarityFlip]
    /// Actors in both snapshots whose rank moved: up first (largest move first),
    /// then down (largest fall first), ties by id.
    public var ranks: [RankChange]
    /// Structural balance on both sides.
    public var balance: BalanceChange?
    /// What the metric calculator said about its values (estimates, convergence).
    public var notes: [String] = []

    public init(before: SnapshotSummary, after: SnapshotSummary, view: ViewSummary, metric: CentralityMetric,
                identityChanges: [IdentityChange] = [], actors: [ActorChange] = [], relations: [RelationChange] = [],
                pairs: [PairChange] = [], flips: [PolarityFlip] = [], ranks: [RankChange] = [],
                balance: BalanceChange? = nil) {
        self.before = before
        self.after = after
        self.view = view
        self.metric = metric
        self.identityChanges = identityChanges
        self.actors = actors
        self.relations = relations
        self.pairs = pairs
        self.flips = flips
        self.ranks = ranks
        self.balance = balance
    }

    /// The relations of one kind, in the diff's order.
    public func relations(_ kind: RelationChange.Kind) -> [RelationChange] {
        relations.filter { $0.kind == kind }
    }

    /// The actors of one kind, in the diff's order.
    public func actors(_ kind: ActorChange.Kind) -> [ActorChange] {
        actors.filter { $0.kind == kind }
    }

    /// Whether nothing changed: no actor, relation, polarity, rank, identity or
    /// balance change (unchanged relations do not count).
    public var isEmpty: Bool {
        identityChanges.isEmpty && actors.isEmpty && flips.isEmpty && ranks.isEmpty
            && relations.allSatisfy { $0.kind == .unchanged } && (balance?.isUnchanged ?? true)
    }
}
