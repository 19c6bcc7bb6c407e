import Foundation

/// Why a diagram could not be drawn. Each case carries Graphviz's own messages,
/// captured rather than printed.
public enum RenderingError: Error, Hashable, Sendable {
    /// Graphviz could not start (no plugins, no configuration).
    case graphvizUnavailable
    /// The DOT text could not be read.
    case invalidDOT(messages: [String])
    /// The layout engine failed.
    case layoutFailed(engine: LayoutEngine, messages: [String])
    /// Drawing the laid-out graph in the format failed.
    case renderFailed(format: RenderFormat, messages: [String])
}

extension RenderingError: CustomStringConvertible {
    public var description: String {
        func detail(_ messages: [String]) -> String {
            messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        }
        switch self {
        case .graphvizUnavailable:
            return "Graphviz could not start; check that its plugins are installed (Debian: apt-get install libgraphviz-dev graphviz)"
        case .invalidDOT(let messages):
            return "Graphviz could not read the diagram's DOT text\(detail(messages))"
        case .layoutFailed(let engine, let messages):
            return "the \(engine.rawValue) layout failed\(detail(messages)); try another layout engine (sfdp copes with the largest graphs)"
        case .renderFailed(let format, let messages):
            return "Graphviz could not draw the diagram as \(format.rawValue.uppercased())\(detail(messages))"
        }
    }
}

extension RenderingError: LocalizedError {
    public var errorDescription: String? { description }
}
