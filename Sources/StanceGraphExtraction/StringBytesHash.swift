/// A hash of a string's UTF-8 bytes, for the assembler's small tables that
/// compare strings only when their hashes are equal (`EntityReferenceTable`,
/// `SpellingTally`): `Hasher` (SipHash, over the string's normalized form) cost
/// several hundred instructions a string.
///
/// Equal bytes give equal hashes; canonically equivalent strings with different
/// bytes ("é" and "e" + U+0301) do not, and the tables deal with that. ASCII
/// strings are equal exactly when their bytes are, which `isASCII` lets a table
/// rely on.
enum StringBytesHash {
    /// The hash of `string`'s bytes, and whether they are all ASCII.
    @inline(__always)
    static func hash(of string: String) -> (hash: UInt64, isASCII: Bool) {
        // Native strings lend their bytes (small ones through a copy on the stack);
        // stepping through `utf8`'s indices costs several times as much.
        string.utf8.withContiguousStorageIfAvailable(hash(of:))
            ?? Array(string.utf8).withUnsafeBufferPointer(hash(of:))
    }

    /// The bytes are taken eight at a time, each word folded in with a multiply
    /// and a shift, rather than byte by byte as FNV-1a does: the strings are ids
    /// and names of 10 to 30 bytes, and the tables compare strings on equal
    /// hashes anyway, so speed matters more here than the last bit of spread.
    @inline(__always)
    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = TokenKey.offsetBasis ^ UInt64(bytes.count)
        var highBits: UInt64 = 0
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            highBits |= word
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        highBits |= tail
        hash = (hash ^ tail) &* multiplier
        return (hash ^ (hash >> 29), highBits & 0x8080_8080_8080_8080 == 0)
    }
}
