/// One node of a diagram, with everything needed to draw it.
///
/// Text fields (`label`, `tooltip`) hold plain text: `DOTWriter` quotes and
/// escapes them, so any name is safe here. A `"\n"` in them is a line break;
/// other control characters are drawn as spaces.
public struct DiagramNode: Sendable, Hashable, Identifiable {
    /// The node's name in the DOT text, unique within the diagram. `DOTWriter`
    /// derives the SVG element id from it (`node-<slug>`).
    public var id: String
    public var label: String
    /// Shown on hover in SVG output.
    public var tooltip: String?
    public var shape: NodeShape
    public var fillColor: DiagramColor?
    public var strokeColor: DiagramColor?
    public var fontColor: DiagramColor?
    /// In points.
    public var fontSize: Double?
    /// The outline's width in points.
    public var penWidth: Double?
    public var lineStyle: LineStyle
    /// The smallest width and height in inches (the label may make the node larger,
    /// except for `.dot` nodes, which are exactly this size).
    public var minimumWidth: Double?
    public var minimumHeight: Double?
    /// The `DiagramCluster.id` this node is drawn inside, if any.
    public var cluster: String?
    /// CSS classes of the SVG element (`person`, `ego`, ...); words of letters,
    /// digits, `-` and `_` only (other characters are replaced by `-`).
    public var classes: [String]
    /// Further Graphviz node attributes, written after the ones above in key order.
    public var attributes: [String: String]

    public init(
        id: String, label: String, tooltip: String? = nil, shape: NodeShape = .ellipse,
        fillColor: DiagramColor? = nil, strokeColor: DiagramColor? = nil, fontColor: DiagramColor? = nil,
        fontSize: Double? = nil, penWidth: Double? = nil, lineStyle: LineStyle = .solid,
        minimumWidth: Double? = nil, minimumHeight: Double? = nil, cluster: String? = nil,
        classes: [String] = [], attributes: [String: String] = [:]
    ) {
        self.id = id
        self.label = label
        self.tooltip = tooltip
        self.shape = shape
        self.fillColor = fillColor
        self.strokeColor = strokeColor
        self.fontColor = fontColor
        self.fontSize = fontSize
        self.penWidth = penWidth
        self.lineStyle = lineStyle
        self.minimumWidth = minimumWidth
        self.minimumHeight = minimumHeight
        self.cluster = cluster
        self.classes = classes
        self.attributes = attributes
    }
}
