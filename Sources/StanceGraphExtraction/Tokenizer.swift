/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words are runs of letters and digits (any non-ASCII letter counts), with
/// internal apostrophes ("don't", "O'Brien"); a possessive "'s" is a token of its
/// own so that "Russia's" finds Russia. Initialisms keep their periods ("U.S.",
/// "U.N.", "N."). Hyphens are tokens, so "ROK-U.S." and "Tae-yeol" split and the
/// matchers put them back together. Curly quotes, dashes and other punctuation
/// from the General Punctuation block are punctuation tokens.
///
/// Each word's bytes are read once: finding its end, its case shape and its key
/// (FNV-1a over the normalized form) happen in the same loop; only the words the
/// stemmer can change are read a second time.
///
/// - Complexity: O(n) in the number of bytes.
public struct Tokenizer: Sendable {
    public init() {}

    typealias Bytes = UnsafeBufferPointer<UInt8>

    public func tokenize(_ text: [UInt8]) -> [Token] {
        Self.tokens(text, readingASCIIWordsFast: true)
    }

    /// The tokens of `text` read by the general path alone, for tests that check
    /// the fast path for plain ASCII words against it.
    static func tokensByGeneralPath(_ text: [UInt8]) -> [Token] {
        tokens(text, readingASCIIWordsFast: false)
    }

    @inline(__always)
    private static func tokens(_ text: [UInt8], readingASCIIWordsFast: Bool) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        text.withUnsafeBufferPointer { bytes in
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
                        if let end = Self.possessiveEnd(bytes, at: index) {
                            tokens.append(Self.plainToken(bytes, index, end, .word))
                            index = end
                            continue
                        }
                        let end = min(count, index + width)
                        tokens.append(Self.plainToken(bytes, index, end, .punctuation))
                        index = end
                        continue
                    }
                }
                if readingASCIIWordsFast, (byte | 0x20) &- 97 < 26, let token = Self.asciiWord(bytes, from: index) {
                    tokens.append(token)
                    index = Int(token.end)
                    continue
                }
                if Self.isWordByte(byte) {
                    let token = Self.word(bytes, from: index)
                    tokens.append(token)
                    index = Int(token.end)
                    continue
                }
                if byte == UInt8(ascii: "'"), let end = Self.possessiveEnd(bytes, at: index) {
                    tokens.append(Self.plainToken(bytes, index, end, .word))
                    index = end
                    continue
                }
                tokens.append(Self.plainToken(bytes, index, index + 1, .punctuation))
                index += 1
            }
        }
        return tokens
    }

    /// The case shape and key of a word being read, fed one normalized byte at a time.
    private struct WordState {
        /// `Token.Shape` bits, kept as a byte: an option-set literal (`[]`) costs a
        /// generic set construction per token.
        var shapeBits: UInt8 = 0
        var letters = 0
        var upper = 0
        var sawLetter = false
        var hash = TokenKey.offsetBasis
        var length = 0
        var lastByte: UInt8 = 0
        /// Whether every normalized byte is a-z (the stemmer leaves other words alone).
        var plainLower = true

        @inline(__always)
        mutating func emit(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* TokenKey.prime
            length += 1
            lastByte = byte
            if byte < 97 || byte > 122 { plainLower = false }
        }

        /// Reads the run of ASCII letters and digits starting at `start` (possibly
        /// empty) and returns the index after it.
        ///
        /// It does what `read` does byte by byte, with the bookkeeping hoisted out of
        /// the loop: inside it only the hash and two counters change, and the length,
        /// last byte and digit facts are settled once per run. Most of an article's
        /// bytes pass through here.
        @inline(__always)
        mutating func readAlphanumericRun(_ bytes: Bytes, from start: Int) -> Int {
            let count = bytes.count
            var index = start
            var hash = self.hash
            var runLetters = 0
            var runUpper = 0
            var runDigits = false
            var normalized: UInt8 = 0
            while index < count {
                let byte = bytes[index]
                if byte &- 97 < 26 {
                    normalized = byte
                    runLetters += 1
                } else if byte &- 65 < 26 {
                    // The first letter of the word decides its capitalization.
                    if !sawLetter, runLetters == 0 { shapeBits |= Token.Shape.capitalized.rawValue }
                    normalized = byte | 0x20
                    runLetters += 1
                    runUpper += 1
                } else if byte &- 48 < 10 {
                    normalized = byte
                    runDigits = true
                } else {
                    break
                }
                hash = (hash ^ UInt64(normalized)) &* TokenKey.prime
                index += 1
            }
            guard index > start else { return start }
            self.hash = hash
            length += index - start
            lastByte = normalized
            letters += runLetters
            upper += runUpper
            if runLetters > 0 { sawLetter = true }
            if runDigits {
                shapeBits |= Token.Shape.digits.rawValue
                plainLower = false
            }
            return index
        }

        /// Reads one ASCII byte of a word (periods are dropped) or of another token.
        @inline(__always)
        mutating func read(_ byte: UInt8, _ isWord: Bool) {
            if byte >= 65 && byte <= 90 {
                if !sawLetter { shapeBits |= Token.Shape.capitalized.rawValue }
                sawLetter = true
                letters += 1
                upper += 1
                emit(byte + 32)
            } else if byte >= 97 && byte <= 122 {
                sawLetter = true
                letters += 1
                emit(byte)
            } else if byte == UInt8(ascii: ".") {
                if isWord { shapeBits |= Token.Shape.dotted.rawValue } else { emit(byte) }
            } else {
                if byte >= 48 && byte <= 57 { shapeBits |= Token.Shape.digits.rawValue }
                emit(byte)
            }
        }

        /// Reads the non-ASCII scalar at `index` (at most `limit` bytes); returns its width.
        @inline(__always)
        mutating func readScalar(_ bytes: Bytes, at index: Int, limit: Int) -> Int {
            shapeBits |= Token.Shape.nonASCII.rawValue
            if Tokenizer.isCurlyApostrophe(bytes, at: index) {
                emit(UInt8(ascii: "'"))
                return 3
            }
            if let folded = LatinFolding.fold(bytes, at: index) {
                if !sawLetter, Tokenizer.isUpperLatin(bytes, at: index) { shapeBits |= Token.Shape.capitalized.rawValue }
                sawLetter = true
                letters += 1
                emit(folded.ascii)
                return folded.width
            }
            if !sawLetter, Tokenizer.isUpperNonLatin(bytes, at: index) { shapeBits |= Token.Shape.capitalized.rawValue }
            sawLetter = true
            let width = min(Tokenizer.scalarWidth(bytes[index]), limit - index)
            for offset in 0..<width { emit(bytes[index + offset]) }
            return width
        }
    }

    /// The word or number starting at `start`, read in one pass.
    private static func word(_ bytes: Bytes, from start: Int) -> Token {
        let count = bytes.count
        let numeric = bytes[start] >= 48 && bytes[start] <= 57
        let kind: Token.Kind = numeric ? .number : .word
        let isWord = !numeric
        var state = WordState()
        var index = start
        scan: while index < count {
            index = state.readAlphanumericRun(bytes, from: index)
            guard index < count else { break scan }
            let byte = bytes[index]
            if byte >= 0x80 {
                if isSpaceScalar(bytes, at: index) || isPunctuationScalar(bytes, at: index) {
                    // An internal curly apostrophe, not a possessive: "O’Brien".
                    if isCurlyApostrophe(bytes, at: index), possessiveEnd(bytes, at: index) == nil,
                       index + 3 < count, isLetter(bytes[index + 3]) {
                        state.emit(UInt8(ascii: "'"))
                        state.shapeBits |= Token.Shape.nonASCII.rawValue
                        index += 3
                        continue
                    }
                    break scan
                }
                let width = scalarWidth(byte)
                _ = state.readScalar(bytes, at: index, limit: min(count, index + width))
                index += width
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "'") {
                if possessiveEnd(bytes, at: index) != nil || !isLetter(next) { break scan }
                state.read(byte, isWord)
                index += 1
                continue
            }
            if numeric, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), next >= 48, next <= 57 {
                state.read(byte, isWord)
                index += 1
                continue
            }
            if byte == UInt8(ascii: "."), !numeric, index - start == 1, isUpper(bytes[start]) {
                // "U.S.", "U.N.", "N." : single capitals separated by periods.
                state.read(byte, isWord)
                index += 1
                while index + 1 < count, isUpper(bytes[index]), bytes[index + 1] == UInt8(ascii: ".") {
                    state.read(bytes[index], isWord)
                    state.read(bytes[index + 1], isWord)
                    index += 2
                }
            }
            break scan
        }
        return finish(&state, bytes, start, index, kind)
    }

    /// The word starting with the ASCII letter at `start`, when it is a run of ASCII
    /// letters and digits that the next byte cannot extend; nil otherwise (an
    /// apostrophe, a non-ASCII scalar or an initialism's period follows), and
    /// `word(_:from:)` reads it instead.
    ///
    /// Most of an article's words are such runs. Their normalized form is their
    /// bytes with the case bit set, so the loop only hashes and notes whether a
    /// lower-case letter or a digit went by; the shape, key and stem come out the
    /// same as from the general path (`TokenizerTests` compares the two).
    @inline(__always)
    private static func asciiWord(_ bytes: Bytes, from start: Int) -> Token? {
        let count = bytes.count
        // `start` and every index read below are checked against `count`.
        let base = bytes.baseAddress.unsafelyUnwrapped
        let first = base[start]
        let capitalized = first &- 65 < 26
        var hash = (TokenKey.offsetBasis ^ UInt64(first | 0x20)) &* TokenKey.prime
        var sawLower = !capitalized
        var sawDigit = false
        var index = start &+ 1
        scan: while index < count {
            var byte = base[index]
            if byte &- 97 < 26 {
                // Lower-case letters are most bytes: a loop of their own.
                sawLower = true
                repeat {
                    hash = (hash ^ UInt64(byte)) &* TokenKey.prime
                    index &+= 1
                    guard index < count else { break scan }
                    byte = base[index]
                } while byte &- 97 < 26
            }
            if byte &- 65 < 26 {
                byte |= 0x20
            } else if byte &- 48 < 10 {
                sawDigit = true
            } else {
                break
            }
            hash = (hash ^ UInt64(byte)) &* TokenKey.prime
            index &+= 1
        }
        if index < count {
            let next = base[index]
            if next >= 0x80 || next == UInt8(ascii: "'") { return nil }
            if next == UInt8(ascii: "."), index &- start == 1, capitalized { return nil }
        }
        var shapeBits: UInt8 = capitalized ? Token.Shape.capitalized.rawValue : 0
        if !sawLower { shapeBits |= Token.Shape.allUpper.rawValue }
        var stem = hash
        if sawDigit {
            shapeBits |= Token.Shape.digits.rawValue
        } else if index &- start > 3, Stemmer.mayChange(last: base[index &- 1] | 0x20, previous: base[index &- 2] | 0x20) {
            stem = asciiStem(base, start, index, key: hash)
        }
        return Token(start: Int32(start), end: Int32(index), kind: .word, shape: Token.Shape(rawValue: shapeBits),
                     key: hash, stem: stem)
    }

    /// The stem hash of the ASCII letters `start..<end`, whose normalized hash is `key`.
    ///
    /// The stem is the word's first bytes with at most a few of its last ones
    /// rewritten, so its hash is the key with the word's tail taken back off (see
    /// `TokenKey.inversePrime`) and the rewritten bytes hashed on.
    private static func asciiStem(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, key: UInt64) -> UInt64 {
        let length = end &- start
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer -> UInt64 in
            let word = buffer.baseAddress.unsafelyUnwrapped
            for offset in 0..<length { word[offset] = base[start &+ offset] | 0x20 }
            let stem = Stemmer.stemLowercaseLetters(UnsafeMutableBufferPointer(start: word, count: length))
            let kept = min(stem.length, stem.firstRewritten)
            var hash = key
            var index = length
            while index > kept {
                index &-= 1
                hash = (hash &* TokenKey.inversePrime) ^ UInt64(base[start &+ index] | 0x20)
            }
            while index < stem.length {
                hash = (hash ^ UInt64(word[index])) &* TokenKey.prime
                index &+= 1
            }
            return hash
        }
    }

    /// A possessive or punctuation token, read on its own.
    private static func plainToken(_ bytes: Bytes, _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        var state = WordState()
        let isWord = kind.rawValue == Token.Kind.word.rawValue
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                state.read(byte, isWord)
                index += 1
            } else {
                index += state.readScalar(bytes, at: index, limit: end)
            }
        }
        return finish(&state, bytes, start, end, kind)
    }

    /// The token, with its stem: only words the stemmer can change are copied out
    /// (normalized, into a stack buffer) and stemmed; the others are their own stem.
    @inline(__always)
    private static func finish(_ state: inout WordState, _ bytes: Bytes, _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        let isWord = kind.rawValue == Token.Kind.word.rawValue
        if state.letters >= 1, state.upper == state.letters { state.shapeBits |= Token.Shape.allUpper.rawValue }
        var stem = state.hash
        if isWord, state.length > 3, state.plainLower, Stemmer.canChange(last: state.lastByte) {
            // A word of ASCII letters alone (no period, apostrophe or accent) is its
            // bytes with the case bit set, one byte for one.
            let asciiLetters = state.shapeBits & (Token.Shape.nonASCII.rawValue | Token.Shape.dotted.rawValue) == 0
                && end - start == state.length
            stem = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: state.length) { buffer -> UInt64 in
                var count = 0
                var position = start
                if asciiLetters {
                    while count < buffer.count {
                        buffer[count] = bytes[start + count] | 0x20
                        count += 1
                    }
                    position = end
                }
                while position < end, count < buffer.count {
                    let byte = bytes[position]
                    if byte >= 0x80, let folded = LatinFolding.fold(bytes, at: position) {
                        buffer[count] = folded.ascii
                        count += 1
                        position += folded.width
                        continue
                    }
                    if byte >= 65 && byte <= 90 {
                        buffer[count] = byte + 32
                        count += 1
                    } else if byte != UInt8(ascii: ".") {
                        buffer[count] = byte
                        count += 1
                    }
                    position += 1
                }
                let stemmed = Stemmer.stemmedLength(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
                var hash = TokenKey.offsetBasis
                for index in 0..<stemmed { hash = (hash ^ UInt64(buffer[index])) &* TokenKey.prime }
                return hash
            }
        }
        return Token(start: Int32(start), end: Int32(end), kind: kind, shape: Token.Shape(rawValue: state.shapeBits),
                     key: state.hash, stem: stem)
    }

    /// The end of a possessive "'s" / "’s" starting at `index`, when there is one.
    private static func possessiveEnd(_ bytes: Bytes, at index: Int) -> Int? {
        let width: Int
        if bytes[index] == UInt8(ascii: "'") { width = 1 }
        else if isCurlyApostrophe(bytes, at: index) { width = 3 }
        else { return nil }
        let s = index + width
        guard s < bytes.count, bytes[s] == UInt8(ascii: "s") || bytes[s] == UInt8(ascii: "S") else { return nil }
        guard index > 0, isWordByte(bytes[index - 1]) || bytes[index - 1] >= 0x80 else { return nil }
        if s + 1 < bytes.count, isWordByte(bytes[s + 1]) { return nil }
        return s + 1
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

    @inline(__always) static func isCurlyApostrophe(_ bytes: Bytes, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98)
    }

    /// No-break, zero-width and other Unicode spaces.
    static func isSpaceScalar(_ bytes: Bytes, at index: Int) -> Bool {
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
    static func isPunctuationScalar(_ bytes: Bytes, at index: Int) -> Bool {
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

    static func isUpperLatin(_ bytes: Bytes, at index: Int) -> Bool {
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xC3 { return second >= 0x80 && second <= 0x9E }
        if lead == 0xC4 || lead == 0xC5 { return second & 1 == 0 }
        return false
    }

    /// Upper-case Greek and Cyrillic capitals.
    static func isUpperNonLatin(_ bytes: Bytes, at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let lead = bytes[index]
        let second = bytes[index + 1]
        if lead == 0xD0 { return (second >= 0x80 && second <= 0xAF) }
        if lead == 0xCE { return second >= 0x91 && second <= 0xA9 }
        return false
    }
}
