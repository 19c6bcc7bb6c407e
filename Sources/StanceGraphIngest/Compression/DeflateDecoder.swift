/// Decodes a DEFLATE stream (RFC 1951: stored, fixed-Huffman and dynamic-Huffman
/// blocks) incrementally: each call decodes until enough output is pending, so a
/// stream of any size is inflated with bounded memory.
///
/// The decoder can stop between any two symbols; the state it keeps is the block
/// in progress (its Huffman tables, or the bytes left of a stored block).
struct DeflateDecoder {
    private enum State {
        case blockHeader
        case stored(remaining: Int)
        case compressed(literals: HuffmanTable, distances: HuffmanTable)
        case finished
    }

    private var state = State.blockHeader
    private var isLastBlock = false
    /// Names the input in error messages.
    let path: String

    init(path: String) {
        self.path = path
    }

    /// Whether the final block has been decoded.
    var isFinished: Bool {
        if case .finished = state { return true }
        return false
    }

    /// Decodes until `window` has at least `target` pending bytes or the stream ends.
    mutating func decode<Source>(from reader: inout BitReader<Source>, into window: inout OutputWindow, until target: Int) throws {
        while window.pendingCount < target {
            switch state {
            case .finished:
                return
            case .blockHeader:
                guard let header = try reader.bits(3) else { throw corrupt("the compressed data ends inside a block header (the file is truncated)") }
                isLastBlock = header & 1 == 1
                switch header >> 1 {
                case 0:
                    reader.alignToByte()
                    guard let length = try reader.bits(16), let complement = try reader.bits(16) else {
                        throw corrupt("the compressed data ends inside a stored block header (the file is truncated)")
                    }
                    guard length == ~complement & 0xFFFF else { throw corrupt("a stored block's length check fails") }
                    state = .stored(remaining: length)
                case 1:
                    state = .compressed(literals: Self.fixedLiterals, distances: Self.fixedDistances)
                case 2:
                    let (literals, distances) = try readDynamicTables(&reader)
                    state = .compressed(literals: literals, distances: distances)
                default:
                    throw corrupt("a block has the reserved type 3")
                }
            case .stored(let remaining):
                let take = min(remaining, max(1, target - window.pendingCount))
                let copied = try reader.copyBytes(take, into: &window.bytes)
                guard copied == take else { throw corrupt("the compressed data ends inside a stored block (the file is truncated)") }
                state = remaining - copied == 0 ? endOfBlock() : .stored(remaining: remaining - copied)
            case .compressed(let literals, let distances):
                if try decodeSymbols(&reader, &window, literals, distances, target: target) {
                    state = endOfBlock()
                }
            }
        }
    }

    private func endOfBlock() -> State {
        isLastBlock ? .finished : .blockHeader
    }

    /// Decodes literal and length/distance symbols until the end-of-block symbol
    /// (returns true) or until `target` bytes are pending (returns false).
    private func decodeSymbols<Source>(
        _ reader: inout BitReader<Source>, _ window: inout OutputWindow,
        _ literals: HuffmanTable, _ distances: HuffmanTable, target: Int
    ) throws -> Bool {
        while window.pendingCount < target {
            // 48 bits cover the longest length code, its extra bits, the longest
            // distance code and its extra bits; near the end of input, fewer.
            _ = try reader.fill(48)
            guard let (symbol, length) = literals.decode(reader.peek(min(reader.count, 32))), length <= reader.count else {
                throw corrupt(reader.count < 15 ? "the compressed data ends inside a block (the file is truncated)" : "an invalid literal/length code")
            }
            reader.drop(length)
            if symbol < 256 {
                window.bytes.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return true }
            let lengthIndex = symbol - 257
            guard lengthIndex < Self.lengthBase.count else { throw corrupt("an invalid length symbol \(symbol)") }
            let lengthExtra = Self.lengthExtra[lengthIndex]
            guard reader.count >= lengthExtra else { throw corrupt("the compressed data ends inside a match length (the file is truncated)") }
            let matchLength = Self.lengthBase[lengthIndex] + reader.peek(lengthExtra)
            reader.drop(lengthExtra)
            guard let (distanceSymbol, distanceLength) = distances.decode(reader.peek(min(reader.count, 32))),
                  distanceLength <= reader.count else {
                throw corrupt(reader.count < 15 ? "the compressed data ends inside a match (the file is truncated)" : "an invalid distance code")
            }
            reader.drop(distanceLength)
            guard distanceSymbol < Self.distanceBase.count else { throw corrupt("an invalid distance symbol \(distanceSymbol)") }
            let distanceExtra = Self.distanceExtra[distanceSymbol]
            guard try reader.fill(distanceExtra) else { throw corrupt("the compressed data ends inside a match distance (the file is truncated)") }
            let distance = Self.distanceBase[distanceSymbol] + reader.peek(distanceExtra)
            reader.drop(distanceExtra)
            guard distance <= window.bytes.count else {
                throw corrupt("a match refers \(distance) bytes back, before the start of the data")
            }
            window.copyMatch(distance: distance, length: matchLength)
        }
        return false
    }

    /// Reads a dynamic block's code-length code and then its literal/length and
    /// distance codes (RFC 1951, section 3.2.7).
    private func readDynamicTables<Source>(_ reader: inout BitReader<Source>) throws -> (HuffmanTable, HuffmanTable) {
        guard let literalCount = try reader.bits(5).map({ $0 + 257 }),
              let distanceCount = try reader.bits(5).map({ $0 + 1 }),
              let codeLengthCount = try reader.bits(4).map({ $0 + 4 }) else {
            throw corrupt("the compressed data ends inside a block header (the file is truncated)")
        }
        guard literalCount <= 286, distanceCount <= 30 else { throw corrupt("a block declares too many codes") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for position in 0..<codeLengthCount {
            guard let length = try reader.bits(3) else { throw corrupt("the compressed data ends inside a block header (the file is truncated)") }
            codeLengthLengths[Self.codeLengthOrder[position]] = UInt8(length)
        }
        let codeLengthCode = HuffmanTable(lengths: codeLengthLengths, primaryBits: 7)
        if let problem = codeLengthCode.problem { throw corrupt(problem) }
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            _ = try reader.fill(14)
            guard let (symbol, width) = codeLengthCode.decode(reader.peek(min(reader.count, 7))), width <= reader.count else {
                throw corrupt("an invalid code length code")
            }
            reader.drop(width)
            let repeated: UInt8
            let times: Int
            switch symbol {
            case 0...15:
                lengths.append(UInt8(symbol))
                continue
            case 16:
                guard let previous = lengths.last else { throw corrupt("a repeated code length with nothing to repeat") }
                guard let extra = try reader.bits(2) else { throw corrupt("the compressed data ends inside a block header (the file is truncated)") }
                (repeated, times) = (previous, 3 + extra)
            case 17:
                guard let extra = try reader.bits(3) else { throw corrupt("the compressed data ends inside a block header (the file is truncated)") }
                (repeated, times) = (0, 3 + extra)
            default:
                guard let extra = try reader.bits(7) else { throw corrupt("the compressed data ends inside a block header (the file is truncated)") }
                (repeated, times) = (0, 11 + extra)
            }
            guard lengths.count + times <= literalCount + distanceCount else { throw corrupt("code lengths overflow the block's codes") }
            lengths.append(contentsOf: repeatElement(repeated, count: times))
        }
        guard lengths[256] != 0 else { throw corrupt("a block has no end-of-block code") }
        let literals = HuffmanTable(lengths: Array(lengths[0..<literalCount]))
        let distances = HuffmanTable(lengths: Array(lengths[literalCount...]), primaryBits: 7)
        if let problem = literals.problem ?? distances.problem { throw corrupt(problem) }
        return (literals, distances)
    }

    private func corrupt(_ reason: String) -> IngestError {
        .corruptCompressedData(path: path, reason: reason)
    }

    // MARK: Tables of RFC 1951, section 3.2.5 and 3.2.6.

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                               2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixedLiterals = HuffmanTable(lengths: (0..<288).map { symbol -> UInt8 in
        switch symbol {
        case 0..<144: 8
        case 144..<256: 9
        case 256..<280: 7
        default: 8
        }
    })
    static let fixedDistances = HuffmanTable(lengths: [UInt8](repeating: 5, count: 30), primaryBits: 5)
}

/// The decoder's output: bytes not yet handed out, preceded by up to 32 KiB of
/// history that later matches may refer to (RFC 1951's sliding window).
struct OutputWindow {
    /// The largest distance a DEFLATE match may reach back.
    static let historySize = 32 * 1024

    var bytes: [UInt8] = []
    private var pendingStart = 0

    var pendingCount: Int { bytes.count - pendingStart }

    /// Copies `length` bytes from `distance` back, overlapping allowed (a run).
    @inline(__always)
    mutating func copyMatch(distance: Int, length: Int) {
        var from = bytes.count - distance
        for _ in 0..<length {
            bytes.append(bytes[from])
            from += 1
        }
    }

    /// Hands out the pending bytes, keeping the last 32 KiB as history.
    mutating func takePending() -> [UInt8] {
        let pending = Array(bytes[pendingStart...])
        let keep = min(bytes.count, Self.historySize)
        if bytes.count > keep { bytes.removeFirst(bytes.count - keep) }
        pendingStart = bytes.count
        return pending
    }
}
