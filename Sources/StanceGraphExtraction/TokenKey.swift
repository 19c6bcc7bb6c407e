/// The hashes tokens are matched by: 64-bit FNV-1a (Fowler, Noll and Vo) over
/// normalized bytes. The same function keys the text and the lexicons, so a phrase
/// matches when its tokens' normalized forms are equal.
public enum TokenKey {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// The inverse of `prime` modulo 2^64 (the prime is odd, so it has one): one
    /// FNV-1a step `h' = (h ^ byte) &* prime` is undone by `h = (h' &* inversePrime) ^ byte`,
    /// which lets the tokenizer take the last bytes off a word's hash.
    static let inversePrime: UInt64 = 0xce96_5057_aff6_957b

    /// The hash of already-normalized bytes.
    @inline(__always)
    public static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = offsetBasis
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// The hash of already-normalized bytes (the concrete form the tokenizer
    /// calls: the generic one is not always specialized across files).
    @inline(__always)
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash = offsetBasis
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* prime
            }
            return hash
        }
    }

    /// The key of a single word as a lexicon writes it.
    public static func key(_ word: String) -> UInt64 {
        hash(normalized(Array(word.utf8)))
    }

    /// The stem key of a single word as a lexicon writes it.
    public static func stemKey(_ word: String) -> UInt64 {
        hash(Stemmer.stem(normalized(Array(word.utf8))))
    }

    /// Lower-cases ASCII letters, folds common Latin accents, drops periods and
    /// maps curly apostrophes to "'".
    public static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: ".") { index += 1; continue }
                out.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                out.append(UInt8(ascii: "'"))
                index += 3
            } else if let folded = LatinFolding.fold(bytes, at: index) {
                out.append(folded.ascii)
                index += folded.width
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }
}

/// Folds two-byte UTF-8 Latin letters with diacritics (U+00C0-U+017F) to their
/// ASCII base letter, lower-cased, so "Erdoğan" matches "Erdogan".
enum LatinFolding {
    /// Base letters for U+00C0 ... U+00FF.
    private static let latin1: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty".utf8)
    /// Base letters for U+0100 ... U+017F (Latin Extended-A), in pairs.
    private static let extendedA: [UInt8] = Array(
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs".utf8)

    @inline(__always)
    static func fold(_ bytes: [UInt8], at index: Int) -> (ascii: UInt8, width: Int)? {
        bytes.withUnsafeBufferPointer { fold($0, at: index) }
    }

    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (ascii: UInt8, width: Int)? {
        guard index + 1 < bytes.count else { return nil }
        let lead = bytes[index]
        let next = bytes[index + 1]
        guard next & 0xC0 == 0x80 else { return nil }
        let scalar = (Int(lead & 0x1F) << 6) | Int(next & 0x3F)
        if lead >= 0xC3, lead <= 0xC5 {
            if scalar >= 0xC0, scalar <= 0xFF {
                let base = latin1[scalar - 0xC0]
                return base == UInt8(ascii: "*") ? nil : (base, 2)
            }
            if scalar >= 0x100, scalar <= 0x17F {
                let base = extendedA[scalar - 0x100]
                return base == UInt8(ascii: "*") ? nil : (base, 2)
            }
        }
        return nil
    }
}
