/// Which tokens may start a phrase of a `PhraseTrie`: two 65,536-bit filters
/// over the top 16 bits of the first keys of all phrases, one for every phrase
/// and one for phrases whose first word may be in lower case (a lower-case token,
/// "us", "who", "new", can start only those).
///
/// Most tokens start no phrase, and a filter says so with one memory read. Filters
/// of several tries can be joined (`formUnion`), so that a loop probing several
/// tries rejects most tokens with one read instead of one per trie.
///
/// - Complexity: O(1) per query; 16 KiB of storage.
public struct PhraseStartFilter: Sendable {
    /// Bits of the first keys of all phrases.
    private var anyCase = [UInt64](repeating: 0, count: 1024)
    /// Bits of the first keys of phrases that may start in lower case.
    private var lowerCase = [UInt64](repeating: 0, count: 1024)

    public init() {}

    @inline(__always)
    private static func bucket(_ key: UInt64) -> (word: Int, bit: UInt64) {
        let bucket = Int(truncatingIfNeeded: key >> 48)
        return (bucket >> 6, 1 << UInt64(bucket & 63))
    }

    /// Notes a phrase's first key; `capitalizedStart` says its first word must be
    /// capitalized in the text.
    public mutating func insert(_ key: UInt64, capitalizedStart: Bool) {
        let (word, bit) = Self.bucket(key)
        anyCase[word] |= bit
        if !capitalizedStart { lowerCase[word] |= bit }
    }

    /// Adds the phrases of `other`: a token passes the union when it passes either.
    public mutating func formUnion(_ other: PhraseStartFilter) {
        for index in anyCase.indices {
            anyCase[index] |= other.anyCase[index]
            lowerCase[index] |= other.lowerCase[index]
        }
    }

    /// False when no phrase begins with this key; true when one may.
    @inline(__always)
    public func mayStart(_ key: UInt64) -> Bool {
        let (word, bit) = Self.bucket(key)
        return anyCase[word] & bit != 0
    }

    /// False when no phrase can begin with this token: its key starts none, or it
    /// is in lower case and every phrase it starts needs a capital.
    @inline(__always)
    public func mayStart(_ token: Token, key: UInt64) -> Bool {
        let (word, bit) = Self.bucket(key)
        // Direct reads: binding either array to a local would retain it per token.
        if token.shape.contains(.capitalized) { return anyCase[word] & bit != 0 }
        return lowerCase[word] & bit != 0
    }
}
