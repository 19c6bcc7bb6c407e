/// Whether a relation is a stance one actor takes toward another, or a
/// structural link that says what something is part of.
///
/// Structural links are kept apart from stances in every view and metric: being
/// Japan's foreign minister is not a stance toward Japan.
public enum RelationKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// A stance (cooperation, condemnation, ...) from `source` toward `target`.
    case stance
    /// A person or institution (`source`) belongs to a country (`target`).
    case affiliation
    /// A country or organization (`source`) is a party to an agreement (`target`).
    case party
    /// A country (`source`) is a member of an organization (`target`).
    case membership
}

/// Where a relation's date came from.
public enum RelationDateOrigin: String, Sendable, Codable, Hashable {
    /// A day the sentence itself states ("on the 14th", "yesterday").
    case event
    /// A week, month or year the sentence names that lies before the article's
    /// own ("in 1944", "last year", "last month"): the event is history, not news
    /// of the day. The date is the period's first day; `datePrecision` says which.
    case period
    /// The article's publication date, for lack of an event date.
    case article
}

/// The sentence a relation was read from, with its place in the article's text.
public struct Evidence: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, range: TextRange) {
        self.text = text
        self.start = range.start
        self.end = range.end
    }

    public var range: TextRange { TextRange(start: start, end: end) }
}

/// One relation as stated once in one article.
///
/// The JSON document keeps every mention of a relation; views merge mentions of
/// the same pair and stance into one weighted edge.
public struct Relation: Hashable, Sendable, Codable, Identifiable {
    public var id: RelationID
    public var kind: RelationKind
    /// The agent: who takes the stance, or who belongs or is party to the target.
    public var source: EntityID
    public var target: EntityID
    /// The stance, for `kind == .stance`; nil for structural links.
    public var stance: Optional<Stance>
    /// The stance's polarity as -1 or +1 (0 for structural links).
    public var polarity: Int
    /// The CAMEO event code of what the sentence says happened ("112": accuse),
    /// finer than the stance; nil for structural links. Its PLOVER type is
    /// `cameo?.plover`, written beside it in the document.
    public var cameo: Optional<EventCode>
    /// Whether the relation runs one way. Mutual relations ("X and Y agreed")
    /// are stored once with `directed == false`.
    public var directed: Bool
    public var modality: Modality
    /// The event date when the sentence gives one, else the article's date.
    public var date: Optional<CalendarDate>
    public var dateOrigin: Optional<RelationDateOrigin>
    /// For a date from a period (`dateOrigin == .period`): week, month or year.
    public var datePrecision: Optional<DatePrecision>
    public var article: ArticleID
    public var evidence: Evidence
    /// The words that signalled the stance ("strongly condemned").
    public var trigger: Optional<String>
    /// How sure the extractor is, in [0, 1].
    public var confidence: Double

    /// The optional fields are spelled `Optional<T>`, not `T?`: a stored `T?`
    /// has an implicit default of nil, and with defaults the optimizer built each
    /// relation once more and copied it, retaining and releasing every field.
    public init(
        id: RelationID, kind: RelationKind = .stance, source: EntityID, target: EntityID,
        stance: Stance?, cameo: EventCode? = nil, directed: Bool, modality: Modality = .asserted,
        date: CalendarDate?, dateOrigin: RelationDateOrigin? = nil, datePrecision: DatePrecision? = nil, article: ArticleID,
        evidence: Evidence, trigger: String? = nil, confidence: Double
    ) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.stance = stance
        self.polarity = stance?.polarity.rawValue ?? 0
        self.cameo = cameo ?? stance.map(EventCode.default(for:))
        self.directed = directed
        self.modality = modality
        self.date = date
        self.dateOrigin = dateOrigin
        self.datePrecision = datePrecision
        self.article = article
        self.evidence = evidence
        self.trigger = trigger
        self.confidence = confidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(RelationID.self, forKey: .id)
        stance = try container.decodeIfPresent(Stance.self, forKey: .stance)
        kind = try container.decodeIfPresent(RelationKind.self, forKey: .kind) ?? .stance
        if kind == .stance, stance == nil {
            throw DecodingError.dataCorruptedError(
                forKey: .stance, in: container,
                debugDescription: "relation '\(id)' is a stance relation without a stance; give one of \(Stance.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        source = try container.decode(EntityID.self, forKey: .source)
        target = try container.decode(EntityID.self, forKey: .target)
        polarity = try container.decodeIfPresent(Int.self, forKey: .polarity) ?? stance?.polarity.rawValue ?? 0
        cameo = try container.decodeIfPresent(EventCode.self, forKey: .cameo) ?? stance.map(EventCode.default(for:))
        directed = try container.decodeIfPresent(Bool.self, forKey: .directed) ?? !(stance?.isSymmetricByDefault ?? false)
        modality = try container.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        dateOrigin = try container.decodeIfPresent(RelationDateOrigin.self, forKey: .dateOrigin)
        datePrecision = try container.decodeIfPresent(DatePrecision.self, forKey: .datePrecision)
        article = try container.decode(ArticleID.self, forKey: .article)
        evidence = try container.decodeIfPresent(Evidence.self, forKey: .evidence) ?? Evidence(text: "", range: TextRange(start: 0, end: 0))
        trigger = try container.decodeIfPresent(String.self, forKey: .trigger)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence) ?? 1
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, source, target, stance, polarity, cameo, plover, directed, modality, date, dateOrigin, datePrecision, article
        case evidence, trigger, confidence
    }

    /// Writes every stored field, and `plover` beside `cameo` as the document does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encodeIfPresent(stance, forKey: .stance)
        try container.encode(polarity, forKey: .polarity)
        try container.encodeIfPresent(cameo, forKey: .cameo)
        try container.encodeIfPresent(cameo?.plover, forKey: .plover)
        try container.encode(directed, forKey: .directed)
        try container.encode(modality, forKey: .modality)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(dateOrigin, forKey: .dateOrigin)
        try container.encodeIfPresent(datePrecision, forKey: .datePrecision)
        try container.encode(article, forKey: .article)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(trigger, forKey: .trigger)
        try container.encode(confidence, forKey: .confidence)
    }
}
