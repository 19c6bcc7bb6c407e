import StanceGraphModel

/// The mentions between two actors, all stances and both directions together,
/// split by polarity.
public struct PairTally: Hashable, Sendable, Codable {
    public var mentions: Int
    /// Summed weight of cooperative mentions (cooperation, consultation, support, agreement).
    public var positive: Double
    /// Summed weight of hostile mentions (concern, condemnation, ..., denial).
    public var negative: Double

    public init(mentions: Int = 0, positive: Double = 0, negative: Double = 0) {
        self.mentions = mentions
        self.positive = positive
        self.negative = negative
    }

    /// Positive minus negative weight.
    public var net: Double { positive - negative }

    /// The sign of `net`; neutral when the two sides balance or there is nothing.
    public var polarity: Polarity {
        if net > PairTally.tolerance { return .positive }
        if net < -PairTally.tolerance { return .negative }
        return .neutral
    }

    /// Weights are sums of confidences in [0, 1]: differences below this are rounding.
    static let tolerance = 1e-9

    mutating func add(polarity: Polarity, weight: Double) {
        mentions += 1
        switch polarity {
        case .positive: positive += weight
        case .negative: negative += weight
        case .neutral: break
        }
    }
}

/// How the relations between two actors changed in total.
///
/// `added` tallies only the mentions the later snapshot adds: for cumulative
/// snapshots that is what happened between the two dates, for two windows it is
/// the whole later window. Comparing it with `before` is how a change of course
/// shows up even when years of earlier history still outweigh it.
public struct PairChange: Hashable, Sendable, Codable {
    /// The pair, `a.id < b.id`.
    public var a: ActorReference
    public var b: ActorReference
    public var before: PairTally
    public var after: PairTally
    public var added: PairTally
    public var removed: PairTally

    public init(a: ActorReference, b: ActorReference, before: PairTally, after: PairTally,
                added: PairTally, removed: PairTally) {
        self.a = a
        self.b = b
        self.before = before
        self.after = after
        self.added = added
        self.removed = removed
    }

    /// The change in mentions.
    public var delta: Int { after.mentions - before.mentions }
}
