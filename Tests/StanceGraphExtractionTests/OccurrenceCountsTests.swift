import Testing
@testable import StanceGraphExtraction

@Suite("OccurrenceCounts")
struct OccurrenceCountsTests {
    @Test("counts and the most frequent key agree with a dictionary's, ties to the smallest key")
    func behavesLikeDictionary() {
        var counts = OccurrenceCounts<String>()
        var dictionary: [String: Int] = [:]
        #expect(counts.mostFrequent == nil)
        for number in 0..<200 {
            let key = "country:\(number * 7 % 5)"
            counts.add(key)
            dictionary[key, default: 0] += 1
            #expect(counts.mostFrequent == GraphAssembler.mostFrequent(dictionary))
        }
        #expect(counts.keys == ["country:0", "country:2", "country:4", "country:1", "country:3"])
        #expect(counts.counts == counts.keys.map { dictionary[$0]! })
    }

    @Test("canonically equivalent keys are one key, as in a dictionary")
    func canonicalEquivalence() {
        var counts = OccurrenceCounts<String>()
        counts.add("Caf\u{E9}")
        counts.add("Cafe\u{301}")
        counts.add("B")
        #expect(counts.keys == ["Caf\u{E9}", "B"])
        #expect(counts.mostFrequent == "Caf\u{E9}")
    }
}
