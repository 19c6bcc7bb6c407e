/// The CRC-32 of ISO 3309 / ITU-T V.42 (polynomial 0xEDB88320, reflected), the
/// checksum in a gzip member's trailer (RFC 1952, section 8, sample code).
struct CRC32: Sendable {
    private(set) var value: UInt32 = 0

    /// The 256-entry table of the byte-at-a-time algorithm.
    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1
        }
        return crc
    }

    init() {}

    /// Extends the checksum over `bytes`.
    ///
    /// - Complexity: O(n).
    mutating func update(_ bytes: some Collection<UInt8>) {
        var crc = ~value
        Self.table.withUnsafeBufferPointer { table in
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        value = ~crc
    }
}
