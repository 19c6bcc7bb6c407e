import Foundation
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
    /// Which mentions were removed, by index. Empty until the first removal (most
    /// articles have none); mentions past its end were never removed.
    private var removed: [Bool] = []
    /// The article's sentences, for `startsSentence`.
    let sentences: [SentenceSpan]
    /// For articles of several lines: headline decisions by line, computed when first
    /// asked for. Nil for an article of one line (most summaries), whose verdict is
    /// judged at each question instead: few such articles are ever asked (about one
    /// question per four articles), so judging every one up front cost more.
    private let headlines: LineCache?

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
    /// A period token's key: `TokenKey.key` would drop the period itself.
    static let periodKey = TokenKey.hash([UInt8(ascii: ".")])

    /// Takes the article's bytes, date and sentences rather than the whole
    /// `IngestedArticle`: passing the article by value would copy (retain) and then
    /// destroy every one of its fields for each article.
    init(bytes: [UInt8], date: CalendarDate?, sentences: [SentenceSpan], tokens: [Token]) {
        self.tokens = tokens
        self.bytes = bytes
        self.date = date
        self.sentences = sentences
        let hasNewline = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0x0A, buffer.count) != nil } ?? false
        }
        headlines = hasNewline ? LineCache() : nil
        owner = [Int32](filledWith: -1, count: tokens.count)
        // `mentions` is reserved at the first mention (`reserveForMentions`): articles
        // without one allocate nothing.
    }

    // MARK: Mentions

    /// Adds a mention and marks its tokens as covered; returns its index.
    @discardableResult
    mutating func add(_ mention: consuming EntityMention) -> Int {
        let index = mentions.count
        if index == 0 { reserveForMentions() }
        let range = mention.tokens
        mentions.append(consume mention)
        for position in range { owner[position] = Int32(index) }
        return index
    }

    /// Adds a dictionary name's mention (most mentions of an article), taking only
    /// the fields a name sets: the mention is built here, next to the append.
    @discardableResult
    mutating func addName(_ range: Range<Int>, reference: consuming EntityReference, type: EntityType, kind: MentionKind,
                          country: consuming EntityID? = nil) -> Int {
        let index = mentions.count
        if index == 0 { reserveForMentions() }
        mentions.append(EntityMention(tokens: range, bytes: byteRange(range), reference: reference, type: type,
                                      kind: kind, country: country))
        for position in range { owner[position] = Int32(index) }
        return index
    }

    /// Reserves room for about as many mentions as the article is likely to have
    /// (about one per 16 tokens, at least 4), so that `mentions` does not grow
    /// through capacities 1, 2, 4, ... with a reallocation and a move of every
    /// mention each time. The array becomes the article's result and stays in
    /// memory until assembly, so the estimate is kept close to real counts.
    private mutating func reserveForMentions() {
        let capacity = min(64, max(4, tokens.count / 16))
        mentions.reserveCapacity(capacity)
    }

    /// Drops a mention and frees its tokens.
    mutating func remove(_ index: Int) {
        guard !isRemoved(index) else { return }
        if removed.count < mentions.count {
            removed.append(contentsOf: repeatElement(false, count: mentions.count - removed.count))
        }
        removed[index] = true
        for position in mentions[index].tokens where owner[position] == Int32(index) { owner[position] = -1 }
    }

    subscript(mention index: Int) -> EntityMention {
        _read { yield mentions[index] }
        _modify { yield &mentions[index] }
    }

    /// The number of mentions ever added (removed ones included).
    var mentionCount: Int { mentions.count }

    func isRemoved(_ index: Int) -> Bool { index < removed.count && removed[index] }

    /// The live mentions sorted by position; the state keeps none. Mutating rather
    /// than consuming: calling a consuming method on the recognizer's `var` copied
    /// the whole state (every array retained) first.
    mutating func finished() -> [EntityMention] {
        var result = mentions
        mentions = []
        if removed.contains(true) {
            var kept = 0
            for index in result.indices where !isRemoved(index) {
                if kept != index { result.swapAt(kept, index) }
                kept += 1
            }
            result.removeLast(result.count - kept)
        }
        var sorted = true
        for index in result.indices.dropFirst() where result[index].tokens.lowerBound < result[index - 1].tokens.lowerBound {
            sorted = false
            break
        }
        if !sorted { result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
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

    /// Whether a line break separates token `position` from the one before.
    func startsLine(_ position: Int) -> Bool {
        guard position > 0 else { return true }
        var byte = Int(tokens[position - 1].end)
        let end = Int(tokens[position].start)
        while byte < end {
            if bytes[byte] == 0x0A { return true }
            byte += 1
        }
        return false
    }

    /// Whether token `position` is the first of a sentence or of a line.
    func startsSentence(_ position: Int) -> Bool {
        if position <= 0 || startsLine(position) { return true }
        let start = Int(tokens[position].start)
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= start { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, start >= sentences[low].start else { return false }
        return Int(tokens[position - 1].start) < sentences[low].start
    }

    /// Whether token `position` lies in a title-case or all-capitals line ("FM
    /// Cho Discusses Response to ..."), where capitals say nothing about names.
    /// The line starts are found in one pass when first needed, and each line is
    /// judged once.
    func inHeadline(_ position: Int) -> Bool {
        guard let headlines else { return Self.isHeadline(tokens[...]) }
        if headlines.lineStarts.isEmpty {
            headlines.lineStarts = tokens.indices.filter { startsLine($0) }
            headlines.verdicts = [Int8](filledWith: -1, count: headlines.lineStarts.count)
        }
        let starts = headlines.lineStarts
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        let line = max(0, low - 1)
        if headlines.verdicts[line] < 0 {
            let end = line + 1 < starts.count ? starts[line + 1] : tokens.count
            headlines.verdicts[line] = Self.isHeadline(tokens[starts[line]..<end]) ? 1 : 0
        }
        return headlines.verdicts[line] == 1
    }

    /// A line of at least three words all in capitals, or of at least four words
    /// where fewer than one in eight is a lower-case word other than a function
    /// word and that does not end a sentence with a period (prose full of names,
    /// "President of Iran Mahmoud Ahmadinejad and ... meet in Tehran.", is no
    /// headline). Parts after a hyphen ("Tae-yeol") and numbers do not count.
    static func isHeadline(_ line: ArraySlice<Token>) -> Bool {
        if let last = line.last, last.key == periodKey { return isAllCapitals(line) }
        var words = 0
        var upperWords = 0
        var lower = 0
        for position in line.indices where counts(line, position) {
            words += 1
            if line[position].shape.contains(.allUpper) { upperWords += 1 }
            if !line[position].isCapitalized { lower += 1 }
        }
        if words >= 3, upperWords == words { return true }
        // Most lines are prose: many lower-case words settle it without looking any up.
        guard words >= 4, lower * 2 <= words else { return false }
        var lowerContent = 0
        for position in line.indices where counts(line, position) && !line[position].isCapitalized
            && !functionWords.contains(line[position].key) {
            lowerContent += 1
        }
        return lowerContent * 8 < words
    }

    /// Whether a line is three or more words, all in capitals.
    private static func isAllCapitals(_ line: ArraySlice<Token>) -> Bool {
        var words = 0
        for position in line.indices where counts(line, position) {
            guard line[position].shape.contains(.allUpper) else { return false }
            words += 1
        }
        return words >= 3
    }

    /// Whether a token counts as a word of its line: not a number, not the part
    /// after a hyphen ("Tae-yeol").
    @inline(__always)
    private static func counts(_ line: ArraySlice<Token>, _ position: Int) -> Bool {
        let token = line[position]
        guard token.kind == .word, !token.shape.contains(.digits) else { return false }
        return !(position >= line.startIndex + 2 && line[position - 1].key == hyphenKey
                 && line[position - 2].end == line[position - 1].start && line[position - 1].end == token.start)
    }

    /// Words that stay lower case in title-case headlines.
    static let functionWords: TokenKeySet = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as", "vs", "via", "over", "amid",
    ]
}

/// Line starts and headline verdicts, computed on demand: a reference type so that
/// the read-only helpers of `RecognitionState` can fill it in. It lives and dies
/// with one article's recognition, on one thread.
final class LineCache {
    /// The first token of each line.
    var lineStarts: [Int] = []
    /// Per line: -1 not judged yet, 0 no, 1 headline.
    var verdicts: [Int8] = []
}
