import StanceGraphExtraction
import StanceGraphModel

/// Finds the entity an event data set's actor is, in StanceGraph's knowledge
/// base (the built-in one, extended by `--actors`), so that imported events and
/// extracted ones share ids: `country:ISO3` for states.
///
/// In order: the actor's name as the name or an alias of a known person,
/// organization or country, any case ("UNITED NATIONS", "Barack Obama");
/// else its country code as a known country's ISO 3166-1 alpha-3 code ("RUS");
/// else its country name as a known country's name or alias ("Russian
/// Federation"). Sectors of a state ("Police (India)", GDELT's "POLICE" with
/// country IND) thereby stand for the state, as in country-level event
/// analysis. An actor none of these finds is unresolved, and its event is
/// left out (`EventImport` counts them by name).
public struct ActorResolver: Sendable {
    private var byName: [String: ActorRecord] = [:]
    private var byCode: [String: ActorRecord] = [:]
    private var byID: [EntityID: ActorRecord] = [:]

    public init(knowledge: KnowledgeBase) {
        // Countries first, so a name two records share goes to the country.
        let actors = knowledge.actors.filter { $0.type.isActor }
            .sorted { ($0.type == .country ? 0 : 1, $0.id) < ($1.type == .country ? 0 : 1, $1.id) }
        for record in actors {
            byID[record.id] = record
            for name in [record.name] + record.aliases {
                let key = Self.key(name)
                if !key.isEmpty, byName[key] == nil { byName[key] = record }
            }
            if record.type == .country, let code = record.code?.uppercased(), byCode[code] == nil { byCode[code] = record }
        }
    }

    /// A name folded for look-up: lower case, runs of spaces as one.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The record the actor is, or nil.
    public func resolve(_ actor: EventRecord.Actor) -> ActorRecord? {
        if let name = actor.name, let record = byName[Self.key(name)] { return record }
        if let code = actor.countryCode?.uppercased(), let record = byCode[code] { return record }
        if let name = actor.countryName, let record = byName[Self.key(name)], record.type == .country { return record }
        return nil
    }

    /// A known record by id (an actor's country).
    public func record(_ id: EntityID) -> ActorRecord? { byID[id] }
}
