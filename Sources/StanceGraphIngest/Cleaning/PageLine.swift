/// One line of a page after Unicode normalization: a paragraph, a heading, a
/// list item or a piece of page furniture, as a byte range of the normalized text.
struct PageLine: Sendable, Hashable {
    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8

        /// Began with a bullet glyph or list marker (removed from the text).
        static let bulleted = Flags(rawValue: 1 << 0)
        /// An HTML heading (`h1` to `h6`).
        static let heading = Flags(rawValue: 1 << 1)
        /// An HTML list item.
        static let listItem = Flags(rawValue: 1 << 2)
        /// A blank line came before it (a paragraph break in plain text).
        static let blankBefore = Flags(rawValue: 1 << 3)
        /// An HTML `h1`: the page's own headline.
        static let topHeading = Flags(rawValue: 1 << 4)
        /// HTML `<pre>` text: its spaces are kept, and in an article's region it is text whatever it looks like.
        static let preformatted = Flags(rawValue: 1 << 5)
    }

    var start: Int
    var end: Int
    var flags: Flags
    /// The share of the line's text inside HTML links (0 for plain text).
    var linkFraction: Float

    init(start: Int, end: Int, flags: Flags = [], linkFraction: Float = 0) {
        self.start = start
        self.end = end
        self.flags = flags
        self.linkFraction = linkFraction
    }

    var range: Range<Int> { start..<end }
    var isEmpty: Bool { start == end }
    var count: Int { end - start }
}
