/// A token of text as date scanning sees it: a number, a word or a symbol.
struct DateToken: Equatable {
    enum Kind: Equatable {
        /// A run of ASCII digits; `value` is capped at 10^9.
        case number(value: Int, digits: Int)
        /// A run of letters (ASCII or any non-ASCII letter), by its lower-cased key.
        case word(key: UInt64)
        case symbol(UInt8)
    }

    var kind: Kind
    /// Byte range in the scanned text.
    var start: Int
    var end: Int
    /// Whether a word starts with an upper-case ASCII letter.
    var capitalized: Bool

    var number: (value: Int, digits: Int)? {
        if case .number(let value, let digits) = kind { return (value, digits) }
        return nil
    }

    var wordKey: UInt64? {
        if case .word(let key) = kind { return key }
        return nil
    }

    var meaning: DateVocabulary.Meaning? {
        wordKey.flatMap(DateVocabulary.meaning)
    }

    func isSymbol(_ ascii: Unicode.Scalar) -> Bool {
        kind == .symbol(UInt8(ascii: ascii))
    }
}
