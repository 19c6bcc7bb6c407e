/// Cuts the tab-separated text of dictionaries and word lists into lines and
/// fields on its UTF-8 bytes.
///
/// Line feeds, tabs and the other separators used here are ASCII, so cutting on
/// bytes gives the pieces cutting on characters would, without grapheme breaking
/// (which made loading the built-in knowledge cost as much as extracting a few
/// thousand articles). A Windows line end ends a line too: "\r\n" is a single
/// `Character` in Swift, so a character-based cut on "\n" never split such a file.
enum TabSeparatedText {
    /// The lines of `text` without their line ends (a carriage return before the
    /// line feed is dropped too), empty lines included.
    static func lines(_ text: String) -> [Substring] {
        pieces(of: text[...], separator: UInt8(ascii: "\n"), droppingCarriageReturns: true)
    }

    /// The pieces of `line` between `separator` bytes (tabs unless told), empty
    /// pieces included.
    static func fields(_ line: Substring, separator: Unicode.Scalar = "\t") -> [Substring] {
        pieces(of: line, separator: UInt8(ascii: separator), droppingCarriageReturns: false)
    }

    /// The pieces of `text` between `separator` bytes, found by a loop over its
    /// bytes and cut as substrings by offset (the standard library's generic
    /// `split(separator:)` on a UTF-8 view costs several times as much per piece).
    private static func pieces(of text: Substring, separator: UInt8, droppingCarriageReturns: Bool) -> [Substring] {
        var text = text
        let bounds: [(start: Int, end: Int)] = text.withUTF8 { bytes in
            var bounds: [(start: Int, end: Int)] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                var end = index
                if droppingCarriageReturns, end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                bounds.append((start, end))
                start = index + 1
            }
            return bounds
        }
        let utf8 = text.utf8
        return bounds.map { piece in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: piece.start)..<utf8.index(utf8.startIndex, offsetBy: piece.end)])
        }
    }
}
