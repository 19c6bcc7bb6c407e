import Testing
@testable import StanceGraphExtraction

@Suite("PhraseStartFilter")
struct PhraseStartFilterTests {
    /// The first token of `text`.
    func token(_ text: String) -> Token {
        Tokenizer().tokenize(Array(text.utf8))[0]
    }

    @Test("a phrase needing a capital passes capitalized tokens only; others pass in any case")
    func caseOfTheFirstWord() {
        var filter = PhraseStartFilter()
        filter.insert(TokenKey.key("Korea"), capitalizedStart: true)
        filter.insert(TokenKey.key("ministry"), capitalizedStart: false)
        #expect(filter.mayStart(token("Korea"), key: TokenKey.key("Korea")))
        #expect(!filter.mayStart(token("korea"), key: TokenKey.key("korea")))
        #expect(filter.mayStart(token("ministry"), key: TokenKey.key("ministry")))
        #expect(filter.mayStart(token("Ministry"), key: TokenKey.key("Ministry")))
        #expect(filter.mayStart(TokenKey.key("korea")))
        #expect(!filter.mayStart(TokenKey.key("units")))
    }

    @Test("the union of the filters of several tries passes what any of them passes, and no more")
    func unionOfTries() {
        var names = PhraseTrie<Int>()
        names.insert(PhrasePattern("North Korea").keys, payload: 1, capitalizedStart: true)
        var institutions = PhraseTrie<Int>()
        institutions.insert(PhrasePattern("foreign ministry").keys, payload: 2)
        var union = names.startFilter
        union.formUnion(institutions.startFilter)
        for text in ["North", "north", "Foreign", "foreign", "Korea", "units", "Ministry"] {
            let first = token(text)
            let either = names.mayStart(first, key: first.key) || institutions.mayStart(first, key: first.key)
            #expect(union.mayStart(first, key: first.key) == either, "\(text)")
        }
        #expect(union.mayStart(token("North"), key: TokenKey.key("north")))
        #expect(!union.mayStart(token("north"), key: TokenKey.key("north")))
        #expect(union.mayStart(token("foreign"), key: TokenKey.key("foreign")))
    }
}
