import Foundation
import StanceGraphModel

/// The building blocks of a report, written as plain text or as Markdown: the
/// formatters say what a block is (a heading, a table, a list item) and this type
/// decides how it looks, so the text and Markdown reports never drift apart.
struct Output {
    private enum Block { case none, title, heading, paragraph, table, list }

    let style: DiffReportFormatter.Style
    private var lines: [String] = []
    private var last: Block = .none

    init(style: DiffReportFormatter.Style) {
        self.style = style
    }

    /// The report, ending with one newline.
    var text: String {
        var result = lines
        while result.last == "" { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }

    // MARK: Blocks

    mutating func title(_ text: String) {
        start(.title)
        switch style {
        case .text:
            lines.append(text)
            lines.append(String(repeating: "=", count: text.count))
        case .markdown:
            lines.append("# " + markdownEscaped(text))
        }
    }

    mutating func heading(_ text: String) {
        start(.heading)
        switch style {
        case .text:
            lines.append(text)
            lines.append(String(repeating: "-", count: text.count))
        case .markdown:
            lines.append("## " + markdownEscaped(text))
        }
    }

    mutating func paragraph(_ text: String) {
        start(.paragraph)
        lines.append(text)
    }

    /// A table with a header row; the columns in `rightAligned` are numbers.
    mutating func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = []) {
        start(.table)
        switch style {
        case .text:
            let all = [header] + rows
            var widths = [Int](repeating: 0, count: header.count)
            for row in all { for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) } }
            for row in all {
                let cells = row.enumerated().map { column, cell -> String in
                    let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                    return rightAligned.contains(column) ? padding + cell : cell + padding
                }
                lines.append(("  " + cells.joined(separator: "  ")).trimmingTrailingSpaces())
            }
        case .markdown:
            func row(_ cells: [String]) -> String {
                "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |"
            }
            lines.append(row(header))
            lines.append("|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined())
            for cells in rows { lines.append(row(cells)) }
        }
    }

    /// A list of short lines.
    mutating func list(_ items: [String]) {
        for item in items { self.item(item) }
    }

    mutating func item(_ text: String) {
        start(.list)
        lines.append(style == .markdown ? "- " + text : "  " + text)
    }

    /// A line under the previous item: a piece of evidence, a detail.
    mutating func subitem(_ text: String) {
        start(.list)
        lines.append(style == .markdown ? "  - " + text : "      " + text)
    }

    private mutating func start(_ block: Block) {
        defer { last = block }
        guard last != .none else { return }
        switch style {
        case .text:
            // Headings stand apart; everything else follows on.
            if block == .heading || (block == .paragraph && last != .heading)
                || (block == .table && last != .heading && last != .title) {
                lines.append("")
            }
        case .markdown:
            if block != last || block == .heading || block == .paragraph || block == .title { lines.append("") }
        }
    }

    // MARK: Inline pieces

    /// An actor's name, with its id when asked.
    func actor(_ actor: ActorReference, withID: Bool = false) -> String {
        let name = plain(actor.name)
        return withID ? "\(name) (\(code(actor.id.rawValue)))" : name
    }

    /// Text from the document, escaped where Markdown would read it as markup.
    func plain(_ text: String) -> String {
        style == .markdown ? markdownEscaped(text) : text
    }

    /// A quoted sentence.
    func quote(_ text: String) -> String {
        "“" + plain(text) + "”"
    }

    /// An identifier, set in code type in Markdown.
    func code(_ text: String) -> String {
        style == .markdown ? "`" + text.replacingOccurrences(of: "`", with: "'") + "`" : text
    }

    private func markdownEscaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if "\\`*_[]<>#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = Substring(self)
        while result.last == " " { result.removeLast() }
        return String(result)
    }

    func replacingPipes() -> String {
        replacingOccurrences(of: "|", with: "\\|")
    }
}
