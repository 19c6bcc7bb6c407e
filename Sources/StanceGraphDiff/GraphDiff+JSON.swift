import Foundation
import StanceGraphModel

extension GraphDiff {
    /// The diff as JSON in the graph document's style (`JSONValue`): keys sorted,
    /// two-space indentation, evidence sentences whole, dates as `YYYY-MM-DD`, text
    /// as UTF-8 (never `\u`-escaped). The same diff always gives the same bytes.
    public func jsonData() throws -> Data {
        Data(try JSONValue(encoding: self).jsonBytes())
    }
}
