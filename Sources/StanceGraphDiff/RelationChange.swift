import StanceGraphModel

/// How one relation (a pair of actors and a stance, in one direction or mutual)
/// differs between two snapshots, with the mentions that account for it.
///
/// The kind is decided by the number of mentions: a relation with as many mentions
/// on both sides is `unchanged` even when they are different mentions (two windows
/// that each hold one statement of cooperation).
public struct RelationChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case appeared
        case grew
        case faded
        case disappeared
        case unchanged

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.sortIndex < rhs.sortIndex }
        private var sortIndex: Int { Kind.allCases.firstIndex(of: self) ?? 0 }

        /// The kind for a change in mention count from `before` to `after`.
        public init(before: Int, after: Int) {
            switch (before, after) {
            case (0, let a) where a > 0: self = .appeared
            case (let b, 0) where b > 0: self = .disappeared
            case let (b, a) where a > b: self = .grew
            case let (b, a) where a < b: self = .faded
            default: self = .unchanged
            }
        }
    }

    /// The agent of a directed relation; for a mutual one, the end with the smaller id.
    public var source: ActorReference
    public var target: ActorReference
    public var stance: Stance
    public var directed: Bool
    public var kind: Kind
    /// Mentions on each side.
    public var before: Int
    public var after: Int
    /// Edge weights on each side (mentions, or summed confidence; see `EdgeWeighting`).
    public var weightBefore: Double
    public var weightAfter: Double
    /// The dates the relation spans on the later side (the earlier one when it disappeared).
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    /// Mentions the later snapshot has and the earlier lacks, chronological.
    public var added: [Citation]
    /// Mentions the earlier snapshot has and the later lacks, chronological.
    public var removed: [Citation]

    public init(source: ActorReference, target: ActorReference, stance: Stance, directed: Bool,
                before: Int, after: Int, weightBefore: Double, weightAfter: Double,
                firstDate: CalendarDate?, lastDate: CalendarDate?, added: [Citation], removed: [Citation]) {
        self.source = source
        self.target = target
        self.stance = stance
        self.directed = directed
        self.kind = Kind(before: before, after: after)
        self.before = before
        self.after = after
        self.weightBefore = weightBefore
        self.weightAfter = weightAfter
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.added = added
        self.removed = removed
    }

    /// The change in mentions (negative when it faded).
    public var delta: Int { after - before }

    /// Whether the relation involves the actor.
    public func involves(_ id: EntityID) -> Bool { source.id == id || target.id == id }
}
