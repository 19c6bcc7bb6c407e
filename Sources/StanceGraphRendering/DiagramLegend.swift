/// The key drawn inside a diagram: what each colour, line and shape means.
///
/// A legend has sections ("Stances", "Actors", "Encoding"), each a column of
/// entries; `DOTWriter` draws it as an HTML-like table in the graph's label, so
/// it appears the same under every layout engine.
public struct DiagramLegend: Sendable, Hashable {
    /// What an entry shows before its text.
    public enum Symbol: Sendable, Hashable {
        /// A short line in a colour and style, with an arrowhead when directed.
        case line(color: DiagramColor, style: LineStyle, directed: Bool)
        /// A node's look: a glyph of the shape in its outline colour.
        case node(shape: NodeShape, color: DiagramColor)
        /// A filled square.
        case swatch(DiagramColor)
        /// No symbol: the entry is a line of explanatory text.
        case text
    }

    public struct Entry: Sendable, Hashable {
        public var symbol: Symbol
        public var label: String

        public init(_ symbol: Symbol, _ label: String) {
            self.symbol = symbol
            self.label = label
        }
    }

    public struct Section: Sendable, Hashable {
        public var title: String
        public var entries: [Entry]

        public init(title: String, entries: [Entry]) {
            self.title = title
            self.entries = entries
        }
    }

    public var sections: [Section]

    public init(sections: [Section]) {
        self.sections = sections
    }

    public var isEmpty: Bool { sections.allSatisfy { $0.entries.isEmpty } }
}
