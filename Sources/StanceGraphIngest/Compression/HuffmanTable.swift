/// A canonical Huffman code (RFC 1951, section 3.2.2) as a two-level lookup table
/// indexed by the next input bits, in the manner of zlib's `inflate_table`:
/// codes up to `primaryBits` long resolve in one look-up, longer codes through a
/// sub-table reached from the primary entry of their first `primaryBits` bits.
struct HuffmanTable: Sendable {
    /// Each entry: bits 0-15 the symbol (or sub-table offset), bits 16-23 the code
    /// length (or sub-table width), bit 31 set for a link to a sub-table. Zero is
    /// an unused code.
    private(set) var entries: [UInt32]
    let primaryBits: Int
    /// Nil when the lengths make a usable code; otherwise why not.
    private(set) var problem: String?

    private static let linkFlag: UInt32 = 1 << 31

    /// Builds the code from the code length of each symbol (0 = unused).
    ///
    /// An over-subscribed set of lengths is a `problem`; an incomplete one is
    /// allowed (RFC 1951 permits a single distance code) and its unused codes
    /// fail when met.
    /// - Complexity: O(2^primaryBits + symbols + sub-table sizes).
    init(lengths: [UInt8], primaryBits: Int = 9) {
        self.primaryBits = primaryBits
        self.entries = []
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            if left < 0 {
                problem = "over-subscribed Huffman code lengths"
                return
            }
        }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        // Reversed codes, since DEFLATE packs Huffman codes starting with their
        // most significant bit while the reader delivers bits least significant first.
        var reversed = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let width = Int(length)
            reversed[symbol] = Self.reverse(nextCode[width], width: width)
            nextCode[width] += 1
        }
        let primarySize = 1 << primaryBits
        let primaryMask = primarySize - 1
        // The width of each sub-table: the longest code sharing that primary prefix.
        var subWidths = [Int](repeating: 0, count: primarySize)
        for (symbol, length) in lengths.enumerated() where Int(length) > primaryBits {
            let prefix = reversed[symbol] & primaryMask
            subWidths[prefix] = max(subWidths[prefix], Int(length) - primaryBits)
        }
        var subOffsets = [Int](repeating: 0, count: primarySize)
        var size = primarySize
        for prefix in 0..<primarySize where subWidths[prefix] > 0 {
            subOffsets[prefix] = size
            size += 1 << subWidths[prefix]
        }
        var table = [UInt32](repeating: 0, count: size)
        for prefix in 0..<primarySize where subWidths[prefix] > 0 {
            table[prefix] = Self.linkFlag | UInt32(subWidths[prefix]) << 16 | UInt32(subOffsets[prefix])
        }
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let width = Int(length)
            let entry = UInt32(width) << 16 | UInt32(symbol)
            let code = reversed[symbol]
            if width <= primaryBits {
                var index = code
                while index < primarySize {
                    table[index] = entry
                    index += 1 << width
                }
            } else {
                let prefix = code & primaryMask
                let subWidth = subWidths[prefix]
                let rest = width - primaryBits
                var index = code >> primaryBits
                while index < 1 << subWidth {
                    table[subOffsets[prefix] + index] = entry
                    index += 1 << rest
                }
            }
        }
        entries = table
    }

    /// The symbol whose code starts `bits` and that code's length, or nil for an
    /// unused code. `bits` must hold at least the code's length in valid bits.
    @inline(__always)
    func decode(_ bits: Int) -> (symbol: Int, length: Int)? {
        var entry = entries[bits & ((1 << primaryBits) - 1)]
        if entry & Self.linkFlag != 0 {
            let width = Int((entry >> 16) & 0xFF)
            let offset = Int(entry & 0xFFFF)
            entry = entries[offset + ((bits >> primaryBits) & ((1 << width) - 1))]
        }
        let length = Int((entry >> 16) & 0xFF)
        return length == 0 ? nil : (Int(entry & 0xFFFF), length)
    }

    private static func reverse(_ code: Int, width: Int) -> Int {
        var result = 0
        var rest = code
        for _ in 0..<width {
            result = (result << 1) | (rest & 1)
            rest >>= 1
        }
        return result
    }
}
