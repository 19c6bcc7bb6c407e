import Testing

/// Each stance family found by its triggers, in sentences from many regions.
@Suite("Stance triggers")
struct RelationTriggerTests {
    static let cases: [RelationCase] = [
        RelationCase("Kenya and Ethiopia agreed to cooperate closely on border security.",
                     expect: ["Ethiopia cooperation Kenya [planned]"]),
        RelationCase("Australia and Indonesia held joint military exercises in the Timor Sea.",
                     expect: ["Australia cooperation Indonesia"]),
        RelationCase("Brazilian President Lucas Ferreira held talks with Argentine President Martina Rojas in Brasilia on Tuesday.",
                     expect: ["Lucas Ferreira consultation Martina Rojas"]),
        RelationCase("Vietnamese Foreign Minister Tran Van Minh met his Chinese counterpart in Hanoi.",
                     expect: ["China consultation Tran Van Minh"]),
        RelationCase("Chile voiced support for Bolivia's bid to join the bloc.", expect: ["Chile support> Bolivia"]),
        RelationCase("Morocco thanked Spain for its support.", expect: ["Morocco support> Spain"]),
        RelationCase("Colombia and Venezuela signed a border trade agreement in Cucuta.",
                     expect: ["Colombia agreement Venezuela"]),
        RelationCase("Uruguay voiced concern about Brazil's deforestation.", expect: ["Uruguay concern> Brazil"]),
        // The participle of a feeling is no passive: the subject feels it.
        RelationCase("Norway is deeply concerned about Sweden.", expect: ["Norway concern> Sweden"]),
        RelationCase("Fiji was alarmed by Tonga's decision.", expect: ["Fiji concern> Tonga"], absent: ["Tonga concern> Fiji"]),
        // Present-tense headlines: "warns", "bombs", "hosts"; finishing talks is holding them.
        RelationCase("Oman warns Yemen against further attacks.", expect: ["Oman threat> Yemen"]),
        RelationCase("The Chadian Air Force bombs Boko Haram positions.", expect: ["Chad conflict> Boko Haram"]),
        RelationCase("Kenya and Sudan completed trade talks in Nairobi.", expect: ["Kenya consultation Sudan"]),
        // Suspending ties, relations or contact is a sanction; "neighboring" is a modifier.
        RelationCase("Belize suspended diplomatic relations with Honduras.", expect: ["Belize sanction> Honduras"]),
        RelationCase("Morocco suspends contact with the European Union.", expect: ["Morocco sanction> European Union"]),
        RelationCase("Eritrea accuses neighboring Djibouti of arming rebels.", expect: ["Eritrea condemnation> Djibouti"]),
        // An organization suspending a member sanctions it.
        RelationCase("The African Union suspended Gabon after the coup.", expect: ["African Union sanction> Gabon"]),
        RelationCase("Mercosur suspends Paraguay's membership.", expect: ["Mercosur sanction> Paraguay"]),
        // A mediator consults each side (CAMEO 045); "thanks to" says why and thanks no one.
        RelationCase("Oman is mediating between Iran and Bahrain.", expect: ["Oman consultation> Iran", "Oman consultation> Bahrain"]),
        RelationCase("Ghana offered mediation between Mali and Niger.", expect: ["Ghana consultation> Mali [hedged]"]),
        RelationCase("Chile and Peru resumed trade thanks to mediation by Brazil.", absent: ["Chile support> Brazil", "Peru support> Brazil"]),
        // An attack on what an actor holds is an attack on the actor.
        RelationCase("Chad launched airstrikes on bases of Boko Haram.", expect: ["Chad conflict> Boko Haram"]),
        RelationCase("Israel shelled positions of the Syrian army.", expect: ["Israel conflict> Syria"]),
        // "struck" an actor is an attack; "struck a deal" is not.
        RelationCase("Israel struck Hezbollah positions overnight.", expect: ["Israel conflict> Hezbollah"]),
        RelationCase("Chile and Peru struck a deal on fishing.", expect: ["Chile agreement Peru"], absent: ["Chile conflict> Peru"]),
        RelationCase("A strong earthquake struck Nepal and India.", absent: ["Nepal conflict> India", "India conflict> Nepal"]),
        // "reports of", "claims of" lead on to what is reported.
        RelationCase("Chad is deeply concerned by reports of Sudanese troop movements.", expect: ["Chad concern> Sudan"]),
        RelationCase("Fiji expressed concern over reports of Vanuatu's military build-up.", expect: ["Fiji concern> Vanuatu"]),
        // Adverbs in "-ply" and "very" stand between a subject and its verb like any other.
        RelationCase("Mongolia sharply criticized Kazakhstan.", expect: ["Mongolia condemnation> Kazakhstan"]),
        RelationCase("Nepal is deeply worried about Bhutan.", expect: ["Nepal concern> Bhutan"]),
        RelationCase("Laos is very concerned about Myanmar.", expect: ["Laos concern> Myanmar"]),
        RelationCase("Peru will supply Ecuador with grain.", absent: ["Peru concern> Ecuador"]),
        RelationCase("Turkey expressed grave concern over Greek military exercises near its coast.",
                     expect: ["Turkey concern> Greece"]),
        RelationCase("Egypt strongly condemned the Israeli airstrikes on Lebanon.",
                     expect: ["Egypt condemnation> Israel", "Israel conflict> Lebanon"], absent: ["Egypt condemnation> Lebanon"]),
        RelationCase("Senegal accused Mali of harbouring militants.", expect: ["Senegal condemnation> Mali"]),
        RelationCase("Nigeria demanded that Niger release the detained diplomats.", expect: ["Nigeria demand> Niger"]),
        RelationCase("The European Union imposed new sanctions on Belarus over the crackdown.",
                     expect: ["European Union sanction> Belarus"]),
        RelationCase("China sanctioned three American defence firms.", expect: ["China sanction> United States"]),
        RelationCase("Iraq expelled the Turkish ambassador.", expect: ["Iraq sanction> Turkey"]),
        RelationCase("India threatened Pakistan with retaliation after the attack.", expect: ["India threat> Pakistan"]),
        // A threatened action threatens whom it is aimed at, not who would carry it out.
        RelationCase("Britain, France and Germany threatened to reimpose UN sanctions on Iran.",
                     expect: ["United Kingdom threat> Iran", "France threat> Iran", "Germany threat> Iran"],
                     absent: ["United Kingdom threat> United Nations"]),
        RelationCase("Ethiopia threatened a military operation against Eritrea.", expect: ["Ethiopia threat> Eritrea"]),
        // Summoning an envoy is a diplomatic protest; a possessive pronoun before
        // the envoy only says whose envoy it is.
        RelationCase("Pakistan summoned the Afghan envoy to protest cross-border attacks.",
                     expect: ["Pakistan condemnation> Afghanistan"]),
        RelationCase("Chile and Peru summoned their Bolivian ambassadors over the remarks.",
                     expect: ["Chile condemnation> Bolivia", "Peru condemnation> Bolivia"]),
        // A warning about someone else's attack is no threat to its target.
        RelationCase("Canada warned against an attack by armed groups on Haiti.", absent: ["Canada threat> Haiti"]),
        RelationCase("Pakistan and Afghanistan clashed at the border on Friday.", expect: ["Afghanistan conflict Pakistan"]),
        RelationCase("Russia's war against Ukraine entered its third year.", expect: ["Russia conflict Ukraine"]),
        RelationCase("Saudi Arabia denied Iran's accusations of interference.", expect: ["Saudi Arabia denial> Iran"]),
        RelationCase("Mexico rejected the United States' demand to deploy troops at the border.",
                     expect: ["Mexico denial> United States"]),
        // Agreeing to something together is an agreement between those who agree.
        RelationCase("Armenia and Azerbaijan agreed to a ceasefire along the border.", expect: ["Armenia agreement Azerbaijan"]),
        RelationCase("Ghana and Togo agree to reopen the border crossing.", expect: ["Ghana agreement Togo"]),
        RelationCase("Bahrain and Qatar restored diplomatic ties in January.", expect: ["Bahrain cooperation Qatar"]),
        RelationCase("Peru applauded Colombia for its mediation effort.", expect: ["Peru support> Colombia"]),
        RelationCase("Kenya commends Tanzania on the peaceful vote.", expect: ["Kenya support> Tanzania"]),
        // Superlatives and "-ever" compounds modify like other adjectives.
        RelationCase("Japan and India held their largest-ever joint military exercises.", expect: ["India cooperation Japan"]),
        RelationCase("Egypt and Sudan began their biggest joint drills yet.", expect: ["Egypt cooperation Sudan"]),
        // Ending a visit or talks is holding them to their close, not breaking off.
        RelationCase("Indonesia's president ends a three-day visit to Malaysia.",
                     expect: ["Indonesia consultation Malaysia"], absent: ["Indonesia sanction> Malaysia"]),
        // A verb trigger where only a noun can stand is another word.
        RelationCase("The vote was the clearest sign yet that Chile and Peru would compromise.",
                     absent: ["Chile agreement Peru"]),
        RelationCase("There were signs of progress between Serbia and Kosovo.", absent: ["Kosovo agreement Serbia"]),
        // No agreement reached is no agreement.
        RelationCase("Ethiopia and Egypt ended their talks without an agreement.",
                     expect: ["Egypt consultation Ethiopia"], absent: ["Egypt agreement Ethiopia"]),
        RelationCase("The talks ended without an agreement between Ethiopia and Egypt.", absent: ["Egypt agreement Ethiopia"]),
        // An actor's deed does not agree: the ministers who share a view of it do.
        RelationCase("The two ministers said Belarus's deployment of troops to Russia was a threat, and agreed to cooperate closely.",
                     absent: ["Belarus agreement Russia"]),
    ]

    @Test("a trigger of each stance family yields its relation", arguments: cases)
    func family(_ example: RelationCase) {
        RelationFixture.check(example)
    }

    @Test("inflections and British spellings meet on one trigger",
          arguments: ["criticised", "criticized", "criticises", "criticizing", "condemns", "condemning"])
    func inflection(_ verb: String) {
        let found = RelationFixture.relations("Norway \(verb) Hungary over the new media law.")
        #expect(found.contains { $0.hasPrefix("Norway condemnation> Hungary") }, "\(verb): \(found)")
    }
}
