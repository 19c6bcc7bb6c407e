/// The outline a node is drawn with: a subset of Graphviz's polygon shapes that
/// read well at every size.
public enum NodeShape: String, Sendable, Hashable, CaseIterable {
    case ellipse
    case circle
    case box
    /// A box with rounded corners (`shape=box, style=rounded`).
    case roundedBox = "rounded box"
    case hexagon
    case octagon
    case diamond
    /// A page with a folded corner, the usual picture of a document.
    case note
    /// A small filled circle that carries no label (`shape=circle` sized by the node).
    case dot

    /// The value of Graphviz's `shape` attribute.
    var graphvizShape: String {
        switch self {
        case .roundedBox: return "box"
        case .dot: return "circle"
        default: return rawValue
        }
    }
}

/// How a line (an edge or a node's outline) is drawn.
public enum LineStyle: String, Sendable, Hashable, CaseIterable {
    case solid
    case dashed
    case dotted
}
