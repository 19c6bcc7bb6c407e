import StanceGraphIngest
import StanceGraphModel

/// A relation as found in one article, before entities are resolved across articles.
public struct RelationDraft: Sendable, Hashable {
    public var kind: RelationKind
    public var source: EntityReference
    public var target: EntityReference
    public var stance: Optional<Stance>
    /// The CAMEO code of the event (nil for structural links).
    public var cameo: Optional<EventCode>
    public var directed: Bool
    public var modality: Modality
    /// The sentence, as UTF-8 byte offsets into the article text.
    public var sentence: SentenceSpan
    public var trigger: Optional<String>
    public var confidence: Double
    /// The event date the sentence states, if any.
    public var eventDate: Optional<CalendarDate>
    /// How precise `eventDate` is: a day, or the first day of an earlier week,
    /// month or year the sentence names ("in 1944").
    public var eventPrecision: Optional<DatePrecision>
    /// The sentence in the document's terms. Filled in by `ArticleExtractor`.
    public var evidence: Optional<Evidence>

    /// Sets every stored property itself, none by a default value: with defaults
    /// (the implicit `nil` of `var x: T?` included), the optimizer built the draft
    /// twice and copied it once more, retaining and then releasing every
    /// reference-counted field, for each draft made.
    public init(kind: RelationKind = .stance, source: EntityReference, target: EntityReference, stance: Stance?,
                cameo: EventCode? = nil, directed: Bool, modality: Modality = .asserted, sentence: SentenceSpan, trigger: String? = nil,
                confidence: Double, eventDate: CalendarDate? = nil, eventPrecision: DatePrecision? = nil) {
        self.kind = kind
        self.source = source
        self.target = target
        self.stance = stance
        self.cameo = cameo ?? stance.map(EventCode.default(for:))
        self.directed = directed
        self.modality = modality
        self.sentence = sentence
        self.trigger = trigger
        self.confidence = confidence
        self.eventDate = eventDate
        self.eventPrecision = eventDate == nil ? nil : eventPrecision ?? .day
        self.evidence = nil
    }
}

/// A mention as kept for assembly: located in the document's terms, with what it
/// refers to and the facts the text gives there. The recognizer's working fields
/// (token and byte ranges, evidence spans, actor nouns) are dropped, so the
/// extractions of a whole corpus, held until assembly, take about half the memory.
public struct ExtractedMention: Sendable, Hashable {
    /// The mention's code point range and surface text.
    public var located: Mention
    public var reference: EntityReference
    public var type: EntityType
    public var kind: MentionKind
    /// For people: the role the text gives at this mention.
    public var role: Optional<String>
    /// For people and institutions: the country the text ties them to here.
    public var country: Optional<EntityID>
    /// The whole phrase naming the entity when wider than the mention.
    public var phraseText: Optional<String>

    /// Sets every stored property, and the optional ones are declared without the
    /// implicit `nil` default of `var x: T?`: with it, the optimizer built each
    /// extracted mention twice and copied it, retaining and then releasing every
    /// reference-counted field, for each mention kept.
    public init(located: Mention, reference: EntityReference, type: EntityType, kind: MentionKind,
                role: String? = nil, country: EntityID? = nil, phraseText: String? = nil) {
        self.located = located
        self.reference = reference
        self.type = type
        self.kind = kind
        self.role = role
        self.country = country
        self.phraseText = phraseText
    }
}

/// Everything extracted from one article: its mentions and relations, still
/// referring to entities by `EntityReference`, each already located in the
/// document's terms (so the article's bytes and tokens can be dropped).
public struct ArticleExtraction: Sendable {
    public var article: Article
    public var mentions: [ExtractedMention]
    public var relations: [RelationDraft]

    public init(article: Article, mentions: [ExtractedMention], relations: [RelationDraft]) {
        self.article = article
        self.mentions = mentions
        self.relations = relations
    }
}
