import StanceGraphModel

/// Everything the extractor knows before reading an article: the actors it can
/// name (countries, places, organizations, agreements, known people), the role
/// titles that introduce people, the institutions found by pattern, the word
/// classes of the recognizer, and the stance triggers.
///
/// The built-in knowledge is a set of text files shipped inside the binary
/// (`Sources/StanceGraphExtraction/Resources`); a user's actor dictionary extends
/// or overrides it without recompiling (`adding(_:)`).
///
/// Every phrase is stored in a `PhraseTrie` over token keys, so recognition never
/// scans the name lists.
public struct KnowledgeBase: Sendable {
    /// How a name in the gazetteer refers to its actor.
    public enum NameKind: UInt8, Sendable, Hashable {
        /// The actor's name or an alias ("South Korea", "ROK").
        case name
        /// A demonym ("South Korean", "Ukrainian"): names the country when it modifies an actor.
        case demonym
        /// A capital or seat of power standing for the state ("Seoul", "the Kremlin").
        case metonym
    }

    /// A gazetteer phrase's payload.
    public struct NameEntry: Sendable, Hashable {
        public var actor: Int32
        public var kind: NameKind
        public var pattern: PhrasePattern
    }

    /// A role title's payload ("foreign minister", "secretary of state").
    public struct RoleEntry: Sendable, Hashable {
        /// The normalized role ("foreign minister" for "Minister of Foreign Affairs");
        /// nil for honorifics ("Mr.").
        public var role: String?
        /// Whether the title with a single unknown name is enough to name a person.
        public var alone: Bool
        /// What the role is in charge of ("foreign", "defense"), matching institutions.
        public var portfolio: String?
        public var pattern: PhrasePattern
    }

    /// An institution found by pattern ("foreign ministry" -> Ministry of Foreign Affairs).
    public struct InstitutionEntry: Sendable, Hashable {
        public var name: String
        public var portfolio: String?
        public var pattern: PhrasePattern
    }

    /// A phrase that names an actor only in a context ("the North" in a Korean article).
    public struct ContextualEntry: Sendable, Hashable {
        public var actor: Int32
        /// The actors one of which the article must name.
        public var context: [Int32]
        /// The phrase without its leading "the" (matched on the next word).
        public var pattern: PhrasePattern
        /// Whether the phrase starts with "the", which must stand before the match.
        public var article: Bool
    }

    /// A role title as the dictionaries write it.
    public struct RoleTitle: Sendable, Hashable {
        public var phrase: String
        public var role: String?
        public var alone: Bool
        public var portfolio: String?

        public init(phrase: String, role: String?, alone: Bool = true, portfolio: String? = nil) {
            self.phrase = phrase
            self.role = role
            self.alone = alone
            self.portfolio = portfolio
        }
    }

    /// An institution phrase as `institutions.tsv` writes it.
    public struct InstitutionPattern: Sendable, Hashable {
        public var phrase: String
        public var name: String
        public var portfolio: String?

        public init(phrase: String, name: String, portfolio: String? = nil) {
            self.phrase = phrase
            self.name = name
            self.portfolio = portfolio
        }
    }

    /// A contextual name as `contextual-names.tsv` writes it (actors by id, code or name).
    public struct ContextualName: Sendable, Hashable {
        public var phrase: String
        public var actor: String
        public var context: [String]

        public init(phrase: String, actor: String, context: [String]) {
            self.phrase = phrase
            self.actor = actor
            self.context = context
        }
    }

    public private(set) var actors: [ActorRecord]
    public private(set) var names = PhraseTrie<NameEntry>()
    public private(set) var roles = PhraseTrie<RoleEntry>()
    public private(set) var institutions = PhraseTrie<InstitutionEntry>()
    public private(set) var contextualNames = PhraseTrie<ContextualEntry>()
    public private(set) var words: EntityWords
    public private(set) var lexicon: StanceLexicon
    private var indexByID: [EntityID: Int32] = [:]
    /// The inputs, kept so that `adding(_:)` can rebuild with more actors.
    private let roleTitles: [RoleTitle]
    private let institutionPatterns: [InstitutionPattern]
    private let contextualInputs: [ContextualName]
    /// The records as given, before places were derived from metonyms.
    private let givenRecords: [ActorRecord]

    /// The actor with this id.
    public func actor(_ id: EntityID) -> ActorRecord? {
        indexByID[id].map { actors[Int($0)] }
    }

    public func index(of id: EntityID) -> Int32? { indexByID[id] }

    /// Builds a knowledge base from actor records, role lines and a stance lexicon,
    /// with no institutions, contextual names or word classes.
    public init(actors records: [ActorRecord], roles roleRecords: [(phrase: String, role: String)], lexicon: StanceLexicon) {
        self.init(actors: records, roleTitles: roleRecords.map { RoleTitle(phrase: $0.phrase, role: $0.role) },
                  institutions: [], contextualNames: [], words: EntityWords(), lexicon: lexicon)
    }

    /// Builds a knowledge base. Later records with the same id replace earlier
    /// ones, so a user dictionary loaded last overrides the built-in entry.
    ///
    /// Each metonym that is a place ("Seoul", "the Kremlin") also becomes a place
    /// of its country unless a place of that name is listed, so that "talks in
    /// Seoul" can name the city rather than the state. Demonyms ending in -an or -i
    /// also match their plural ("Russians", "Israelis").
    ///
    /// - Complexity: O(total length of all phrases).
    public init(
        actors records: [ActorRecord], roleTitles: [RoleTitle], institutions institutionPatterns: [InstitutionPattern],
        contextualNames contextual: [ContextualName], words: EntityWords, lexicon: StanceLexicon
    ) {
        self.lexicon = lexicon
        self.words = words
        self.roleTitles = roleTitles
        self.institutionPatterns = institutionPatterns
        self.contextualInputs = contextual
        self.givenRecords = records
        var ordered: [ActorRecord] = []
        var position: [EntityID: Int] = [:]
        for record in records {
            if let existing = position[record.id] {
                ordered[existing] = record
            } else {
                position[record.id] = ordered.count
                ordered.append(record)
            }
        }
        let resolver = Self.referenceResolver(ordered)
        for index in ordered.indices {
            if let reference = ordered[index].country {
                ordered[index].country = resolver[reference.rawValue.lowercased()] ?? reference
            }
            ordered[index].parties = ordered[index].parties.map { resolver[$0.rawValue.lowercased()] ?? $0 }
        }
        ordered += Self.metonymPlaces(ordered, position: &position)
        actors = ordered
        for (index, record) in ordered.enumerated() {
            indexByID[record.id] = Int32(index)
            let actor = Int32(index)
            for name in [record.name] + record.aliases { addName(name, actor: actor, kind: .name) }
            for demonym in record.demonyms {
                addName(demonym, actor: actor, kind: .demonym)
                if demonym.hasSuffix("an") || demonym.hasSuffix("i") { addName(demonym + "s", actor: actor, kind: .demonym) }
            }
            for metonym in record.metonyms { addName(metonym, actor: actor, kind: .metonym) }
        }
        for title in roleTitles {
            let pattern = PhrasePattern(title.phrase)
            roles.insert(pattern.keys, payload: RoleEntry(role: title.role, alone: title.alone, portfolio: title.portfolio, pattern: pattern),
                         capitalizedStart: pattern.firstWordNeedsCapital)
        }
        for institution in institutionPatterns {
            let pattern = PhrasePattern(institution.phrase)
            institutions.insert(pattern.keys, payload: InstitutionEntry(name: institution.name, portfolio: institution.portfolio, pattern: pattern),
                                capitalizedStart: pattern.firstWordNeedsCapital)
        }
        for entry in contextual {
            guard let actor = resolver[entry.actor.lowercased()].flatMap({ indexByID[$0] }) else { continue }
            let context = entry.context.compactMap { resolver[$0.lowercased()].flatMap { indexByID[$0] } }
            var phrase = Substring(entry.phrase)
            let article = phrase.hasPrefix("the ") || phrase.hasPrefix("The ")
            if article { phrase = phrase.dropFirst(4) }
            let pattern = PhrasePattern(String(phrase))
            contextualNames.insert(pattern.keys, payload: ContextualEntry(actor: actor, context: context, pattern: pattern,
                                                                          article: article),
                                   capitalizedStart: pattern.firstWordNeedsCapital)
        }
    }

    /// Maps ids, codes, names and aliases (lower-cased) to ids; countries first, so
    /// that "Georgia" or "Congo" given as a country reference means the state.
    private static func referenceResolver(_ records: [ActorRecord]) -> [String: EntityID] {
        var resolver: [String: EntityID] = [:]
        for pass in 0..<2 {
            for record in records where (record.type == .country) == (pass == 0) {
                for key in [record.id.rawValue, record.name] + (record.code.map { [$0] } ?? []) + record.aliases
                    where resolver[key.lowercased()] == nil {
                    resolver[key.lowercased()] = record.id
                }
            }
        }
        return resolver
    }

    /// Places for metonyms that no place record names.
    private static func metonymPlaces(_ records: [ActorRecord], position: inout [EntityID: Int]) -> [ActorRecord] {
        var placeNames = Set<String>()
        for record in records where record.type == .place {
            for name in [record.name] + record.aliases { placeNames.insert(name.lowercased()) }
        }
        var places: [ActorRecord] = []
        for record in records {
            for metonym in record.metonyms {
                var name = metonym
                if name.hasPrefix("the ") || name.hasPrefix("The ") { name = String(name.dropFirst(4)) }
                guard !placeNames.contains(name.lowercased()) else { continue }
                placeNames.insert(name.lowercased())
                let id = ActorRecord.derivedID(type: .place, name: name)
                guard position[id] == nil else { continue }
                position[id] = records.count + places.count
                places.append(ActorRecord(
                    type: .place, id: id, name: name, aliases: name == metonym ? [] : [metonym],
                    country: record.type == .country ? record.id : record.country))
            }
        }
        return places
    }

    /// Adds a gazetteer phrase. A leading "the" is left out ("the Kremlin" is
    /// matched as "Kremlin"): "the" starts a tenth of all phrases in news text,
    /// and keeping it out of the trie's first level keeps that level cheap.
    private mutating func addName(_ name: String, actor: Int32, kind: NameKind) {
        var name = Substring(name)
        if name.hasPrefix("the ") || name.hasPrefix("The ") { name = name.dropFirst(4) }
        let pattern = PhrasePattern(String(name))
        guard !pattern.keys.isEmpty else { return }
        names.insert(pattern.keys, payload: NameEntry(actor: actor, kind: kind, pattern: pattern),
                     capitalizedStart: pattern.firstWordNeedsCapital)
    }

    /// This knowledge base with a user's lexicon lines laid over its stance
    /// lexicon (see `StanceLexicon.overriding(with:)`).
    public func overridingLexicon(with definitions: [StanceLexicon.Definition]) -> KnowledgeBase {
        var result = self
        result.lexicon = lexicon.overriding(with: definitions)
        return result
    }

    /// This knowledge base with more actors added; an added record replaces the one
    /// with the same id.
    public func adding(_ records: [ActorRecord]) -> KnowledgeBase {
        KnowledgeBase(actors: givenRecords + records, roleTitles: roleTitles, institutions: institutionPatterns,
                      contextualNames: contextualInputs, words: words, lexicon: lexicon)
    }
}
