import StanceGraphModel

/// An actor that is in one snapshot and not in the other.
public struct ActorChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// In the later snapshot only.
        case appeared
        /// In the earlier snapshot only.
        case disappeared
    }

    public var actor: ActorReference
    public var kind: Kind
    /// Stance relation mentions that involve the actor on the side it is on.
    public var mentions: Int
    /// The articles that name it (inside the window) or hold one of its relations,
    /// on the side it is on, oldest first.
    public var articles: [ArticleReference]
    /// Its rank by the diff's metric on the side it is on.
    public var rank: RankPosition?

    public init(actor: ActorReference, kind: Kind, mentions: Int, articles: [ArticleReference], rank: RankPosition? = nil) {
        self.actor = actor
        self.kind = kind
        self.mentions = mentions
        self.articles = articles
        self.rank = rank
    }
}
