import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("ArticleIDSet")
struct ArticleIDSetTests {
    @Test("holds each id once, through many growths, as Set does")
    func behavesLikeSet() {
        var ours = ArticleIDSet()
        var reference = Set<ArticleID>()
        for number in 0..<5_000 {
            let id = ArticleID("wcep-\(number % 3_001)")
            #expect(ours.insert(id) == reference.insert(id).inserted)
        }
        #expect(ours.count == reference.count)
        #expect(ours.contains("wcep-3000"))
        #expect(!ours.contains("wcep-3001"))
    }

    @Test("canonically equivalent ids are the same id, as for Set")
    func canonicalEquivalence() {
        var ids = ArticleIDSet()
        let composed = ids.insert("caf\u{E9}")
        let decomposed = ids.insert("cafe\u{301}")
        let plain = ids.insert("cafe")
        #expect(composed)
        #expect(!decomposed)
        #expect(plain)
    }
}
