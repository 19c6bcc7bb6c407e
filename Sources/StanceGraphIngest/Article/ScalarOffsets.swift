/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets, the
/// offsets of the JSON document (what Python's `str` indexes).
///
/// Only the multi-byte scalars are recorded (after normalization most English
/// text is pure ASCII, and then nothing is stored): a byte offset minus the
/// extra bytes of the multi-byte scalars before it is its scalar offset.
public struct ScalarOffsets: Sendable, Hashable {
    /// Byte offsets where multi-byte scalars start, ascending.
    private let starts: [Int32]
    /// extraBytes[i]: the continuation bytes of scalars 0...i together.
    private let extraBytes: [Int32]

    /// - Complexity: O(n) in the text's length.
    public init(utf8 bytes: [UInt8]) {
        var starts: [Int32] = []
        var extraBytes: [Int32] = []
        var extra: Int32 = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                // Skip ASCII eight bytes at a time.
                if index + 8 <= count, let base = buffer.baseAddress,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if length > 1 {
                    extra += Int32(length - 1)
                    starts.append(Int32(index))
                    extraBytes.append(extra)
                }
                index += length
            }
        }
        self.starts = starts
        self.extraBytes = extraBytes
    }

    /// The scalar offset of byte offset `byte` (a scalar boundary).
    ///
    /// - Complexity: O(log m) for m multi-byte scalars.
    public func scalarOffset(ofByte byte: Int) -> Int {
        guard !starts.isEmpty else { return byte }
        // The number of multi-byte scalars starting before `byte`.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < byte { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? byte : byte - Int(extraBytes[low - 1])
    }
}
