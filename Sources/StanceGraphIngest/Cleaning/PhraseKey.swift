/// The folded form of a phrase and its FNV-1a hash: letters and digits, with
/// ASCII, Latin-1 and Cyrillic capitals lower-cased; anything else between them
/// becomes one space; leading and trailing non-letters are dropped.
enum PhraseKey {
    /// The key of bytes `range`, folded.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var pendingSpace = false
        var started = false
        var index = range.lowerBound
        let end = range.upperBound
        @inline(__always) func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                let isLetter = (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57)
                if isLetter {
                    if pendingSpace, started { mix(0x20) }
                    pendingSpace = false
                    started = true
                    mix(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
                } else {
                    pendingSpace = true
                }
                index += 1
                continue
            }
            let length = DateTokenizer.sequenceLength(byte)
            guard index + length <= end, DateTokenizer.isLetterStart(bytes, index, end) else {
                pendingSpace = true
                index += max(1, length)
                continue
            }
            if pendingSpace, started { mix(0x20) }
            pendingSpace = false
            started = true
            var first = byte
            var second = length > 1 ? bytes[index + 1] : 0
            if length == 2 {
                if first == 0xC3, second >= 0x80, second <= 0x9E, second != 0x97 {
                    second += 0x20  // Latin-1 capitals
                } else if first == 0xD0, second >= 0x90, second <= 0x9F {
                    second += 0x20  // Cyrillic А-П
                } else if first == 0xD0, second >= 0xA0, second <= 0xAF {
                    first = 0xD1
                    second -= 0x20  // Cyrillic Р-Я
                } else if first == 0xD0, second >= 0x80, second <= 0x8F {
                    first = 0xD1
                    second += 0x10  // Cyrillic Ѐ-Џ
                }
            }
            mix(first)
            if length > 1 { mix(second) }
            var offset = 2
            while offset < length {
                mix(bytes[index + offset])
                offset += 1
            }
            index += length
        }
        return hash
    }

    static func key(of phrase: String) -> UInt64 {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { key($0, 0..<$0.count) }
    }
}
