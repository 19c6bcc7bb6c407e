import Foundation

/// The picture formats Graphviz draws in-process.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable {
    /// Scalable vector graphics from Graphviz's core renderer, which keeps
    /// tooltips, element ids and classes, so the file works as an interactive page.
    case svg
    /// A bitmap drawn by cairo, anti-aliased; its resolution follows `dpi`.
    case png
    /// A vector PDF drawn by cairo.
    case pdf

    /// The `format:renderer` name `gvRenderData` is given. The renderer is named
    /// so that the choice never depends on which plugins happen to load first.
    var graphvizFormat: String {
        switch self {
        case .svg: return "svg:svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }
}

/// What `GraphvizRenderer` drew, with the warnings Graphviz gave while drawing it.
public struct RenderedDiagram: Sendable, Hashable {
    public var format: RenderFormat
    public var data: Data
    /// Graphviz's warnings, one message each, in the order given.
    public var warnings: [String]

    public init(format: RenderFormat, data: Data, warnings: [String]) {
        self.format = format
        self.data = data
        self.warnings = warnings
    }
}
