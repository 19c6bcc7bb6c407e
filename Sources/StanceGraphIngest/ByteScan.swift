/// Scans of UTF-8 bytes sixteen at a time with SIMD comparisons, for the hot
/// loops of normalizing, classifying and splitting: a byte-at-a-time loop that
/// branches on every byte mispredicts at every word boundary, a vector compare
/// does not branch at all.
enum ByteScan {
    typealias Block = SIMD16<UInt8>

    typealias Mask = SIMDMask<SIMD16<Int8>>

    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> Block {
        UnsafeRawPointer(base + index).loadUnaligned(as: Block.self)
    }

    /// Whether any lane is set (the mask seen as two words, so no generic reduction runs).
    @inline(__always)
    static func anyLane(_ mask: Mask) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// A per-lane counter of set mask lanes: adding a mask adds one to each set
    /// lane (a set lane is all ones, -1), and the lanes are summed once at the
    /// end, every 255 blocks at most so no lane overflows.
    struct LaneCounter {
        private var lanes = Block(repeating: 0)
        private var blocks = 0
        private var total = 0

        @inline(__always)
        mutating func add(_ mask: Mask) {
            lanes &-= unsafeBitCast(mask, to: Block.self)
            blocks += 1
            if blocks == 255 { flush() }
        }

        private mutating func flush() {
            for lane in 0..<16 { total += Int(lanes[lane]) }
            lanes = Block(repeating: 0)
            blocks = 0
        }

        /// The count so far.
        mutating func sum() -> Int {
            flush()
            return total
        }
    }

    /// How many bytes of `range` equal `byte`.
    ///
    /// - Complexity: O(n), sixteen bytes per step.
    static func count(_ byte: UInt8, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = text.baseAddress else { return 0 }
        var index = range.lowerBound
        var counter = LaneCounter()
        let target = Block(repeating: byte)
        while index + 16 <= range.upperBound {
            counter.add(load(base, index) .== target)
            index += 16
        }
        var total = counter.sum()
        while index < range.upperBound {
            if text[index] == byte { total += 1 }
            index += 1
        }
        return total
    }

    /// What kinds of bytes occur in a range (see `shape(in:_:)`).
    struct Presence {
        var digit = false
        /// A byte of a multi-byte character (0x80 or above).
        var nonASCII = false
        /// `:` or `@`.
        var rare = false
        /// The lead byte 0xC2 (©, «, »...).
        var latinSupplement = false
        /// Lead bytes of Hangul syllables (0xEA-0xED).
        var hangul = false
        /// Lead bytes of Cyrillic (0xD0, 0xD1).
        var cyrillic = false
    }

    /// Counts of word and sentence starts in a normalized line.
    struct Shape {
        var spaces = 0
        /// Spaces followed by an ASCII capital (words after the first that are capitalized).
        var capitalAfterSpace = 0
        /// `.`, `!` or `?`, a space, then a capital: sentence ends inside the line.
        var sentenceBreaks = 0
        /// What kinds of bytes occur (computed in the same pass).
        var presence = Presence()
    }

    /// The `Shape` of `range`, with its `Presence`, in one pass of vector compares.
    static func shape(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Shape {
        var shape = Shape()
        guard let base = text.baseAddress else { return shape }
        var digits = Mask(repeating: false)
        var high = Mask(repeating: false)
        var rare = Mask(repeating: false)
        var latin = Mask(repeating: false)
        var hangul = Mask(repeating: false)
        var cyrillic = Mask(repeating: false)
        let zeroDigit = Block(repeating: 0x30)
        let ten = Block(repeating: 10)
        let highBit = Block(repeating: 0x80)
        let colon = Block(repeating: 0x3A)
        let at = Block(repeating: 0x40)
        let c2 = Block(repeating: 0xC2)
        let (ea, four) = (Block(repeating: 0xEA), Block(repeating: 4))
        let (d0, two) = (Block(repeating: 0xD0), Block(repeating: 2))
        var spaces = LaneCounter()
        var capitals = LaneCounter()
        var breaks = LaneCounter()
        var index = range.lowerBound
        let space = Block(repeating: 0x20)
        let capitalA = Block(repeating: 0x41)
        let twentySix = Block(repeating: 26)
        let period = Block(repeating: 0x2E)
        let bang = Block(repeating: 0x21)
        let question = Block(repeating: 0x3F)
        while index + 18 <= range.upperBound {
            let block = load(base, index)
            let next = load(base, index + 1)
            let afterNext = load(base, index + 2)
            let isSpace = block .== space
            let capitalNext = (next &- capitalA) .< twentySix
            let stop = (block .== period) .| (block .== bang) .| (block .== question)
            let capitalAfterNext = (afterNext &- capitalA) .< twentySix
            spaces.add(isSpace)
            capitals.add(isSpace .& capitalNext)
            breaks.add(stop .& (next .== space) .& capitalAfterNext)
            digits .|= (block &- zeroDigit) .< ten
            high .|= block .>= highBit
            rare .|= (block .== colon) .| (block .== at)
            latin .|= block .== c2
            hangul .|= (block &- ea) .< four
            cyrillic .|= (block &- d0) .< two
            index += 16
        }
        shape.spaces = spaces.sum()
        shape.capitalAfterSpace = capitals.sum()
        shape.sentenceBreaks = breaks.sum()
        shape.presence.digit = anyLane(digits)
        shape.presence.nonASCII = anyLane(high)
        shape.presence.rare = anyLane(rare)
        shape.presence.latinSupplement = anyLane(latin)
        shape.presence.hangul = anyLane(hangul)
        shape.presence.cyrillic = anyLane(cyrillic)
        while index < range.upperBound {
            let byte = text[index]
            if byte >= 0x30, byte <= 0x39 { shape.presence.digit = true }
            if byte >= 0x80 { shape.presence.nonASCII = true }
            if byte == 0x3A || byte == 0x40 { shape.presence.rare = true }
            if byte == 0xC2 { shape.presence.latinSupplement = true }
            if byte >= 0xEA, byte <= 0xED { shape.presence.hangul = true }
            if byte == 0xD0 || byte == 0xD1 { shape.presence.cyrillic = true }
            let next = index + 1 < range.upperBound ? text[index + 1] : 0
            let afterNext = index + 2 < range.upperBound ? text[index + 2] : 0
            if byte == 0x20 {
                shape.spaces += 1
                if next >= 0x41, next <= 0x5A { shape.capitalAfterSpace += 1 }
            }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F, next == 0x20, afterNext >= 0x41, afterNext <= 0x5A {
                shape.sentenceBreaks += 1
            }
            index += 1
        }
        return shape
    }

    /// Whether `range` contains `needle` (lower-case ASCII), ignoring the case of
    /// ASCII letters. Blocks are filtered on the needle's first and last byte at
    /// once (the SIMD substring search described by Wojciech Muła), and only
    /// candidates are compared in full.
    static func containsFolded(_ needle: StaticString, in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count >= 2, range.count >= count, let base = text.baseAddress else { return false }
        return needle.withUTF8Buffer { pattern -> Bool in
            let lower = Block(repeating: 0x20)
            let first = Block(repeating: pattern[0])
            let last = Block(repeating: pattern[count - 1])
            var index = range.lowerBound
            let stop = range.upperBound - count + 1
            while index + 16 <= stop {
                let head = load(base, index) | lower
                let tail = load(base, index + count - 1) | lower
                let candidates = (head .== first) .& (tail .== last)
                if anyLane(candidates) {
                    for lane in 0..<16 where candidates[lane] && matches(pattern, text, index + lane) { return true }
                }
                index += 16
            }
            while index < stop {
                if matches(pattern, text, index) { return true }
                index += 1
            }
            return false
        }
    }

    /// Which of the marker words (`cookie`; `photo`, `picture`, `image`, `foto`,
    /// `getty`) occur in `range`, ignoring ASCII case: one pass filtering each
    /// block on every word's first and last letter together.
    static func markerWords(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (cookie: Bool, photo: Bool) {
        var found = (cookie: false, photo: false)
        guard let base = text.baseAddress, range.count >= 4 else { return found }
        let lower = Block(repeating: 0x20)
        let (c, p, i, f, g) = (Block(repeating: 0x63), Block(repeating: 0x70), Block(repeating: 0x69), Block(repeating: 0x66), Block(repeating: 0x67))
        let (e, o, y, h, m) = (Block(repeating: 0x65), Block(repeating: 0x6F), Block(repeating: 0x79), Block(repeating: 0x68), Block(repeating: 0x6D))
        var index = range.lowerBound
        // Each word is filtered on its first, second and last letters; offsets up to 6 stay inside the range.
        while index + 16 + 6 <= range.upperBound {
            let head = load(base, index) | lower
            let at1 = load(base, index + 1) | lower
            let at3 = load(base, index + 3) | lower
            let at4 = load(base, index + 4) | lower
            let at5 = load(base, index + 5) | lower
            let at6 = load(base, index + 6) | lower
            let cookie = (head .== c) .& (at1 .== o) .& (at5 .== e)
            let photo = ((head .== p) .& (((at1 .== h) .& (at4 .== o)) .| ((at1 .== i) .& (at6 .== e))))
                .| ((head .== i) .& (at1 .== m) .& (at4 .== e))
                .| ((head .== f) .& (at1 .== o) .& (at3 .== o)) .| ((head .== g) .& (at1 .== e) .& (at4 .== y))
            if anyLane(cookie .| photo) {
                for lane in 0..<16 where cookie[lane] || photo[lane] {
                    let at = index + lane
                    if !found.cookie, cookie[lane], matchesAt("cookie", text, at, range.upperBound) { found.cookie = true }
                    if !found.photo, photo[lane],
                       matchesAt("photo", text, at, range.upperBound) || matchesAt("picture", text, at, range.upperBound)
                        || matchesAt("image", text, at, range.upperBound) || matchesAt("foto", text, at, range.upperBound)
                        || matchesAt("getty", text, at, range.upperBound) {
                        found.photo = true
                    }
                }
                if found.cookie && found.photo { return found }
            }
            index += 16
        }
        while index < range.upperBound {
            if !found.cookie, matchesAt("cookie", text, index, range.upperBound) { found.cookie = true }
            if !found.photo, matchesAt("photo", text, index, range.upperBound) || matchesAt("picture", text, index, range.upperBound)
                || matchesAt("image", text, index, range.upperBound) || matchesAt("foto", text, index, range.upperBound)
                || matchesAt("getty", text, index, range.upperBound) {
                found.photo = true
            }
            index += 1
        }
        return found
    }

    @inline(__always)
    private static func matchesAt(_ needle: StaticString, _ text: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard at + count <= end else { return false }
        return needle.withUTF8Buffer { matches($0, text, at) }
    }

    @inline(__always)
    private static func matches(_ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        for offset in 0..<pattern.count {
            let expected = pattern[offset]
            let byte = expected >= 97 && expected <= 122 ? text[at + offset] | 0x20 : text[at + offset]
            if byte != expected { return false }
        }
        return true
    }

    /// The first index at or after `start` holding a sentence-ending candidate:
    /// `.`, `!`, `?`, a line break, or the lead byte of `。` (0xE3) or of the
    /// full-width `！？` (0xEF); `end` when there is none.
    static func nextStop(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = text.baseAddress else { return end }
        var index = start
        let period = Block(repeating: 0x2E)
        let bang = Block(repeating: 0x21)
        let question = Block(repeating: 0x3F)
        let newline = Block(repeating: 0x0A)
        let cjk = Block(repeating: 0xE3)
        let fullWidth = Block(repeating: 0xEF)
        while index + 16 <= end {
            let block = load(base, index)
            let hits = (block .== period) .| (block .== bang) .| (block .== question) .| (block .== newline)
                .| (block .== cjk) .| (block .== fullWidth)
            if anyLane(hits) { break }
            index += 16
        }
        while index < end {
            let byte = text[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x0A || byte == 0xE3 || byte == 0xEF { return index }
            index += 1
        }
        return end
    }

    /// The first index at or after `start` holding `"` or `\` (`end` when there
    /// is none), and whether every byte before it is ASCII (which a String made
    /// of them can be told, so it need not check).
    static func nextQuoteOrEscape(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (index: Int, isASCII: Bool) {
        guard let base = text.baseAddress else { return (end, true) }
        var index = start
        let quote = Block(repeating: 0x22)
        let backslash = Block(repeating: 0x5C)
        let highBit = Block(repeating: 0x80)
        // The bytes of the blocks passed, OR-ed together: their high bit tells non-ASCII.
        var seen = Block(repeating: 0)
        while index + 16 <= end {
            let block = load(base, index)
            let hits = unsafeBitCast((block .== quote) .| (block .== backslash), to: SIMD2<UInt64>.self)
            if hits[0] | hits[1] != 0 {
                // A set lane is a byte of ones, so the lowest set bit of the mask
                // (seen as two little-endian words) is eight times the first hit's lane.
                let lane = hits[0] != 0 ? hits[0].trailingZeroBitCount >> 3 : 8 + hits[1].trailingZeroBitCount >> 3
                // Only the bytes before the hit count for ASCII: the lanes below `lane`.
                let high = unsafeBitCast(block .>= highBit, to: SIMD2<UInt64>.self)
                let below = lane < 8
                    ? high[0] & ((1 << UInt64(lane * 8)) &- 1)
                    : high[0] | (high[1] & ((1 << UInt64((lane - 8) * 8)) &- 1))
                return (index + lane, below == 0 && !anyLane(seen .>= highBit))
            }
            seen |= block
            index += 16
        }
        var isASCII = !anyLane(seen .>= highBit)
        while index < end {
            let byte = text[index]
            if byte == 0x22 || byte == 0x5C { return (index, isASCII) }
            if byte >= 0x80 { isASCII = false }
            index += 1
        }
        return (end, isASCII)
    }

    /// The first index at or after `start` holding 0xE2 (the lead byte of an em
    /// or en dash) or a space followed by `-`: where a dash can start (`end` when
    /// nowhere). Bytes from `end` on are not read.
    static func nextDashStart(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = text.baseAddress else { return end }
        var index = start
        let dashLead = Block(repeating: 0xE2)
        let space = Block(repeating: 0x20)
        let hyphen = Block(repeating: 0x2D)
        // The block and the block one byte later (for the byte after a space).
        while index + 17 <= end {
            let block = load(base, index)
            let next = load(base, index + 1)
            if anyLane((block .== dashLead) .| ((block .== space) .& (next .== hyphen))) { break }
            index += 16
        }
        while index < end {
            let byte = text[index]
            if byte == 0xE2 || (byte == 0x20 && index + 1 < end && text[index + 1] == 0x2D) { return index }
            index += 1
        }
        return end
    }

    /// The length of the run from `start` of bytes that normalization copies as
    /// they are: printable ASCII, and single spaces between them. Counted in
    /// whole blocks of sixteen; the rest is left to the byte loop.
    static func plainRun(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = text.baseAddress else { return 0 }
        var index = start
        let space = Block(repeating: 0x20)
        let tilde = Block(repeating: 0x7E)
        // The block and the block one byte later: a space followed by a space is not plain.
        while index + 17 <= end {
            let block = load(base, index)
            let next = load(base, index + 1)
            let outside = (block .< space) .| (block .> tilde)
            let doubleSpace = (block .== space) .& (next .== space)
            if anyLane(outside .| doubleSpace) { break }
            index += 16
        }
        return index - start
    }
}
