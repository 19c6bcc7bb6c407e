import Foundation
import StanceGraphModel

/// Finds the entity a user means by a name typed on the command line: an id, the
/// canonical name or any alias, compared without regard to case.
public struct EntityLookup: Sendable {
    private var byKey: [String: EntityID] = [:]

    public init(document: GraphDocument) {
        // Ids first, then names, then aliases: an exact id always wins.
        for entity in document.entities { byKey[entity.id.rawValue.lowercased()] = entity.id }
        for entity in document.entities where byKey[entity.name.lowercased()] == nil {
            byKey[entity.name.lowercased()] = entity.id
        }
        for entity in document.entities {
            for alias in entity.aliases where byKey[alias.lowercased()] == nil {
                byKey[alias.lowercased()] = entity.id
            }
        }
    }

    public func resolve(_ text: String) -> EntityID? {
        byKey[text.lowercased()] ?? byKey[text.trimmingCharacters(in: .whitespaces).lowercased()]
    }
}
