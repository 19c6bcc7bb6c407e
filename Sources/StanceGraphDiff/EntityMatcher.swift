import Foundation
import StanceGraphModel

/// Finds which entities of an earlier document are which entities of a later one,
/// so that two documents from different extraction runs can be compared.
///
/// Entity ids are not stable across runs: a person's id is the slug of the first
/// spelling seen, and new knowledge can merge two nodes into one. Entities are
/// matched
/// 1. by id, when the later document has the same id;
/// 2. otherwise by name: the earlier entity's name and aliases are folded into keys
///    (`key(for:type:)`) and looked up among the later entities of the same type.
///    A single candidate is a match; several candidates are ambiguous and the
///    entity stays unmatched (it is then reported as disappeared, never guessed).
///
/// Several earlier entities that land on one later entity are a merge; one that
/// lands on a different id is a rename.
public struct EntityMatcher: Sendable {
    public init() {}

    /// What the matcher found.
    public struct Result: Sendable, Hashable {
        /// Earlier id -> later id, for every earlier entity that has a counterpart.
        public var mapping: [EntityID: EntityID]
        /// The renames and merges, sorted by the later id.
        public var changes: [IdentityChange]
    }

    /// Matches the entities of `old` to those of `new`.
    ///
    /// - Complexity: O((E + A) log E) for E entities with A aliases in all.
    public func match(old: GraphDocument, new: GraphDocument) -> Result {
        let newEntities = new.entitiesByID
        var keyIndex: [String: Set<EntityID>] = [:]
        for entity in new.entities {
            for key in Self.keys(of: entity) { keyIndex[key, default: []].insert(entity.id) }
        }

        var mapping: [EntityID: EntityID] = [:]
        var matchedKeys: [EntityID: [String]] = [:]
        for entity in old.entities {
            if newEntities[entity.id] != nil {
                mapping[entity.id] = entity.id
                continue
            }
            let keys = Self.keys(of: entity)
            var candidates = Set<EntityID>()
            for key in keys { candidates.formUnion(keyIndex[key] ?? []) }
            if candidates.count > 1 {
                // Prefer the candidates that the canonical name alone points at.
                let byName = keyIndex[Self.key(for: entity.name, type: entity.type)] ?? []
                candidates = candidates.intersection(byName)
            }
            guard candidates.count == 1, let match = candidates.first, let target = newEntities[match] else { continue }
            mapping[entity.id] = match
            matchedKeys[entity.id] = keys.filter { Self.keys(of: target).contains($0) }.sorted()
        }

        let oldEntities = old.entitiesByID
        var groups: [EntityID: [EntityID]] = [:]
        for (oldID, newID) in mapping { groups[newID, default: []].append(oldID) }
        var changes: [IdentityChange] = []
        for newID in groups.keys.sorted() {
            let members = (groups[newID] ?? []).sorted()
            guard members != [newID], let target = newEntities[newID] else { continue }
            let before = members.compactMap { id in oldEntities[id].map { ActorReference(id: $0.id, name: $0.name, type: $0.type) } }
            let keys = Array(Set(members.flatMap { matchedKeys[$0] ?? [] })).sorted()
            changes.append(IdentityChange(kind: members.count > 1 ? .merged : .renamed, before: before,
                                          after: ActorReference(id: target.id, name: target.name, type: target.type),
                                          matchedBy: keys))
        }
        return Result(mapping: mapping, changes: changes)
    }

    /// `old` rewritten into the ids of `new` (see `match`): merged entities become one
    /// entity named as in the later document, with the union of their aliases and
    /// mentions, and every relation points at the new ids. Everything else about the
    /// earlier document (its types, countries, relations and articles) is kept, so the
    /// diff measures what the documents say, not how the entities were named.
    public func translate(_ old: GraphDocument, into new: GraphDocument, using result: Result) -> GraphDocument {
        let newEntities = new.entitiesByID
        func mapped(_ id: EntityID) -> EntityID { result.mapping[id] ?? id }

        var grouped: [EntityID: [Entity]] = [:]
        for entity in old.entities { grouped[mapped(entity.id), default: []].append(entity) }
        var entities: [Entity] = []
        for id in grouped.keys.sorted() {
            let members = (grouped[id] ?? []).sorted { $0.id < $1.id }
            guard var merged = members.first(where: { $0.id == id }) ?? members.first else { continue }
            merged.id = id
            let names = members.flatMap { [$0.name] + $0.aliases }
            if let counterpart = newEntities[id] { merged.name = counterpart.name }
            merged.aliases = Array(Set(names).subtracting([merged.name])).sorted()
            merged.country = merged.country.map(mapped)
            merged.mentions = Array(Set(members.flatMap(\.mentions))).sorted()
            entities.append(merged)
        }
        var document = old
        document.entities = entities
        document.relations = old.relations.map { relation in
            var relation = relation
            relation.source = mapped(relation.source)
            relation.target = mapped(relation.target)
            return relation
        }
        return document
    }

    /// The folded keys of an entity's name and aliases, qualified by its type.
    static func keys(of entity: Entity) -> [String] {
        var keys = Set<String>()
        for name in [entity.name] + entity.aliases {
            let key = key(for: name, type: entity.type)
            if !key.isEmpty { keys.insert(key) }
        }
        return keys.sorted()
    }

    /// The key two spellings of one name share: the type, then the name lower-cased,
    /// without accents, and with everything but letters and digits removed
    /// ("Cho Tae-yeol" and "cho taeyeol"). For people, the vowel spellings that differ
    /// between romanizations of Korean are folded too (eo and u, ae and e, oo and u,
    /// ou and u: "Cho Tae-yeol" and "Cho Tae-yul"), as the extractor's person keys do.
    ///
    /// - Returns: `type:key`, or an empty string for a name with no letters or digits.
    public static func key(for name: String, type: EntityType) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var letters = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            letters.append(scalar)
        }
        guard !letters.isEmpty else { return "" }
        var key = String(letters)
        if type == .person { key = foldRomanization(key) }
        return "\(type.rawValue):\(key)"
    }

    /// eo -> u, oo -> u, ou -> u, ae -> e, left to right without overlap.
    static func foldRomanization(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let pair = index + 1 < scalars.count ? String(scalars[index]) + String(scalars[index + 1]) : ""
            switch pair {
            case "eo", "oo", "ou":
                out.append("u")
                index += 2
            case "ae":
                out.append("e")
                index += 2
            default:
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }
}
