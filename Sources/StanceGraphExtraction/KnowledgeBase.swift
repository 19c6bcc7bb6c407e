import StanceGraphModel

/// Everything the extractor knows before reading an article: the actors it can
/// name (countries, places, organizations, agreements, known people), the role
/// titles that introduce people, and the stance triggers.
///
/// The built-in knowledge is a set of text files shipped inside the binary
/// (`Sources/StanceGraphExtraction/Resources`); a user's actor dictionary extends
/// or overrides it without recompiling.
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
        /// The normalized role ("foreign minister" for "Minister of Foreign Affairs").
        public var role: String
        public var pattern: PhrasePattern
    }

    public private(set) var actors: [ActorRecord]
    public private(set) var names = PhraseTrie<NameEntry>()
    public private(set) var roles = PhraseTrie<RoleEntry>()
    public private(set) var lexicon: StanceLexicon
    private var indexByID: [EntityID: Int32] = [:]

    /// The actor with this id.
    public func actor(_ id: EntityID) -> ActorRecord? {
        indexByID[id].map { actors[Int($0)] }
    }

    public func index(of id: EntityID) -> Int32? { indexByID[id] }

    /// Builds a knowledge base from actor records, role lines and a stance lexicon.
    /// Later records with the same id replace earlier ones, so a user dictionary
    /// loaded last overrides the built-in entry.
    public init(actors records: [ActorRecord], roles roleRecords: [(phrase: String, role: String)], lexicon: StanceLexicon) {
        self.lexicon = lexicon
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
        // Resolve `country` references given as codes or names to country ids.
        var countryByReference: [String: EntityID] = [:]
        for record in ordered where record.type == .country {
            countryByReference[record.id.rawValue.lowercased()] = record.id
            countryByReference[record.name.lowercased()] = record.id
            if let code = record.code { countryByReference[code.lowercased()] = record.id }
            for alias in record.aliases where countryByReference[alias.lowercased()] == nil {
                countryByReference[alias.lowercased()] = record.id
            }
        }
        for index in ordered.indices {
            if let reference = ordered[index].country {
                ordered[index].country = countryByReference[reference.rawValue.lowercased()] ?? reference
            }
        }
        actors = ordered
        for (index, record) in ordered.enumerated() {
            indexByID[record.id] = Int32(index)
            let actor = Int32(index)
            for name in [record.name] + record.aliases { addName(name, actor: actor, kind: .name) }
            for demonym in record.demonyms { addName(demonym, actor: actor, kind: .demonym) }
            for metonym in record.metonyms { addName(metonym, actor: actor, kind: .metonym) }
        }
        for (phrase, role) in roleRecords {
            let pattern = PhrasePattern(phrase.lowercased())
            roles.insert(pattern.keys, payload: RoleEntry(role: role, pattern: pattern))
        }
    }

    private mutating func addName(_ name: String, actor: Int32, kind: NameKind) {
        let pattern = PhrasePattern(name)
        names.insert(pattern.keys, payload: NameEntry(actor: actor, kind: kind, pattern: pattern))
    }

    /// This knowledge base with more actors added (replacing same-id entries).
    public func adding(_ records: [ActorRecord]) -> KnowledgeBase {
        KnowledgeBase(actors: actors + records, roles: roleLines, lexicon: lexicon)
    }

    private var roleLines: [(phrase: String, role: String)] { BuiltInKnowledge.roleLines() }
}
