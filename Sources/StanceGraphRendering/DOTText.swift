/// Quoting and escaping of text for DOT, built on UTF-8 bytes.
///
/// Names and evidence come from untrusted articles, so every string written to
/// DOT goes through one of these, chosen by how Graphviz reads the attribute:
///
/// - `label` and other escString text: Graphviz expands `\N`, `\G`, `\E`… and
///   reads `\n`, `\l`, `\r` as line breaks, then decodes HTML entities. So `\`
///   becomes `\\` (drawn as one backslash) and `&` becomes `&amp;` (drawn as `&`).
/// - `tooltip`: Graphviz unescapes a tooltip twice, once before and once after
///   expanding `\N`, `\G`…, and decodes entities in between, so a backslash
///   survives only as four (`\\\\`; measured on Graphviz 2.42, where `\\` before
///   `N` still expands and `&#92;` decodes too early). Entities pass through to
///   the SVG unchanged, so `&` becomes `&amp;`.
/// - HTML-like labels (`<…>`): XML text, so `&`, `<`, `>`, `"` and `'` become
///   entities.
///
/// In all of them `"` is escaped, a `"\n"` in the text becomes a line break, every
/// other control character becomes a space (a NUL would end the C string), and a
/// quoted string stays under Graphviz's 16 KiB limit for one token: longer text
/// is cut at a character boundary and ends with `…`.
enum DOTText {
    /// How an attribute's value is read by Graphviz.
    enum Kind {
        /// Labels and other display text.
        case label
        /// Tooltips.
        case tooltip
        /// Keywords, numbers, colours: quoted with `"` and `\` escaped.
        case plain
        /// Node, cluster and graph names: escaped one-to-one, so two different
        /// names never become the same DOT name (a control character is written
        /// as `\xNN`, which no other character produces).
        case identifier
    }

    /// Graphviz rejects a quoted string of 16,384 bytes or more; stay well below.
    static let maximumQuotedBytes = 16_000

    /// `text` as a quoted DOT string (with the quotes), escaped for `kind`.
    static func quoted(_ text: String, as kind: Kind) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        appendQuoted(text, as: kind, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` as a quoted DOT string to `output`.
    static func appendQuoted(_ text: String, as kind: Kind, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(text, as: kind, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    /// `text` escaped as the content of an HTML-like label (no delimiters).
    static func html(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            case 0..<0x20, 0x7F: output.append(UInt8(ascii: " "))
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func appendEscaped(_ text: String, as kind: Kind, to output: inout [UInt8]) {
        let limit = output.count + maximumQuotedBytes - 8
        let ellipsis = Array("…".utf8)
        for byte in text.utf8 {
            // Stop before a character's first byte once the budget is spent, so a
            // multi-byte character or an escape sequence is never cut in half.
            if output.count >= limit, byte & 0xC0 != 0x80 {
                output.append(contentsOf: ellipsis)
                return
            }
            switch byte {
            case UInt8(ascii: "\""):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case UInt8(ascii: "\\"):
                switch kind {
                case .label, .plain, .identifier: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case .tooltip: output.append(contentsOf: [UInt8](repeating: UInt8(ascii: "\\"), count: 4))
                }
            case UInt8(ascii: "&"):
                switch kind {
                case .label, .tooltip: output.append(contentsOf: "&amp;".utf8)
                case .plain, .identifier: output.append(byte)
                }
            case UInt8(ascii: "\n") where kind == .label || kind == .tooltip:
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0..<0x20, 0x7F:
                if kind == .identifier {
                    output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x")])
                    output.append(contentsOf: hexDigits(byte))
                } else {
                    output.append(UInt8(ascii: " "))
                }
            default:
                output.append(byte)
            }
        }
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }

    /// A word of ASCII letters, digits and `_` made from `text`, for SVG element ids
    /// and CSS classes: letters lower-cased, runs of anything else turned into one
    /// `_`, never empty.
    static func slug(_ text: String) -> String {
        var output: [UInt8] = []
        var pendingSeparator = false
        for byte in text.utf8 {
            let lowered: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lowered = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lowered = byte + 32
            default:
                pendingSeparator = true
                continue
            }
            if pendingSeparator, !output.isEmpty { output.append(UInt8(ascii: "_")) }
            pendingSeparator = false
            output.append(lowered)
        }
        return output.isEmpty ? "x" : String(decoding: output, as: UTF8.self)
    }

    /// A CSS class name: like `slug` but keeping `-`.
    static func className(_ text: String) -> String {
        let isClean = !text.isEmpty && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        if isClean, text.first != "-", text.last != "-", !text.contains("--") { return text }
        return text.split(separator: "-", omittingEmptySubsequences: true).map { slug(String($0)) }.joined(separator: "-")
    }

    /// A number as DOT reads it: at most `digits` decimals, no trailing zeros, no
    /// exponent, independent of the locale. Not-a-number is 0 and magnitudes are
    /// clamped to 10^12, far beyond any size or weight Graphviz can use.
    static func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        guard abs(value) < 1e12 else { return value < 0 ? "-1000000000000" : "1000000000000" }
        let places = min(max(digits, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled) / Int64(scale)
        let fraction = Int64(scaled) % Int64(scale)
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
        guard fraction > 0 else { return text }
        var fractionDigits = String(fraction)
        fractionDigits = String(repeating: "0", count: places - fractionDigits.count) + fractionDigits
        while fractionDigits.hasSuffix("0") { fractionDigits.removeLast() }
        text += "." + fractionDigits
        return text
    }
}
