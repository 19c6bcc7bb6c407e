import Testing
@testable import StanceGraphExtraction

/// `Array(filledWith:count:)`, which stands in for `init(repeating:count:)` in the per-sentence arrays.
@Suite("Array filled with one value")
struct ArrayFilledTests {
    @Test("holds count copies of the value, like init(repeating:count:)")
    func matchesRepeating() {
        for count in [0, 1, 2, 7, 64, 1000] {
            #expect([Int32](filledWith: 3, count: count) == [Int32](repeating: 3, count: count))
        }
    }

    @Test("an empty fill is an empty array")
    func empty() {
        #expect([SentenceAnalysis.TokenFacts](filledWith: .init(classes: []), count: 0).isEmpty)
    }
}
