import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("Entities: organizations and institutions")
struct EntityOrganizationTests {
    @Test("international organizations by name and acronym", arguments: [
        ("The UN Security Council met.", "UN Security Council", "organization:un-security-council"),
        ("The U.N. Security Council met.", "U.N. Security Council", "organization:un-security-council"),
        ("NATO allies met.", "NATO", "organization:nato"),
        ("The Nato summit opened.", "Nato", "organization:nato"),
        ("The EU imposed tariffs.", "EU", "organization:european-union"),
        ("G7 ministers met.", "G7", "organization:group-of-seven"),
        ("G20 leaders met.", "G20", "organization:group-of-twenty"),
        ("APEC ministers met.", "APEC", "organization:asia-pacific-economic-cooperation"),
        ("ASEAN leaders met.", "ASEAN", "organization:association-of-southeast-asian-nations"),
        ("The IAEA inspected the site.", "IAEA", "organization:international-atomic-energy-agency"),
        ("UNESCO listed the site.", "UNESCO", "organization:unesco"),
        ("An African Union summit opened in Addis Ababa.", "African Union", "organization:african-union"),
        ("ECOWAS suspended Niger.", "ECOWAS", "organization:economic-community-of-west-african-states"),
        // A longer council's name is not the UN's "Security Council".
        ("The Peace and Security Council met in Addis Ababa.", "Peace and Security Council",
         "organization:african-union-peace-and-security-council"),
    ])
    func organizations(sentence: String, surface: String, id: String) {
        #expect(EntityFixtures.mentions(sentence).first(surface)?.target == id)
    }

    @Test("a national institution takes the state named before it or after 'of'", arguments: [
        ("According to Seoul's foreign ministry, talks went well.", "foreign ministry", "country:KOR"),
        ("The Japanese Foreign Ministry summoned the envoy.", "Foreign Ministry", "country:JPN"),
        ("Brazil's Ministry of Defence denied it.", "Ministry of Defence", "country:BRA"),
        ("The Ministry of Foreign Affairs of Senegal issued a note.", "Ministry of Foreign Affairs", "country:SEN"),
        ("The French embassy closed.", "embassy", "country:FRA"),
    ])
    func institutions(sentence: String, surface: String, country: String) {
        let mention = EntityFixtures.mentions(sentence).first(surface)
        #expect(mention?.type == .organization)
        #expect(mention?.mention.country == EntityID(country))
        if case .discovered(_, let name) = mention?.reference {
            #expect(name.hasSuffix(")"), "the name should carry the state: \(name)")
        } else {
            Issue.record("expected a discovered institution, got \(String(describing: mention))")
        }
    }

    @Test("two states' foreign ministries are two nodes; one state's is one node across articles")
    func institutionsAcrossArticles() {
        let graph = EntityFixtures.graph(
            "Chile's foreign ministry protested.", "The Chilean foreign ministry and Argentina's foreign ministry met.")
        let ministries = graph.entities.filter { $0.name.hasPrefix("Ministry of Foreign Affairs") }
        #expect(ministries.map(\.id.rawValue) == [
            "organization:ministry-of-foreign-affairs-argentina", "organization:ministry-of-foreign-affairs-chile",
        ])
        #expect(ministries.first { $0.id.rawValue.hasSuffix("chile") }?.mentions.count == 2)
        #expect(ministries.first { $0.id.rawValue.hasSuffix("chile") }?.country == EntityID("country:CHL"))
    }

    @Test("a lower-case institution with no state names nothing")
    func bareInstitution() {
        #expect(EntityFixtures.mentions("The parliament voted and the foreign ministry said nothing.").filter { $0.type == .organization }.isEmpty)
    }

    @Test("known institutions carry their state", arguments: [
        ("The National Intelligence Service briefed lawmakers.", "National Intelligence Service", "country:KOR"),
        ("The State Department said so.", "State Department", "country:USA"),
        ("The Bundestag voted.", "Bundestag", "country:DEU"),
    ])
    func knownInstitutions(sentence: String, surface: String, country: String) {
        #expect(EntityFixtures.mentions(sentence).first(surface)?.mention.country == EntityID(country))
    }
}

@Suite("Entities: demonyms as actors")
struct EntityDemonymTests {
    @Test("a demonym before an actor noun names the state acting", arguments: [
        ("North Korean troops crossed the river.", "North Korean", "troops"),
        ("The Ukrainian military said it held the line.", "Ukrainian", "military"),
        ("Japanese Foreign Minister Yoko Kamikawa spoke.", "Japanese", "Foreign Minister"),
        ("The Chilean government protested.", "Chilean", "government"),
        ("Kenyan officials denied it.", "Kenyan", "officials"),
    ])
    func actorNouns(sentence: String, demonym: String, noun: String) {
        let mention = EntityFixtures.mentions(sentence).first(demonym)
        #expect(mention?.kind == .demonym)
        #expect(mention?.mention.modifiesActor == true)
        let bytes = Array(sentence.utf8)
        let tokens = Tokenizer().tokenize(bytes)
        if let range = mention?.mention.actorNoun {
            let text = String(decoding: bytes[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
            #expect(text == noun)
        }
    }

    @Test("a demonym that only describes is no actor", arguments: [
        ("Korean workers were sent home.", "Korean"),
        ("They discussed North Korean military cooperation.", "North Korean"),
        ("French wine prices rose.", "French"),
    ])
    func descriptive(sentence: String, demonym: String) {
        let mention = EntityFixtures.mentions(sentence).first(demonym)
        #expect(mention?.kind == .demonym)
        #expect(mention?.mention.modifiesActor == false)
    }

    @Test("coordinated demonyms share the actor noun: 'Russian-North Korean forces'")
    func coordinated() {
        let mentions = EntityFixtures.mentions("Russian-North Korean forces advanced.")
        #expect(mentions.first("Russian")?.mention.modifiesActor == true)
        #expect(mentions.first("North Korean")?.mention.modifiesActor == true)
    }

    @Test("plural demonyms name the state: 'the Russians'")
    func plurals() {
        #expect(EntityFixtures.mentions("The Russians withdrew.").first("Russians")?.target == "country:RUS")
        #expect(EntityFixtures.mentions("Israelis voted.").first("Israelis")?.target == "country:ISR")
    }
}
