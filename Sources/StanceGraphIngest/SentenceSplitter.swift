/// Splits cleaned text into sentences, working on UTF-8 bytes.
///
/// A sentence ends at a line break, or at `.`, `!` or `?` (with any closing quotes
/// or brackets after it) followed by white space and then a capital letter, a digit,
/// an opening quote or a non-ASCII letter, unless the word before the period is a
/// known abbreviation ("U.S.", "Dr.", "Jan.") or a single capital initial.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Lower-cased abbreviations (without their final period) that do not end a
    /// sentence when followed by a capitalized word.
    static let abbreviations: Set<[UInt8]> = Set([
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen",
        "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.n", "u.k", "e.u", "n", "s", "a.m", "p.m", "e.g", "i.e", "fig", "vol", "pp", "ft", "mt",
    ].map { Array($0.utf8) })

    /// The sentences of `bytes`, as trimmed byte ranges in order.
    public func split(_ bytes: [UInt8]) -> [SentenceSpan] {
        var lines: [SentenceSpan] = []
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            var lower = lineStart
            var upper = index
            while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
            if upper > lower { lines.append(SentenceSpan(start: lower, end: upper)) }
            lineStart = index + 1
        }
        return refine(lines, bytes)
    }

    /// Splits each line-level span at sentence-final punctuation.
    private func refine(_ lines: [SentenceSpan], _ bytes: [UInt8]) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        for line in lines {
            var sentenceStart = line.start
            var index = line.start
            while index < line.end {
                let byte = bytes[index]
                guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
                    index += 1
                    continue
                }
                // Take in repeated punctuation and closing quotes or brackets.
                var end = index + 1
                while end < line.end, Self.isClosing(bytes, at: end) { end += Self.width(bytes, at: end) }
                guard end < line.end, Self.isSpace(bytes[end]) else { index = end; continue }
                var next = end
                while next < line.end, Self.isSpace(bytes[next]) { next += 1 }
                guard next < line.end, Self.startsSentence(bytes[next]) else { index = end; continue }
                if byte == UInt8(ascii: "."), isAbbreviation(bytes, before: index, from: sentenceStart) {
                    index = end
                    continue
                }
                result.append(SentenceSpan(start: sentenceStart, end: end))
                sentenceStart = next
                index = next
            }
            if sentenceStart < line.end { result.append(SentenceSpan(start: sentenceStart, end: line.end)) }
        }
        return result
    }

    /// Whether the word ending at the period at `period` is an abbreviation or an initial.
    private func isAbbreviation(_ bytes: [UInt8], before period: Int, from lowerBound: Int) -> Bool {
        var wordStart = period
        while wordStart > lowerBound, !Self.isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != UInt8(ascii: "(") {
            wordStart -= 1
        }
        let word = bytes[wordStart..<period].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if word.count == 1, bytes[wordStart] >= 65, bytes[wordStart] <= 90 { return true }
        return Self.abbreviations.contains(Array(word))
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func startsSentence(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte >= 0xC0
    }

    /// Closing punctuation after a sentence end: quotes (ASCII and curly), brackets, more stops.
    static func isClosing(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
            return true
        }
        // U+2019 and U+201D: E2 80 99 / E2 80 9D.
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D)
    }

    static func width(_ bytes: [UInt8], at index: Int) -> Int {
        bytes[index] == 0xE2 ? 3 : 1
    }
}
