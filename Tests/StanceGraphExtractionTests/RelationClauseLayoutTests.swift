import Testing
@testable import StanceGraphExtraction

/// How sentences split into clauses for the argument searches.
@Suite("Relation clause layout")
struct RelationClauseLayoutTests {
    /// Each token's clause, as "word/clause" for the words of `text`.
    static func layout(_ text: String) -> (words: [String], clauses: [Int], layout: ClauseLayout) {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        let classes = tokens.map { RelationCues.classes(of: $0) }
        let layout = ClauseLayout(tokens: tokens, range: 0..<tokens.count, bytes: bytes) { classes[$0] }
        let words = tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        return (words, tokens.indices.map { layout.clause(of: $0) }, layout)
    }

    @Test("a relative clause between commas is nested and the main clause resumes after it")
    func relative() throws {
        let (words, clauses, layout) = Self.layout("Kenya, which hosts the talks, condemned Sudan.")
        let kenya = try #require(words.firstIndex(of: "Kenya"))
        let hosts = try #require(words.firstIndex(of: "hosts"))
        let condemned = try #require(words.firstIndex(of: "condemned"))
        #expect(clauses[kenya] == clauses[condemned])
        #expect(layout.visibility(of: hosts, from: clauses[condemned]) == .nested)
    }

    @Test("a quotation is nested in the clause that reports it")
    func quotation() throws {
        let (words, clauses, layout) = Self.layout("Chile said, \u{201C}Peru must withdraw.\u{201D} and left.")
        let peru = try #require(words.firstIndex(of: "Peru"))
        let left = try #require(words.firstIndex(of: "left"))
        #expect(layout.clauses[clauses[peru]].kind == .quote)
        #expect(layout.visibility(of: peru, from: clauses[left]) == .nested)
    }

    @Test("'while', 'but' and a reporting verb start clauses of their own")
    func siblings() throws {
        let (words, clauses, layout) = Self.layout("Ghana condemned Togo while Benin said Niger supports Mali but Chad objected.")
        let indices = ["Ghana", "Benin", "Niger", "Chad"].compactMap { words.firstIndex(of: $0) }
        #expect(Set(indices.map { clauses[$0] }).count == 4)
        let niger = indices[2]
        #expect(layout.clauses[clauses[niger]].kind == .content)
        #expect(layout.visibility(of: indices[1], from: clauses[niger]) == .outside)
    }

    @Test("a sentence that opens by closing a quotation continues the quotation")
    func continuedQuote() throws {
        let (words, clauses, layout) = Self.layout("We will respond.\u{201D} Then he left.")
        let respond = try #require(words.firstIndex(of: "respond"))
        #expect(layout.continuesQuote)
        #expect(layout.clauses[clauses[respond]].kind == .quote)
    }
}
