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
            total += ByteScan.laneSum(lanes)
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
        /// A byte outside printable ASCII (a control byte, DEL, or a byte of a
        /// multi-byte character) or two spaces in a row: where `plainRun` stops.
        var notPlain = false
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

    /// The sum of a block's sixteen lanes, without taking them out one by one:
    /// the bytes of each half are added in pairs into 16-bit lanes (at most
    /// 510 each), the halves added (1020), and a multiplication gathers the
    /// four 16-bit lanes into the top one (at most 4080, no overflow).
    @inline(__always)
    static func laneSum(_ block: Block) -> Int {
        let words = unsafeBitCast(block, to: SIMD2<UInt64>.self)
        let evenBytes = SIMD2<UInt64>(repeating: 0x00FF_00FF_00FF_00FF)
        let pairs = (words & evenBytes) &+ ((words &>> 8) & evenBytes)
        let halves = pairs[0] &+ pairs[1]
        return Int((halves &* 0x0001_0001_0001_0001) &>> 48)
    }

    /// 0, 1, ..., 15: the lane numbers, to leave out lanes already counted.
    private static let laneNumbers = Block(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)

    /// What `shape(in:_:)` gathers block by block: per-lane counts and
    /// presence masks, meant to stay in vector registers.
    private struct ShapeCounts {
        var spaces = Block(repeating: 0)
        var capitals = Block(repeating: 0)
        var breaks = Block(repeating: 0)
        var digits = Mask(repeating: false)
        var notPlain = Mask(repeating: false)
        var rare = Mask(repeating: false)
        var latin = Mask(repeating: false)
        var hangul = Mask(repeating: false)
        var cyrillic = Mask(repeating: false)

        /// Adds the block at some index, given the blocks one and two bytes
        /// later; only the `counting` lanes are counted (presence is the same
        /// whether a byte is seen once or twice).
        @inline(__always)
        mutating func add(_ block: Block, _ next: Block, _ afterNext: Block, counting: Mask) {
            let isSpace = block .== Block(repeating: 0x20)
            let capitalNext = (next &- Block(repeating: 0x41)) .< Block(repeating: 26)
            let stop = (block .== Block(repeating: 0x2E)) .| (block .== Block(repeating: 0x21)) .| (block .== Block(repeating: 0x3F))
            let capitalAfterNext = (afterNext &- Block(repeating: 0x41)) .< Block(repeating: 26)
            // A set lane is all ones (-1): subtracting it adds one.
            spaces &-= unsafeBitCast(isSpace .& counting, to: Block.self)
            capitals &-= unsafeBitCast(isSpace .& capitalNext .& counting, to: Block.self)
            breaks &-= unsafeBitCast(stop .& (next .== Block(repeating: 0x20)) .& capitalAfterNext .& counting, to: Block.self)
            digits .|= (block &- Block(repeating: 0x30)) .< Block(repeating: 10)
            // Printable ASCII (0x20-0x7E) plus 0x60 is 0x80-0xDE, the lowest
            // signed bytes: one signed compare finds every byte outside it.
            let shifted = unsafeBitCast(block &+ Block(repeating: 0x60), to: SIMD16<Int8>.self)
            notPlain .|= (shifted .> SIMD16<Int8>(repeating: -34)) .| (isSpace .& (next .== Block(repeating: 0x20)))
            rare .|= (block .== Block(repeating: 0x3A)) .| (block .== Block(repeating: 0x40))
            latin .|= block .== Block(repeating: 0xC2)
            hangul .|= (block &- Block(repeating: 0xEA)) .< Block(repeating: 4)
            cyrillic .|= (block &- Block(repeating: 0xD0)) .< Block(repeating: 2)
        }

        /// Adds the lanes' counts to `shape` and starts them again from zero.
        mutating func flush(into shape: inout Shape) {
            shape.spaces += laneSum(spaces)
            shape.capitalAfterSpace += laneSum(capitals)
            shape.sentenceBreaks += laneSum(breaks)
            spaces = Block(repeating: 0)
            capitals = Block(repeating: 0)
            breaks = Block(repeating: 0)
        }

        /// What kinds of bytes the blocks held.
        func present(into presence: inout Presence) {
            presence.digit = anyLane(digits)
            presence.notPlain = anyLane(notPlain)
            presence.rare = anyLane(rare)
            presence.latinSupplement = anyLane(latin)
            presence.hangul = anyLane(hangul)
            presence.cyrillic = anyLane(cyrillic)
        }
    }

    /// The `Shape` of `range`, with its `Presence`, in one pass of vector compares.
    ///
    /// The blocks are counted in rounds of at most 255 (a lane counts to 255)
    /// with the counts in registers: a flush inside the loop would keep them in
    /// memory. The bytes after the last whole block are counted in one more
    /// block that ends at the range's end, its lanes already counted left out;
    /// only the last two bytes (whose following bytes lie outside the range)
    /// are counted one by one.
    static func shape(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Shape {
        var shape = Shape()
        guard let base = text.baseAddress else { return shape }
        var counts = ShapeCounts()
        var index = range.lowerBound
        let end = range.upperBound
        let everyLane = Mask(repeating: true)
        while index + 18 <= end {
            var round = 0
            while round < 255, index + 18 <= end {
                counts.add(load(base, index), load(base, index + 1), load(base, index + 2), counting: everyLane)
                index += 16
                round += 1
            }
            counts.flush(into: &shape)
        }
        if index + 2 < end, end - range.lowerBound >= 18 {
            let start = end - 18
            let uncounted = laneNumbers .>= Block(repeating: UInt8(index - start))
            counts.add(load(base, start), load(base, start + 1), load(base, start + 2), counting: uncounted)
            counts.flush(into: &shape)
            index = end - 2
        }
        counts.present(into: &shape.presence)
        while index < range.upperBound {
            let byte = text[index]
            if byte >= 0x30, byte <= 0x39 { shape.presence.digit = true }
            if byte == 0x3A || byte == 0x40 { shape.presence.rare = true }
            if byte == 0xC2 { shape.presence.latinSupplement = true }
            if byte >= 0xEA, byte <= 0xED { shape.presence.hangul = true }
            if byte == 0xD0 || byte == 0xD1 { shape.presence.cyrillic = true }
            let next = index + 1 < range.upperBound ? text[index + 1] : 0
            let afterNext = index + 2 < range.upperBound ? text[index + 2] : 0
            if byte < 0x20 || byte > 0x7E || (byte == 0x20 && next == 0x20) { shape.presence.notPlain = true }
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

    /// The words `markerWords(in:_:)` looks for, found or not.
    struct MarkerWords: Equatable {
        /// "cookie".
        var cookie = false
        /// "photo", "picture", "image", "foto" or "getty".
        var photo = false
        /// "copyright".
        var copyright = false
        /// "all rights reserved".
        var rightsReserved = false

        /// Every word found: nothing left to look for.
        var all: Bool { cookie && photo && copyright && rightsReserved }

        /// Notes the words that start at `at`.
        @inline(__always)
        mutating func look(_ text: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) {
            if !cookie, matchesAt("cookie", text, at, end) { cookie = true }
            if !photo, matchesAt("photo", text, at, end) || matchesAt("picture", text, at, end) || matchesAt("image", text, at, end)
                || matchesAt("foto", text, at, end) || matchesAt("getty", text, at, end) {
                photo = true
            }
            if !copyright, matchesAt("copyright", text, at, end) { copyright = true }
            if !rightsReserved, matchesAt("all rights reserved", text, at, end) { rightsReserved = true }
        }
    }

    /// Which of the marker words (`cookie`; `photo`, `picture`, `image`, `foto`,
    /// `getty`) and copyright phrases (`copyright`, `all rights reserved`) occur
    /// in `range`, ignoring ASCII case: one pass filtering each block on every
    /// word's first, second and one later letter together (a line is scanned
    /// once, not once per phrase).
    static func markerWords(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> MarkerWords {
        var found = MarkerWords()
        guard let base = text.baseAddress, range.count >= 4 else { return found }
        let lower = Block(repeating: 0x20)
        let (a, c, p, i, f, g) = (Block(repeating: 0x61), Block(repeating: 0x63), Block(repeating: 0x70), Block(repeating: 0x69),
                                  Block(repeating: 0x66), Block(repeating: 0x67))
        let (e, o, y, h, m, l, r) = (Block(repeating: 0x65), Block(repeating: 0x6F), Block(repeating: 0x79), Block(repeating: 0x68),
                                     Block(repeating: 0x6D), Block(repeating: 0x6C), Block(repeating: 0x72))
        var index = range.lowerBound
        // Each word is filtered on its first, second and a later letter; offsets up to 6 stay inside the range.
        // After the whole blocks, one more block ends at the range's end (its
        // lanes may look again at places already looked at, which finds nothing
        // new), so only the last six places are looked at one by one.
        var lastBlock = false
        while index + 16 + 6 <= range.upperBound || (!lastBlock && range.count >= 22 && index + 6 < range.upperBound) {
            if index + 16 + 6 > range.upperBound {
                index = range.upperBound - 22
                lastBlock = true
            }
            let head = load(base, index) | lower
            let at1 = load(base, index + 1) | lower
            let at3 = load(base, index + 3) | lower
            let at4 = load(base, index + 4) | lower
            let at5 = load(base, index + 5) | lower
            let at6 = load(base, index + 6) | lower
            // "co" then "okie" or "pyright"; "all r".
            let co = (head .== c) .& (at1 .== o)
            let copyright = (co .& ((at5 .== e) .| (at3 .== y))) .| ((head .== a) .& (at1 .== l) .& (at4 .== r))
            let photo = ((head .== p) .& (((at1 .== h) .& (at4 .== o)) .| ((at1 .== i) .& (at6 .== e))))
                .| ((head .== i) .& (at1 .== m) .& (at4 .== e))
                .| ((head .== f) .& (at1 .== o) .& (at3 .== o)) .| ((head .== g) .& (at1 .== e) .& (at4 .== y))
            let candidates = copyright .| photo
            if anyLane(candidates) {
                for lane in 0..<16 where candidates[lane] {
                    found.look(text, index + lane, range.upperBound)
                }
                if found.all { return found }
            }
            index += 16
        }
        if lastBlock { index = range.upperBound - 6 }
        // No word is shorter than four bytes: the last three places start none.
        while index + 4 <= range.upperBound {
            found.look(text, index, range.upperBound)
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
