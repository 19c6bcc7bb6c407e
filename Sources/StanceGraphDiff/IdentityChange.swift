import StanceGraphModel

/// Entities of the earlier document that the later document names by another id:
/// renamed (one id became another) or merged (several became one).
///
/// Reported as such, rather than as one actor disappearing and another appearing,
/// because between two extraction runs only the knowledge changed, not the world.
public struct IdentityChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// One earlier id is now another id.
        case renamed
        /// Several earlier ids are now one.
        case merged
    }

    public var kind: Kind
    /// The ids and names the earlier document used, sorted by id.
    public var before: [ActorReference]
    /// The entity of the later document they all correspond to.
    public var after: ActorReference
    /// The folded name keys that matched them (see `EntityMatcher.key(for:type:)`);
    /// empty for the member that kept its id.
    public var matchedBy: [String]

    public init(kind: Kind, before: [ActorReference], after: ActorReference, matchedBy: [String]) {
        self.kind = kind
        self.before = before
        self.after = after
        self.matchedBy = matchedBy
    }
}
