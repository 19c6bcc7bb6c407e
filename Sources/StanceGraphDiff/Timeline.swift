import StanceGraphModel
import StanceGraphNetwork

/// A graph document period by period: how many relations of each stance each
/// period holds, which actors were most central in it, and, when asked, how one
/// actor's centrality moved. Built by `TimelineBuilder`; printed by
/// `TimelineFormatter`; `Codable` for JSON.
public struct Timeline: Hashable, Sendable, Codable {
    public var granularity: TimelineGranularity
    /// Whether each period's graph holds everything up to its end (true) or only the period (false).
    public var cumulative: Bool
    public var metric: CentralityMetric
    public var view: ViewSummary
    /// Every period from the first dated relation to the last, empty ones included, oldest first.
    public var periods: [TimelinePeriod]
    /// The actor followed with `TimelineBuilder.actor`, if any.
    public var actor: ActorReference?
    /// What the timeline left out for lack of a date.
    public var undated: UndatedSummary

    public init(granularity: TimelineGranularity, cumulative: Bool, metric: CentralityMetric, view: ViewSummary,
                periods: [TimelinePeriod], actor: ActorReference?, undated: UndatedSummary) {
        self.granularity = granularity
        self.cumulative = cumulative
        self.metric = metric
        self.view = view
        self.periods = periods
        self.actor = actor
        self.undated = undated
    }
}

/// One period of a timeline.
public struct TimelinePeriod: Hashable, Sendable, Codable {
    /// `2024-06`, `2024-W25`, `2024-Q2`, ...
    public var label: String
    /// The dates the period's graph covers (from the start of the timeline when cumulative).
    public var window: DateWindow
    /// Relation mentions in the period's graph.
    public var mentions: Int
    /// Mentions per stance, canonical stance order, stances with none left out.
    public var stances: [StanceCount]
    /// Actors in the period's graph with at least one relation.
    public var activeActors: Int
    /// The most central actors (a non-zero value only), best first, ties by id.
    public var topActors: [RankedActor]
    /// The followed actor's rank and value, nil when it is not in the period's graph.
    public var actor: RankPosition?

    public init(label: String, window: DateWindow, mentions: Int, stances: [StanceCount], activeActors: Int,
                topActors: [RankedActor], actor: RankPosition?) {
        self.label = label
        self.window = window
        self.mentions = mentions
        self.stances = stances
        self.activeActors = activeActors
        self.topActors = topActors
        self.actor = actor
    }

    /// The mentions of one stance.
    public func count(_ stance: Stance) -> Int {
        stances.first { $0.stance == stance }?.count ?? 0
    }

    /// Mentions of cooperative and of hostile stances.
    public var positive: Int { stances.filter { $0.stance.polarity == .positive }.reduce(0) { $0 + $1.count } }
    public var negative: Int { stances.filter { $0.stance.polarity == .negative }.reduce(0) { $0 + $1.count } }
}

/// The number of mentions of one stance.
public struct StanceCount: Hashable, Sendable, Codable {
    public var stance: Stance
    public var count: Int

    public init(stance: Stance, count: Int) {
        self.stance = stance
        self.count = count
    }
}

/// An actor with its rank.
public struct RankedActor: Hashable, Sendable, Codable {
    public var actor: ActorReference
    public var rank: RankPosition

    public init(actor: ActorReference, rank: RankPosition) {
        self.actor = actor
        self.rank = rank
    }
}
