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
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
    }

    /// The pieces of `line` between `separator` bytes (tabs unless told), empty
    /// pieces included.
    static func fields(_ line: Substring, separator: Unicode.Scalar = "\t") -> [Substring] {
        line.utf8.split(separator: UInt8(ascii: separator), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
