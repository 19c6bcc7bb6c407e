import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("EntityReferenceTable")
struct EntityReferenceTableTests {
    /// Adds `reference` the way the assembler does: look up, insert on a miss.
    private static func slot(_ reference: EntityReference, in table: inout EntityReferenceTable,
                             next: inout Int) -> Int {
        if let value = table.value(for: reference) { return value }
        table.insert(reference, value: next)
        next += 1
        return next - 1
    }

    @Test("gives what a dictionary gives, for all three cases, through many growths")
    func behavesLikeDictionary() {
        var table = EntityReferenceTable()
        var dictionary: [EntityReference: Int] = [:]
        var next = 0
        for number in 0..<6_000 {
            let reference: EntityReference
            switch number % 3 {
            case 0: reference = .known(EntityID("country:\(number % 1_001)"))
            case 1: reference = .person(name: "Name \(number % 701)", key: "key\(number % 701)")
            default: reference = .discovered(type: .organization, name: "Ministry \(number % 503)")
            }
            let expected: Int
            if let known = dictionary[reference] {
                expected = known
            } else {
                expected = dictionary.count
                dictionary[reference] = expected
            }
            #expect(Self.slot(reference, in: &table, next: &next) == expected)
        }
        #expect(next == dictionary.count)
        #expect(table.value(for: .known("country:1001")) == nil)
    }

    @Test("references with equal hashes stay apart: the same person key, type or string in another case")
    func equalHashesDifferentReferences() {
        let sameKey: [EntityReference] = [
            .person(name: "Tony Blinken", key: "antonyblinken"),
            .person(name: "Antony Blinken", key: "antonyblinken"),
        ]
        #expect(EntityReferenceTable.hash(of: sameKey[0]) == EntityReferenceTable.hash(of: sameKey[1]))
        let sameName: [EntityReference] = [
            .discovered(type: .organization, name: "Council"), .discovered(type: .place, name: "Council"),
        ]
        #expect(EntityReferenceTable.hash(of: sameName[0]) == EntityReferenceTable.hash(of: sameName[1]))
        let references = sameKey + sameName + [.known("Council"), .person(name: "Council", key: "Council")]
        var table = EntityReferenceTable()
        var next = 0
        for reference in references { #expect(Self.slot(reference, in: &table, next: &next) == next - 1) }
        #expect(next == references.count)
        for (value, reference) in references.enumerated() { #expect(table.value(for: reference) == value) }
    }

    @Test("canonically equivalent spellings are one reference, as for a dictionary")
    func canonicalEquivalence() {
        var table = EntityReferenceTable()
        table.insert(.discovered(type: .organization, name: "Caf\u{E9} Council"), value: 7)
        table.insert(.known("K"), value: 8)
        #expect(table.value(for: .discovered(type: .organization, name: "Cafe\u{301} Council")) == 7)
        #expect(table.value(for: .known("\u{212A}")) == 8)
        // Found once by equivalence, the other spelling now has its own byte entry.
        #expect(table.spellingCount == 4)
        #expect(table.value(for: .known("\u{212A}")) == 8)
        #expect(table.spellingCount == 4)
        #expect(table.value(for: .discovered(type: .organization, name: "Cafe Council")) == nil)
    }
}
