import StanceGraphModel

/// An article ready for extraction: cleaned, dated and split into sentences.
public struct IngestedArticle: Sendable {
    public var article: Article
    /// The cleaned text as UTF-8 bytes, shared by every later stage.
    public var bytes: [UInt8]
    public var sentences: [SentenceSpan]
    public var offsets: ScalarOffsets

    public init(article: Article, sentences: [SentenceSpan]) {
        self.init(article: article, bytes: Array(article.text.utf8), sentences: sentences)
    }

    /// An article whose text is already at hand as bytes (`bytes` must be `article.text.utf8`).
    init(article: Article, bytes: [UInt8], sentences: [SentenceSpan]) {
        self.article = article
        self.bytes = bytes
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
