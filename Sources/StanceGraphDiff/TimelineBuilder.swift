import StanceGraphModel
import StanceGraphNetwork

/// Builds a `Timeline`: the document cut into periods of a chosen length, each
/// period's view built like a diff snapshot (relations placed by their event date,
/// else their article's date; undated ones left out and counted).
public struct TimelineBuilder: Sendable {
    public var granularity: TimelineGranularity
    /// The view of each period; its window, when bounded, limits the timeline's range.
    public var options: GraphViewOptions
    public var metric: CentralityMetric
    /// How many top actors each period lists.
    public var top: Int
    /// Each period's graph holds everything from the start up to its end.
    public var cumulative: Bool
    /// An actor whose rank and value to follow in every period (in the countries
    /// view, a person is followed as their country).
    public var actor: EntityID?
    /// The most periods a timeline may have, so a typo (`--by day` over decades) fails fast.
    public var periodLimit: Int

    public init(granularity: TimelineGranularity = .month, options: GraphViewOptions = GraphViewOptions(),
                metric: CentralityMetric = .degree, top: Int = 5, cumulative: Bool = false,
                actor: EntityID? = nil, periodLimit: Int = 10_000) {
        self.granularity = granularity
        self.options = options
        self.metric = metric
        self.top = top
        self.cumulative = cumulative
        self.actor = actor
        self.periodLimit = periodLimit
    }

    /// The timeline of `document`.
    ///
    /// - Throws: `DiffError.nothingDated` when no relation has a date in range;
    ///   `DiffError.tooManyPeriods` past `periodLimit`; `DiffError.metricUnavailable`.
    /// - Complexity: O(R log R + M) to index the document, then per period the size of
    ///   its slice (the whole history so far when cumulative) plus the metric.
    public func build(_ document: GraphDocument) throws -> Timeline {
        let slicer = DocumentSlicer(document)
        let windows = try periodWindows(slicer)
        var periods: [TimelinePeriod] = []
        periods.reserveCapacity(windows.count)
        var followed: ActorReference?
        // In the countries view a person is drawn as their country: follow that.
        var tracked = actor
        if options.level == .countries, let actor, let entity = document.entities.first(where: { $0.id == actor }),
           entity.type == .person, let country = entity.country {
            tracked = country
        }
        let calculator = CentralityCalculator()
        for (label, window) in windows {
            let graph = periodGraph(window, slicer)
            let table = calculator.compute(graph, metrics: [metric])
            guard let values = table.values[metric], values.count == graph.nodes.count else {
                throw DiffError.metricUnavailable(metric)
            }
            let ranks = RankPosition.ranks(of: values)
            var counts = [Stance: Int]()
            var active = Set<Int>()
            for edge in graph.edges {
                counts[edge.stance, default: 0] += edge.count
                active.insert(edge.source)
                active.insert(edge.target)
            }
            let order = graph.nodes.indices.filter { values[$0] != 0 }.sorted { lhs, rhs in
                ranks[lhs].rank != ranks[rhs].rank ? ranks[lhs].rank < ranks[rhs].rank : graph.nodes[lhs].id < graph.nodes[rhs].id
            }
            var position: RankPosition?
            if let tracked, let index = graph.index(of: tracked) {
                position = ranks[index]
                followed = ActorReference(graph.nodes[index])
            }
            periods.append(TimelinePeriod(
                label: label, window: window, mentions: graph.edges.reduce(0) { $0 + $1.count },
                stances: Stance.allCases.compactMap { stance in counts[stance].map { StanceCount(stance: stance, count: $0) } },
                activeActors: active.count,
                topActors: order.prefix(max(0, top)).map { RankedActor(actor: ActorReference(graph.nodes[$0]), rank: ranks[$0]) },
                actor: position))
        }
        if let tracked, followed == nil {
            let entity = document.entities.first { $0.id == tracked }
            followed = ActorReference(id: tracked, name: entity?.name ?? tracked.rawValue, type: entity?.type ?? .organization)
        }
        let undated = UndatedSummary(document: document, window: DateWindow(from: nil, to: windows.last?.window.to),
                                     stances: options.stances)
        return Timeline(granularity: granularity, cumulative: cumulative, metric: metric, view: ViewSummary(options),
                        periods: periods, actor: followed, undated: undated)
    }

    /// The view of one period (for small-multiple diagrams).
    public func graph(of period: TimelinePeriod, in document: GraphDocument) -> ActorGraph {
        periodGraph(period.window, DocumentSlicer(document))
    }

    /// The views of every period, built from one index of the document.
    public func graphs(of timeline: Timeline, in document: GraphDocument) -> [ActorGraph] {
        let slicer = DocumentSlicer(document)
        return timeline.periods.map { periodGraph($0.window, slicer) }
    }

    private func periodGraph(_ window: DateWindow, _ slicer: DocumentSlicer) -> ActorGraph {
        var options = self.options
        options.window = window
        return ActorGraph(document: slicer.slice(window), options: options)
    }

    /// Every period from the first dated relation in range to the last, with the
    /// window its graph covers.
    private func periodWindows(_ slicer: DocumentSlicer) throws -> [(label: String, window: DateWindow)] {
        guard let dates = slicer.relationDates else { throw DiffError.nothingDated }
        let bound = options.window
        let first = max(dates.lowerBound, bound.from ?? dates.lowerBound)
        let last = min(dates.upperBound, bound.to ?? dates.upperBound)
        guard first <= last else { throw DiffError.nothingDated }

        var starts: [CalendarDate] = []
        var start = granularity.start(of: first)
        while start <= last {
            starts.append(start)
            if starts.count > periodLimit {
                // Count the rest without keeping them, for the message.
                var count = starts.count
                var next = granularity.next(after: start)
                while next <= last { count += 1; next = granularity.next(after: next) }
                throw DiffError.tooManyPeriods(count: count, granularity: granularity, limit: periodLimit)
            }
            start = granularity.next(after: start)
        }
        return starts.map { start in
            let end = granularity.next(after: start).adding(days: -1)
            let from = cumulative ? bound.from : max(start, bound.from ?? start)
            let to = min(end, bound.to ?? end)
            return (granularity.label(of: start), DateWindow(from: from, to: to))
        }
    }
}
