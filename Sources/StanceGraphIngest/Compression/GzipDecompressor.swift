/// Streams the decompressed bytes of a gzip file (RFC 1952): one or more members,
/// each a header, a DEFLATE stream and a trailer whose CRC-32 and length are
/// checked. Output comes in chunks of about `outputChunkSize` bytes, so memory
/// stays flat whatever the file's size.
struct GzipDecompressor<Source: ByteChunkSource>: ByteChunkSource {
    /// The two bytes every gzip member starts with.
    static var magic: (UInt8, UInt8) { (0x1F, 0x8B) }

    static var outputChunkSize: Int { 1 << 20 }

    private enum Phase {
        case memberHeader(first: Bool)
        case body
        case done
    }

    private var reader: BitReader<Source>
    private var decoder: DeflateDecoder
    private var window = OutputWindow()
    private var phase = Phase.memberHeader(first: true)
    private var crc = CRC32()
    private var size: UInt32 = 0
    private let path: String

    /// Decompresses `source`, naming `path` in error messages.
    init(source: Source, path: String) {
        self.reader = BitReader(source: source)
        self.decoder = DeflateDecoder(path: path)
        self.path = path
    }

    /// Whether `bytes` start like a gzip member.
    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == magic.0 && iterator.next() == magic.1
    }

    mutating func nextChunk() throws -> [UInt8]? {
        while true {
            switch phase {
            case .done:
                return nil
            case .memberHeader(let first):
                guard try readHeader(first: first) else {
                    phase = .done
                    return nil
                }
                decoder = DeflateDecoder(path: path)
                window = OutputWindow()
                crc = CRC32()
                size = 0
                phase = .body
            case .body:
                try decoder.decode(from: &reader, into: &window, until: Self.outputChunkSize)
                let chunk = window.takePending()
                crc.update(chunk)
                size &+= UInt32(truncatingIfNeeded: chunk.count)
                if decoder.isFinished {
                    try readTrailer()
                    phase = .memberHeader(first: false)
                }
                if !chunk.isEmpty { return chunk }
            }
        }
    }

    /// Reads a member header; false at a clean end of input after a member.
    private mutating func readHeader(first: Bool) throws -> Bool {
        guard let id1 = try reader.byte() else {
            if first { throw corrupt("the file is empty") }
            return false
        }
        if !first, id1 == 0 {
            // Zero padding after the last member (some tools write it): ignore it.
            while let byte = try reader.byte() {
                if byte != 0 { throw corrupt("there is data after the compressed stream that is not another gzip member") }
            }
            return false
        }
        guard id1 == Self.magic.0, try reader.byte() == Self.magic.1 else {
            throw corrupt(first ? "the file is not in gzip format" : "there is data after the compressed stream that is not another gzip member")
        }
        guard let method = try reader.byte(), let flags = try reader.byte() else { throw truncatedHeader() }
        guard method == 8 else { throw corrupt("the header names compression method \(method); gzip has only DEFLATE (8)") }
        guard flags & 0xE0 == 0 else { throw corrupt("the header has reserved flags set") }
        for _ in 0..<6 {  // MTIME, XFL, OS
            guard try reader.byte() != nil else { throw truncatedHeader() }
        }
        if flags & 0x04 != 0 {  // FEXTRA
            guard let low = try reader.byte(), let high = try reader.byte() else { throw truncatedHeader() }
            for _ in 0..<(Int(low) | Int(high) << 8) {
                guard try reader.byte() != nil else { throw truncatedHeader() }
            }
        }
        for flag in [UInt8(0x08), 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while true {
                guard let byte = try reader.byte() else { throw truncatedHeader() }
                if byte == 0 { break }
            }
        }
        if flags & 0x02 != 0 {  // FHCRC
            guard try reader.byte() != nil, try reader.byte() != nil else { throw truncatedHeader() }
        }
        return true
    }

    private mutating func readTrailer() throws {
        reader.alignToByte()
        var fields: [UInt32] = []
        for _ in 0..<2 {
            var value: UInt32 = 0
            for shift in stride(from: 0, to: 32, by: 8) {
                guard let byte = try reader.byte() else { throw corrupt("the file ends before its trailer (it is truncated)") }
                value |= UInt32(byte) << UInt32(shift)
            }
            fields.append(value)
        }
        guard fields[0] == crc.value else { throw corrupt("the data fails its CRC-32 check (it is damaged)") }
        guard fields[1] == size else { throw corrupt("the decompressed length does not match the trailer (the data is damaged)") }
    }

    private func truncatedHeader() -> IngestError {
        corrupt("the file ends inside a gzip header (it is truncated)")
    }

    private func corrupt(_ reason: String) -> IngestError {
        .corruptCompressedData(path: path, reason: reason)
    }
}
