/// A drawing of a graph, independent of any layout: styled nodes, edges and
/// clusters, a title, captions and a legend.
///
/// `DiagramBuilder` makes one from an `ActorGraph`; other views (a diff between
/// two dates, say) can build their own. `DOTWriter` turns a diagram into DOT
/// text and `GraphvizRenderer` lays that text out and draws it as SVG, PNG or PDF.
///
/// Order is meaning: nodes, edges and clusters are written in the order held
/// here, so a builder that fills them in a deterministic order gets byte-identical
/// DOT for the same input.
public struct Diagram: Sendable, Hashable {
    /// The graph's name in DOT (also the SVG `<title>`). Always set, because
    /// Graphviz gives an unnamed graph a per-process name.
    public var name: String
    /// The heading drawn above the diagram.
    public var title: String?
    /// Smaller lines under the title (corpus, date window, what was left out).
    public var captions: [String]
    public var legend: DiagramLegend?
    /// The layout engine recorded in the DOT (`layout=…`), so `dot -Tsvg file.dot`
    /// draws what `stancegraph` drew.
    public var layout: LayoutEngine
    public var fontName: String
    public var background: DiagramColor?
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    public var clusters: [DiagramCluster]
    /// Multiplies the font sizes of the title, captions and legend. A large
    /// diagram is drawn large and shrunk to fit a screen, so its heading must grow
    /// with it to stay readable.
    public var headingScale: Double
    /// Further Graphviz graph attributes (`overlap`, `splines`, `root`, ...),
    /// written in key order.
    public var attributes: [String: String]

    public init(
        name: String = "stancegraph", title: String? = nil, captions: [String] = [],
        legend: DiagramLegend? = nil, layout: LayoutEngine = .neato, fontName: String = Diagram.defaultFontName,
        background: DiagramColor? = .white, nodes: [DiagramNode] = [], edges: [DiagramEdge] = [],
        clusters: [DiagramCluster] = [], headingScale: Double = 1, attributes: [String: String] = [:]
    ) {
        self.name = name
        self.title = title
        self.captions = captions
        self.legend = legend
        self.layout = layout
        self.fontName = fontName
        self.background = background
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.headingScale = headingScale
        self.attributes = attributes
    }

    /// A sans-serif face that Debian's Graphviz finds through fontconfig and that
    /// covers Latin, Greek, Cyrillic and the legend's symbols.
    public static let defaultFontName = "DejaVu Sans"
}
