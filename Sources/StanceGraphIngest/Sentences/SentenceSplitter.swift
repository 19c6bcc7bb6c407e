/// Splits cleaned text into sentences, working on UTF-8 bytes.
///
/// - A line break always ends a sentence, so headlines and list items without
///   a period are sentences of their own; a leading list marker (`-`, `*`, `•`)
///   is not part of the sentence.
/// - `.`, `!` and `?` end a sentence when white space and then a sentence start
///   follow: a capital, a digit, an opening quote or bracket, or a letter of a
///   script without case. Closing quotes and brackets after the punctuation stay
///   with the sentence (`... halt."`, `(He left.)`). `。`, `！` and `？` end one
///   without a following space.
/// - A period inside a word is not an end: decimals (`3.5`), `U.S.-Japan`,
///   web addresses.
/// - A period after an abbreviation (`Abbreviations`) or a single capital (an
///   initial, `George W. Bush`) does not end a sentence, except that `U.S.`,
///   `Inc.`, `etc.` end one when a usual sentence opener follows ("... in the
///   U.S. The ..."), and `No.`, `Jan.` end one when no number follows.
/// - A run-on over `maximumBytes` is cut at its last comma, semicolon or space
///   before the limit, so one enormous line cannot make one enormous sentence.
///
/// Sentences are byte ranges into the text, trimmed of spaces.
public struct SentenceSplitter: Sendable {
    /// The longest sentence produced, in bytes.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 2000) {
        self.maximumBytes = max(64, maximumBytes)
    }

    /// The sentences of `bytes`, as trimmed byte ranges in order.
    ///
    /// - Complexity: O(n).
    public func split(_ bytes: [UInt8]) -> [SentenceSpan] {
        bytes.withUnsafeBufferPointer { split($0) }
    }

    /// The sentences of a buffer of UTF-8 bytes.
    public func split(_ text: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        var sentences: [SentenceSpan] = []
        // News sentences run about 100-200 bytes: one allocation for most texts
        // instead of growing 1, 2, 4, 8.
        sentences.reserveCapacity(text.count / 96 + 2)
        let end = text.count
        var sentenceStart = skipListMarker(text, 0, end)
        var index = sentenceStart
        while true {
            // Jump to the next '.', '!', '?', line break or CJK stop.
            index = ByteScan.nextStop(in: text, from: index, to: end)
            guard index < end else { break }
            let byte = text[index]
            if byte == 0x0A {
                emit(text, sentenceStart, index, into: &sentences)
                sentenceStart = skipListMarker(text, index + 1, end)
                index = max(index + 1, sentenceStart)
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var after = index + 1
                while after < end, Self.isClosing(text, after, end) { after += Self.width(text[after]) }
                guard after < end, text[after] == 0x20 || text[after] == 0x09 else {
                    index = after
                    continue
                }
                var next = after
                while next < end, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
                guard next < end, Self.startsSentence(text, next, end) else {
                    index = after
                    continue
                }
                if byte == UInt8(ascii: "."), after == index + 1 || text[index + 1] != UInt8(ascii: "."),
                   !periodEnds(text, period: index, from: sentenceStart, next: next, end: end) {
                    index = after
                    continue
                }
                emit(text, sentenceStart, after, into: &sentences)
                sentenceStart = next
                index = next
                continue
            }
            if Self.isCJKTerminal(text, index, end) {
                var after = index + 3
                while after < end, Self.isClosing(text, after, end) { after += Self.width(text[after]) }
                emit(text, sentenceStart, after, into: &sentences)
                sentenceStart = after
                index = after
                continue
            }
            index += 1
        }
        emit(text, sentenceStart, end, into: &sentences)
        return sentences
    }

    /// Appends the trimmed range, cutting run-ons over the limit.
    private func emit(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into sentences: inout [SentenceSpan]) {
        var lower = start
        var upper = end
        while lower < upper, Self.isSpace(text[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(text[upper - 1]) { upper -= 1 }
        while upper - lower > maximumBytes {
            let cut = runOnCut(text, lower, lower + maximumBytes)
            var pieceEnd = cut
            while pieceEnd > lower, Self.isSpace(text[pieceEnd - 1]) { pieceEnd -= 1 }
            if pieceEnd > lower { sentences.append(SentenceSpan(start: lower, end: pieceEnd)) }
            lower = cut
            while lower < upper, Self.isSpace(text[lower]) { lower += 1 }
        }
        if upper > lower { sentences.append(SentenceSpan(start: lower, end: upper)) }
    }

    /// Where to cut a run-on before `limit`: after the last "; " or ", ", else at
    /// the last space, else at a character boundary.
    private func runOnCut(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int {
        var lastSpace = -1
        var index = limit
        let floor = start + (limit - start) / 2
        while index > floor {
            if text[index] == 0x20 {
                let previous = text[index - 1]
                if previous == UInt8(ascii: ";") || previous == UInt8(ascii: ",") { return index }
                if lastSpace < 0 { lastSpace = index }
            }
            index -= 1
        }
        if lastSpace > 0 { return lastSpace }
        var cut = limit
        while cut > start, text[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// Skips a leading list marker: `- `, `* `, `+ `, `• `, `· `.
    private func skipListMarker(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, Self.isSpace(text[index]) { index += 1 }
        guard index < end else { return index }
        let byte = text[index]
        if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+")), index + 1 < end, text[index + 1] == 0x20 {
            return index + 2
        }
        if byte == 0xE2, index + 3 < end, text[index + 1] == 0x80, text[index + 2] == 0xA2, text[index + 3] == 0x20 { return index + 4 }
        if byte == 0xC2, index + 2 < end, text[index + 1] == 0xB7, text[index + 2] == 0x20 { return index + 3 }
        return index
    }

    /// Whether the period at `period` ends the sentence, given what precedes it.
    private func periodEnds(_ text: UnsafeBufferPointer<UInt8>, period: Int, from lowerBound: Int, next: Int, end: Int) -> Bool {
        var wordStart = period
        while wordStart > lowerBound {
            let previous = text[wordStart - 1]
            if Self.isSpace(previous) || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "\"")
                || previous == UInt8(ascii: "'") || previous == UInt8(ascii: "/") {
                break
            }
            wordStart -= 1
        }
        let length = period - wordStart
        guard length > 0 else { return true }
        let first = text[wordStart]
        // A single capital: an initial.
        if length == 1, first >= 65, first <= 90 { return false }
        let nextIsDigit = text[next] >= 48 && text[next] <= 57
        switch Abbreviations.kind(of: DateVocabulary.key(text, wordStart..<period)) {
        case .title?, .never?:
            return false
        case .beforeNumber?:
            return !nextIsDigit
        case .mayEnd?:
            return startsWithOpener(text, next, end)
        case nil:
            break
        }
        // An initialism with inner periods ("N.A.T.O", "H.R"): like "U.S.".
        var letters = 0
        var periods = 0
        for index in wordStart..<period {
            let byte = text[index]
            if byte == UInt8(ascii: ".") { periods += 1 } else if byte | 0x20 >= 97, byte | 0x20 <= 122 { letters += 1 } else { return true }
        }
        if periods > 0, letters <= periods + 1 { return startsWithOpener(text, next, end) }
        return true
    }

    /// Whether the word at `index` is a usual sentence opener, or a quote or digit.
    private func startsWithOpener(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        var wordEnd = index
        while wordEnd < end, text[wordEnd] | 0x20 >= 97, text[wordEnd] | 0x20 <= 122 { wordEnd += 1 }
        guard wordEnd > index else { return text[index] == UInt8(ascii: "\"") }
        return Abbreviations.sentenceStarters.contains(DateVocabulary.key(text, index..<wordEnd))
    }

    // MARK: Characters

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A sentence can start here: a capital, a digit, an opening quote or bracket,
    /// or a non-ASCII letter that is not lower-case.
    static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 {
            return (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
        }
        guard let scalar = decodeScalar(text, index, end) else { return false }
        if scalar == "\u{201C}" || scalar == "\u{2018}" || scalar == "\u{AB}" || scalar == "\u{300C}" { return true }
        let properties = scalar.properties
        return properties.isAlphabetic && !properties.isLowercase
    }

    /// Closing punctuation that stays with the sentence before it: quotes (ASCII
    /// and curly), brackets, more stops.
    static func isClosing(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = text[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
            return true
        }
        // ’ ” (E2 80 99 / 9D), » (C2 BB), 」 (E3 80 8D).
        if byte == 0xE2 { return index + 2 < end && text[index + 1] == 0x80 && (text[index + 2] == 0x99 || text[index + 2] == 0x9D) }
        if byte == 0xC2 { return index + 1 < end && text[index + 1] == 0xBB }
        if byte == 0xE3 { return index + 2 < end && text[index + 1] == 0x80 && text[index + 2] == 0x8D }
        return false
    }

    /// 。 (E3 80 82), ！ (EF BC 81), ？ (EF BC 9F).
    static func isCJKTerminal(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        guard index + 2 < end else { return false }
        let (a, b, c) = (text[index], text[index + 1], text[index + 2])
        return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F))
    }

    @inline(__always)
    static func width(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Unicode.Scalar? {
        let lead = text[index]
        let length = width(lead)
        guard index + length <= end else { return nil }
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
