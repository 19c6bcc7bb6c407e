import StanceGraphModel
import StanceGraphNetwork

/// An actor named in a diff or a timeline: its id with the name and type to print,
/// so that a report needs no second look-up in the document.
public struct ActorReference: Hashable, Sendable, Codable, Comparable {
    public var id: EntityID
    public var name: String
    public var type: EntityType

    public init(id: EntityID, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }

    /// The reference to a node of a view.
    public init(_ node: ActorGraph.Node) {
        self.init(id: node.id, name: node.name, type: node.type)
    }

    /// Ordered by id, so lists of actors sort the same way on every run.
    public static func < (lhs: ActorReference, rhs: ActorReference) -> Bool {
        lhs.id < rhs.id
    }
}
