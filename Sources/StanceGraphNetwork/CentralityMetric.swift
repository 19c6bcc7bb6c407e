/// The per-actor metrics StanceGraph computes. `docs/metrics.md` gives each one's
/// definition, normalization and reference.
public enum CentralityMetric: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case strength
    case betweenness
    case closeness
    case eigenvector
    case pagerank
    case hub
    case authority
    case positiveDegree = "positive_degree"
    case negativeDegree = "negative_degree"
    case netStance = "net_stance"

    public static func < (lhs: CentralityMetric, rhs: CentralityMetric) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int { CentralityMetric.allCases.firstIndex(of: self) ?? 0 }

    /// Parses a metric name, accepting `-` or `_` and any case ("in-degree", "PageRank").
    public init?(parsing text: String) {
        let normalized = text.lowercased().replacingOccurrences(of: "-", with: "_")
        guard let metric = CentralityMetric(rawValue: normalized) else { return nil }
        self = metric
    }
}
