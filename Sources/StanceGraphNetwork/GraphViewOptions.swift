import StanceGraphModel

/// Which actors a view keeps as nodes.
public enum ViewLevel: String, Sendable, Hashable, CaseIterable, Codable {
    /// People, countries and organizations as they are.
    case actors
    /// People folded into their countries; organizations kept.
    case countries
}

/// Which stances a view keeps.
public enum StanceFilter: Hashable, Sendable {
    case all
    case positive
    case negative
    case only(Set<Stance>)

    public func admits(_ stance: Stance) -> Bool {
        switch self {
        case .all: return true
        case .positive: return stance.polarity == .positive
        case .negative: return stance.polarity == .negative
        case .only(let set): return set.contains(stance)
        }
    }

    /// Parses `all`, `positive`, `negative` or a comma-separated list of stances
    /// (`cooperation,support`).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "all", "": self = .all
        case "positive", "+": self = .positive
        case "negative", "-": self = .negative
        default:
            var set = Set<Stance>()
            for part in text.lowercased().split(separator: ",") {
                guard let stance = Stance(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
                set.insert(stance)
            }
            guard !set.isEmpty else { return nil }
            self = .only(set)
        }
    }
}

/// How an edge's weight is counted.
public enum EdgeWeighting: String, Sendable, Hashable, CaseIterable, Codable {
    /// The number of relation mentions merged into the edge.
    case mentions
    /// The sum of the mentions' confidences.
    case confidence
}

/// Everything that selects and shapes a view of a graph document. Shared by
/// `metrics`, `render` and `diff`, so the same flags mean the same thing everywhere.
public struct GraphViewOptions: Hashable, Sendable {
    public var level: ViewLevel
    /// Keep agreements as nodes (with the stance edges that point at them).
    public var includeAgreements: Bool
    public var stances: StanceFilter
    /// Relations are kept when their date falls inside; undated relations only when
    /// the window is unbounded.
    public var window: DateWindow
    /// Keep only this actor and those within `egoDepth` hops of it.
    public var ego: EntityID?
    public var egoDepth: Int
    public var weighting: EdgeWeighting
    /// Drop merged edges lighter than this.
    public var minimumWeight: Double

    public init(
        level: ViewLevel = .actors, includeAgreements: Bool = false, stances: StanceFilter = .all,
        window: DateWindow = .unbounded, ego: EntityID? = nil, egoDepth: Int = 1,
        weighting: EdgeWeighting = .mentions, minimumWeight: Double = 0
    ) {
        self.level = level
        self.includeAgreements = includeAgreements
        self.stances = stances
        self.window = window
        self.ego = ego
        self.egoDepth = egoDepth
        self.weighting = weighting
        self.minimumWeight = minimumWeight
    }
}
