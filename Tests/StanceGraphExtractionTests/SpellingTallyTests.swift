import Testing
@testable import StanceGraphExtraction

@Suite("SpellingTally")
struct SpellingTallyTests {
    @Test("counts each spelling once, in order of first appearance, as a dictionary would")
    func behavesLikeDictionary() {
        var tally = SpellingTally()
        var dictionary: [String: Int] = [:]
        var order: [String] = []
        for number in 0..<400 {
            let spelling = number % 7 == 0 ? "Republic of Korea \(number % 5)" : "ROK \(number % 11)"
            tally.add(spelling, names: number % 3)
            if dictionary[spelling] == nil { order.append(spelling) }
            dictionary[spelling, default: 0] += number % 3
        }
        #expect(tally.spellings == order)
        #expect(tally.nameCounts == order.map { dictionary[$0]! })
        #expect(tally.mostFrequentName == GraphAssembler.mostFrequent(dictionary.filter { $0.value > 0 }))
    }

    @Test("the most frequent name takes the smallest spelling on a tie, and nil when no mention is a name")
    func mostFrequentName() {
        var tally = SpellingTally()
        tally.add("Seoul", names: 0)
        #expect(tally.mostFrequentName == nil)
        tally.add("South Korea", names: 2)
        tally.add("Korea", names: 2)
        #expect(tally.mostFrequentName == "Korea")
        tally.add("South Korea", names: 1)
        #expect(tally.mostFrequentName == "South Korea")
    }

    @Test("canonically equivalent spellings are one, kept as first seen, ASCII or not")
    func canonicalEquivalence() {
        var tally = SpellingTally()
        tally.add("Caf\u{E9}", names: 1)
        tally.add("Cafe\u{301}", names: 2)
        tally.add("K", names: 1)
        tally.add("\u{212A}", names: 1)
        #expect(tally.spellings == ["Caf\u{E9}", "K"])
        #expect(tally.nameCounts == [3, 2])
        // An ASCII spelling after a non-ASCII equivalent is found too.
        var reversed = SpellingTally()
        reversed.add("\u{212A}", names: 1)
        reversed.add("K", names: 1)
        #expect(reversed.spellings == ["\u{212A}"])
        #expect(reversed.nameCounts == [2])
    }
}
