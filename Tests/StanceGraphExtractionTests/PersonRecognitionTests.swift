import Testing
@testable import StanceGraphExtraction
import StanceGraphModel

/// People found in text the dictionary does not know: every name here is made up,
/// so the rules, not the known-people list, must find them.
@Suite("People: titles, apposition and affiliation")
struct PersonRecognitionTests {
    func people(_ text: String, date: String? = "2024-06-21") -> [RecognizedMention] {
        EntityFixtures.mentions(text, date: date).filter { $0.type == .person }
    }

    @Test("a role title introduces a person, with the country before it", arguments: [
        ("French Foreign Minister Claire Dumontel arrived.", "Claire Dumontel", "country:FRA", "foreign minister"),
        ("Brazilian Defense Minister Rafael Quintanilha spoke.", "Rafael Quintanilha", "country:BRA", "defense minister"),
        ("U.S. Secretary of State Martin Hollis flew in.", "Martin Hollis", "country:USA", "secretary of state"),
        ("Nigeria's defence minister, Tunde Adeyemi, denied it.", "Tunde Adeyemi", "country:NGA", "defense minister"),
        ("The President of Ghana Kofi Mensah-Larbi spoke.", "Kofi Mensah-Larbi", "country:GHA", "president"),
        ("Senegalese Prime Minister Awa Ndiaye Sall resigned.", "Awa Ndiaye Sall", "country:SEN", "prime minister"),
        ("Seoul's top diplomat, Han Min-seok, left.", "Han Min-seok", "country:KOR", "foreign minister"),
    ])
    func titled(sentence: String, name: String, country: String, role: String) {
        let person = people(sentence).first(name)
        #expect(person != nil, "\(people(sentence))")
        #expect(person?.mention.country == EntityID(country))
        #expect(person?.mention.role == role)
        #expect(person?.mention.countryEvidence != nil)
    }

    @Test("apposition after the name: 'NAME, Country's role' and 'NAME, the Country role'", arguments: [
        ("Ilse Varnhagen, Austria's foreign minister, said no.", "Ilse Varnhagen", "country:AUT"),
        ("Pedro Alvim, the Portuguese prime minister, agreed.", "Pedro Alvim", "country:PRT"),
    ])
    func appositionAfter(sentence: String, name: String, country: String) {
        let person = people(sentence).first(name)
        #expect(person?.mention.country == EntityID(country))
    }

    @Test("surnames alone and title plus surname refer back to the full name")
    func shortReferences() {
        let found = people("Chilean Foreign Minister Elena Barrientos met officials. Barrientos said Minister Barrientos would return.")
        let references = Set(found.map(\.target))
        #expect(references == ["person Elena Barrientos"])
        #expect(found.count == 3)
        #expect(found.filter { $0.kind == .shortName }.count == 2)
    }

    @Test("East Asian names are referred to by the family name, written first")
    func familyNameFirst() {
        let found = people("Foreign Minister Park Seo-jin met envoys. Park said the talks were useful.")
        #expect(found.map(\.target) == ["person Park Seo-jin", "person Park Seo-jin"])
    }

    @Test("a surname followed by another name word is someone else")
    func otherPerson() {
        let found = people("Foreign Minister Jo Min-ho met Jo Hyun-woo, a businessman.")
        #expect(found.map(\.target) == ["person Jo Min-ho"])
    }

    @Test("a generic title with a single unknown word that never appears in full is nobody")
    func translationSlip() {
        #expect(people("Minister Yeong expressed concern about the talks.").isEmpty)
    }

    @Test("a specific title with a single name makes a person: 'President Okonjo'")
    func specificTitle() {
        let found = people("President Okonjo visited the port.")
        #expect(found.map(\.target) == ["person Okonjo"])
        #expect(found.first?.mention.role == "president")
    }

    @Test("bylines, photo credits, editors and interview speakers are not people", arguments: [
        "Reporter Kim Sang-woo kimsw@example.com",
        "(Photo = Provided by Defense Ministry)",
        "By Laura Whitfield, editor",
        "Dr. Lee (L): Thank you for having me.",
        "Editor's Pick",
        "Posted by markettrends2032 in Sponsor",
    ])
    func notPeople(text: String) {
        #expect(people(text).isEmpty, "\(people(text))")
    }

    @Test("a capitalized word left by translation is no company and no person")
    func capitalizedSlip() {
        let mentions = EntityFixtures.mentions("The government will be cautious about supporting Daewoo Ukraine's weapons plan.")
        #expect(!mentions.contains { $0.text.contains("Daewoo") })
        #expect(mentions.first("Ukraine")?.target == "country:UKR")
    }

    @Test("names in a title-case headline are not taken past the first word")
    func headline() {
        let text = "FM Varga Discusses Response To Border Crisis With Neighbours\nForeign Minister Zoltan Varga spoke on Friday."
        let found = people(text)
        #expect(Set(found.map(\.target)) == ["person Zoltan Varga"])
    }

    @Test("a one-word country after a title is the start of a name: 'Foreign Minister Jordan Pell'")
    func countryNamedPerson() {
        let found = people("Foreign Minister Jordan Pell arrived.")
        #expect(found.map(\.target) == ["person Jordan Pell"])
    }

    @Test("a title word inside a longer proper name is no title", arguments: [
        "Fans watched an English Premier League game.",
        "The central bank closed Prince Bank on Monday.",
        "An American General Atomics drone crashed.",
        "Workers of the Tunisian General Labour Union marched.",
    ])
    func titleInsideName(sentence: String) {
        #expect(people(sentence).isEmpty, "\(people(sentence))")
    }

    @Test("ranks and honorifics after a title are skipped, short given names kept", arguments: [
        ("Omani Interior Minister Lt. Gen. Hamad Saif spoke.", "Hamad Saif"),
        ("Chinese Vice Premier Liu He signed it.", "Liu He"),
        ("The first president, George Washington, refused.", "George Washington"),
    ])
    func ranksAndNames(sentence: String, name: String) {
        #expect(people(sentence).map(\.text) == [name])
    }

    @Test("prose full of names is no headline: every name is read in full")
    func proseIsNoHeadline() {
        let text = "President of Mali Amadou Keita and President of Niger Ibrahim Sani Diallo meet in Niamey."
        #expect(Set(people(text).map(\.text)) == ["Amadou Keita", "Ibrahim Sani Diallo"])
    }

    @Test("an unstated country comes from the one ministry of the same portfolio the text ties to a state")
    func portfolioRule() {
        let text = "According to Lima's foreign ministry on Friday, Foreign Minister Lucia Arrieta held talks with U.S. Secretary of State Martin Hollis."
        let found = people(text)
        #expect(found.first("Lucia Arrieta")?.mention.country == EntityID("country:PER"))
        #expect(found.first("Martin Hollis")?.mention.country == EntityID("country:USA"))
    }

    @Test("bare titles share the home state of the article's other bare-titled officials")
    func homeCountry() {
        // Antony Blinken is known (United States); the bare-titled defence secretary is then American too.
        let text = "Secretary of State Antony Blinken and Defense Secretary Walter Prine met the press."
        let found = people(text, date: "2022-03-01")
        #expect(found.first("Walter Prine")?.mention.country == EntityID("country:USA"))
    }
}

@Suite("People: known names and dates")
struct PersonDictionaryTests {
    @Test("a surname alone names the known person in office at the article's date")
    func surnameByDate() {
        let early = EntityFixtures.mentions("President Bush met advisers.", date: "1991-02-01").first("Bush")
        let late = EntityFixtures.mentions("President Bush met advisers.", date: "2003-02-01").first("Bush")
        #expect(early?.target == "person:george-h-w-bush")
        #expect(late?.target == "person:george-w-bush")
    }

    @Test("a surname after another capitalized name word is a different person: 'Jeb Bush'")
    func otherBearer() {
        let mentions = EntityFixtures.mentions("The governor, Jeb Bush, spoke.", date: "2003-02-01")
        #expect(!mentions.names("person:george-w-bush"))
    }

    @Test("full names and aliases of known people", arguments: [
        ("Tony Blinken spoke.", "person:antony-blinken"),
        ("Yoon Suk-yeol spoke.", "person:yoon-suk-yeol"),
        ("Kim Jong-un spoke.", "person:kim-jong-un"),
        ("Erdogan spoke.", "person:recep-tayyip-erdogan"),
        ("Zelensky spoke.", "person:volodymyr-zelenskyy"),
    ])
    func aliases(sentence: String, id: String) {
        #expect(EntityFixtures.mentions(sentence).contains { $0.target == id })
    }
}
