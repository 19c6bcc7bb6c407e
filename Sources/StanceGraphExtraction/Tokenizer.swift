/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words are runs of letters and digits (any non-ASCII letter counts), with
/// internal apostrophes ("don't", "O'Brien"); a possessive "'s" is a token of its
/// own so that "Russia's" finds Russia. Initialisms keep their periods ("U.S.",
/// "U.N.", "N."). Hyphens are tokens, so "ROK-U.S." and "Tae-yeol" split and the
/// matchers put them back together. Curly quotes, dashes and other punctuation
/// from the General Punctuation block are punctuation tokens.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if byte >= 0x80 {
                let width = Self.scalarWidth(byte)
                if Self.isSpaceScalar(bytes, at: index) {
                    index += width
                    continue
                }
                if Self.isPunctuationScalar(bytes, at: index) {
                    // A curly apostrophe starting "’s" is a possessive.
                    if let end = possessiveEnd(bytes, at: index) {
                        tokens.append(makeToken(bytes, index, end, .word, &scratch))
                        index = end
                        continue
                    }
                    let end = min(count, index + width)
                    tokens.append(makeToken(bytes, index, end, .punctuation, &scratch))
                    index = end
                    continue
                }
            }
            if Self.isWordByte(byte) {
                let end = wordEnd(bytes, from: index)
                let kind: Token.Kind = (byte >= 48 && byte <= 57) ? .number : .word
                tokens.append(makeToken(bytes, index, end, kind, &scratch))
                index = end
                continue
            }
            if byte == UInt8(ascii: "'"), let end = possessiveEnd(bytes, at: index) {
                tokens.append(makeToken(bytes, index, end, .word, &scratch))
                index = end
                continue
            }
            tokens.append(makeToken(bytes, index, index + 1, .punctuation, &scratch))
            index += 1
        }
        return tokens
    }

    /// The end of the word or number starting at `start`.
    private func wordEnd(_ bytes: [UInt8], from start: Int) -> Int {
        let count = bytes.count
        var index = start
        let numeric = bytes[start] >= 48 && bytes[start] <= 57
        while index < count {
            let byte = bytes[index]
            if byte >= 0x80 {
                if Self.isSpaceScalar(bytes, at: index) || Self.isPunctuationScalar(bytes, at: index) {
                    // An internal curly apostrophe, not a possessive: "O’Brien".
                    if Self.isCurlyApostrophe(bytes, at: index), possessiveEnd(bytes, at: index) == nil,
                       index + 3 < count, Self.isLetter(bytes[index + 3]) {
                        index += 3
                        continue
                    }
                    return index
                }
                index += Self.scalarWidth(byte)
                continue
            }
            if Self.isWordByte(byte) {
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "'") {
                if possessiveEnd(bytes, at: index) != nil || !Self.isLetter(next) { return index }
                index += 1
                continue
            }
            if numeric, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), next >= 48, next <= 57 {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "."), !numeric, index - start == 1, Self.isUpper(bytes[start]) {
                // "U.S.", "U.N.", "N." : single capitals separated by periods.
                var cursor = index + 1
                while cursor + 1 < count, Self.isUpper(bytes[cursor]), bytes[cursor + 1] == UInt8(ascii: ".") {
                    cursor += 2
                }
                return cursor
            }
            return index
        }
        return index
    }

    /// The end of a possessive "'s" / "’s" starting at `index`, when there is one.
    private func possessiveEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        let width: Int
        if bytes[index] == UInt8(ascii: "'") { width = 1 }
        else if Self.isCurlyApostrophe(bytes, at: index) { width = 3 }
        else { return nil }
        let s = index + width
        guard s < bytes.count, bytes[s] == UInt8(ascii: "s") || bytes[s] == UInt8(ascii: "S") else { return nil }
        guard index > 0, Self.isWordByte(bytes[index - 1]) || bytes[index - 1] >= 0x80 else { return nil }
        if s + 1 < bytes.count, Self.isWordByte(bytes[s + 1]) { return nil }
        return s + 1
    }

    @inline(__always)
    private func makeToken(_ bytes: [UInt8], _ start: Int, _ end: Int, _ kind: Token.Kind, _ scratch: inout [UInt8]) -> Token {
        var shape: Token.Shape = []
        var letters = 0
        var upper = 0
        var sawLetter = false
        scratch.removeAll(keepingCapacity: true)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 65 && byte <= 90 {
                    if !sawLetter { shape.insert(.capitalized) }
                    sawLetter = true
                    letters += 1
                    upper += 1
                    scratch.append(byte + 32)
                } else if byte >= 97 && byte <= 122 {
                    sawLetter = true
                    letters += 1
                    scratch.append(byte)
                } else if byte == UInt8(ascii: ".") {
                    if kind == .word { shape.insert(.dotted) } else { scratch.append(byte) }
                } else {
                    if byte >= 48 && byte <= 57 { shape.insert(.digits) }
                    scratch.append(byte)
                }
                index += 1
            } else {
                shape.insert(.nonASCII)
                if Self.isCurlyApostrophe(bytes, at: index) {
                    scratch.append(UInt8(ascii: "'"))
                    index += 3
                } else if let folded = LatinFolding.fold(bytes, at: index) {
                    if !sawLetter, Self.isUpperLatin(bytes, at: index) { shape.insert(.capitalized) }
                    sawLetter = true
                    letters += 1
                    scratch.append(folded.ascii)
                    index += folded.width
                } else {
                    if !sawLetter, Self.isUpperNonLatin(bytes, at: index) { shape.insert(.capitalized) }
                    sawLetter = true
                    let width = min(Self.scalarWidth(byte), end - index)
                    for offset in 0..<width { scratch.append(bytes[index + offset]) }
                    index += width
                }
            }
        }
        if letters >= 1, upper == letters { shape.insert(.allUpper) }
        let key = TokenKey.hash(scratch)
        var stem = key
        if kind == .word, scratch.count > 3 {
            Stemmer.stem(inPlace: &scratch)
            stem = TokenKey.hash(scratch)
        }
        return Token(start: Int32(start), end: Int32(end), kind: kind, shape: shape, key: key, stem: stem)
    }

    // MARK: Byte classes

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 0xC0 }
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0xC0
    }

    @inline(__always) static func scalarWidth(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    @inline(__always) static func isCurlyApostrophe(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98)
    }

    /// No-break, zero-width and other Unicode spaces.
    static func isSpaceScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        let lead = bytes[index]
        if lead == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0xA0 }
        if lead == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            return last <= 0x8F || last == 0xA8 || last == 0xA9 || last == 0xAF
        }
        if lead == 0xE3 { return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 }
        if lead == 0xEF { return index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF }
        return false
    }

    /// Punctuation scalars: Latin-1 punctuation (U+00A1-U+00BF), General
    /// Punctuation (U+2010-U+205E), CJK punctuation (U+3001-U+303F) and fullwidth
    /// ASCII punctuation.
    static func isPunctuationScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        let lead = bytes[index]
        guard index + 1 < bytes.count else { return true }
        let second = bytes[index + 1]
        switch lead {
        case 0xC2: return second >= 0xA1 && second <= 0xBF
        case 0xC3: return second == 0x97 || second == 0xB7
        case 0xE2: return second == 0x80 || second == 0x81 || (second >= 0x86 && second <= 0x9F)
        case 0xE3: return second == 0x80
        case 0xEF:
            guard second == 0xBC || second == 0xBD, index + 2 < bytes.count else { return false }
            let third = bytes[index + 2]
            if second == 0xBC { return third <= 0x8F || (third >= 0x9A && third <= 0xA0) || third >= 0xBB }
            return third >= 0x9B
        default: return false
        }
    }

    static func isUpperLatin(_ bytes: [UInt8], at index: Int) -> Bool {
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xC3 { return second >= 0x80 && second <= 0x9E }
        if lead == 0xC4 || lead == 0xC5 { return second & 1 == 0 }
        return false
    }

    /// Upper-case Greek and Cyrillic capitals.
    static func isUpperNonLatin(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xD0 { return (second >= 0x80 && second <= 0xAF) }
        if lead == 0xCE { return second >= 0x91 && second <= 0xA9 }
        return false
    }
}
