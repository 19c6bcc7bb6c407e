import Foundation
import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("GraphAssembler")
struct GraphAssemblerTests {
    private static func extractions(_ ids: [String]) -> [ArticleExtraction] {
        ids.map { ArticleExtraction(article: Article(id: ArticleID($0), text: ""), mentions: [], relations: []) }
    }

    /// The dense ranks of `ids` computed the plain way, with `String` comparison.
    private static func expectedRanks(_ ids: [String]) -> [Int32] {
        let distinct = Array(Set(ids.map(ArticleID.init))).sorted()
        return ids.map { id in Int32(distinct.firstIndex(of: ArticleID(id)) ?? -1) }
    }

    @Test("article ranks follow the ids' string order, equal ids sharing a rank", arguments: [
        ["wcep-2002-08-04-001", "wcep-2002-08-07-001", "wcep-2002-08-04-002", "wcep-2002-08-04-001"],
        ["b", "a", "ab", "a\u{0}", "", "abc", "B", "~"],
        // Ids sharing more than the 24 bytes the keys hold.
        ["corpus/2024/06/21/section-world-0002", "corpus/2024/06/21/section-world-0001", "corpus/2024/06/21/section-world"],
        // Non-ASCII ids: canonically equivalent spellings are equal ids.
        ["caf\u{E9}", "cafe\u{301}", "cafe", "caf\u{E9}-2", "\u{C11C}\u{C6B8}", "zeta"],
        ["a", "b", "c"],
    ])
    func articleRanksFollowStringOrder(ids: [String]) {
        #expect(GraphAssembler.articleRanks(Self.extractions(ids)) == Self.expectedRanks(ids))
    }

    @Test("article ranks of shuffled generated ids follow the string order")
    func articleRanksOfGeneratedIDs() {
        var generator = SystemRandomNumberGenerator()
        let ids = (0..<2_000).map { _ in
            "wcep-20\(Int.random(in: 10...26, using: &generator))-0\(Int.random(in: 1...9, using: &generator))-\(Int.random(in: 0...40, using: &generator))"
        }
        #expect(GraphAssembler.articleRanks(Self.extractions(ids)) == Self.expectedRanks(ids))
    }

    @Test("assembled articles, relations, entities and mentions come in document order")
    func assemblyKeepsOrder() {
        let document = EntityFixtures.graph([
            ("France strongly condemned North Korea over the missile launch.", "2024-06-21"),
            ("Brazil and Kenya agreed to cooperate closely on trade.", nil),
        ])
        #expect(document.articles.map(\.id) == ["a0", "a1"])
        #expect(document.relations.map(\.id.rawValue) == document.relations.map(\.id.rawValue).sorted())
        #expect(document.entities.map(\.id) == document.entities.map(\.id).sorted())
        #expect(document.entities.allSatisfy { $0.mentions == $0.mentions.sorted() })
    }
}

@Suite("GraphAssembler relation ids")
struct GraphAssemblerRelationIDTests {
    @Test("a relation id is the article id, '#', and the number in decimal")
    func relationIDs() {
        for number in [0, 1, 9, 10, 99, 100, 12_345, Int.max] {
            for article in ["a", "wcep-2002-08-04-001", "caf\u{E9}-\u{AC00}"] {
                #expect(GraphAssembler.relationID(article: article, number: number) == "\(article)#\(number)")
            }
        }
    }
}

