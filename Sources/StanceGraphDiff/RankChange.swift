import StanceGraphModel
import StanceGraphNetwork

/// An actor's place in a centrality ranking.
public struct RankPosition: Hashable, Sendable, Codable {
    /// Competition ranking ("1224"): one more than the number of actors with a
    /// strictly higher value, so tied actors share a rank and a tie never reads as a move.
    public var rank: Int
    public var value: Double
    /// How many actors were ranked.
    public var of: Int

    public init(rank: Int, value: Double, of count: Int) {
        self.rank = rank
        self.value = value
        self.of = count
    }

    /// The competition ranks of `values` (highest first).
    ///
    /// - Complexity: O(n log n).
    public static func ranks(of values: [Double]) -> [RankPosition] {
        // NaN (never expected) would break the ordering: rank it below everything.
        let values = values.map { $0.isNaN ? -Double.infinity : $0 }
        let order = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var result = [RankPosition](repeating: RankPosition(rank: 0, value: 0, of: values.count), count: values.count)
        for (position, index) in order.enumerated() {
            let rank: Int
            if position > 0, values[order[position - 1]] == values[index] {
                rank = result[order[position - 1]].rank
            } else {
                rank = position + 1
            }
            result[index] = RankPosition(rank: rank, value: values[index], of: values.count)
        }
        return result
    }
}

/// An actor in both snapshots whose rank by the chosen metric moved.
///
/// The relation changes that involve the actor are what moved it; `addedMentions`,
/// `removedMentions` and `articles` summarise them, and the report lists them.
public struct RankChange: Hashable, Sendable, Codable {
    public var actor: ActorReference
    public var metric: CentralityMetric
    public var before: RankPosition
    public var after: RankPosition
    /// Stance mentions involving the actor that the later snapshot adds or lacks.
    public var addedMentions: Int
    public var removedMentions: Int
    /// The articles those mentions come from, sorted by id.
    public var articles: [ArticleID]

    public init(actor: ActorReference, metric: CentralityMetric, before: RankPosition, after: RankPosition,
                addedMentions: Int, removedMentions: Int, articles: [ArticleID]) {
        self.actor = actor
        self.metric = metric
        self.before = before
        self.after = after
        self.addedMentions = addedMentions
        self.removedMentions = removedMentions
        self.articles = articles
    }

    /// Places moved up (positive) or down (negative).
    public var movement: Int { before.rank - after.rank }
}
