import Foundation

extension GraphDiff {
    /// The diff as JSON: keys sorted, two-space indentation, evidence sentences whole,
    /// dates as `YYYY-MM-DD`, text as UTF-8 (never `\u`-escaped). The same diff always
    /// gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
