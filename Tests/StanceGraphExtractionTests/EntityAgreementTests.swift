import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

@Suite("Entities: agreements")
struct EntityAgreementTests {
    func agreements(_ text: String) -> [RecognizedMention] {
        EntityFixtures.mentions(text).filter { $0.type == .agreement }
    }

    @Test("parties named before the treaty: 'X and Y's signing of a ... treaty'")
    func partiesBefore() {
        let found = agreements("Officials said Hanoi and Canberra's signing of a comprehensive maritime partnership treaty surprised nobody.")
        #expect(found.map(\.target) == ["agreement Australia-Vietnam comprehensive maritime partnership treaty"])
        #expect(found.first?.mention.parties == [.known("country:AUS"), .known("country:VNM")])
    }

    @Test("parties named after: 'a pact signed by X and Y', 'a deal between X and Y'", arguments: [
        ("The new defense pact signed by Kenya and Ethiopia worried Somalia.", "agreement Ethiopia-Kenya defense pact"),
        ("A trade deal between Chile and the European Union took effect.", "agreement Chile-European Union trade deal"),
    ])
    func partiesAfter(sentence: String, target: String) {
        #expect(agreements(sentence).map(\.target) == [target])
    }

    @Test("parties inside the phrase: 'the ROK-U.S. alliance', 'UN Security Council resolutions'")
    func partiesInside() {
        let alliance = agreements("Support for the ROK-U.S. alliance is strong.")
        #expect(alliance.map(\.target) == ["agreement South Korea-United States alliance"])
        #expect(alliance.first?.mention.phraseText == "ROK-U.S. alliance")
        let resolutions = agreements("This violates UN Security Council resolutions on arms.")
        #expect(resolutions.map(\.target) == ["agreement UN Security Council resolution"])
    }

    @Test("a title-case name is an agreement as written")
    func titleCase() {
        let found = agreements("The government presented its ‘Sahel Peace and Recovery Initiative’ on Monday.")
        #expect(found.map(\.target) == ["agreement Sahel Peace and Recovery Initiative"])
    }

    @Test("named agreements come from the dictionary with their parties")
    func named() {
        let mentions = EntityFixtures.mentions("Both states left the JCPOA and later the Paris Agreement.")
        #expect(mentions.first("JCPOA")?.target == "agreement:joint-comprehensive-plan-of-action")
        #expect(mentions.first("Paris Agreement")?.target == "agreement:paris-agreement")
        #expect(EntityFixtures.knowledge.actor("agreement:new-start")?.parties == ["country:USA", "country:RUS"])
    }

    @Test("a generic agreement with no parties is no entity", arguments: [
        "A ceasefire agreement was reached overnight.",
        "They hope for a peace deal soon.",
        "Treaty talks resume next week.",
    ])
    func generic(sentence: String) {
        #expect(agreements(sentence).isEmpty)
    }

    @Test("one article's treaty and pact with the same parties are one agreement, named by the fuller phrase")
    func sameArticle() {
        let text = """
            Rabat and Nouakchott's signing of a comprehensive security cooperation treaty drew criticism. \
            Algeria condemned the new pact signed by Morocco and Mauritania.
            """
        let found = agreements(text)
        #expect(Set(found.map(\.target)) == ["agreement Mauritania-Morocco comprehensive security cooperation treaty"])
        #expect(found.count == 2)
    }

    @Test("a generic mention joins the article's one agreement of its family")
    func genericJoins() {
        let text = "Lisbon and Madrid signed a water sharing accord. The water sharing accord takes effect in May."
        #expect(Set(agreements(text).map(\.target)) == ["agreement Portugal-Spain water sharing accord"])
    }

    @Test("the same treaty in two articles is one node; unrelated generic agreements do not merge")
    func acrossArticles() {
        let graph = EntityFixtures.graph(
            "Ghana and Togo's signing of a border demarcation treaty ended the dispute.",
            "The border demarcation treaty signed by Togo and Ghana was ratified.",
            "A ceasefire agreement held in one town; another ceasefire agreement failed elsewhere.")
        let treaties = graph.entities.filter { $0.type == .agreement }
        #expect(treaties.map(\.id.rawValue) == ["agreement:ghana-togo-border-demarcation-treaty"])
        #expect(Set(treaties.first?.mentions.map(\.article.rawValue) ?? []) == ["a0", "a1"])
        let parties = graph.relations(.party).map { "\($0.source.rawValue)->\($0.target.rawValue)" }
        #expect(Set(parties) == ["country:GHA->agreement:ghana-togo-border-demarcation-treaty",
                                 "country:TGO->agreement:ghana-togo-border-demarcation-treaty"])
    }
}
