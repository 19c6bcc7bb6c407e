import Foundation

/// A pull stream of bytes, delivered in chunks so that no input has to be held in
/// memory as a whole.
protocol ByteChunkSource {
    /// The next chunk, never empty; nil at the end of the stream.
    mutating func nextChunk() throws -> [UInt8]?
}

/// Reads a file (or standard input) in fixed-size chunks.
struct FileChunkSource: ByteChunkSource {
    /// The size of the chunks read from the file: 1 MiB.
    static let chunkSize = 1 << 20

    private let handle: FileHandle
    private let path: String
    private let closesHandle: Bool
    private var finished = false

    /// Opens `path` for reading; throws `IngestError.unreadable` when it cannot be opened.
    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError.unreadable(path: path, reason: "cannot be opened for reading (check its permissions)")
        }
        self.handle = handle
        self.path = path
        self.closesHandle = true
    }

    /// Reads standard input.
    static func standardInput() -> FileChunkSource {
        FileChunkSource(handle: .standardInput, path: "-")
    }

    private init(handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
        self.closesHandle = false
    }

    mutating func nextChunk() throws -> [UInt8]? {
        guard !finished else { return nil }
        // read(2) straight into the chunk's storage: no intermediate Data.
        let descriptor = handle.fileDescriptor
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < buffer.count {
                let count = read(descriptor, base + initialized, buffer.count - initialized)
                if count > 0 {
                    initialized += count
                } else if count == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        if failure != 0 {
            finished = true
            throw IngestError.unreadable(path: path, reason: "reading failed: \(String(cString: strerror(failure)))")
        }
        guard !chunk.isEmpty else {
            finished = true
            if closesHandle { try? handle.close() }
            return nil
        }
        return chunk
    }
}

/// Chunks already in memory (tests, and documents handed over as bytes).
struct MemoryChunkSource: ByteChunkSource {
    private var chunks: [[UInt8]]
    private var index = 0

    init(_ bytes: [UInt8], chunkSize: Int = FileChunkSource.chunkSize) {
        var chunks: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, chunkSize))
            chunks.append(Array(bytes[start..<end]))
            start = end
        }
        self.chunks = chunks
    }

    mutating func nextChunk() throws -> [UInt8]? {
        guard index < chunks.count else { return nil }
        defer { index += 1 }
        return chunks[index]
    }
}

/// A source with its first chunk already taken (to sniff the format) and put back.
struct PeekedChunkSource<Base: ByteChunkSource>: ByteChunkSource {
    private var first: [UInt8]?
    private var base: Base

    init(first: [UInt8]?, base: Base) {
        self.first = first
        self.base = base
    }

    mutating func nextChunk() throws -> [UInt8]? {
        if let chunk = first {
            first = nil
            return chunk
        }
        return try base.nextChunk()
    }
}
