/// The Graphviz layout programs StanceGraph runs in-process.
///
/// - `dot`: layered drawing (Gansner et al. 1993); clear for small directed
///   graphs, slow past a few thousand edges.
/// - `neato`: stress majorization (Gansner, Koren & North 2004); the most even
///   drawing of small and medium networks.
/// - `fdp`: spring model with clusters (Fruchterman & Reingold 1991).
/// - `sfdp`: multilevel force-directed placement (Hu 2005); the only one that
///   scales to thousands of nodes.
/// - `circo`: circular layout of biconnected components (Six & Tollis 1999).
/// - `twopi`: radial layout around a root node (Wills 1997); made for ego networks.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Whether the engine draws `DiagramCluster`s as boxes; the others ignore them
    /// and place member nodes freely.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// The largest graph (in nodes) the engine lays out in seconds rather than
    /// minutes on a laptop; beyond it, `sfdp` is the sensible choice.
    public var comfortableNodeCount: Int {
        switch self {
        case .sfdp: return 20_000
        case .neato, .fdp, .twopi: return 1_500
        case .dot: return 1_000
        case .circo: return 500
        }
    }

    /// The engine `--layout auto` picks for a diagram of this size and kind:
    ///
    /// - more than `largeGraphThreshold` nodes: `sfdp` (with overlap removal),
    /// - clusters asked for: `fdp`, which draws them,
    /// - an ego network: `twopi`, rooted at the ego,
    /// - otherwise `neato`.
    public static func automatic(nodeCount: Int, clustered: Bool, egoCentered: Bool) -> LayoutEngine {
        if nodeCount > largeGraphThreshold { return .sfdp }
        if clustered { return .fdp }
        if egoCentered { return .twopi }
        return .neato
    }

    /// Above this many nodes the automatic choice is `sfdp`.
    public static let largeGraphThreshold = 300

    /// Above this many edges, edges are drawn straight rather than routed as
    /// curves around nodes (see `recommendedAttributes`).
    public static let splineEdgeLimit = 150

    /// Graph attributes that make this engine draw a readable network of
    /// `nodeCount` nodes and `edgeCount` edges: overlap removal, spacing and edge
    /// routing. `root` names the centre node for `twopi`.
    ///
    /// Routing curved edges around nodes costs more than the layout itself once
    /// there are more than `splineEdgeLimit` edges (20 s for 600 edges with
    /// neato), so larger diagrams get straight edges, except under `dot`, whose
    /// own router stays fast.
    public func recommendedAttributes(nodeCount: Int, edgeCount: Int, root: String? = nil) -> [String: String] {
        let large = nodeCount > Self.largeGraphThreshold
        let curved = self == .dot || edgeCount <= Self.splineEdgeLimit
        var attributes: [String: String] = ["splines": curved ? "true" : "false"]
        switch self {
        case .dot:
            attributes["rankdir"] = "LR"
            attributes["nodesep"] = "0.35"
            attributes["ranksep"] = "0.9"
            attributes["newrank"] = "true"
        case .neato:
            attributes["overlap"] = "prism"
            attributes["sep"] = "+14"
            attributes["esep"] = "+8"
        case .fdp:
            attributes["overlap"] = "prism"
            attributes["sep"] = "+14"
            attributes["esep"] = "+8"
            attributes["K"] = "1.2"
        case .sfdp:
            // Prism's default 1,000 passes take three quarters of the time on 5,000
            // nodes (16 s of 21); 50 give the same picture when most nodes are dots.
            attributes["overlap"] = large ? "prism50" : "prism"
            attributes["sep"] = large ? "+4" : "+12"
            attributes["esep"] = large ? "+2" : "+6"
        case .circo:
            attributes["mindist"] = "1"
            attributes["overlap"] = "prism"
            attributes["sep"] = "+10"
        case .twopi:
            attributes["overlap"] = "prism"
            attributes["sep"] = "+12"
            attributes["ranksep"] = "1.6"
            if let root { attributes["root"] = root }
        }
        return attributes
    }
}
