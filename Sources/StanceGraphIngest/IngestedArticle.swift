import StanceGraphModel

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

/// An article ready for extraction: cleaned, dated and split into sentences.
public struct IngestedArticle: Sendable {
    public var article: Article
    /// The cleaned text as UTF-8 bytes, shared by every later stage.
    public var bytes: [UInt8]
    public var sentences: [SentenceSpan]
    public var offsets: ScalarOffsets

    public init(article: Article, sentences: [SentenceSpan]) {
        self.article = article
        self.bytes = Array(article.text.utf8)
        self.sentences = sentences
        self.offsets = ScalarOffsets(utf8: bytes)
    }

    /// The text of a byte range, as a String.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A byte range as the code point range of the JSON document.
    public func textRange(_ range: Range<Int>) -> TextRange {
        TextRange(start: offsets.scalarOffset(ofByte: range.lowerBound), end: offsets.scalarOffset(ofByte: range.upperBound))
    }
}

/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets.
///
/// For pure ASCII text, the usual case, the two are equal and nothing is stored.
public struct ScalarOffsets: Sendable, Hashable {
    /// scalarIndex[b] = the number of scalars that start before byte b; empty for ASCII.
    private let scalarIndex: [Int32]

    public init(utf8 bytes: [UInt8]) {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            scalarIndex = []
            return
        }
        var index = [Int32](repeating: 0, count: bytes.count + 1)
        var count: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            index[offset] = count
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        index[bytes.count] = count
        scalarIndex = index
    }

    public func scalarOffset(ofByte byte: Int) -> Int {
        scalarIndex.isEmpty ? byte : Int(scalarIndex[byte])
    }
}
