import StanceGraphIngest
import StanceGraphModel

/// The working state of recognizing one article: its tokens, the mentions found so
/// far, which mention covers each token, and layout facts (sentence and line starts,
/// headline lines) computed once in a pass over the tokens.
///
/// Everything is indexed by token, so each stage of `EntityRecognizer` is one
/// left-to-right pass with constant-time look-ups around the current token.
struct RecognitionState {
    let tokens: [Token]
    let bytes: [UInt8]
    let date: CalendarDate?
    /// The index in `mentions` of the mention covering each token, or -1.
    private(set) var owner: [Int32]
    private(set) var mentions: [EntityMention] = []
    private var removed: [Bool] = []
    /// Whether each token is the first of a sentence or of a line.
    let startsSentence: [Bool]
    /// Whether each token lies in a title-case or all-capitals line ("FM Cho
    /// Discusses Response to ..."), where capitals say nothing about names.
    let inHeadline: [Bool]

    static let possessiveKey = TokenKey.key("'s")
    static let hyphenKey = TokenKey.key("-")
    static let commaKey = TokenKey.key(",")
    static let andKey = TokenKey.key("and")
    static let orKey = TokenKey.key("or")
    static let ampersandKey = TokenKey.key("&")
    static let ofKey = TokenKey.key("of")
    static let theKey = TokenKey.key("the")
    static let aKey = TokenKey.key("a")
    static let anKey = TokenKey.key("an")
    static let periodKey = TokenKey.key(".")

    init(article: IngestedArticle, tokens: [Token]) {
        self.tokens = tokens
        self.bytes = article.bytes
        self.date = article.article.date
        owner = [Int32](repeating: -1, count: tokens.count)
        (startsSentence, inHeadline) = Self.layout(tokens, article.bytes, article.sentences)
    }

    // MARK: Mentions

    /// Adds a mention and marks its tokens as covered; returns its index.
    @discardableResult
    mutating func add(_ mention: EntityMention) -> Int {
        let index = mentions.count
        mentions.append(mention)
        removed.append(false)
        for position in mention.tokens { owner[position] = Int32(index) }
        return index
    }

    /// Drops a mention and frees its tokens.
    mutating func remove(_ index: Int) {
        guard !removed[index] else { return }
        removed[index] = true
        for position in mentions[index].tokens where owner[position] == Int32(index) { owner[position] = -1 }
    }

    subscript(mention index: Int) -> EntityMention {
        get { mentions[index] }
        set { mentions[index] = newValue }
    }

    func isRemoved(_ index: Int) -> Bool { removed[index] }

    /// Indices of the mentions still standing.
    var liveIndices: [Int] { mentions.indices.filter { !removed[$0] } }

    /// The live mentions sorted by position.
    func finished() -> [EntityMention] {
        var result: [EntityMention] = []
        result.reserveCapacity(mentions.count)
        for index in mentions.indices where !removed[index] { result.append(mentions[index]) }
        result.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        return result
    }

    /// The mention covering token `position`, if any.
    @inline(__always)
    func mentionIndex(at position: Int) -> Int? {
        guard position >= 0, position < owner.count, owner[position] >= 0 else { return nil }
        return Int(owner[position])
    }

    /// The mention that ends just before token `position`.
    func mentionIndex(endingBefore position: Int) -> Int? {
        guard let index = mentionIndex(at: position - 1), mentions[index].tokens.upperBound == position else { return nil }
        return index
    }

    /// The mention that starts at token `position`.
    func mentionIndex(startingAt position: Int) -> Int? {
        guard let index = mentionIndex(at: position), mentions[index].tokens.lowerBound == position else { return nil }
        return index
    }

    @inline(__always)
    func isCovered(_ position: Int) -> Bool { owner[position] >= 0 }

    // MARK: Tokens

    @inline(__always)
    func key(_ position: Int) -> UInt64 { tokens[position].key }

    @inline(__always)
    func isKey(_ position: Int, _ key: UInt64) -> Bool {
        position >= 0 && position < tokens.count && tokens[position].key == key
    }

    /// Whether tokens `position` and `position + 1` touch (no space between: "Tae-yeol").
    @inline(__always)
    func touches(_ position: Int) -> Bool {
        position + 1 < tokens.count && tokens[position].end == tokens[position + 1].start
    }

    func isPossessive(_ position: Int) -> Bool { isKey(position, Self.possessiveKey) }

    func isCapitalizedWord(_ position: Int) -> Bool {
        position >= 0 && position < tokens.count && tokens[position].kind == .word && tokens[position].isCapitalized
    }

    /// The text of a token range.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[byteRange(range)], as: UTF8.self)
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> {
        Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
    }

    // MARK: Layout

    /// Sentence and line starts, and headline lines, in one pass.
    private static func layout(_ tokens: [Token], _ bytes: [UInt8], _ sentences: [SentenceSpan]) -> ([Bool], [Bool]) {
        var starts = [Bool](repeating: false, count: tokens.count)
        var headline = [Bool](repeating: false, count: tokens.count)
        var sentence = 0
        var lineStart = 0
        var words = 0
        var lowerContent = 0
        var upperWords = 0
        func closeLine(_ end: Int) {
            let isHeadline = (words >= 4 && lowerContent * 8 < words) || (words >= 3 && upperWords == words)
            if isHeadline { for position in lineStart..<end { headline[position] = true } }
            words = 0
            lowerContent = 0
            upperWords = 0
        }
        for (position, token) in tokens.enumerated() {
            var newLine = position == 0
            if position > 0 {
                var byte = Int(tokens[position - 1].end)
                while byte < Int(token.start) {
                    if bytes[byte] == 0x0A { newLine = true; break }
                    byte += 1
                }
            }
            if newLine {
                if position > 0 { closeLine(position) }
                lineStart = position
            }
            while sentence < sentences.count, sentences[sentence].end <= Int(token.start) { sentence += 1 }
            let sentenceStart = sentence < sentences.count && Int(token.start) >= sentences[sentence].start
                && (position == 0 || Int(tokens[position - 1].start) < sentences[sentence].start)
            starts[position] = newLine || sentenceStart
            guard token.kind == .word, !token.shape.contains(.digits) else { continue }
            // Parts after a hyphen ("Tae-yeol") say nothing about the line's case.
            if position >= 2, tokens[position - 1].key == hyphenKey, tokens[position - 2].end == tokens[position - 1].start,
               tokens[position - 1].end == token.start {
                continue
            }
            words += 1
            if token.shape.contains(.allUpper) { upperWords += 1 }
            if !token.isCapitalized, !functionWords.contains(token.key) { lowerContent += 1 }
        }
        if !tokens.isEmpty { closeLine(tokens.count) }
        return (starts, headline)
    }

    /// Words that stay lower case in title-case headlines.
    static let functionWords: TokenKeySet = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as", "vs", "via", "over", "amid",
    ]
}
