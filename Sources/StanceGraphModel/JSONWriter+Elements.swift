/// Large arrays, streamed: on one thread into this writer's own buffer, on
/// several in chunks that are written in parallel and handed on in order.
extension JSONWriter {
    /// How many bytes the writer holds before handing them to the sink: large
    /// enough that the sink is called rarely, small enough to stay in cache.
    static let flushThreshold = 1 << 20

    /// The number of elements one parallel task writes.
    static let chunkSize = 256

    /// Writes `items` as an array, `write(item, &writer)` giving the value of
    /// each, and hands the bytes to `sink` as they are written, so memory holds a
    /// piece of the text, never all of it.
    ///
    /// Each element is lent to `write` as `inout`, though `write` only reads it:
    /// only for an `inout` argument does the optimizer know that nothing else
    /// touches the element during the call, and read it where it lies in the
    /// array. Passed by value (or `borrowing`), each article, entity and relation
    /// (large structs) was copied first, every field retained and then released.
    ///
    /// On one thread the elements go straight into this writer, whose buffer is
    /// reused after each hand-over. On more, elements are serialized in chunks, a
    /// round of chunks at a time on `threads` threads; each chunk starts from this
    /// writer's layout state, so the text is the same as writing the elements one
    /// by one. Each chunk comes back as an array of bytes (the writer itself is not
    /// copyable); completed rounds go to `sink` in order.
    mutating func elements<Element: Sendable>(
        of items: [Element], threads: Int,
        flushingTo sink: (UnsafeBufferPointer<UInt8>) throws -> Void,
        _ write: @Sendable (_ item: inout Element, inout JSONWriter) -> Void
    ) rethrows {
        beginArray()
        try items.withUnsafeBufferPointer { buffer in
            let lent = LentElements(buffer: UnsafeMutableBufferPointer(mutating: buffer))
            if threads <= 1 || items.count <= Self.chunkSize {
                for index in lent.buffer.indices {
                    element()
                    write(&lent.buffer[index], &self)
                    if count >= Self.flushThreshold { try flush(to: sink) }
                }
            } else {
                try flush(to: sink)
                try writeInParallel(lent, threads: threads, flushingTo: sink, write)
                hasMember = !items.isEmpty
            }
        }
        endArray()
    }

    private mutating func writeInParallel<Element: Sendable>(
        _ items: LentElements<Element>, threads: Int,
        flushingTo sink: (UnsafeBufferPointer<UInt8>) throws -> Void,
        _ write: @Sendable (_ item: inout Element, inout JSONWriter) -> Void
    ) rethrows {
        let chunkSize = Self.chunkSize
        let itemCount = items.buffer.count
        let chunkCount = (itemCount + chunkSize - 1) / chunkSize
        let roundSize = threads * 4
        var round = 0..<0
        // Each chunk starts from this state, with a buffer of its own.
        let start = layout
        while round.upperBound < chunkCount {
            round = round.upperBound..<min(chunkCount, round.upperBound + roundSize)
            let fragments = Parallel.map(Array(round), threads: threads) { chunk -> [UInt8] in
                var fragment = JSONWriter(continuing: start)
                // Every chunk after the first continues an array that has elements.
                fragment.hasMember = chunk > 0
                for index in chunk * chunkSize..<min(itemCount, (chunk + 1) * chunkSize) {
                    fragment.element()
                    write(&items.buffer[index], &fragment)
                }
                return fragment.bytes
            }
            for fragment in fragments { try fragment.withUnsafeBufferPointer(sink) }
        }
    }
}

/// The elements of an array being written, lent to the element writers as
/// `inout` (see `JSONWriter.elements`). Nothing writes through this buffer; it is
/// mutable only so that elements can be lent that way. The threads that write
/// chunks share it, each reading elements of its own chunk.
private struct LentElements<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
