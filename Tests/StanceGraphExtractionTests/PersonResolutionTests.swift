import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("People: one node per person across articles")
struct PersonResolutionTests {
    @Test("spelling variants of one name share a key", arguments: [
        ("Cho Tae-yeol", "Cho Tae-yul"), ("Yoon Suk Yeol", "Yoon Suk-yeol"), ("Moon Jae-in", "Moon Jae In"),
        ("Tony Blinken", "Antony Blinken"), ("Sergey Lavrov", "Sergei Lavrov"), ("José Ramírez", "Jose Ramirez"),
    ])
    func sameKey(first: String, second: String) {
        #expect(PersonNameKey.key(for: first) == PersonNameKey.key(for: second))
    }

    @Test("different consonants and different surnames keep different keys", arguments: [
        ("Baek Seung-hoon", "Paek Seung-hoon"), ("Tony Blinken", "Tony Blanken"), ("Kim Jong Un", "Kim Jong Il"),
    ])
    func differentKeys(first: String, second: String) {
        #expect(PersonNameKey.key(for: first) != PersonNameKey.key(for: second))
    }

    @Test("a name splits into the words a split on spaces gives, ASCII or not", arguments: [
        "Cho Tae-yul", "  Yoon  Suk Yeol ", "Martin Luther King Jr.", "Lula", "", "   ", "José Ramírez",
        "Jose\u{0301} Rami\u{0301}rez", "Kim \u{0301}Jong Un",
    ])
    func wordsOfName(name: String) {
        #expect(PersonNameKey.words(of: name) == name.split(separator: " "))
        #expect(PersonNameKey.wordCount(of: name) == name.split(separator: " ").count)
    }

    @Test("an ASCII name's surname key is the one the Character-based path gives", arguments: [
        "Cho Tae-yul", "Kim Jong Un", "Li Qiang", "Martin Luther King Jr.", "Martin King Jr.", "Lula",
        "President Lula da Silva", "Antony Blinken", "Yoon Suk-yeol", "Yoon Suk-Yeol", "Jean-Yves Le Drian",
        "Ali Al-", "  Cho  Tae-yul ", "Kim", "",
    ])
    func asciiSurnameKey(name: String) {
        let suffixes = TokenKeySet(words: ["jr", "sr"])
        let familyNameFirst = TokenKeySet(words: ["kim", "li"])
        // A lower-case word is no part of a name's words; a non-ASCII one sends the
        // name down the Character-based path.
        #expect(PersonNameKey.surnameKey(for: name, familyNameFirst: familyNameFirst, suffixes: suffixes)
            == PersonNameKey.surnameKey(for: name + " \u{E9}t\u{E9}", familyNameFirst: familyNameFirst, suffixes: suffixes))
    }

    @Test("the surname is the first word of East Asian names, else the last that is no suffix", arguments: [
        ("Cho Tae-yul", "cho"), ("Kim Jong Un", "kim"), ("Martin Luther King Jr.", "king"), ("Antony Blinken", "blinken"),
        ("President Lula da Silva", "silva"), ("Jos\u{E9} Ram\u{ED}rez", "ramirez"),
    ])
    func surnameKeys(name: String, surname: String) {
        let key = PersonNameKey.surnameKey(for: name, familyNameFirst: TokenKeySet(words: ["kim"]),
                                           suffixes: TokenKeySet(words: ["jr"]))
        #expect(key == surname)
    }

    @Test("references that are equal hash alike, and a person's name does not split its key")
    func referenceHashing() {
        let first = EntityReference.person(name: "Cho Tae-yeol", key: "chotaeyul")
        let second = EntityReference.person(name: "Cho Tae-yul", key: "chotaeyul")
        #expect(first != second)
        #expect(Set([first, second, first]).count == 2)
        let composed = EntityReference.discovered(type: .organization, name: "Caf\u{E9}")
        let decomposed = EntityReference.discovered(type: .organization, name: "Cafe\u{301}")
        #expect(composed == decomposed && composed.hashValue == decomposed.hashValue)
        #expect(EntityReference.known(EntityID("country:KOR")).hashValue == EntityReference.known(EntityID("country:KOR")).hashValue)
    }

    @Test("the same unknown person spelled two ways in two articles is one node")
    func twoSpellings() {
        let graph = EntityFixtures.graph(
            "South Korean Unification Minister Kwon Yeong-seok visited the border.",
            "Unification Minister Kwon Young-suk met families. Kwon promised support.")
        let people = graph.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.id.rawValue == "person:kwon-yeong-seok")
        #expect(Set(people.first?.aliases ?? []) == ["Kwon Young-suk", "Kwon"])
        #expect(people.first?.country == EntityID("country:KOR"))
        #expect(people.first?.role == "unification minister")
    }

    @Test("a short given name and the full one are one node: 'Tom' and 'Thomas'")
    func givenNames() {
        let graph = EntityFixtures.graph(
            "Canadian Foreign Minister Tom Ashgrove spoke.", "Canadian Foreign Minister Thomas Ashgrove replied.")
        #expect(graph.entities.filter { $0.type == .person }.map(\.id.rawValue) == ["person:tom-ashgrove"])
    }

    @Test("a surname alone in another article joins the one person of that name and country")
    func surnameAcrossArticles() {
        let graph = EntityFixtures.graph(
            "Kenyan President Daniel Wanjiku Otieno opened the summit.", "President Otieno closed it.")
        let people = graph.entities.filter { $0.type == .person }
        #expect(people.map(\.id.rawValue) == ["person:daniel-wanjiku-otieno"])
        #expect(people.first?.mentions.count == 2)
    }

    @Test("two different people of one surname keep a surname-only mention apart")
    func ambiguousSurname() {
        let graph = EntityFixtures.graph(
            "Fijian Prime Minister Jone Tabua spoke.", "Fijian Defence Minister Mere Tabua spoke.", "President Tabua replied.")
        let ids = Set(graph.entities.filter { $0.type == .person }.map(\.id.rawValue))
        #expect(ids == ["person:jone-tabua", "person:mere-tabua", "person:tabua"])
    }

    @Test("a text spelling of a known person joins the known node")
    func knownPerson() {
        let graph = EntityFixtures.graph("Foreign Minister Cho Tae-yeol met envoys.")
        #expect(graph.entity("person:cho-tae-yul")?.aliases.contains("Cho Tae-yeol") == true)
        #expect(graph.entity("person:cho-tae-yul")?.country == EntityID("country:KOR"))
    }

    @Test("the country of a person is the dictionary's, else the one the texts give most")
    func majorityCountry() {
        let graph = EntityFixtures.graph(
            "Peruvian Trade Minister Ana Quispe spoke.", "Peruvian Trade Minister Ana Quispe left.", "Ana Quispe, Bolivia's trade minister, returned.")
        #expect(graph.entity("person:ana-quispe")?.country == EntityID("country:PER"))
    }
}
