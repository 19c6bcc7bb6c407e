import CGraphviz
import Foundation

/// Lays out DOT text and draws it as SVG, PNG or PDF inside this process,
/// through Graphviz's C library (libgvc and libcgraph).
///
/// This is the only type in StanceGraph that talks to C. It:
///
/// - serialises every call with one lock, because libgraphviz keeps global state
///   and is not thread-safe;
/// - reads the DOT with `agmemread`, so the picture is drawn from exactly the
///   text `DOTWriter` produced (and a saved `.dot` file draws the same picture);
/// - captures Graphviz's errors and warnings through `agseterrf` instead of
///   letting them reach standard error, and reports them as `RenderingError`s or
///   `RenderedDiagram.warnings`;
/// - frees everything it allocates (`gvFreeRenderData`, `gvFreeLayout`,
///   `agclose`, `gvFreeContext`) on every path.
///
/// A few failures are beyond its reach: Graphviz aborts the process when memory
/// runs out, and a layout cannot be interrupted once started (see
/// `LayoutEngine.comfortableNodeCount`).
public struct GraphvizRenderer: Sendable {
    public init() {}

    /// Lays out `dot` with `engine` and draws it as `format`.
    ///
    /// - Parameter dpi: the resolution of PNG output (Graphviz draws 96 dots per
    ///   inch unless told otherwise); ignored for SVG and PDF, which are vector
    ///   formats.
    /// - Throws: `RenderingError` when the text cannot be read, the layout fails,
    ///   the drawing fails, or Graphviz reports an error along the way.
    public func render(dot: String, layout engine: LayoutEngine, format: RenderFormat, dpi: Double? = nil) throws -> RenderedDiagram {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let log = GraphvizMessageLog.shared
        log.reset()
        let previousHandler = agseterrf { message in
            if let message { GraphvizMessageLog.shared.append(String(cString: message)) }
            return 0
        }
        let previousLevel = agseterr(AGWARN)
        _ = agreseterrors()
        defer {
            _ = agseterr(previousLevel)
            _ = agseterrf(previousHandler)
        }

        guard let context = gvContext() else { throw RenderingError.graphvizUnavailable }
        defer { _ = gvFreeContext(context) }

        guard let graph = Self.readSingleGraph(dot, log: log) else {
            throw RenderingError.invalidDOT(messages: log.errorMessages())
        }
        defer { _ = agclose(graph) }

        if format == .png, let dpi {
            let value = DOTText.number(dpi)
            _ = "dpi".withCString { name in
                value.withCString { text in
                    "".withCString { empty in
                        agsafeset(graph, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: text),
                                  UnsafeMutablePointer(mutating: empty))
                    }
                }
            }
        }

        let laidOut = engine.rawValue.withCString { gvLayout(context, graph, $0) }
        guard laidOut == 0, log.firstError() == nil else {
            if laidOut == 0 { _ = gvFreeLayout(context, graph) }
            throw RenderingError.layoutFailed(engine: engine, messages: log.errorMessages())
        }
        defer { _ = gvFreeLayout(context, graph) }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let drawn = format.graphvizFormat.withCString { gvRenderData(context, graph, $0, &buffer, &length) }
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard drawn == 0, let buffer, length > 0, log.firstError() == nil else {
            throw RenderingError.renderFailed(format: format, messages: log.errorMessages())
        }
        let data = Data(bytes: buffer, count: Int(length))
        return RenderedDiagram(format: format, data: data, warnings: log.messages().filter { !$0.isError }.map(\.text))
    }

    /// Serialises all use of libgraphviz in this process.
    private static let lock = NSLock()

    /// Reads the one graph `dot` holds, or nil (with the reason in `log`).
    ///
    /// Graphviz's reader keeps the rest of the line that closes a graph in a
    /// global buffer, to read the next graph of a file on the next call; so that
    /// rest is read here and rejected rather than left to leak into the next
    /// render. (Lines after it are never read: like `agmemread`, the renderer draws
    /// the first graph of the text.) The reader's line counter is global too, and
    /// restarted for each text.
    private static func readSingleGraph(_ dot: String, log: GraphvizMessageLog) -> UnsafeMutablePointer<Agraph_t>? {
        agreadline(1)
        let graph = dot.withCString { agmemread($0) }
        var extraGraphs = 0
        while let extra = agmemread("") {
            _ = agclose(extra)
            extraGraphs += 1
        }
        if extraGraphs > 0 { log.append(error: "the text holds \(extraGraphs + 1) graphs; give exactly one") }
        guard let graph else { return nil }
        guard log.firstError() == nil else {
            _ = agclose(graph)
            return nil
        }
        return graph
    }
}

/// The messages Graphviz hands to the `agseterrf` callback during one render.
///
/// A C callback carries no context, so the messages go to this one shared log;
/// it is only written while `GraphvizRenderer`'s lock is held, and has a lock of
/// its own so that it is safe to share regardless.
final class GraphvizMessageLog: @unchecked Sendable {
    struct Message: Hashable {
        var isError: Bool
        var text: String
    }

    static let shared = GraphvizMessageLog()

    private let lock = NSLock()
    /// The pieces as Graphviz sends them: `"Warning"`, `": "`, then the text,
    /// with continuation lines sent without a prefix.
    private var pieces: [String] = []

    func reset() {
        lock.lock()
        pieces.removeAll()
        lock.unlock()
    }

    func append(_ piece: String) {
        lock.lock()
        pieces.append(piece)
        lock.unlock()
    }

    /// Records an error of StanceGraph's own, in Graphviz's format.
    func append(error message: String) {
        lock.lock()
        pieces.append(contentsOf: ["Error", ": ", message + "\n"])
        lock.unlock()
    }

    /// The messages so far, each with its continuation lines joined by spaces.
    func messages() -> [Message] {
        lock.lock()
        let pieces = self.pieces
        lock.unlock()
        var messages: [Message] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if (piece == "Error" || piece == "Warning"), index + 1 < pieces.count, pieces[index + 1] == ": " {
                messages.append(Message(isError: piece == "Error", text: ""))
                index += 2
                continue
            }
            if messages.isEmpty { messages.append(Message(isError: false, text: "")) }
            messages[messages.count - 1].text += piece
            index += 1
        }
        return messages.compactMap { message in
            let lines = message.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            let text = lines.filter { !$0.isEmpty }.joined(separator: " ")
            return text.isEmpty ? nil : Message(isError: message.isError, text: text)
        }
    }

    func firstError() -> String? { messages().first(where: \.isError)?.text }

    /// The error messages, or every message when none is marked as an error.
    func errorMessages() -> [String] {
        let all = messages()
        let errors = all.filter(\.isError)
        return (errors.isEmpty ? all : errors).map(\.text)
    }
}
