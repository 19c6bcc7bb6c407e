/// What kind of thing an entity is.
public enum EntityType: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case person
    case country
    case organization
    case agreement
    /// A city, region or site that is not a country. Places are never actors in
    /// stance relations.
    case place

    /// Whether entities of this type take part in stance relations as actors.
    public var isActor: Bool {
        switch self {
        case .person, .country, .organization: return true
        case .agreement, .place: return false
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int { EntityType.allCases.firstIndex(of: self) ?? 0 }
}

/// One place in one article where an entity is named.
public struct Mention: Hashable, Sendable, Codable, Comparable {
    public var article: ArticleID
    public var start: Int
    public var end: Int
    /// The text as written ("Seoul", "Minister Cho", "Cho Tae-yeol").
    public var text: String

    public init(article: ArticleID, range: TextRange, text: String) {
        self.article = article
        self.start = range.start
        self.end = range.end
        self.text = text
    }

    public var range: TextRange { TextRange(start: start, end: end) }

    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.article, lhs.start, lhs.end) < (rhs.article, rhs.start, rhs.end)
    }
}

/// A person, country, organization, agreement or place, resolved across articles:
/// one entity however many spellings and articles name it.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    /// The canonical name ("South Korea", "Antony Blinken").
    public var name: String
    public var type: EntityType
    /// Other names it goes by, sorted ("ROK", "Republic of Korea", "Seoul").
    public var aliases: [String]
    /// For people, institutions and places: the country they belong to.
    public var country: EntityID?
    /// For people: the role the text gives them ("foreign minister").
    public var role: String?
    /// For countries: the ISO 3166-1 alpha-3 code; for organizations: the acronym.
    public var code: String?
    /// Every place it is named, sorted by article and position.
    public var mentions: [Mention]

    public init(
        id: EntityID, name: String, type: EntityType, aliases: [String] = [],
        country: EntityID? = nil, role: String? = nil, code: String? = nil, mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.country = country
        self.role = role
        self.code = code
        self.mentions = mentions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(EntityID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(EntityType.self, forKey: .type)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        country = try container.decodeIfPresent(EntityID.self, forKey: .country)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        code = try container.decodeIfPresent(String.self, forKey: .code)
        mentions = try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
    }
}
