import Testing
@testable import StanceGraphExtraction

@Suite("WordClass")
struct WordClassTests {
    @Test("every cue class has a bit of its own, and all fit in 64 bits")
    func distinctBits() {
        let classes = WordClass.Cue.allCases.map(WordClass.init)
        #expect(WordClass.Cue.allCases.count <= 64)
        #expect(Set(classes.map(\.rawValue)).count == classes.count)
        for (index, wordClass) in classes.enumerated() {
            #expect(wordClass.rawValue.nonzeroBitCount == 1)
            for other in classes[(index + 1)...] { #expect(wordClass.isDisjoint(with: other)) }
        }
    }

    @Test("an opinion noun is not a held position, nor the other way round")
    func opinionIsNotHolding() {
        let tokens = Tokenizer().tokenize(Array("belief bases".utf8))
        let belief = RelationCues.classes(of: tokens[0])
        let bases = RelationCues.classes(of: tokens[1])
        #expect(belief.contains(.opinionNoun) && !belief.contains(.holding))
        #expect(bases.contains(.holding) && !bases.contains(.opinionNoun))
    }
}
