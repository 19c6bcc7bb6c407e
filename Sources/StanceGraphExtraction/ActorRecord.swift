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
    /// A person's role: the role of the latest period when there are several.
    public var role: String?
    /// The period the role was held, when it matters ("President" from 2022-05-10).
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Every role a person held, with its dates: one per dictionary line of the
    /// same id ("prime minister" 2008-2012, "president" from 2012).
    public var periods: [RolePeriod]
    /// Adjectives and nouns for a country's people ("South Korean"): they name the
    /// country when they modify an actor ("South Korean President", "Ukrainian military").
    public var demonyms: [String]
    /// Capitals and seats of power used for the state ("Seoul", "the Kremlin").
    public var metonyms: [String]
    /// For agreements: the states and organizations it binds (ids, codes or names).
    public var parties: [EntityID]

    public init(
        type: EntityType, id: EntityID, name: String, aliases: [String] = [], code: String? = nil,
        country: EntityID? = nil, role: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        demonyms: [String] = [], metonyms: [String] = [], parties: [EntityID] = []
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
        self.periods = role == nil && from == nil && to == nil ? [] : [RolePeriod(role: role, from: from, to: to)]
        self.demonyms = demonyms
        self.metonyms = metonyms
        self.parties = parties
    }

    /// The id an actor of `type` called `name` gets when its dictionary gives none.
    public static func derivedID(type: EntityType, name: String, code: String? = nil) -> EntityID {
        if type == .country, let code, !code.isEmpty { return EntityID("country:\(code.uppercased())") }
        return EntityID("\(type.rawValue):\(slug(name))")
    }

    /// Lower-case ASCII letters and digits joined by single hyphens; accents are
    /// folded and other scripts kept as they are.
    public static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        let normalized = TokenKey.normalized(Array(text.utf8))
        for byte in normalized {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80 {
                out.append(byte)
            } else if byte == UInt8(ascii: "'") {
                continue
            } else if out.last != UInt8(ascii: "-"), !out.isEmpty {
                out.append(UInt8(ascii: "-"))
            }
        }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Adds another dictionary line of the same actor: its aliases, and its role
    /// period if it has one. The name, type and country of the first line stay.
    public mutating func merge(_ other: ActorRecord) {
        for alias in [other.name] + other.aliases where alias != name && !aliases.contains(alias) {
            aliases.append(alias)
        }
        for word in other.demonyms where !demonyms.contains(word) { demonyms.append(word) }
        for word in other.metonyms where !metonyms.contains(word) { metonyms.append(word) }
        for party in other.parties where !parties.contains(party) { parties.append(party) }
        if country == nil { country = other.country }
        if code == nil { code = other.code }
        periods += other.periods
        if let latest = periods.max(by: { ($0.from?.daysSinceEpoch ?? .min) < ($1.from?.daysSinceEpoch ?? .min) }) {
            role = latest.role
            from = latest.from
            to = latest.to
        }
    }

    /// The role held on `date`, if a period covers it.
    public func role(on date: CalendarDate) -> String? {
        periods.first { $0.covers(date) }?.role
    }
}

/// A role a person held, and when.
public struct RolePeriod: Sendable, Hashable {
    public var role: String?
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(role: String?, from: CalendarDate?, to: CalendarDate?) {
        self.role = role
        self.from = from
        self.to = to
    }

    /// Whether the role was held on `date` (an open end means still held).
    public func covers(_ date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }

    /// Whether `date` falls within the period widened by `before` years before it
    /// starts and `after` years after it ends: a former leader is still named by
    /// surname for years after leaving office.
    public func covers(_ date: CalendarDate, yearsBefore before: Int, yearsAfter after: Int) -> Bool {
        if let from, date.year < from.year - before { return false }
        if let to, date.year > to.year + after { return false }
        return true
    }
}
