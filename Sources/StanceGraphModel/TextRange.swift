/// A span of an article's cleaned text, in Unicode scalar (code point) offsets.
///
/// Code points are what Python's `str` indexes by, so `text[start:end]` in a
/// notebook gives back exactly the quoted span. `end` is exclusive.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
