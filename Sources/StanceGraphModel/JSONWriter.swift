/// A small streaming JSON writer for the graph document: keys in the order the
/// caller gives (the document's writers give them sorted), two-space indentation,
/// short objects on one line, strings escaped per RFC 8259.
///
/// It exists because the document is the interchange format of every command and
/// the largest output StanceGraph writes: Foundation's `JSONEncoder` spent a
/// quarter of `extract`'s time on it. Output is UTF-8; non-ASCII text is written
/// as is, never as `\u` escapes, so Korean or Cyrillic evidence stays readable.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container has had a member yet, per nesting level.
    private var hasMember: [Bool] = []
    /// Whether the current container is written on one line, per nesting level.
    private var inline: [Bool] = []

    init(reservingCapacity capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject(inline isInline: Bool = false) { begin(UInt8(ascii: "{"), isInline) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray(inline isInline: Bool = false) { begin(UInt8(ascii: "["), isInline) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ bracket: UInt8, _ isInline: Bool) {
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
        // A container inside an inline one is inline too.
        inline.append(isInline || (inline.last ?? false))
    }

    private mutating func end(_ bracket: UInt8) {
        let hadMembers = hasMember.removeLast()
        let wasInline = inline.removeLast()
        depth -= 1
        if hadMembers && !wasInline { newline() }
        bytes.append(bracket)
    }

    /// Starts an array element or object member: a comma when needed, then a line break.
    private mutating func separator() {
        if hasMember[hasMember.count - 1] {
            bytes.append(UInt8(ascii: ","))
            if inline[inline.count - 1] { bytes.append(UInt8(ascii: " ")) }
        }
        hasMember[hasMember.count - 1] = true
        if !inline[inline.count - 1] { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    // MARK: Members and elements

    /// Writes `"key": ` inside an object.
    mutating func key(_ key: String) {
        separator()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next element of an array.
    mutating func element() { separator() }

    // MARK: Values

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        // Strings are contiguous UTF-8 after `makeContiguousUTF8`, so runs of bytes
        // that need no escaping are copied in one call.
        value.makeContiguousUTF8()
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            Array(value.utf8).withUnsafeBufferPointer { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            // Everything from 0x20 up passes through except the quote and the backslash.
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\\"))
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
            index += 1
            runStart = index
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count])) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// A finite double in its shortest round-tripping form; non-finite values as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        bytes.append(contentsOf: value.description.utf8)
    }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    // MARK: Convenience

    mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    mutating func member(_ name: String, _ value: Int) { key(name); int(value) }
    mutating func member(_ name: String, _ value: Double) { key(name); double(value) }
    mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }

    /// Writes the member only when the value is present, as `JSONEncoder` omits nil optionals.
    mutating func member(_ name: String, ifPresent value: String?) {
        if let value { member(name, value) }
    }

    mutating func member(_ name: String, strings values: [String]) {
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
    mutating func newlineAtEnd() { bytes.append(UInt8(ascii: "\n")) }

    /// Hands the bytes written so far to `sink` and starts empty again.
    mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if !bytes.isEmpty { try bytes.withUnsafeBufferPointer(sink) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes `items` as an array, `write` giving each element's value.
    ///
    /// Elements are serialized in chunks, a round of chunks at a time on
    /// `threads` threads; each chunk starts from a copy of this writer's state, so
    /// the text is the same as writing the elements one by one. Completed rounds go
    /// to `sink` in order, so memory holds one round, not the whole array.
    mutating func elements<Element: Sendable>(
        of items: [Element], threads: Int,
        flushingTo sink: (UnsafeBufferPointer<UInt8>) throws -> Void,
        _ write: @Sendable (Element, inout JSONWriter) -> Void
    ) rethrows {
        beginArray()
        try flush(to: sink)
        let chunkSize = 256
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        let roundSize = max(1, threads) * 4
        var state = self
        var round = 0..<0
        while round.upperBound < chunkCount {
            round = round.upperBound..<min(chunkCount, round.upperBound + roundSize)
            let start = state
            let fragments = Parallel.map(Array(round), threads: threads) { chunk -> [UInt8] in
                var fragment = start
                // Every chunk after the first continues an array that has elements.
                fragment.hasMember[fragment.hasMember.count - 1] = chunk > 0
                for index in chunk * chunkSize..<min(items.count, (chunk + 1) * chunkSize) {
                    fragment.element()
                    write(items[index], &fragment)
                }
                return fragment.bytes
            }
            for fragment in fragments { try fragment.withUnsafeBufferPointer(sink) }
            state.hasMember[state.hasMember.count - 1] = true
        }
        hasMember = state.hasMember
        endArray()
    }
}
