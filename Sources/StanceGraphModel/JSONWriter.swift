/// A small streaming JSON writer for the graph document: keys in the order the
/// caller gives (the document's writers give them sorted), two-space indentation,
/// short objects on one line, strings escaped per RFC 8259.
///
/// It exists because the document is the interchange format of every command and
/// the largest output StanceGraph writes (bigger than its input): Foundation's
/// `JSONEncoder` spent a quarter of `extract`'s time on it. Output is UTF-8;
/// non-ASCII text is written as is, never as `\u` escapes, so Korean or Cyrillic
/// evidence stays readable.
///
/// The hot paths avoid `String` work: fixed keys are `StaticString`s copied as
/// bytes, integers and dates are formatted in place, and strings are scanned for
/// characters to escape eight bytes at a time.
struct JSONWriter {
    /// The bytes written are `storage[..<count]`; the rest is room to grow into.
    ///
    /// Every write goes through a pointer into room already there (`write`): one
    /// uniqueness check per key or value, where `Array.append` checked for every
    /// byte and `append(contentsOf:)` took its generic sequence-copying path.
    private var storage: [UInt8]
    private var count = 0
    private var depth = 0
    /// Whether the innermost open container has had a member yet.
    private var hasMember = false
    /// Whether the innermost open container is written on one line.
    private var isInline = false
    /// `hasMember` and `isInline` of the enclosing containers, innermost last
    /// (bit 0: has a member, bit 1: inline). Only `begin` and `end` touch it, so
    /// the separator between members reads two stored flags.
    private var enclosing: [UInt8] = []

    init(reservingCapacity capacity: Int = 1 << 16) {
        storage = [UInt8](repeating: 0, count: max(capacity, 16))
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(storage[..<count]) }

    // MARK: Writing bytes

    /// Writes at most `maximum` bytes through `body`, which returns how many it wrote.
    @inline(__always)
    private mutating func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maximum > storage.count {
            let capacity = max(count + maximum, 2 * storage.count, 4096)
            storage.append(contentsOf: repeatElement(0, count: capacity - storage.count))
        }
        let start = count
        let written = storage.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return body(base + start)
        }
        count += written
    }

    private mutating func append(_ byte: UInt8) {
        write(atMost: 1) { target in
            target.pointee = byte
            return 1
        }
    }

    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        write(atMost: source.count) { target in
            guard let base = source.baseAddress else { return 0 }
            target.update(from: base, count: source.count)
            return source.count
        }
    }

    private mutating func appendASCII(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes a comma when the container has members, then a space (inline) or
    /// a line break and indentation; returns the number of bytes written. Needs
    /// at most `2 + 2 * depth` bytes.
    private static func separator(into target: UnsafeMutablePointer<UInt8>, comma: Bool, inline: Bool, depth: Int) -> Int {
        if inline {
            guard comma else { return 0 }
            target[0] = UInt8(ascii: ",")
            target[1] = UInt8(ascii: " ")
            return 2
        }
        var written = 0
        if comma {
            target[0] = UInt8(ascii: ",")
            written = 1
        }
        return written + lineBreak(into: target + written, depth: depth)
    }

    /// A line feed and two spaces per open container; `1 + 2 * depth` bytes.
    private static func lineBreak(into target: UnsafeMutablePointer<UInt8>, depth: Int) -> Int {
        target[0] = UInt8(ascii: "\n")
        (target + 1).update(repeating: UInt8(ascii: " "), count: 2 * depth)
        return 1 + 2 * depth
    }

    // MARK: Containers

    mutating func beginObject(inline isInline: Bool = false) { begin(UInt8(ascii: "{"), isInline) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray(inline isInline: Bool = false) { begin(UInt8(ascii: "["), isInline) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ bracket: UInt8, _ inline: Bool) {
        append(bracket)
        if depth > 0 { enclosing.append((hasMember ? 1 : 0) | (isInline ? 2 : 0)) }
        depth += 1
        hasMember = false
        // A container inside an inline one is inline too.
        isInline = inline || isInline
    }

    private mutating func end(_ bracket: UInt8) {
        let hadMembers = hasMember
        let wasInline = isInline
        depth -= 1
        if depth > 0, let flags = enclosing.popLast() {
            hasMember = flags & 1 != 0
            isInline = flags & 2 != 0
        } else {
            hasMember = false
            isInline = false
        }
        if hadMembers && !wasInline { newline() }
        append(bracket)
    }

    /// Starts an array element or object member: a comma when needed, then a line break.
    private mutating func separator() {
        let (comma, inline, depth) = (hasMember, isInline, depth)
        hasMember = true
        write(atMost: 2 + 2 * depth) { Self.separator(into: $0, comma: comma, inline: inline, depth: depth) }
    }

    /// A line break and two spaces per open container.
    private mutating func newline() {
        let depth = depth
        write(atMost: 1 + 2 * depth) { Self.lineBreak(into: $0, depth: depth) }
    }

    // MARK: Members and elements

    /// Writes `"key": ` inside an object, for a fixed key: the document's keys are
    /// ASCII letters, which need no escaping, so their bytes are copied as they are.
    mutating func key(_ name: StaticString) {
        assert(name.hasPointerRepresentation && Self.needsNoEscaping(name), "a fixed key must be plain ASCII")
        let (comma, inline, depth) = (hasMember, isInline, depth)
        hasMember = true
        let length = name.utf8CodeUnitCount
        // The separator, the quoted name, the colon and the space in one write.
        write(atMost: 2 + 2 * depth + length + 4) { target in
            var written = Self.separator(into: target, comma: comma, inline: inline, depth: depth)
            target[written] = UInt8(ascii: "\"")
            (target + written + 1).update(from: name.utf8Start, count: length)
            written += 1 + length
            target[written] = UInt8(ascii: "\"")
            target[written + 1] = UInt8(ascii: ":")
            target[written + 2] = UInt8(ascii: " ")
            return written + 3
        }
    }

    /// Writes `"key": ` inside an object for a key that comes from the data (the
    /// metadata's field names), escaped like any string.
    mutating func key(text name: String) {
        separator()
        string(name)
        append(UInt8(ascii: ":"))
        append(UInt8(ascii: " "))
    }

    private static func needsNoEscaping(_ name: StaticString) -> Bool {
        UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            .allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// Starts the next element of an array.
    mutating func element() { separator() }

    // MARK: Values

    mutating func string(_ value: String) {
        append(UInt8(ascii: "\""))
        // Native and small strings hand out their UTF-8 directly; only a foreign
        // string needs the copy.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            var copy = value
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends `buffer` with quotes, backslashes and control characters escaped.
    ///
    /// Text rarely needs escaping, so the scan tests eight bytes at once and the
    /// runs between escapes are copied in one call each.
    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        var runStart = 0
        var index = 0
        while index < count {
            if index + 8 <= count,
               !Self.mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            // Everything from 0x20 up passes through except the quote and the backslash.
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if index > runStart { append(UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
            appendEscape(byte)
            index += 1
            runStart = index
        }
        if count > runStart { append(UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
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

    private mutating func appendEscape(_ byte: UInt8) {
        write(atMost: 6) { target in
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
                target[4] = Self.hexDigit(byte >> 4)
                target[5] = Self.hexDigit(byte & 0x0F)
                return 6
            }
            return 2
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// An integer in decimal, as `String(value)` writes it.
    mutating func int(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude, minimumCount: 1)
    }

    /// The decimal digits of `value`, zero-padded to `minimumCount` (at most 20).
    private mutating func appendDigits(_ value: UInt, minimumCount: Int) {
        // Formed right to left, after counting them.
        var digitCount = 1
        var rest = value / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let width = max(digitCount, minimumCount)
        write(atMost: width) { target in
            var rest = value
            for position in stride(from: width - 1, through: 0, by: -1) {
                target[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            return width
        }
    }

    /// A finite double as `Double.description` writes it (the shortest digits that
    /// read back as the same value); non-finite values as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        if let (units, fraction) = Self.shortDecimal(value) {
            appendDigits(units, minimumCount: 1)
            append(UInt8(ascii: "."))
            appendDigits(fraction.digits, minimumCount: fraction.count)
        } else {
            var text = value.description
            text.withUTF8 { append($0) }
        }
    }

    /// `value` as whole units and up to six fraction digits when that decimal is
    /// exactly what `Double.description` prints, else nil. The common case is a
    /// confidence such as 0.765.
    ///
    /// Why it is exact: for 0.001 ≤ value < 10⁶ `description` writes plain decimal
    /// notation, the shortest digits that read back as `value`. If `value` is the
    /// double nearest to k / 10⁶, the decimal k / 10⁶ reads back as `value`, and no
    /// other decimal with at most six fraction digits does (any two differ by at
    /// least 10⁻⁶, while the doubles there are less than 2·10⁻¹⁰ apart), so the
    /// shortest form is k / 10⁶ without its trailing zeros, and at least one
    /// fraction digit (`1.0`).
    static func shortDecimal(_ value: Double) -> (units: UInt, fraction: (digits: UInt, count: Int))? {
        guard value >= 0.001 && value < 1_000_000 else { return nil }
        let scaled = (value * 1_000_000).rounded()
        guard scaled / 1_000_000 == value else { return nil }
        let micros = UInt(scaled)
        var fraction = micros % 1_000_000
        var count = 6
        while count > 1 && fraction % 10 == 0 {
            fraction /= 10
            count -= 1
        }
        return (micros / 1_000_000, (fraction, count))
    }

    /// A date as `YYYY-MM-DD`, the text of `CalendarDate.iso`.
    mutating func date(_ value: CalendarDate) {
        guard (0...9999).contains(value.year), (0...99).contains(value.month), (0...99).contains(value.day) else {
            string(value.iso)
            return
        }
        append(UInt8(ascii: "\""))
        appendDigits(UInt(value.year), minimumCount: 4)
        append(UInt8(ascii: "-"))
        appendDigits(UInt(value.month), minimumCount: 2)
        append(UInt8(ascii: "-"))
        appendDigits(UInt(value.day), minimumCount: 2)
        append(UInt8(ascii: "\""))
    }

    mutating func bool(_ value: Bool) {
        if value {
            appendASCII("true")
        } else {
            appendASCII("false")
        }
    }

    mutating func null() { appendASCII("null") }

    // MARK: Convenience

    mutating func member(_ name: StaticString, _ value: String) { key(name); string(value) }
    mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }
    mutating func member(_ name: StaticString, _ value: Double) { key(name); double(value) }
    mutating func member(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    /// Writes the member only when the value is present, as `JSONEncoder` omits nil optionals.
    mutating func member(_ name: StaticString, ifPresent value: String?) {
        if let value { member(name, value) }
    }

    /// Writes the date member only when there is a date.
    mutating func member(_ name: StaticString, ifPresent value: CalendarDate?) {
        if let value { key(name); date(value) }
    }

    mutating func member(_ name: StaticString, strings values: [String]) {
        key(name)
        beginArray(inline: true)
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    // MARK: Streaming

    /// The final newline of a document.
    mutating func newlineAtEnd() { append(UInt8(ascii: "\n")) }

    /// Hands the bytes written so far to `sink` and starts empty again.
    mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if count > 0 {
            let written = count
            try storage.withUnsafeBufferPointer { try sink(UnsafeBufferPointer(rebasing: $0[..<written])) }
        }
        count = 0
    }

    /// Writes `items` as an array, `write(items, index, &writer)` giving the value
    /// of `items[index]`.
    ///
    /// Elements are serialized in chunks, a round of chunks at a time on
    /// `threads` threads; each chunk starts from a copy of this writer's state, so
    /// the text is the same as writing the elements one by one. Completed rounds go
    /// to `sink` in order, so memory holds one round, not the whole array.
    mutating func elements<Element: Sendable>(
        of items: [Element], threads: Int,
        flushingTo sink: (UnsafeBufferPointer<UInt8>) throws -> Void,
        _ write: @Sendable (_ items: [Element], _ index: Int, inout JSONWriter) -> Void
    ) rethrows {
        beginArray()
        try flush(to: sink)
        let chunkSize = 256
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        let roundSize = max(1, threads) * 4
        var round = 0..<0
        // Each chunk starts from this state, with a buffer of its own.
        var start = self
        start.storage = []
        start.count = 0
        while round.upperBound < chunkCount {
            round = round.upperBound..<min(chunkCount, round.upperBound + roundSize)
            let fragments = Parallel.map(Array(round), threads: threads) { [start] chunk -> JSONWriter in
                var fragment = start
                // Every chunk after the first continues an array that has elements.
                fragment.hasMember = chunk > 0
                // Elements are read where they are, not copied out of the array
                // (which would retain and release every string of the element).
                for index in chunk * chunkSize..<min(items.count, (chunk + 1) * chunkSize) {
                    fragment.element()
                    write(items, index, &fragment)
                }
                return fragment
            }
            for var fragment in fragments { try fragment.flush(to: sink) }
        }
        hasMember = chunkCount > 0
        endArray()
    }
}
