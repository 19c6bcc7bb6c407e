import StanceGraphIngest
import StanceGraphModel

/// Resolves the entities of many articles into one graph document: every
/// spelling of one actor becomes one entity, every relation refers to entities by
/// id, and the output order is fixed.
///
/// People found in the text are merged across articles by `PersonNameKey`, and
/// with a known person of the knowledge base when a name or alias has the same key.
/// A person's country and role are the ones the articles give most often.
public struct GraphAssembler: Sendable {
    public let knowledge: KnowledgeBase
    /// Person-name keys of the knowledge base's people.
    private let knownPersonKeys: [String: EntityID]

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        var keys: [String: EntityID] = [:]
        for actor in knowledge.actors where actor.type == .person {
            for name in [actor.name] + actor.aliases where keys[PersonNameKey.key(for: name)] == nil {
                keys[PersonNameKey.key(for: name)] = actor.id
            }
        }
        knownPersonKeys = keys
    }

    private struct Accumulator {
        var type: EntityType
        var names: [String: Int] = [:]
        var mentions: [Mention] = []
        var countries: [EntityID: Int] = [:]
        var roles: [String: Int] = [:]
    }

    public func assemble(_ extractions: [ArticleExtraction]) -> GraphDocument {
        var accumulators: [EntityID: Accumulator] = [:]
        var personIDs: [String: EntityID] = [:]

        func id(for reference: EntityReference) -> EntityID {
            switch reference {
            case .known(let id):
                return id
            case .person(_, let key):
                if let known = knownPersonKeys[key] { return known }
                if let existing = personIDs[key] { return existing }
                return EntityID("person:\(key)")
            case .discovered(let type, let name):
                return ActorRecord.derivedID(type: type, name: name)
            }
        }

        // First pass: person ids keyed by name key, so that the id is stable across articles.
        for extraction in extractions {
            for mention in extraction.mentions {
                if case .person(let name, let key) = mention.reference, knownPersonKeys[key] == nil, personIDs[key] == nil,
                   mention.kind == .name {
                    personIDs[key] = EntityID("person:\(ActorRecord.slug(name))")
                }
            }
        }

        var relations: [Relation] = []
        for extraction in extractions {
            let article = extraction.article
            for mention in extraction.mentions {
                let entityID = id(for: mention.reference)
                var accumulator = accumulators[entityID] ?? Accumulator(type: mention.type)
                guard let located = mention.located else { continue }
                let text = located.text
                accumulator.mentions.append(located)
                if mention.kind == .name { accumulator.names[text, default: 0] += 1 }
                if let country = mention.country { accumulator.countries[country, default: 0] += 1 }
                if let role = mention.role { accumulator.roles[role, default: 0] += 1 }
                accumulators[entityID] = accumulator
            }
            var number = 0
            for draft in extraction.relations {
                let source = id(for: draft.source)
                let target = id(for: draft.target)
                guard source != target else { continue }
                for end in [(source, draft.source), (target, draft.target)] where accumulators[end.0] == nil {
                    accumulators[end.0] = Accumulator(type: type(of: end.1))
                }
                number += 1
                let eventDate = draft.eventDate
                relations.append(Relation(
                    id: RelationID("\(article.id.rawValue)#\(number)"), kind: draft.kind, source: source, target: target,
                    stance: draft.stance, directed: draft.directed, modality: draft.modality,
                    date: eventDate ?? article.date,
                    dateOrigin: eventDate != nil ? .event : (article.date != nil ? .article : nil),
                    article: article.id,
                    evidence: draft.evidence ?? Evidence(text: "", range: TextRange(start: 0, end: 0)),
                    trigger: draft.trigger, confidence: draft.confidence * draft.modality.confidenceFactor))
            }
        }

        var entities: [Entity] = []
        for (entityID, accumulator) in accumulators {
            let record = knowledge.actor(entityID)
            let name = record?.name ?? Self.mostFrequent(accumulator.names) ?? accumulator.mentions.first?.text ?? entityID.rawValue
            var aliases = Set(record?.aliases ?? [])
            for mention in accumulator.mentions { aliases.insert(mention.text) }
            aliases.remove(name)
            entities.append(Entity(
                id: entityID, name: name, type: record?.type ?? accumulator.type, aliases: aliases.sorted(),
                country: Self.mostFrequent(accumulator.countries) ?? record?.country,
                role: Self.mostFrequent(accumulator.roles) ?? record?.role,
                code: record?.code, mentions: accumulator.mentions.sorted()))
        }
        entities.sort { $0.id < $1.id }
        return GraphDocument(articles: extractions.map(\.article), entities: entities, relations: relations)
    }

    private func type(of reference: EntityReference) -> EntityType {
        switch reference {
        case .known(let id): return knowledge.actor(id)?.type ?? .organization
        case .person: return .person
        case .discovered(let type, _): return type
        }
    }

    /// The most frequent key; ties go to the smallest key, so the result never
    /// depends on dictionary order.
    static func mostFrequent<Key: Comparable>(_ counts: [Key: Int]) -> Key? {
        counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }
}
