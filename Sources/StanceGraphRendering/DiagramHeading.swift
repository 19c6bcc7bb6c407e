/// The block drawn above a diagram: its title, captions and legend, as the
/// markup of one HTML-like Graphviz label.
///
/// Every piece of text is escaped with `DOTText.html`; colours come from typed
/// `DiagramColor`s, so nothing from an article can reach the markup unescaped.
struct DiagramHeading {
    var diagram: Diagram

    /// Legend sections longer than this wrap into another column.
    static let rowsPerColumn = 6

    static let titleSize = 20.0
    static let captionSize = 11.0
    static let legendSize = 10.0
    static let captionColor = DiagramColor(red: 0x55, green: 0x55, blue: 0x55)
    static let frameColor = DiagramColor(red: 0xcc, green: 0xcc, blue: 0xcc)

    /// The label's markup (without the enclosing `<` `>`), or nil when there is
    /// nothing to show.
    var markup: String? {
        var rows: [String] = []
        if let title = diagram.title, !title.isEmpty {
            rows.append(cell(font(bold(DOTText.html(title)), size: Self.titleSize)))
        }
        for caption in diagram.captions where !caption.isEmpty {
            rows.append(cell(font(DOTText.html(caption), size: Self.captionSize, color: Self.captionColor)))
        }
        if let legend = diagram.legend, !legend.isEmpty {
            rows.append(#"<TD ALIGN="LEFT" CELLPADDING="4">"# + legendTable(legend) + "</TD>")
        }
        guard !rows.isEmpty else { return nil }
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">"#
            + rows.map { "<TR>" + $0 + "</TR>" }.joined() + "</TABLE>"
    }

    private func cell(_ content: String) -> String {
        #"<TD ALIGN="LEFT" BALIGN="LEFT">"# + content + "</TD>"
    }

    private func bold(_ content: String) -> String { "<B>" + content + "</B>" }

    private func font(_ content: String, size: Double, color: DiagramColor? = nil) -> String {
        let scale = diagram.headingScale.isFinite && diagram.headingScale > 0 ? diagram.headingScale : 1
        var open = #"<FONT POINT-SIZE=""# + DOTText.number(size * scale) + #"""#
        if let color { open += #" COLOR=""# + color.description + #"""# }
        return open + ">" + content + "</FONT>"
    }

    /// The sections side by side in a light frame. Each section's entries run
    /// down in balanced columns of at most `rowsPerColumn`; all columns share one
    /// grid, so rows line up across sections.
    private func legendTable(_ legend: DiagramLegend) -> String {
        // columns[c][r]: the cell markup of row r in column c (row 0 holds headings).
        var columns: [[String]] = []
        for section in legend.sections where !section.entries.isEmpty {
            // As few columns as `rowsPerColumn` allows, filled evenly (7 entries: 4 + 3).
            let columnCount = (section.entries.count + Self.rowsPerColumn - 1) / Self.rowsPerColumn
            let rows = (section.entries.count + columnCount - 1) / columnCount
            var index = 0
            while index < section.entries.count {
                let chunk = section.entries[index..<min(index + rows, section.entries.count)]
                let heading = index == 0 ? font(bold(DOTText.html(section.title)), size: Self.legendSize) : ""
                columns.append([heading] + chunk.map(entryText))
                index += rows
            }
        }
        let rowCount = columns.map(\.count).max() ?? 0
        var rows: [String] = []
        for row in 0..<rowCount {
            var cells = ""
            for (number, column) in columns.enumerated() {
                let padding = number == 0 ? "" : #" CELLPADDING="0""#
                cells += #"<TD ALIGN="LEFT""# + padding + ">" + (row < column.count ? column[row] : "") + "</TD>"
            }
            rows.append("<TR>" + cells + "</TR>")
        }
        return #"<TABLE BORDER="1" COLOR=""# + Self.frameColor.description
            + #"" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0" STYLE="rounded">"#
            + #"<TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">"#
            + rows.joined() + "</TABLE></TD></TR></TABLE>"
    }

    private func entryText(_ entry: DiagramLegend.Entry) -> String {
        let label = font(DOTText.html(entry.label), size: Self.legendSize)
        let spacedLabel = font(" " + DOTText.html(entry.label), size: Self.legendSize)
        switch entry.symbol {
        case .text:
            return label
        case let .line(color, style, directed):
            let stroke: String
            switch style {
            case .solid: stroke = "━━━"
            case .dashed: stroke = "╸ ╸ "
            case .dotted: stroke = "┅┅┅"
            }
            return font(stroke + (directed ? "▶" : "━"), size: Self.legendSize, color: color) + spacedLabel
        case let .node(shape, color):
            return font(Self.glyph(for: shape), size: Self.legendSize + 2, color: color) + spacedLabel
        case .swatch(let color):
            return font("■", size: Self.legendSize + 2, color: color) + spacedLabel
        }
    }

    /// A character that looks like the node shape.
    static func glyph(for shape: NodeShape) -> String {
        switch shape {
        case .ellipse, .circle: return "●"
        case .dot: return "•"
        case .box, .roundedBox: return "■"
        case .hexagon: return "⬢"
        case .octagon: return "⯃"
        case .diamond: return "◆"
        case .note: return "▤"
        }
    }
}

