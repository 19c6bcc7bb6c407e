import StanceGraphIngest
import StanceGraphModel

/// A relation as found in one article, before entities are resolved across articles.
public struct RelationDraft: Sendable, Hashable {
    public var kind: RelationKind
    public var source: EntityReference
    public var target: EntityReference
    public var stance: Stance?
    public var directed: Bool
    public var modality: Modality
    /// The sentence, as UTF-8 byte offsets into the article text.
    public var sentence: SentenceSpan
    public var trigger: String?
    public var confidence: Double
    /// The event date the sentence states, if any.
    public var eventDate: CalendarDate?
    /// The sentence in the document's terms. Filled in by `ArticleExtractor`.
    public var evidence: Evidence?

    public init(kind: RelationKind = .stance, source: EntityReference, target: EntityReference, stance: Stance?,
                directed: Bool, modality: Modality = .asserted, sentence: SentenceSpan, trigger: String? = nil,
                confidence: Double, eventDate: CalendarDate? = nil) {
        self.kind = kind
        self.source = source
        self.target = target
        self.stance = stance
        self.directed = directed
        self.modality = modality
        self.sentence = sentence
        self.trigger = trigger
        self.confidence = confidence
        self.eventDate = eventDate
    }
}

/// Everything extracted from one article: its mentions and relations, still
/// referring to entities by `EntityReference`, each already located in the
/// document's terms (so the article's bytes and tokens can be dropped).
public struct ArticleExtraction: Sendable {
    public var article: Article
    public var mentions: [EntityMention]
    public var relations: [RelationDraft]

    public init(article: Article, mentions: [EntityMention], relations: [RelationDraft]) {
        self.article = article
        self.mentions = mentions
        self.relations = relations
    }
}
