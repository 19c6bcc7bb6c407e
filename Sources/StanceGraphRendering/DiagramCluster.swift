/// A labelled box drawn around a group of nodes (Graphviz `subgraph cluster_…`).
///
/// Only the `dot` and `fdp` layouts draw clusters; the others place the member
/// nodes freely (see `LayoutEngine.drawsClusters`).
public struct DiagramCluster: Sendable, Hashable, Identifiable {
    /// Unique within the diagram; nodes join with `DiagramNode.cluster`.
    public var id: String
    public var label: String
    public var tooltip: String?
    public var fillColor: DiagramColor?
    public var strokeColor: DiagramColor?
    public var fontColor: DiagramColor?
    public var fontSize: Double?
    public var classes: [String]

    public init(
        id: String, label: String, tooltip: String? = nil, fillColor: DiagramColor? = nil,
        strokeColor: DiagramColor? = nil, fontColor: DiagramColor? = nil, fontSize: Double? = nil,
        classes: [String] = []
    ) {
        self.id = id
        self.label = label
        self.tooltip = tooltip
        self.fillColor = fillColor
        self.strokeColor = strokeColor
        self.fontColor = fontColor
        self.fontSize = fontSize
        self.classes = classes
    }
}
