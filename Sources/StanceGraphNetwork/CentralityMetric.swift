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

    /// Parses a metric name, accepting `-` or `_` between words, or none, and any
    /// case ("in-degree", "PageRank", "netStance", the `jsonKey`).
    public init?(parsing text: String) {
        func folded(_ name: String) -> String { name.lowercased().filter { $0 != "_" && $0 != "-" } }
        let wanted = folded(text)
        guard !wanted.isEmpty, let metric = CentralityMetric.allCases.first(where: { folded($0.rawValue) == wanted }) else {
            return nil
        }
        self = metric
    }

    /// The metric's name as a key of JSON output and as an attribute of the
    /// graph exports, in the graph document's camelCase (`positiveDegree`); the
    /// command line, the table and the metrics CSV use `rawValue`
    /// (`positive_degree`). Both parse.
    public var jsonKey: String {
        var key = ""
        var upperNext = false
        for character in rawValue {
            if character == "_" {
                upperNext = true
            } else {
                key += upperNext ? character.uppercased() : String(character)
                upperNext = false
            }
        }
        return key
    }
}
