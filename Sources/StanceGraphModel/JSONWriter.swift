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
/// Every call makes one capacity check and then writes through a pointer: a key
/// and its value together (`member`) are one write. The writer owns its buffer
/// and is not copyable, so a write needs no copy-on-write uniqueness check (the
/// check of an `Array` buffer cost a runtime call per value). Fixed keys are `StaticString`s
/// whose bytes are copied as they are, numbers and dates are formatted in place,
/// and strings are scanned and copied sixteen bytes at a time
/// (`JSONWriter+Escaping.swift`). The values are in `JSONWriter+Values.swift`,
/// chunked and parallel arrays in `JSONWriter+Elements.swift`.
struct JSONWriter: ~Copyable {
    /// The bytes written are `storage[..<count]`; the rest, up to `capacity`, is
    /// room to grow into (never read before it is written).
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// The number of open containers.
    private(set) var depth = 0
    /// Whether the innermost open container has had a member yet.
    var hasMember = false
    /// The depth of the outermost open inline container, `Int.max` when none is
    /// open. A container inside an inline one is inline too, so the containers
    /// from this depth in are written on one line and one number says so for all.
    private var inlineDepth = Int.max

    init(reservingCapacity capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    /// An empty writer that continues where `layout` was taken: in the same
    /// container, at the same depth, so that what it writes can be appended to
    /// that writer's bytes (a chunk of elements written on another thread).
    init(continuing layout: Layout, reservingCapacity capacity: Int = 1 << 16) {
        self.init(reservingCapacity: capacity)
        depth = layout.depth
        hasMember = layout.hasMember
        inlineDepth = layout.inlineDepth
    }

    deinit { storage.deallocate() }

    /// Where the writer is in the document's structure, without its bytes.
    struct Layout: Sendable {
        var depth: Int
        var hasMember: Bool
        var inlineDepth: Int
    }

    var layout: Layout { Layout(depth: depth, hasMember: hasMember, inlineDepth: inlineDepth) }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Whether the innermost open container is written on one line.
    var isInline: Bool { depth >= inlineDepth }

    // MARK: Writing bytes

    /// Writes at most `maximum` bytes through `body`, which returns how many it wrote.
    ///
    /// The only place that writes to `storage`, after one capacity check.
    @inline(__always)
    mutating func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if maximum > capacity &- count { grow(toFit: maximum) }
        count &+= body(storage + count)
    }

    /// Makes room for `maximum` more bytes, at least doubling the room so that
    /// growing costs O(1) per byte written.
    @inline(never)
    private mutating func grow(toFit maximum: Int) {
        capacity = max(count + maximum, 2 * capacity, 4096)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
    }

    mutating func append(_ byte: UInt8) {
        write(atMost: 1) { target in
            target.pointee = byte
            return 1
        }
    }

    mutating func appendASCII(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        write(atMost: length) { target in
            target.update(from: text.utf8Start, count: length)
            return length
        }
    }

    // MARK: Containers

    mutating func beginObject(inline isInline: Bool = false) { begin(UInt8(ascii: "{"), inline: isInline) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray(inline isInline: Bool = false) { begin(UInt8(ascii: "["), inline: isInline) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ bracket: UInt8, inline: Bool) {
        // A nested container is the value of a key or an element, which gave its
        // container a member: `end` relies on that to restore `hasMember`.
        assert(depth == 0 || hasMember, "a nested container follows key(_:) or element()")
        append(bracket)
        depth += 1
        hasMember = false
        if inline && inlineDepth == Int.max { inlineDepth = depth }
    }

    private mutating func end(_ bracket: UInt8) {
        let lineBreak = hasMember && !isInline
        let closingDepth = depth - 1
        write(atMost: Self.separatorRoom(depth: closingDepth)) { target in
            var written = 0
            if lineBreak { written = Self.writeLineBreak(into: target, depth: closingDepth) }
            target[written] = bracket
            return written &+ 1
        }
        depth = closingDepth
        if depth < inlineDepth { inlineDepth = Int.max }
        // The enclosing container has the member this one was the value of.
        hasMember = depth > 0
    }

    // MARK: Separators and keys

    /// The most bytes `writeSeparator` and `writeLineBreak` write at `depth`: a
    /// comma, a line feed and the indentation, which is written 32 spaces at a
    /// time.
    @inline(__always)
    static func separatorRoom(depth: Int) -> Int { 2 &+ max(32, 2 &* depth) }

    /// Writes what starts a member or element: a comma when the container has
    /// members, then a space (inline) or a line break and indentation. Returns the
    /// number of bytes written, at most `separatorRoom(depth:)`.
    @inline(__always)
    static func writeSeparator(into target: UnsafeMutablePointer<UInt8>, comma: Bool, inline: Bool, depth: Int) -> Int {
        if inline {
            guard comma else { return 0 }
            target[0] = UInt8(ascii: ",")
            target[1] = UInt8(ascii: " ")
            return 2
        }
        guard comma else { return writeLineBreak(into: target, depth: depth) }
        target[0] = UInt8(ascii: ",")
        return 1 &+ writeLineBreak(into: target + 1, depth: depth)
    }

    /// A line feed and two spaces per open container: `1 + 2 * depth` bytes, with
    /// room for `1 + max(32, 2 * depth)`.
    ///
    /// The indentation of the document is at most a few levels, so 32 spaces are
    /// stored unconditionally (four 8-byte stores, no loop, no `memset` call) and
    /// only the needed ones count as written.
    @inline(__always)
    static func writeLineBreak(into target: UnsafeMutablePointer<UInt8>, depth: Int) -> Int {
        target[0] = UInt8(ascii: "\n")
        let indentation = 2 &* depth
        if indentation <= 32 {
            let spaces = UnsafeMutableRawPointer(target + 1)
            let eightSpaces: UInt64 = 0x2020_2020_2020_2020
            spaces.storeBytes(of: eightSpaces, as: UInt64.self)
            spaces.storeBytes(of: eightSpaces, toByteOffset: 8, as: UInt64.self)
            spaces.storeBytes(of: eightSpaces, toByteOffset: 16, as: UInt64.self)
            spaces.storeBytes(of: eightSpaces, toByteOffset: 24, as: UInt64.self)
        } else {
            writeDeepIndentation(into: target + 1, count: indentation)
        }
        return 1 &+ indentation
    }

    /// Indentation past sixteen levels, out of line: inlined, the compiler merged
    /// it with the fixed stores above into one `memset` call of variable length.
    @inline(never)
    private static func writeDeepIndentation(into target: UnsafeMutablePointer<UInt8>, count: Int) {
        target.update(repeating: UInt8(ascii: " "), count: count)
    }

    /// The room `writeKey` needs for `name` at `depth`.
    @inline(__always)
    static func keyRoom(_ name: StaticString, depth: Int) -> Int {
        separatorRoom(depth: depth) &+ name.utf8CodeUnitCount &+ 4
    }

    /// Writes the separator and `"name": ` for a member of an object. Returns the
    /// number of bytes written, at most `keyRoom(name, depth:)`.
    ///
    /// Inlined so that the key's length is a constant and its bytes are copied by a
    /// few moves, not a `memcpy` call.
    @inline(__always)
    static func writeKey(
        _ name: StaticString, into target: UnsafeMutablePointer<UInt8>, comma: Bool, inline: Bool, depth: Int
    ) -> Int {
        assert(name.hasPointerRepresentation && needsNoEscaping(name), "a fixed key must be plain ASCII")
        var written = writeSeparator(into: target, comma: comma, inline: inline, depth: depth)
        let length = name.utf8CodeUnitCount
        target[written] = UInt8(ascii: "\"")
        (target + (written &+ 1)).update(from: name.utf8Start, count: length)
        written = written &+ 1 &+ length
        target[written] = UInt8(ascii: "\"")
        target[written &+ 1] = UInt8(ascii: ":")
        target[written &+ 2] = UInt8(ascii: " ")
        return written &+ 3
    }

    /// Writes a member of the current object, `"name": ` and then the value that
    /// `value` writes (at most `valueRoom` bytes), in one write.
    @inline(__always)
    mutating func member(
        _ name: StaticString, valueRoom: Int, _ value: (UnsafeMutablePointer<UInt8>) -> Int
    ) {
        let (comma, inline, depth) = (hasMember, isInline, depth)
        hasMember = true
        write(atMost: Self.keyRoom(name, depth: depth) &+ valueRoom) { target in
            let written = Self.writeKey(name, into: target, comma: comma, inline: inline, depth: depth)
            return written &+ value(target + written)
        }
    }

    /// Writes `"key": ` inside an object, for a fixed key: the document's keys are
    /// ASCII letters, which need no escaping, so their bytes are copied as they are.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        member(name, valueRoom: 0) { _ in 0 }
    }

    /// Writes `"key": ` inside an object for a key that comes from the data (the
    /// metadata's field names), escaped like any string.
    mutating func key(text name: String) {
        element()
        string(name)
        appendASCII(": ")
    }

    private static func needsNoEscaping(_ name: StaticString) -> Bool {
        UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            .allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// Starts the next element of an array.
    mutating func element() {
        let (comma, inline, depth) = (hasMember, isInline, depth)
        hasMember = true
        write(atMost: Self.separatorRoom(depth: depth)) { Self.writeSeparator(into: $0, comma: comma, inline: inline, depth: depth) }
    }

    // MARK: Streaming

    /// The final newline of a document.
    mutating func newlineAtEnd() { append(UInt8(ascii: "\n")) }

    /// Hands the bytes written so far to `sink` and starts empty again, keeping
    /// the room for what follows.
    mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if count > 0 { try sink(UnsafeBufferPointer(start: storage, count: count)) }
        count = 0
    }
}
