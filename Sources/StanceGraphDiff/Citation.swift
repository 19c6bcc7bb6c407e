import StanceGraphModel

/// One relation mention cited as evidence for a change: the article, the date it
/// was placed at, and the sentence it was read from.
///
/// Citations are what make a diff explainable: every appeared, grown, faded or
/// flipped relation carries the mentions that account for the difference.
public struct Citation: Hashable, Sendable, Codable, Comparable {
    /// The relation mention in its own document.
    public var relation: RelationID
    public var article: ArticleID
    /// The date the relation was placed at (its event date, else its article's date).
    public var date: CalendarDate?
    public var dateOrigin: RelationDateOrigin?
    /// The entities as the sentence names them, before any folding into countries.
    public var source: EntityID
    public var target: EntityID
    public var stance: Stance
    public var modality: Modality
    /// The whole evidence sentence and its code point range in the article's text.
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(relation: Relation) {
        self.relation = relation.id
        self.article = relation.article
        self.date = relation.date
        self.dateOrigin = relation.dateOrigin
        self.source = relation.source
        self.target = relation.target
        // Diffs compare views, which hold stance relations only; the fallback is never used.
        self.stance = relation.stance ?? .cooperation
        self.modality = relation.modality
        self.sentence = relation.evidence.text
        self.start = relation.evidence.start
        self.end = relation.evidence.end
    }

    /// Chronological: by date (undated last), then article, then position.
    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (l?, r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default:
            return (lhs.article, lhs.start, lhs.end, lhs.relation) < (rhs.article, rhs.start, rhs.end, rhs.relation)
        }
    }
}

/// An article cited for an actor's appearance or disappearance.
public struct ArticleReference: Hashable, Sendable, Codable, Comparable {
    public var id: ArticleID
    public var date: CalendarDate?
    public var title: String?

    public init(_ article: Article) {
        self.id = article.id
        self.date = article.date
        self.title = article.title
    }

    public init(id: ArticleID, date: CalendarDate?, title: String? = nil) {
        self.id = id
        self.date = date
        self.title = title
    }

    /// Chronological, undated last, then by id.
    public static func < (lhs: ArticleReference, rhs: ArticleReference) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (l?, r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }
}
