/// Cuts text into `DateToken`s; white space separates tokens and is dropped.
enum DateTokenizer {
    /// Appends the tokens of `range` to `tokens`.
    ///
    /// - Complexity: O(n) in the range's length.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [DateToken]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            let start = index
            if byte >= 48, byte <= 57 {
                var value = 0
                while index < end, bytes[index] >= 48, bytes[index] <= 57 {
                    if value < 1_000_000_000 { value = value * 10 + Int(bytes[index] - 48) }
                    index += 1
                }
                tokens.append(DateToken(kind: .number(value: value, digits: index - start), start: start, end: index, capitalized: false))
                continue
            }
            if isLetterStart(bytes, index, end) {
                index = wordEnd(bytes, from: index, end)
                tokens.append(DateToken(kind: .word(key: DateVocabulary.key(bytes, start..<index)), start: start, end: index,
                                        capitalized: byte >= 65 && byte <= 90))
                continue
            }
            let length = byte < 0x80 ? 1 : sequenceLength(byte)
            tokens.append(DateToken(kind: .symbol(byte), start: start, end: min(end, index + length), capitalized: false))
            index += length
        }
    }

    /// The end of the run of letters starting at `start`: a word as `tokenize`
    /// cuts it.
    @inline(__always)
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, isLetterStart(bytes, index, end) {
            index += bytes[index] < 0x80 ? 1 : sequenceLength(bytes[index])
        }
        return min(index, end)
    }

    /// Whether a letter starts at `index`: an ASCII letter, or a non-ASCII
    /// character other than general punctuation (U+2000-206F), CJK punctuation
    /// (U+3000-303F) and full-width forms (U+FF00-FF0F, U+FF1A-FF20).
    @inline(__always)
    static func isLetterStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte | 0x20 >= 97 && byte | 0x20 <= 122 }
        guard byte >= 0xC2 else { return false }
        if byte == 0xC2 { return false }  // Latin-1 punctuation and symbols (U+0080-00BF)
        if byte == 0xE2, index + 1 < end, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x81 { return false }
        if byte == 0xE3, index + 1 < end, bytes[index + 1] == 0x80 { return false }
        if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, bytes[index + 2] <= 0x8F || (bytes[index + 2] >= 0x9A && bytes[index + 2] <= 0xA0) {
            return false
        }
        return true
    }

    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }
}
