/// Text in UTF-16 with a byte order mark (what some Windows tools save).
enum UTF16Text {
    enum ByteOrder { case little, big }

    static func byteOrder(of bytes: [UInt8]) -> ByteOrder? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return .little }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return .big }
        return nil
    }

    /// The text after the byte order mark; unpaired surrogates become U+FFFD.
    static func decode(_ bytes: [UInt8], order: ByteOrder) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = order == .little ? (bytes[index + 1], bytes[index]) : (bytes[index], bytes[index + 1])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
