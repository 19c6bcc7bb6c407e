/// Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF) and decodes them, replacing what is not.
enum UTF8Validation {
    /// Where a byte sequence stops being valid UTF-8.
    struct Problem: Equatable {
        /// The byte offset of the first invalid sequence.
        var offset: Int
        /// How many invalid sequences there are (each becomes one U+FFFD).
        var count: Int
    }

    /// The first invalid sequence in `bytes` and how many there are, or nil when
    /// all of it is valid.
    ///
    /// - Complexity: O(n), eight ASCII bytes at a time.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var first: Int?
        var count = 0
        var index = 0
        let end = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while index < end {
            // ASCII fast path: four words at a time (their high bits OR-ed), then a word at a time.
            while index + 32 <= end {
                let raw = UnsafeRawPointer(base + index)
                let word = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 32
            }
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < end else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if first == nil { first = index }
                count += 1
                index += max(1, maximalInvalidPrefix(bytes, at: index))
            } else {
                index += length
            }
        }
        return first.map { Problem(offset: $0, count: count) }
    }

    /// The problem in an array of bytes, or nil.
    static func problem(in bytes: some Collection<UInt8>) -> Problem? {
        if let result = bytes.withContiguousStorageIfAvailable({ problem(in: $0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { problem(in: $0) }
    }

    /// `bytes` as a String, each invalid sequence replaced by U+FFFD.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// `bytes`, already known to be valid UTF-8, as a String: copied without
    /// being validated again (`String(decoding:as:)` would check every byte
    /// once more, and scan it for ASCII once more). `isASCII` must be true only
    /// when every byte is below 0x80; false is always safe.
    @inline(__always)
    static func string(validated bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length of the valid multi-byte sequence starting at `index`, or 0.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let end = bytes.count
        func continuation(_ offset: Int) -> Bool {
            index + offset < end && bytes[index + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0...0xEF:
            guard continuation(1), continuation(2) else { return 0 }
            let second = bytes[index + 1]
            if lead == 0xE0, second < 0xA0 { return 0 }  // overlong
            if lead == 0xED, second > 0x9F { return 0 }  // surrogate
            return 3
        case 0xF0...0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return 0 }
            let second = bytes[index + 1]
            if lead == 0xF0, second < 0x90 { return 0 }  // overlong
            if lead == 0xF4, second > 0x8F { return 0 }  // above U+10FFFF
            return 4
        default:
            return 0
        }
    }

    /// How many bytes one U+FFFD replaces at an invalid sequence: the lead byte and
    /// the continuation bytes that could still have followed it (the "maximal
    /// subpart" practice of Unicode 15, section 3.9, which Swift's decoder follows).
    private static func maximalInvalidPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return 1
        }
        var length = 1
        while length < expected, index + length < bytes.count, bytes[index + length] & 0xC0 == 0x80 {
            length += 1
        }
        return length
    }
}
