/// One token of an article, as byte offsets into its UTF-8 text plus the keys the
/// matchers look it up by.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, digits, internal apostrophes and periods of initialisms ("U.S.").
        case word
        /// Digits, with internal separators ("2024", "1.5").
        case number
        /// One punctuation mark.
        case punctuation
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    /// Case facts about the token's letters.
    public var shape: Shape
    /// Hash of the lower-cased form with periods removed: "U.S." and "us" share it,
    /// and `shape` tells them apart.
    public var key: UInt64
    /// Hash of the lemma-like stem ("condemned", "condemning" -> "condemn").
    public var stem: UInt64

    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is upper case.
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Every letter is upper case (and there is at least one).
        public static let allUpper = Shape(rawValue: 1 << 1)
        /// The token holds a letter outside ASCII.
        public static let nonASCII = Shape(rawValue: 1 << 2)
        /// The token has internal periods ("U.S.", "N.").
        public static let dotted = Shape(rawValue: 1 << 3)
        /// The token holds a digit.
        public static let digits = Shape(rawValue: 1 << 4)
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
}
