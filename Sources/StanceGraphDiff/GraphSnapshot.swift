import StanceGraphModel
import StanceGraphNetwork

/// The graph as of a date, over a window, or as a whole document: one side of a diff.
///
/// A snapshot is an `ActorGraph` view of a document with the view's date window set
/// to the snapshot's window, so relations are placed by `Relation.date` (the event
/// date when the sentence gives one, else the article's date). A bounded window
/// leaves out relations whose date is unknown; `undated` says how many, so reports
/// can say so instead of silently dropping them.
///
/// The snapshot keeps its document so that every change can be traced back to the
/// article and sentence it came from.
public struct GraphSnapshot: Sendable {
    /// How reports name this side: `up to 2024-06-30`, `2024-06-01..2024-06-30`, a file name.
    public var label: String
    /// The dates it covers; `.unbounded` for a whole document.
    public var window: DateWindow
    public var options: GraphViewOptions
    public var document: GraphDocument
    public var graph: ActorGraph
    /// What the window left out for lack of a date.
    public var undated: UndatedSummary
    /// Articles dated inside the window (every article when it is unbounded).
    public var articleCount: Int

    private var relationIndex: [RelationID: Int]
    private var articleIndex: [ArticleID: Int]
    private var entityIndex: [EntityID: Int]

    /// The snapshot of `document` over `window`, viewed as `options` describe
    /// (their own window is replaced by `window`).
    ///
    /// - Complexity: O(R log R + M) for R relations and M entity mentions.
    public init(document: GraphDocument, window: DateWindow, options: GraphViewOptions = GraphViewOptions(),
                label: String? = nil) {
        var options = options
        options.window = window
        self.label = label ?? (window.isUnbounded ? "whole document" : window.description)
        self.window = window
        self.options = options
        self.document = document
        self.graph = ActorGraph(document: document, options: options)
        self.undated = UndatedSummary(document: document, window: window, stances: options.stances)
        self.articleCount = document.articles.reduce(0) { $0 + (window.contains($1.date) ? 1 : 0) }
        self.relationIndex = Dictionary(document.relations.enumerated().map { ($0.element.id, $0.offset) },
                                        uniquingKeysWith: { first, _ in first })
        self.articleIndex = Dictionary(document.articles.enumerated().map { ($0.element.id, $0.offset) },
                                       uniquingKeysWith: { first, _ in first })
        self.entityIndex = Dictionary(document.entities.enumerated().map { ($0.element.id, $0.offset) },
                                      uniquingKeysWith: { first, _ in first })
    }

    /// The relation mention with this id in the snapshot's document.
    public func relation(_ id: RelationID) -> Relation? {
        relationIndex[id].map { document.relations[$0] }
    }

    /// The article with this id in the snapshot's document.
    public func article(_ id: ArticleID) -> Article? {
        articleIndex[id].map { document.articles[$0] }
    }

    /// The entity with this id in the snapshot's document.
    public func entity(_ id: EntityID) -> Entity? {
        entityIndex[id].map { document.entities[$0] }
    }

    /// The number of relation mentions merged into the view's edges.
    public var mentionCount: Int {
        graph.edges.reduce(0) { $0 + $1.count }
    }

    /// What the snapshot's counts look like, for the head of a report.
    public var summary: SnapshotSummary {
        SnapshotSummary(label: label, window: window, articles: articleCount, actors: graph.nodes.count,
                        relations: graph.edges.count, mentions: mentionCount, undated: undated)
    }
}

/// The relations and articles a dated snapshot left out because their date is unknown.
public struct UndatedSummary: Hashable, Sendable, Codable {
    /// Stance relations (of the stances the view keeps) with no date.
    public var relations: Int
    /// Articles with no publication date: their mentions do not place actors in the snapshot.
    public var articles: [ArticleID]

    public init(relations: Int = 0, articles: [ArticleID] = []) {
        self.relations = relations
        self.articles = articles
    }

    /// What `window` leaves out of `document`: nothing when it is unbounded.
    public init(document: GraphDocument, window: DateWindow, stances: StanceFilter = .all) {
        guard !window.isUnbounded else {
            self.init()
            return
        }
        var relations = 0
        for relation in document.relations where relation.kind == .stance && relation.date == nil {
            if let stance = relation.stance, stances.admits(stance) { relations += 1 }
        }
        self.init(relations: relations, articles: document.articles.filter { $0.date == nil }.map(\.id).sorted())
    }

    public var isEmpty: Bool { relations == 0 && articles.isEmpty }

    /// "3 relations from 2 articles with unknown dates were left out", or nil when nothing was.
    public var note: String? {
        guard !isEmpty else { return nil }
        let relationWord = relations == 1 ? "relation" : "relations"
        let articleWord = articles.count == 1 ? "article" : "articles"
        return "\(relations) \(relationWord) from \(articles.count) \(articleWord) with unknown dates \(relations == 1 ? "was" : "were") left out"
    }
}

/// The size of one side of a diff.
public struct SnapshotSummary: Hashable, Sendable, Codable {
    public var label: String
    public var window: DateWindow
    public var articles: Int
    public var actors: Int
    /// Merged edges: distinct (pair, stance, direction).
    public var relations: Int
    /// Relation mentions behind those edges.
    public var mentions: Int
    public var undated: UndatedSummary
}
