import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("Gazetteer: countries and places")
struct GazetteerTests {
    let knowledge = EntityFixtures.knowledge

    @Test("lists every UN member and observer state, Taiwan and Kosovo, with unique alpha-3 codes")
    func everyState() {
        let countries = knowledge.actors.filter { $0.type == .country }
        #expect(countries.count == 197)
        let codes = countries.compactMap(\.code)
        #expect(codes.count == 197)
        #expect(Set(codes).count == 197)
        #expect(codes.allSatisfy { $0.count == 3 && $0 == $0.uppercased() })
        for code in ["KOR", "PRK", "USA", "VAT", "PSE", "TWN", "XKX", "SSD", "TLS", "MKD"] {
            #expect(codes.contains(code), "missing \(code)")
        }
        #expect(countries.allSatisfy { $0.id.rawValue == "country:\($0.code ?? "")" })
    }

    @Test("short forms, official names, demonyms and seats of power name their state", arguments: [
        ("U.S. officials arrived.", "U.S.", "country:USA"),
        ("The US and the UK disagreed.", "US", "country:USA"),
        ("USA", "USA", "country:USA"),
        ("The UK responded.", "UK", "country:GBR"),
        ("The ROK navy sailed.", "ROK", "country:KOR"),
        ("The DPRK fired a missile.", "DPRK", "country:PRK"),
        ("The PRC objected.", "PRC", "country:CHN"),
        ("The Republic of Korea voted.", "Republic of Korea", "country:KOR"),
        ("A South Korean diplomat spoke.", "South Korean", "country:KOR"),
        ("A North Korean diplomat spoke.", "North Korean", "country:PRK"),
        ("Russian troops moved.", "Russian", "country:RUS"),
        ("Seoul protested.", "Seoul", "country:KOR"),
        ("Pyongyang answered.", "Pyongyang", "country:PRK"),
        ("Moscow denied it.", "Moscow", "country:RUS"),
        ("The Kremlin denied it.", "Kremlin", "country:RUS"),
        ("Washington warned.", "Washington", "country:USA"),
        ("The White House warned.", "White House", "country:USA"),
        ("Beijing hit back.", "Beijing", "country:CHN"),
        ("Kyiv welcomed it.", "Kyiv", "country:UKR"),
        ("Kiev welcomed it.", "Kiev", "country:UKR"),
        ("Tokyo agreed.", "Tokyo", "country:JPN"),
        ("Türkiye and Turkey are one state.", "Türkiye", "country:TUR"),
        ("Côte d'Ivoire voted.", "Côte d'Ivoire", "country:CIV"),
        ("Brasília said no.", "Brasília", "country:BRA"),
        ("The Élysée said no.", "Élysée", "country:FRA"),
    ])
    func names(sentence: String, surface: String, id: String) {
        let mentions = EntityFixtures.mentions(sentence)
        #expect(mentions.first(surface)?.target == id, "\(mentions)")
    }

    @Test("lower-case words never match capitalized names or acronyms", arguments: [
        "tell us who won", "the chad of a ballot", "a turkey dinner", "it is china tea",
    ])
    func caseMatters(sentence: String) {
        #expect(EntityFixtures.mentions(sentence).filter { $0.type == .country || $0.type == .organization }.isEmpty)
    }

    @Test("an acronym among words in capitals is shouting, not the acronym")
    func shouting() {
        #expect(!EntityFixtures.mentions("THE MAN WHO KNEW TOO MUCH").names("organization:world-health-organization"))
        #expect(EntityFixtures.mentions("The WHO warned of a new outbreak.").names("organization:world-health-organization"))
    }

    @Test("'Korea' alone is South Korea")
    func koreaAlone() {
        let mentions = EntityFixtures.mentions("Korea and Japan agreed to meet while North Korea stayed away.")
        #expect(mentions.first("Korea")?.target == "country:KOR")
        #expect(mentions.first("North Korea")?.target == "country:PRK")
    }

    @Test("'the North' is North Korea in a Korean context, not before another capitalized word")
    func theNorth() {
        let korean = EntityFixtures.mentions("Seoul said the North's missile test was a provocation.")
        #expect(korean.first("the North")?.target == "country:PRK")
        let atlantic = EntityFixtures.mentions("Seoul sent ships to the North Atlantic.")
        #expect(atlantic.first("the North") == nil)
        let elsewhere = EntityFixtures.mentions("Voters in the North backed the party.")
        #expect(elsewhere.first("the North") == nil)
    }

    @Test("hyphenated compounds split into their states", arguments: [
        ("Korea-US-Japan cooperation deepened.", ["country:KOR", "country:USA", "country:JPN"]),
        ("The ROK-U.S. summit ended.", ["country:KOR", "country:USA"]),
        ("The India-Pakistan border is tense.", ["country:IND", "country:PAK"]),
    ])
    func compounds(sentence: String, ids: [String]) {
        let found = EntityFixtures.mentions(sentence).filter { $0.type == .country }.map(\.target)
        #expect(found == ids)
    }

    @Test("a coordinated qualifier names its own state: 'North and South Korea'")
    func coordinated() {
        let found = EntityFixtures.mentions("Leaders of North and South Korea met.").filter { $0.type == .country }.map(\.target)
        #expect(found == ["country:PRK", "country:KOR"])
    }

    @Test("a capital is a place after 'in' or before ', Country', the state otherwise")
    func capitalsAsPlaces() {
        let mentions = EntityFixtures.mentions("The ministers met in Lima, Peru, and Jakarta, Indonesia, then Lima announced a deal.")
        let lima = mentions.filter { $0.text == "Lima" }
        #expect(lima.first?.target == "place:lima")
        #expect(lima.first?.mention.country == EntityID("country:PER"))
        #expect(lima.last?.target == "country:PER")
        #expect(mentions.first("Jakarta")?.type == .place)
        #expect(mentions.first("Peru")?.target == "country:PER")
    }

    @Test("places that are not states are places of their country", arguments: [
        ("Fighting spread in Kursk Oblast.", "Kursk Oblast", "country:RUS"),
        ("A ship docked at Vladivostok.", "Vladivostok", "country:RUS"),
        ("Shelling hit the Gaza Strip.", "Gaza Strip", "country:PSE"),
    ])
    func places(sentence: String, surface: String, country: String) {
        let mention = EntityFixtures.mentions(sentence).first(surface)
        #expect(mention?.type == .place)
        #expect(mention?.mention.country == EntityID(country))
    }

    @Test("regions that contain a country's name stay regions")
    func regions() {
        let mentions = EntityFixtures.mentions("Latin American leaders met near the South China Sea.")
        #expect(!mentions.names("country:USA"))
        #expect(!mentions.names("country:CHN"))
        #expect(mentions.first("South China Sea")?.type == .place)
    }

    @Test("an unknown place before ', Country' after a locative is a place of that country")
    func unknownPlace() {
        let mention = EntityFixtures.mentions("The summit was held in Fiuggi, Italy, on Monday.").first("Fiuggi")
        #expect(mention?.type == .place)
        #expect(mention?.mention.country == EntityID("country:ITA"))
    }
}

@Suite("PhraseTrie")
struct PhraseTrieTests {
    @Test("finds every phrase starting at a token, shortest first, and nothing else")
    func matches() {
        var trie = PhraseTrie<String>()
        for phrase in ["North Korea", "North", "North Korean People's Army", "Korea"] {
            trie.insert(PhrasePattern(phrase).keys, payload: phrase)
        }
        let tokens = Tokenizer().tokenize(Array("North Korean People's Army units".utf8))
        var found: [String] = []
        trie.matches(in: tokens, from: 0, key: { $0.key }) { _, payloads in found += payloads }
        #expect(found == ["North", "North Korean People's Army"])
        #expect(trie.payloads(forKeys: PhrasePattern("North Korea").keys) == ["North Korea"])
        #expect(trie.payloads(forKeys: PhrasePattern("South Korea").keys).isEmpty)
        #expect(!trie.startsPhrase(TokenKey.key("units")))
    }

    @Test("a phrase added again after others keeps all its payloads, in the order they were added")
    func payloadsAddedLater() {
        var trie = PhraseTrie<String>()
        trie.insert(PhrasePattern("Georgia").keys, payload: "country")
        trie.insert(PhrasePattern("Armenia").keys, payload: "neighbour")
        trie.insert(PhrasePattern("Georgia").keys, payload: "state")
        trie.insert(PhrasePattern("Armenia").keys, payload: "republic")
        #expect(trie.payloads(forKeys: PhrasePattern("Georgia").keys) == ["country", "state"])
        #expect(trie.payloads(forKeys: PhrasePattern("Armenia").keys) == ["neighbour", "republic"])
        let tokens = Tokenizer().tokenize(Array("Georgia".utf8))
        var found: [String] = []
        trie.matches(in: tokens, from: 0, key: { $0.key }) { _, payloads in found += payloads }
        #expect(found == ["country", "state"])
    }

    @Test("holds many phrases without losing any")
    func manyPhrases() {
        var trie = PhraseTrie<Int>()
        for number in 0..<5000 { trie.insert([UInt64(number) &* 0x9E37_79B9_7F4A_7C15, UInt64(number)], payload: number) }
        for number in stride(from: 0, to: 5000, by: 7) {
            #expect(trie.payloads(forKeys: [UInt64(number) &* 0x9E37_79B9_7F4A_7C15, UInt64(number)]) == [number])
        }
        #expect(trie.count == 5000)
    }
}

@Suite("PhrasePattern")
struct PhrasePatternTests {
    @Test("capitalized lexicon words need capitals, acronyms need all capitals, lower case matches any case", arguments: [
        ("US", "US", true), ("US", "us", false), ("US", "Us", false),
        ("North Korea", "north korea", false), ("North Korea", "North Korea", true),
        ("foreign ministry", "Foreign Ministry", true), ("foreign ministry", "foreign ministry", true),
    ])
    func caseConstraints(pattern: String, text: String, matches: Bool) {
        let tokens = Tokenizer().tokenize(Array(text.utf8))
        #expect(PhrasePattern(pattern).caseMatches(tokens, from: 0) == matches)
    }
}
