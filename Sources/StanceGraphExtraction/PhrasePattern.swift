/// A lexicon phrase as token keys, with the case its words must have in the text.
///
/// A word written capitalized in the lexicon ("North", "Foreign") must be
/// capitalized in the text, and a word written in capitals ("US", "ROK", "WHO")
/// must be in capitals there too, so "us" and "who" never match. Lower-case
/// lexicon words ("of", "the") match any case.
public struct PhrasePattern: Sendable, Hashable {
    public var keys: [UInt64]
    /// Bit i set: token i must be capitalized.
    public var capitalizedMask: UInt32
    /// Bit i set: token i must be all capitals.
    public var upperMask: UInt32
    public var length: Int { keys.count }

    /// Tokenizes a lexicon phrase. `stems` keys it by stems rather than surface forms.
    public init(_ phrase: String, stems: Bool = false) {
        let bytes = Array(phrase.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        keys = tokens.map { stems ? $0.stem : $0.key }
        var capitalized: UInt32 = 0
        var upper: UInt32 = 0
        for (index, token) in tokens.enumerated() where index < 32 {
            let letters = token.shape
            if letters.contains(.allUpper), token.length >= 2 || letters.contains(.dotted) {
                upper |= 1 << index
            } else if letters.contains(.capitalized) {
                capitalized |= 1 << index
            }
        }
        capitalizedMask = capitalized
        upperMask = upper
    }

    /// Whether the first word must be capitalized (or in capitals) in the text.
    public var firstWordNeedsCapital: Bool { (capitalizedMask | upperMask) & 1 != 0 }

    /// Whether `tokens[start...]` has the case this phrase asks for. Only the
    /// words with a constraint are looked at (the masks say which), so the check
    /// never touches `keys`. The caller has matched the phrase's keys at `start`.
    @inline(__always)
    public func caseMatches(_ tokens: [Token], from start: Int) -> Bool {
        var bits = capitalizedMask | upperMask
        while bits != 0 {
            let offset = bits.trailingZeroBitCount
            bits &= bits - 1
            let bit: UInt32 = 1 << UInt32(offset)
            let shape = tokens[start + offset].shape
            if upperMask & bit != 0, !shape.contains(.allUpper) { return false }
            if capitalizedMask & bit != 0, !shape.contains(.capitalized) { return false }
        }
        return true
    }
}
