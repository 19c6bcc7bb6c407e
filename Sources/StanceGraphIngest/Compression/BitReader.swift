/// Reads a byte stream least-significant bit first, the bit order of DEFLATE
/// (RFC 1951, section 3.1.1), pulling input chunks from a source on demand.
struct BitReader<Source: ByteChunkSource> {
    private var source: Source
    private var chunk: [UInt8] = []
    private var index = 0
    private var sourceFinished = false
    /// Buffered bits; the next bit to read is bit 0.
    private(set) var buffer: UInt64 = 0
    private(set) var count = 0

    init(source: Source) {
        self.source = source
    }

    /// Buffers at least `wanted` bits (at most 56) when the input has them; returns
    /// whether it could. Near the end of the stream fewer bits may be buffered.
    @inline(__always)
    mutating func fill(_ wanted: Int) throws -> Bool {
        while count < wanted {
            if index < chunk.count {
                buffer |= UInt64(chunk[index]) << UInt64(count)
                index += 1
                count += 8
                continue
            }
            guard try nextChunk() else { return false }
        }
        return true
    }

    private mutating func nextChunk() throws -> Bool {
        if sourceFinished { return false }
        guard let next = try source.nextChunk() else {
            sourceFinished = true
            return false
        }
        chunk = next
        index = 0
        return true
    }

    /// The next `width` bits (at most 32) without consuming them; only valid after `fill`.
    @inline(__always)
    func peek(_ width: Int) -> Int {
        Int(truncatingIfNeeded: buffer & ((1 << UInt64(width)) &- 1))
    }

    /// Consumes `width` buffered bits.
    @inline(__always)
    mutating func drop(_ width: Int) {
        buffer >>= UInt64(width)
        count -= width
    }

    /// Reads `width` bits (at most 32) as an unsigned number; nil when the input ends first.
    mutating func bits(_ width: Int) throws -> Int? {
        guard width > 0 else { return 0 }
        guard try fill(width) else { return nil }
        let value = peek(width)
        drop(width)
        return value
    }

    /// Skips to the next byte boundary (the padding before a stored block and
    /// before a gzip trailer).
    mutating func alignToByte() {
        drop(count % 8)
    }

    /// Reads one byte at a byte boundary; nil at the end of the input.
    mutating func byte() throws -> UInt8? {
        guard let value = try bits(8) else { return nil }
        return UInt8(value)
    }

    /// Appends up to `limit` bytes, read at a byte boundary, to `output`; returns how
    /// many were copied (fewer only at the end of the input).
    mutating func copyBytes(_ limit: Int, into output: inout [UInt8]) throws -> Int {
        var copied = 0
        while copied < limit, count >= 8 {
            output.append(UInt8(truncatingIfNeeded: buffer))
            drop(8)
            copied += 1
        }
        while copied < limit {
            if index >= chunk.count {
                guard try nextChunk() else { break }
                continue
            }
            let take = min(limit - copied, chunk.count - index)
            output.append(contentsOf: chunk[index..<index + take])
            index += take
            copied += take
        }
        return copied
    }

    /// Whether the input is exhausted (no buffered bits and nothing left to read).
    mutating func isAtEnd() throws -> Bool {
        try !fill(1)
    }
}
