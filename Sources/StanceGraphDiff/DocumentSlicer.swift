import StanceGraphModel

/// Cuts a document down to what a view over a bounded date window needs, so that
/// building one view per period of a timeline costs the size of each period rather
/// than the size of the whole document each time.
///
/// The slice of a window holds the relations dated inside it (in document order),
/// the entities that are named in an article dated inside it or join one of those
/// relations, the countries of those entities (which the countries view folds
/// people into), and, for each entity named inside the window, an article that
/// proves it (with only the mentions in the slice's articles, so that placing
/// actors costs the size of the window). An `ActorGraph` of the slice over the window has the same nodes and
/// edges as the `ActorGraph` of the whole document over that window; the slice is
/// only meant for that.
struct DocumentSlicer {
    /// A dated item: its date and its index in the document's array.
    private struct Dated: Comparable {
        var date: CalendarDate
        var index: Int
        static func < (lhs: Dated, rhs: Dated) -> Bool { (lhs.date, lhs.index) < (rhs.date, rhs.index) }
    }

    private let document: GraphDocument
    /// Dated relations, sorted by date.
    private let relationsByDate: [Dated]
    /// Dated articles, sorted by date.
    private let articlesByDate: [Dated]
    /// For each article index, the entities it names, with the mentions.
    private let mentionsByArticle: [[(entity: Int, mention: Mention)]]
    /// Entities by the date of the first dated article that names them, with that
    /// article's index and the mention.
    private let entitiesByFirstMention: [(first: Dated, entity: Int, mention: Mention)]
    private let entityIndex: [EntityID: Int]

    /// - Complexity: O(R log R + A log A + M) for R relations, A articles and M mentions.
    init(_ document: GraphDocument) {
        self.document = document
        relationsByDate = document.relations.enumerated().compactMap { offset, relation in
            relation.date.map { Dated(date: $0, index: offset) }
        }.sorted()
        articlesByDate = document.articles.enumerated().compactMap { offset, article in
            article.date.map { Dated(date: $0, index: offset) }
        }.sorted()
        let articleIndex = Dictionary(document.articles.enumerated().map { ($0.element.id, $0.offset) },
                                      uniquingKeysWith: { first, _ in first })
        var named = [[(entity: Int, mention: Mention)]](repeating: [], count: document.articles.count)
        var firstMentions: [(first: Dated, entity: Int, mention: Mention)] = []
        for (entityOffset, entity) in document.entities.enumerated() {
            var first: (Dated, Mention)?
            for mention in entity.mentions {
                guard let article = articleIndex[mention.article] else { continue }
                named[article].append((entityOffset, mention))
                if let date = document.articles[article].date {
                    let candidate = Dated(date: date, index: article)
                    if first.map({ candidate < $0.0 }) ?? true { first = (candidate, mention) }
                }
            }
            if let first { firstMentions.append((first.0, entityOffset, first.1)) }
        }
        mentionsByArticle = named
        entitiesByFirstMention = firstMentions.sorted { ($0.first, $0.entity) < ($1.first, $1.entity) }
        entityIndex = Dictionary(document.entities.enumerated().map { ($0.element.id, $0.offset) },
                                 uniquingKeysWith: { first, _ in first })
    }

    /// The earliest and latest relation dates, or nil when no relation is dated.
    var relationDates: ClosedRange<CalendarDate>? {
        guard let first = relationsByDate.first, let last = relationsByDate.last else { return nil }
        return first.date...last.date
    }

    /// The part of the document `window` needs (the whole document when it is unbounded).
    ///
    /// - Complexity: O(r + e) for the r relations and e entities of the slice, plus
    ///   O(m) for the m mentions in the window's articles when the window has a start.
    func slice(_ window: DateWindow) -> GraphDocument {
        guard !window.isUnbounded else { return document }
        let relationIndices = Self.documentOrder(Self.range(in: relationsByDate, window: window).map(\.index),
                                                 count: document.relations.count)
        var mentions: [Int: [Mention]] = [:]
        var articleIndices: [Int]
        if window.from == nil, let to = window.to {
            // Everything up to a day: the entities first named by then, each with the
            // article that first names it.
            let end = Self.firstIndex(in: entitiesByFirstMention.count) { entitiesByFirstMention[$0].first.date > to }
            var articles = Set<Int>()
            for (first, entity, mention) in entitiesByFirstMention[..<end] {
                mentions[entity] = [mention]
                articles.insert(first.index)
            }
            articleIndices = articles.sorted()
        } else {
            articleIndices = Self.range(in: articlesByDate, window: window).map(\.index).sorted()
            for article in articleIndices {
                for (entity, mention) in mentionsByArticle[article] { mentions[entity, default: []].append(mention) }
            }
        }
        var included = Set(mentions.keys)
        for index in relationIndices {
            let relation = document.relations[index]
            for end in [relation.source, relation.target] {
                if let entity = entityIndex[end] { included.insert(entity) }
            }
        }
        for entity in Array(included) {
            if let country = document.entities[entity].country, let index = entityIndex[country] { included.insert(index) }
        }
        var slice = GraphDocument(
            articles: articleIndices.map { document.articles[$0] },
            entities: included.sorted().map { index in
                var entity = document.entities[index]
                entity.mentions = mentions[index] ?? []
                return entity
            },
            relations: relationIndices.map { document.relations[$0] })
        // The links of the slice's articles between its entities.
        let articleIDs = Set(slice.articles.map(\.id))
        let entityIDs = Set(slice.entities.map(\.id))
        slice.links = document.links.filter {
            articleIDs.contains($0.article) && entityIDs.contains($0.source) && entityIDs.contains($0.target)
        }
        slice.version = document.version
        return slice
    }

    /// `indices` in increasing order: by sorting when they are few, by marking when
    /// they are many (a cumulative window holds most of the document).
    private static func documentOrder(_ indices: [Int], count: Int) -> [Int] {
        guard indices.count * 8 > count else { return indices.sorted() }
        var marked = [Bool](repeating: false, count: count)
        for index in indices { marked[index] = true }
        return marked.indices.filter { marked[$0] }
    }

    /// The items of `sorted` whose date falls inside `window`, by binary search.
    private static func range(in sorted: [Dated], window: DateWindow) -> ArraySlice<Dated> {
        let lower = window.from.map { from in firstIndex(in: sorted.count) { sorted[$0].date >= from } } ?? 0
        let upper = window.to.map { to in firstIndex(in: sorted.count) { sorted[$0].date > to } } ?? sorted.count
        return lower < upper ? sorted[lower..<upper] : []
    }

    /// The first index in `0..<count` where a monotone predicate holds (`count` if none).
    private static func firstIndex(in count: Int, where predicate: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
