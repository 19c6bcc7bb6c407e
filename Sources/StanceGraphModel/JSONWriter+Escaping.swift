/// Strings: quoted, with quotes, backslashes and control characters escaped
/// (RFC 8259), everything else, non-ASCII included, copied as it is.
///
/// Text rarely needs escaping (one byte in two thousand in a news corpus), so the
/// copy works on blocks: sixteen bytes are tested at once and, when none needs
/// escaping, copied by one 16-byte move. Only a block that holds a byte to escape
/// goes byte by byte. Short strings (identifiers, names) are handled by
/// overlapping blocks instead of a byte loop.
extension JSONWriter {
    /// Writes `value` as a JSON string.
    mutating func string(_ value: String) {
        Self.withUTF8(of: value) { source in
            write(atMost: Self.quotedRoom(source)) { Self.writeQuoted(source, into: $0) }
        }
    }

    /// Writes the member `"name": "value"`.
    @inline(__always)
    mutating func member(_ name: StaticString, _ value: String) {
        Self.withUTF8(of: value) { source in
            member(name, valueRoom: Self.quotedRoom(source)) { Self.writeQuoted(source, into: $0) }
        }
    }

    /// Calls `body` with the UTF-8 bytes of `value`: native and small strings hand
    /// them out directly; only a foreign (bridged) string needs a copy first.
    @inline(__always)
    static func withUTF8(of value: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if value.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = value
            copy.withUTF8(body)
        }
    }

    /// The most bytes `writeQuoted` writes for `source`: every byte escaped as
    /// `\u00XX`, and the quotes.
    @inline(__always)
    static func quotedRoom(_ source: UnsafeBufferPointer<UInt8>) -> Int { 6 &* source.count &+ 2 }

    /// Writes `source` quoted and escaped; returns the number of bytes written, at
    /// most `quotedRoom(source)`.
    @inline(__always)
    static func writeQuoted(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\"")
        let written = 1 &+ writeEscaped(source, into: target + 1)
        target[written] = UInt8(ascii: "\"")
        return written &+ 1
    }

    /// Writes `source` with the bytes that JSON strings cannot hold escaped;
    /// returns the number of bytes written (at most six per byte of `source`).
    ///
    /// Alternates between copying the longest prefix that needs no escaping
    /// (`copyPlainPrefix`) and escaping the next few bytes one by one.
    static func writeEscaped(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = source.baseAddress else { return 0 }
        let count = source.count
        var read = 0
        var written = 0
        while true {
            let plain = copyPlainPrefix(base + read, count: count &- read, to: target + written)
            read &+= plain
            written &+= plain
            if read == count { return written }
            // A byte to escape is among the next sixteen.
            let slow = min(16, count &- read)
            written &+= writeEscapedBytes(base + read, count: slow, into: target + written)
            read &+= slow
            if read == count { return written }
        }
    }

    /// Copies a prefix of `source` in which no byte needs escaping and returns its
    /// length: all `count` bytes when none needs escaping, else possibly fewer
    /// than up to the first such byte (at least the sixteen-byte blocks before
    /// the one that holds it).
    ///
    /// Blocks of sixteen bytes are tested and copied whole. The bytes after the
    /// last whole block are handled by testing and copying the last sixteen bytes
    /// of `source`, which overlap bytes already copied as they are. Strings
    /// shorter than sixteen bytes are tested as two overlapping 8-byte words, or
    /// byte by byte below eight.
    ///
    /// Not inlined: on its own the compiler turns `blockNeedsEscaping` into a few
    /// SSE2 instructions; inlined into its callers it stayed a byte loop.
    @inline(never)
    static func copyPlainPrefix(_ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        guard count >= 16 else { return copyShortPlainPrefix(source, count: count, to: target) }
        var offset = 0
        while count &- offset >= 16 {
            if blockNeedsEscaping(source + offset) { return offset }
            copyBlock(from: source + offset, to: target + offset)
            offset &+= 16
        }
        if offset == count { return count }
        let last = count &- 16
        if blockNeedsEscaping(source + last) { return offset }
        copyBlock(from: source + last, to: target + last)
        return count
    }

    /// `copyPlainPrefix` for fewer than sixteen bytes.
    @inline(__always)
    private static func copyShortPlainPrefix(_ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        if count >= 8 {
            let first = UnsafeRawPointer(source).loadUnaligned(as: UInt64.self)
            let last = UnsafeRawPointer(source + (count &- 8)).loadUnaligned(as: UInt64.self)
            guard !mayNeedEscaping(first) && !mayNeedEscaping(last) else { return 0 }
            UnsafeMutableRawPointer(target).storeBytes(of: first, as: UInt64.self)
            UnsafeMutableRawPointer(target + (count &- 8)).storeBytes(of: last, as: UInt64.self)
            return count
        }
        for index in 0..<count {
            let byte = source[index]
            if needsEscaping(byte) { return index }
            target[index] = byte
        }
        return count
    }

    /// Whether any of the sixteen bytes at `block` needs escaping.
    ///
    /// Written as a loop over bytes that ORs flags without branching, which the
    /// compiler turns into SSE2 compares and `pmovmskb` (Swift's own `SIMD16`
    /// comparisons are not lowered to vector instructions).
    @inline(__always)
    static func blockNeedsEscaping(_ block: UnsafePointer<UInt8>) -> Bool {
        var flagged: UInt8 = 0
        for index in 0..<16 {
            let byte = block[index]
            flagged |= flag(byte < 0x20) | flag(byte == UInt8(ascii: "\"")) | flag(byte == UInt8(ascii: "\\"))
        }
        return flagged != 0
    }

    @inline(__always)
    private static func flag(_ condition: Bool) -> UInt8 { condition ? 1 : 0 }

    /// Whether a JSON string cannot hold `byte` as it is: a control character, a
    /// quote or a backslash.
    @inline(__always)
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Copies sixteen bytes (a constant-size copy: two moves, no `memcpy` call).
    @inline(__always)
    private static func copyBlock(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: 16)
    }

    /// Whether any of the eight bytes in `word` is below 0x20, a quote or a
    /// backslash (false positives are impossible, and the byte loop settles which).
    ///
    /// The classic word-at-a-time tests (Hacker's Delight, §6-1): `(x - 0x01…01·n)
    /// & ~x & 0x80…80` is nonzero exactly when some byte of `x` is below `n`
    /// (n ≤ 128); a byte equal to `c` is a zero byte of `x ^ 0x01…01·c`.
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasByteBelow(_ x: UInt64, _ n: UInt64) -> Bool { (x &- ones &* n) & ~x & highs != 0 }
        return hasByteBelow(word, 0x20)
            || hasByteBelow(word ^ (ones &* UInt64(UInt8(ascii: "\""))), 1)
            || hasByteBelow(word ^ (ones &* UInt64(UInt8(ascii: "\\"))), 1)
    }

    /// Writes `count` bytes one by one, escaping those that need it.
    private static func writeEscapedBytes(_ source: UnsafePointer<UInt8>, count: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        for index in 0..<count {
            let byte = source[index]
            if needsEscaping(byte) {
                written &+= writeEscape(byte, into: target + written)
            } else {
                target[written] = byte
                written &+= 1
            }
        }
        return written
    }

    /// The escape of one byte: `\"`, `\\`, `\n`, `\r`, `\t`, else `\u00XX` in lower-case hex.
    private static func writeEscape(_ byte: UInt8, into target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""): target[1] = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): target[1] = UInt8(ascii: "\\")
        case 0x0A: target[1] = UInt8(ascii: "n")
        case 0x0D: target[1] = UInt8(ascii: "r")
        case 0x09: target[1] = UInt8(ascii: "t")
        default:
            target[1] = UInt8(ascii: "u")
            target[2] = UInt8(ascii: "0")
            target[3] = UInt8(ascii: "0")
            target[4] = hexDigit(byte >> 4)
            target[5] = hexDigit(byte & 0x0F)
            return 6
        }
        return 2
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
