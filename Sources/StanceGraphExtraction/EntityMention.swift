import StanceGraphModel

/// What a mention refers to, before mentions are resolved across articles.
public enum EntityReference: Sendable, Hashable, Comparable {
    /// An actor of the knowledge base.
    case known(EntityID)
    /// A person found in the text and not in the knowledge base; `key` is the
    /// spelling-folded name that merges variants across articles (see `PersonNameKey`).
    case person(name: String, key: String)
    /// An organization, agreement or place found by pattern rather than by name.
    case discovered(type: EntityType, name: String)

    /// Hashes one string per reference: the id, the person key or the discovered
    /// name. Equal references share it (equality, synthesized, still compares every
    /// field), and it alone nearly always tells references apart; hashing a
    /// person's name beside its key, and the case, made every look-up of a
    /// reference (one per mention and relation end in assembly) cost more.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .known(let id): hasher.combine(id.rawValue)
        case .person(_, let key): hasher.combine(key)
        case .discovered(_, let name): hasher.combine(name)
        }
    }

    public static func < (lhs: EntityReference, rhs: EntityReference) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    var sortKey: String {
        switch self {
        case .known(let id): return "0\(id.rawValue)"
        case .person(_, let key): return "1\(key)"
        case .discovered(let type, let name): return "2\(type.rawValue):\(name)"
        }
    }
}

/// How a mention names its entity.
public enum MentionKind: UInt8, Sendable, Hashable {
    /// The full name or an alias: "Cho Tae-yeol", "South Korea", "ROK".
    case name
    /// A demonym modifying an actor: "North Korean troops", "Japanese Foreign Minister".
    case demonym
    /// A capital or seat of power for its state: "Seoul", "the Kremlin".
    case metonym
    /// A person's surname alone, or with a title: "Cho", "Secretary Blinken".
    case shortName
}

/// One mention of an entity in one article, found by the recognizer.
public struct EntityMention: Sendable, Hashable {
    /// Token indices.
    public var tokens: Range<Int>
    /// UTF-8 byte offsets into the article text.
    public var bytes: Range<Int>
    public var reference: EntityReference
    public var type: EntityType
    public var kind: MentionKind
    /// For people: the role the text gives at this mention ("foreign minister").
    public var role: Optional<String>
    /// For people and institutions: the country the text ties them to here
    /// ("U.S. Secretary of State ...", "Japanese Foreign Minister ...").
    public var country: Optional<EntityID>
    /// For demonyms (and coordinated demonyms, "Russian-North Korean"): the tokens of
    /// the actor noun the demonym modifies ("North Korean *troops*", "Ukrainian
    /// *military*", "Japanese *Foreign Minister*"). When set, the demonym stands for
    /// the state acting; when nil it only describes ("Korean workers").
    public var actorNoun: Optional<Range<Int>>
    /// UTF-8 byte range of the words that tie this mention to `country` ("U.S.
    /// Secretary of State", "Seoul's foreign ministry"), when the tie is not the
    /// mention's own text. The affiliation link quotes the sentence holding it.
    public var countryEvidence: Optional<Range<Int>>
    /// For agreements: the states and organizations the text names as its parties
    /// ("the North Korea-Russia treaty", "a pact signed by X and Y").
    public var parties: [EntityReference]
    /// The whole phrase that names the entity when it is wider than the mention,
    /// which never overlaps another: "the ROK-U.S. alliance" for the mention
    /// "alliance" next to the mentions of South Korea and the United States.
    public var phraseText: Optional<String>
    /// What a role or institution is in charge of ("foreign", "defense"); internal
    /// to recognition.
    var portfolio: Optional<String>
    /// Whether a person's role title, or an institution, came with no country
    /// ("Foreign Minister Cho", "the Ministry of Foreign Affairs"): journalists name
    /// their own state's officials that way.
    var bareTitle: Bool
    /// Whether `country` was inferred from the rest of the article rather than
    /// stated at this mention.
    var countryInferred: Bool

    /// Whether this mention is a demonym that names the state as an actor.
    public var modifiesActor: Bool { actorNoun != nil }

    /// Sets every stored property itself, none by a default value: with defaults
    /// (`= false`, the implicit `nil` of `var x: T?` included), the optimizer built
    /// the mention twice and copied it once more, retaining and then releasing every
    /// reference-counted field, for each mention made.
    public init(tokens: Range<Int>, bytes: Range<Int>, reference: EntityReference, type: EntityType,
                kind: MentionKind, role: String? = nil, country: EntityID? = nil,
                actorNoun: Range<Int>? = nil, parties: [EntityReference] = []) {
        self.tokens = tokens
        self.bytes = bytes
        self.reference = reference
        self.type = type
        self.kind = kind
        self.role = role
        self.country = country
        self.actorNoun = actorNoun
        self.parties = parties
        self.countryEvidence = nil
        self.phraseText = nil
        self.portfolio = nil
        self.bareTitle = false
        self.countryInferred = false
    }
}
