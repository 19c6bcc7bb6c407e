/// One line between two nodes of a diagram.
///
/// Every edge is written into a directed DOT graph; `isDirected == false` draws it
/// without arrowheads (`dir=none`), so one diagram can mix both kinds.
public struct DiagramEdge: Sendable, Hashable, Identifiable {
    /// Unique within the diagram; `DOTWriter` derives the SVG element id from it
    /// (`edge-<slug>`).
    public var id: String
    /// `DiagramNode.id` of each end.
    public var source: String
    public var target: String
    public var isDirected: Bool
    /// A short text drawn beside the line (a count such as `×3`).
    public var label: String?
    /// Shown on hover in SVG output.
    public var tooltip: String?
    public var color: DiagramColor?
    public var fontColor: DiagramColor?
    public var fontSize: Double?
    /// The line's width in points.
    public var penWidth: Double?
    public var lineStyle: LineStyle
    /// The arrowhead's scale (1 is Graphviz's default).
    public var arrowSize: Double?
    /// How strongly layouts keep the ends together (Graphviz `weight`, 1 by default).
    public var layoutWeight: Double?
    /// CSS classes of the SVG element (`stance-support`, `tentative`, ...).
    public var classes: [String]
    /// Further Graphviz edge attributes, written after the ones above in key order.
    public var attributes: [String: String]

    public init(
        id: String, source: String, target: String, isDirected: Bool = true, label: String? = nil,
        tooltip: String? = nil, color: DiagramColor? = nil, fontColor: DiagramColor? = nil,
        fontSize: Double? = nil, penWidth: Double? = nil, lineStyle: LineStyle = .solid,
        arrowSize: Double? = nil, layoutWeight: Double? = nil, classes: [String] = [],
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.isDirected = isDirected
        self.label = label
        self.tooltip = tooltip
        self.color = color
        self.fontColor = fontColor
        self.fontSize = fontSize
        self.penWidth = penWidth
        self.lineStyle = lineStyle
        self.arrowSize = arrowSize
        self.layoutWeight = layoutWeight
        self.classes = classes
        self.attributes = attributes
    }
}
