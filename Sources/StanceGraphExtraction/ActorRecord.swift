import StanceGraphModel

/// One entry of an actor dictionary: a country, place, organization, agreement or
/// person the extractor knows by name before reading any article.
///
/// The built-in gazetteer and the user's `--actors` file share this format (see
/// `ActorDictionary`), in the tradition of the ICEWS and PETRARCH actor
/// dictionaries: names and aliases, a type, the country an actor belongs to, a
/// role, and the dates a role was held.
public struct ActorRecord: Sendable, Hashable {
    public var type: EntityType
    /// A stable id; when the file gives none it is derived from the type and name
    /// (countries use their ISO 3166-1 alpha-3 code: `country:KOR`).
    public var id: EntityID
    public var name: String
    /// Other full names: official names, short forms, acronyms, spellings.
    public var aliases: [String]
    /// ISO 3166-1 alpha-3 code for countries, acronym for organizations.
    public var code: String?
    /// The id of the country the actor belongs to.
    public var country: EntityID?
    public var role: String?
    /// The period the role was held, when it matters ("President" from 2022-05-10).
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Adjectives and nouns for a country's people ("South Korean"): they name the
    /// country when they modify an actor ("South Korean President", "Ukrainian military").
    public var demonyms: [String]
    /// Capitals and seats of power used for the state ("Seoul", "the Kremlin").
    public var metonyms: [String]

    public init(
        type: EntityType, id: EntityID, name: String, aliases: [String] = [], code: String? = nil,
        country: EntityID? = nil, role: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        demonyms: [String] = [], metonyms: [String] = []
    ) {
        self.type = type
        self.id = id
        self.name = name
        self.aliases = aliases
        self.code = code
        self.country = country
        self.role = role
        self.from = from
        self.to = to
        self.demonyms = demonyms
        self.metonyms = metonyms
    }

    /// The id an actor of `type` called `name` gets when its dictionary gives none.
    public static func derivedID(type: EntityType, name: String, code: String? = nil) -> EntityID {
        if type == .country, let code, !code.isEmpty { return EntityID("country:\(code.uppercased())") }
        return EntityID("\(type.rawValue):\(slug(name))")
    }

    /// Lower-case ASCII letters and digits joined by single hyphens.
    public static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        let normalized = TokenKey.normalized(Array(text.utf8))
        for byte in normalized {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80 {
                out.append(byte)
            } else if out.last != UInt8(ascii: "-"), !out.isEmpty {
                out.append(UInt8(ascii: "-"))
            }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
