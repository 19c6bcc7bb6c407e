/// A sentence of an article's cleaned text, as a range of UTF-8 byte offsets into
/// `Article.text.utf8`. Byte offsets are what the extractor's hot loops use;
/// `ScalarOffsets` turns them into the code point offsets of the JSON document.
public struct SentenceSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var range: Range<Int> { start..<end }
}
