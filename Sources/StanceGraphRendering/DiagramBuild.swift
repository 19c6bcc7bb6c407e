import StanceGraphNetwork

/// What `DiagramBuilder` made: the diagram, and what a user should be told
/// about how it was made.
public struct DiagramBuild: Sendable, Hashable {
    public var diagram: Diagram
    /// The centrality that sized the nodes (`sizeBy`, or its fallback).
    public var sizeMetric: CentralityMetric
    /// Actors and edges in the view, and how many of them are drawn.
    public var totalNodeCount: Int
    /// Actors of the view without stance edges, left out unless
    /// `DiagramOptions.showsIsolatedActors` (0 when they are drawn).
    public var isolatedNodeCount: Int
    public var shownNodeCount: Int
    public var totalEdgeCount: Int
    public var shownEdgeCount: Int
    /// Things that did not go as asked (a metric that was not available, clusters
    /// the layout cannot draw), one sentence each.
    public var notes: [String]

    public init(
        diagram: Diagram, sizeMetric: CentralityMetric, totalNodeCount: Int, isolatedNodeCount: Int, shownNodeCount: Int,
        totalEdgeCount: Int, shownEdgeCount: Int, notes: [String]
    ) {
        self.diagram = diagram
        self.sizeMetric = sizeMetric
        self.totalNodeCount = totalNodeCount
        self.isolatedNodeCount = isolatedNodeCount
        self.shownNodeCount = shownNodeCount
        self.totalEdgeCount = totalEdgeCount
        self.shownEdgeCount = shownEdgeCount
        self.notes = notes
    }

    /// Whether the limit left out some of the actors that have stance edges.
    public var isCut: Bool { shownNodeCount < totalNodeCount - isolatedNodeCount }
}
