/// A line with what it was judged to be.
struct ClassifiedLine {
    var line: PageLine
    var kind: LineKind
    var features: LineFeatures
    /// How many full dates are written in the line (only looked for in short lines).
    var dateCount: Int
    /// The folded key of the whole line (short lines only), to spot repeats.
    var key: UInt64?
}
