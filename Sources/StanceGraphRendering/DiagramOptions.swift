import StanceGraphModel
import StanceGraphNetwork

/// How `DiagramBuilder` draws an actor graph.
public struct DiagramOptions: Sendable, Hashable {
    /// Which nodes are grouped in boxes.
    public enum Clustering: String, Sendable, Hashable, CaseIterable {
        case none
        /// People and institutions inside a box for their country (actors view only).
        case countries
    }

    /// How many actors are drawn.
    public enum NodeLimit: Sendable, Hashable {
        /// Everything up to `DiagramOptions.readableNodeCount`; above it, the most
        /// central ones, with a caption saying what was left out.
        case automatic
        /// The N most central actors.
        case top(Int)
        /// Every actor of the view.
        case unlimited
    }

    /// The centrality that sets node size and decides which actors a cut keeps.
    public var sizeBy: CentralityMetric
    /// Used instead when `sizeBy` cannot be computed (the calculator returns no
    /// values for it).
    public var fallbackSizeMetric: CentralityMetric
    public var clustering: Clustering
    public var nodeLimit: NodeLimit
    /// The layout engine; nil picks one with `LayoutEngine.automatic`.
    public var layout: LayoutEngine?
    /// Replaces the generated title.
    public var title: String?
    /// The view the graph was made with: its window, stance filter and ego appear
    /// in the captions, and the ego is highlighted and always kept.
    public var view: GraphViewOptions
    public var palette: DiagramPalette
    public var showsLegend: Bool
    /// Draw actors that the view holds but that take part in no stance edge
    /// (mentioned, but never for or against anyone).
    public var showsIsolatedActors: Bool
    /// How many evidence sentences an edge's tooltip quotes.
    public var evidencePerEdge: Int

    public init(
        sizeBy: CentralityMetric = .pagerank, fallbackSizeMetric: CentralityMetric = .degree,
        clustering: Clustering = .none, nodeLimit: NodeLimit = .automatic, layout: LayoutEngine? = nil,
        title: String? = nil, view: GraphViewOptions = GraphViewOptions(), palette: DiagramPalette = .standard,
        showsLegend: Bool = true, showsIsolatedActors: Bool = false, evidencePerEdge: Int = 3
    ) {
        self.sizeBy = sizeBy
        self.fallbackSizeMetric = fallbackSizeMetric
        self.clustering = clustering
        self.nodeLimit = nodeLimit
        self.layout = layout
        self.title = title
        self.view = view
        self.palette = palette
        self.showsLegend = showsLegend
        self.showsIsolatedActors = showsIsolatedActors
        self.evidencePerEdge = evidencePerEdge
    }

    /// The most actors drawn when no limit is given: beyond it labels can no
    /// longer be read on a screen-sized picture.
    public static let readableNodeCount = 150
    /// In larger diagrams only this many of the most central actors carry a
    /// label; the rest are drawn as dots, with their name in the tooltip.
    public static let labelledNodeCount = 150
    /// Diagrams with more nodes than this leave out edge count labels.
    public static let edgeLabelNodeCount = 150
}
