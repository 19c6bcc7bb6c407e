import Testing
@testable import StanceGraphExtraction

@Suite("Tokenizer")
struct TokenizerTests {
    func texts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test("splits words, punctuation, possessives, hyphens and keeps initialisms", arguments: [
        ("Brazil's envoy", ["Brazil", "'s", "envoy"]),
        ("Brazil’s envoy", ["Brazil", "’s", "envoy"]),
        ("the U.S.-led coalition", ["the", "U.S.", "-", "led", "coalition"]),
        ("ROK-U.S. alliance", ["ROK", "-", "U.S.", "alliance"]),
        ("Korea-US-Japan talks", ["Korea", "-", "US", "-", "Japan", "talks"]),
        ("O’Brien and O'Neill don't", ["O’Brien", "and", "O'Neill", "don't"]),
        ("1,500.5 troops.", ["1,500.5", "troops", "."]),
        ("“Peace” — now", ["“", "Peace", "”", "—", "now"]),
        ("Lula\u{00A0}da Silva", ["Lula", "da", "Silva"]),
        ("N. Korea", ["N.", "Korea"]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(texts(text) == expected)
    }

    @Test("keys ignore case, periods and common accents; shapes keep them")
    func keysAndShapes() {
        let tokens = Tokenizer().tokenize(Array("US us U.S. Élysée Elysee WHO".utf8))
        #expect(tokens[0].key == tokens[1].key)
        #expect(tokens[0].key == tokens[2].key)
        #expect(tokens[0].shape.contains(.allUpper))
        #expect(!tokens[1].shape.contains(.allUpper))
        #expect(tokens[2].shape.contains(.dotted))
        #expect(tokens[3].key == tokens[4].key)
        #expect(tokens[3].isCapitalized && tokens[3].shape.contains(.nonASCII))
        #expect(tokens[5].shape.contains(.allUpper))
    }

    @Test("case shape comes from the word's first letter and all its letters, digits aside", arguments: [
        ("G7", true, true, true),
        ("7G", true, true, true),
        ("iPhone", false, false, false),
        ("McCain", true, false, false),
        ("2024", false, false, true),
        ("É-mail", true, false, false),
        ("ÉU", true, false, false),
        ("O'NEILL", true, true, false),
    ])
    func shapes(word: String, capitalized: Bool, allUpper: Bool, digits: Bool) {
        let token = Tokenizer().tokenize(Array(word.utf8))[0]
        #expect(token.isCapitalized == capitalized, "\(word) capitalized")
        #expect(token.shape.contains(.allUpper) == allUpper, "\(word) all upper")
        #expect(token.shape.contains(.digits) == digits, "\(word) digits")
    }

    @Test("a word's key is the same whether it is read in one run or across apostrophes and accents")
    func keysAcrossRuns() {
        let tokens = Tokenizer().tokenize(Array("O'Neill o'neill Pelé pele PELE".utf8))
        #expect(tokens[0].key == tokens[1].key)
        #expect(tokens[2].key == tokens[3].key && tokens[3].key == tokens[4].key)
        #expect(tokens[0].key != tokens[2].key)
    }

    @Test("stems share a key across inflections and spellings", arguments: [
        ["condemned", "condemns", "condemning", "condemn"],
        ["criticised", "criticized", "criticises"],
        ["defence", "defense"],
        ["studies", "studied", "study"],
        ["Condemned", "CONDEMNING", "condemns"],
        ["Sanctioned", "sanctions", "SANCTION"],
        ["Résumés", "resumes", "RESUMED"],
    ])
    func stems(words: [String]) {
        let stems = Set(words.map { Tokenizer().tokenize(Array($0.utf8))[0].stem })
        #expect(stems.count == 1, "\(words) should share a stem")
    }

    @Test("the fast path for plain ASCII words gives the general path's tokens, keys, shapes and stems", arguments: [
        """
        The ministers condemned the strikes, saying Russia's forces were targeting civilians. \
        Officials in Kyiv criticised the U.S. and U.N. for delays; the E.U. is studying sanctions. \
        NATO's summit agreed defence spending of 2.5% after 1,500 troops, 3.14 tonnes and G7 talks. \
        Organisations organising rallies apologised: centres, harbours, colours, theatre and labour. \
        Dropping, stopped, filled, falling, passes, wishes, watches, boxes, focus, bus, this, crisis. \
        Studies studied tried flies denies carried hurried. Résumés, Pelé, Zürich, Ελλάδα, ПУТИН, 北京. \
        O’Brien, O'Neill, don't, Kyiv’s mayor, ROK-U.S. ties, Tae-yeol, iPhone, McCain, COVID19 \
        and 5G; N. Korea. ALL CAPS HEADLINE SAYS SANCTIONS EXPANDED. seeing agreed freed used \
        ties dies lies eyes goes does says owes sees uses fence licence pence sentence ising \
        rise wise raise praised surprising isation organisation nationalisation our hour tour \
        four flour devour tre acre genre spectre metre ed red bed fed led shed bled shred \
        ing king ring sing bring string thing being doing going ly only early yearly fully \
        tenderly s's 's' x 'quoted' word. end.
        """,
        "seen", "runs", "ties", "SEEN", "Runs", "ends.", "a", "ab", "abc", "abcd", "abcde", "Dr.", "A.", "I'm", "words’",
        "trailing", "cats\u{00A0}", "e1", "E1", "ED", "ING", "INGS", "Fence", "DEFENCE", "Harbour", "x'y", "tree'", "Tree’s",
    ])
    func fastPathMatchesGeneralPath(text: String) {
        let bytes = Array(text.utf8)
        let fast = Tokenizer().tokenize(bytes)
        let general = Tokenizer.tokensByGeneralPath(bytes)
        #expect(fast.count == general.count)
        for (a, b) in zip(fast, general) {
            #expect(a == b, "\(String(decoding: bytes[b.range], as: UTF8.self))")
        }
    }

    @Test("a stem derived from the word's hash equals the hash of the stemmed word", arguments: [
        "condemned", "condemning", "studies", "criticised", "organisation", "harbour", "centre", "defence",
        "dropping", "passes", "boxes", "stopped", "filled", "seeing", "agreed", "realises", "colour",
    ])
    func stemHash(word: String) {
        let token = Tokenizer().tokenize(Array(word.utf8))[0]
        #expect(token.stem == TokenKey.hash(Stemmer.stem(Array(word.utf8))))
    }

    @Test("token offsets are UTF-8 byte offsets into the text")
    func offsets() {
        let text = "Kyiv’s mayor"
        let tokens = Tokenizer().tokenize(Array(text.utf8))
        #expect(tokens.map(\.start) == [0, 4, 9])
        #expect(tokens.map(\.end) == [4, 8, 14])
    }
}

@Suite("Stemmer")
struct StemmerTests {
    @Test("strips one inflection and unifies British spellings", arguments: [
        ("organisation", "organization"),
        ("harbour", "harbor"),
        ("centre", "center"),
        ("dropping", "drop"),
        ("passes", "pass"),
        ("focus", "focus"),
    ])
    func stem(word: String, expected: String) {
        #expect(String(decoding: Stemmer.stem(Array(word.utf8)), as: UTF8.self) == String(decoding: Stemmer.stem(Array(expected.utf8)), as: UTF8.self))
    }

    @Test("a word whose last two letters rule out every rule is its own stem", arguments: [
        "walk", "organisati", "harbo", "stress", "x", "condemn", "studi", "ceas", "devo", "fen", "nat",
    ])
    func mayChangeIsSafe(prefix: String) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for previous in letters {
            for last in letters where !Stemmer.mayChange(last: last, previous: previous) {
                let word = Array(prefix.utf8) + [previous, last]
                #expect(Stemmer.stem(word) == word, "\(String(decoding: word, as: UTF8.self))")
            }
        }
    }

    @Test("leaves words with other letters alone")
    func nonASCII() {
        #expect(Stemmer.stem(Array("ünions".utf8)) == Array("ünions".utf8))
    }
}
