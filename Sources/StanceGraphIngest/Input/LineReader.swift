import Foundation

/// Splits a chunked byte stream into lines (ending at `\n`, a final `\r`
/// dropped) without holding more than one chunk and one line in memory.
///
/// A line longer than `maximumLineBytes` is not buffered: it is skipped to its
/// end and reported as `.tooLong`.
struct LineReader {
    enum Line {
        /// A line's bytes, without its terminator. Valid until the next call.
        case bytes(ArraySlice<UInt8>)
        /// A line over the limit, skipped; its length in bytes.
        case tooLong(Int)
    }

    private var source: any ByteChunkSource
    private var chunk: [UInt8] = []
    private var position = 0
    private var carry: [UInt8] = []
    private var finished = false
    let maximumLineBytes: Int
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(source: any ByteChunkSource, maximumLineBytes: Int) {
        self.source = source
        self.maximumLineBytes = maximumLineBytes
    }

    /// The next line, or nil at the end of the stream.
    mutating func next() throws -> Line? {
        carry.removeAll(keepingCapacity: carry.capacity <= 1 << 20)
        var skipped = 0
        while true {
            if position >= chunk.count {
                guard !finished, let next = try source.nextChunk() else {
                    finished = true
                    if skipped > 0 { return finish(.tooLong(skipped + carry.count)) }
                    if carry.isEmpty { return nil }
                    return finish(.bytes(trimmed(carry[...])))
                }
                chunk = next
                position = 0
            }
            let start = position
            let newline = Self.indexOfNewline(in: chunk, from: start)
            let end = newline ?? chunk.count
            position = newline.map { $0 + 1 } ?? chunk.count
            if skipped > 0 || carry.count + (end - start) > maximumLineBytes {
                // Over the limit: count the bytes, keep none.
                skipped += carry.count + (end - start)
                carry.removeAll()
                if newline != nil { return finish(.tooLong(skipped)) }
                continue
            }
            if newline != nil {
                if carry.isEmpty { return finish(.bytes(trimmed(chunk[start..<end]))) }
                carry.append(contentsOf: chunk[start..<end])
                return finish(.bytes(trimmed(carry[...])))
            }
            carry.append(contentsOf: chunk[start..<end])
        }
    }

    private mutating func finish(_ line: Line) -> Line {
        lineNumber += 1
        return line
    }

    private func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0D ? line.dropLast() : line
    }

    /// The index of the next `\n` at or after `start`, by `memchr`.
    static func indexOfNewline(in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress,
                  let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
