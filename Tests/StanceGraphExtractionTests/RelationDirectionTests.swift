import Testing

/// Who the agent and who the target is: subjects and objects, passives,
/// possessors, "by"/"from" phrases, compounds, "between", coordination.
@Suite("Relation direction and coordination")
struct RelationDirectionTests {
    static let cases: [RelationCase] = [
        RelationCase("Ukraine was attacked by Russia on Sunday.",
                     expect: ["Russia conflict> Ukraine"], absent: ["Ukraine conflict> Russia"]),
        RelationCase("Chile's support for Peru surprised many observers.",
                     expect: ["Chile support> Peru"], absent: ["Peru support> Chile"]),
        RelationCase("Argentina received military aid from the United States.",
                     expect: ["United States support> Argentina"], absent: ["Argentina support> United States"]),
        RelationCase("Iran's missile attack on Israel drew condemnation from France.",
                     expect: ["Iran conflict> Israel", "France condemnation> Iran"], absent: ["France condemnation> Israel"]),
        RelationCase("The Saudi-backed government in Yemen thanked Riyadh for its help.",
                     expect: ["Yemen support> Saudi Arabia"]),
        // A broker, host or base glued to the noun is a third party to the stance toward it.
        RelationCase("Egypt voiced support for a Qatari-brokered truce.", absent: ["Egypt support> Qatar"]),
        RelationCase("Peru imposed sanctions on a Swiss-based Bolivian mining company.",
                     expect: ["Peru sanction> Bolivia"], absent: ["Peru sanction> Switzerland"]),
        RelationCase("Kenya rejected a French-sponsored plan for the region.", absent: ["Kenya denial> France"]),
        // Coordinated agents are not each other's targets, unless they act on "each other".
        RelationCase("Ghana, Togo and Benin threatened further sanctions.",
                     absent: ["Ghana threat> Togo", "Togo threat> Ghana", "Benin threat> Ghana"]),
        RelationCase("Chile and Peru accuse each other of breaking the truce.",
                     expect: ["Chile condemnation> Peru", "Peru condemnation> Chile"]),
        // Only a signer becomes a party of the pact before it; a mediator or an endorser does not.
        RelationCase("A truce mediated by Oman and Jordan took effect.",
                     absent: ["Jordan agreement Oman", "Jordan consultation Oman", "Oman consultation Jordan"]),
        RelationCase("The pact signed by Kenya and Uganda entered into force.", expect: ["Kenya agreement Uganda"]),
        // An owner or ruler stays the one the stance is about.
        RelationCase("Israel bombed Hamas-controlled areas in Gaza.", expect: ["Israel conflict> Hamas"]),
        RelationCase("Thailand and Cambodia's agreement on the border was praised by Laos.",
                     expect: ["Cambodia agreement Thailand", "Laos support> Thailand", "Laos support> Cambodia"]),
        RelationCase("The India-Pakistan ceasefire collapsed after two days.", expect: ["India agreement Pakistan"]),
        RelationCase("The Colombian-Venezuelan border talks resumed in Bogota.", expect: ["Colombia consultation Venezuela"]),
        RelationCase("Talks between Ethiopia and Egypt over the dam stalled.", expect: ["Egypt consultation Ethiopia"]),
        RelationCase("Qatar hosted talks between Hamas and Israel.", expect: ["Hamas consultation Israel"]),
        RelationCase("Greek Prime Minister Nikos Andreou and Cypriot President Elena Christou strongly condemned Turkey's drilling.",
                     expect: ["Nikos Andreou condemnation> Turkey", "Elena Christou condemnation> Turkey"],
                     absent: ["Elena Christou consultation Nikos Andreou"]),
        RelationCase("France, Germany and Italy called on Serbia to withdraw its troops.",
                     expect: ["France demand> Serbia", "Germany demand> Serbia", "Italy demand> Serbia"]),
        // A gerund after "for" is done by the object of the verb before it, and so is
        // one coordinated with it.
        RelationCase("Ghana criticized Togo for closing the border and supporting Benin's blockade.",
                     expect: ["Ghana condemnation> Togo", "Togo support> Benin"], absent: ["Ghana support> Benin"]),
        RelationCase("Ecuador condemned Peru for rejecting Bolivia's proposal.",
                     expect: ["Ecuador condemnation> Peru", "Peru denial> Bolivia"], absent: ["Ecuador denial> Bolivia"]),
        RelationCase("Nigeria condemned Chad and Cameroon for the border raids.",
                     expect: ["Nigeria condemnation> Chad", "Nigeria condemnation> Cameroon"]),
        RelationCase("Britain and France pledged military aid to Ukraine.",
                     expect: ["United Kingdom support> Ukraine", "France support> Ukraine"],
                     absent: ["France cooperation United Kingdom"]),
        RelationCase("Indian Prime Minister Ravi Sharma visited Dhaka to meet Bangladeshi Prime Minister Nusrat Karim.",
                     expect: ["Bangladesh consultation Ravi Sharma", "Nusrat Karim consultation Ravi Sharma"]),
        RelationCase("Tanzania hosted Kenyan President Daniel Mwangi for a state visit.",
                     expect: ["Daniel Mwangi consultation Tanzania"]),
        // A mutual verb with one side borrows the partner of the earlier one.
        RelationCase("Chile met Peru and agreed to cooperate on water.",
                     expect: ["Chile consultation Peru", "Chile cooperation Peru [planned]"]),
        RelationCase("Egypt condemned the attack on Israel by Hamas.",
                     expect: ["Egypt condemnation> Hamas", "Hamas conflict> Israel"], absent: ["Egypt condemnation> Israel"]),
        // An event in object position is about its "by" agent, not about the actors
        // of the sentence before.
        RelationCase("Kenya and Ethiopia signed a trade pact on Monday. France condemned the missile launch by North Korea.",
                     expect: ["France condemnation> North Korea"],
                     absent: ["France condemnation> Kenya", "France condemnation> Ethiopia"]),
        RelationCase("Japan welcomed the decision by India to lift the export ban.", expect: ["Japan support> India"]),
        RelationCase("Brazil criticised the move by Venezuela to close the border.", expect: ["Brazil condemnation> Venezuela"]),
        // A possessor before the partner only says whose partner it is.
        RelationCase("Polish Foreign Minister Anna Nowak held phone talks with her Lithuanian counterpart.",
                     expect: ["Anna Nowak consultation Lithuania"]),
        RelationCase("Armenia and Azerbaijan exchanged fire along the border overnight.",
                     expect: ["Armenia conflict Azerbaijan"]),
        // A state's institution named with a possessive is one phrase, and acts.
        RelationCase("Russia's foreign ministry condemned Finland's decision.",
                     expect: ["Ministry of Foreign Affairs (Russia) condemnation> Finland"]),
        RelationCase("Finland and Sweden signed a border pact. Kenya's defence ministry condemned the move.",
                     expect: ["Ministry of Defense (Kenya) condemnation> Finland", "Ministry of Defense (Kenya) condemnation> Sweden"]),
        // A demonym with a non-state noun is not the state.
        RelationCase("Mexico authorized an arms deal with the Syrian Kurds.", absent: ["Mexico agreement Syria"]),
        RelationCase("Norway hosted talks between Colombian rebels and the government.", absent: ["Colombia consultation Norway"]),
        RelationCase("Seoul's unilateral sanctions on Pyongyang and extended export controls on Moscow took effect.",
                     expect: ["South Korea sanction> North Korea", "South Korea sanction> Russia"]),
        // A sentence opening with a place: the actor after the comma is the subject,
        // while "in Kabul, Afghanistan" after a subject only says where.
        RelationCase("In Nairobi, Uganda and Rwanda condemned Burundi.",
                     expect: ["Uganda condemnation> Burundi", "Rwanda condemnation> Burundi"]),
        RelationCase("Gunmen in Kabul, Afghanistan attacked a convoy from Pakistan.", absent: ["Afghanistan conflict> Pakistan"]),
    ]

    @Test("agents and targets stand where the sentence puts them", arguments: cases)
    func direction(_ example: RelationCase) {
        RelationFixture.check(example)
    }

    @Test("a mutual relation is stored once, undirected; a directed one keeps its direction")
    func storage() {
        let document = RelationFixture.document("Kenya and Uganda signed a trade pact. Kenya condemned Somalia.")
        let agreement = document.relations.filter { $0.stance == .agreement && $0.target.rawValue.hasPrefix("country:") }
        #expect(agreement.count == 1)
        #expect(agreement.first?.directed == false)
        let condemnation = document.relations.first { $0.stance == .condemnation }
        #expect(condemnation?.directed == true)
        #expect(condemnation?.source.rawValue == "country:KEN")
        #expect(condemnation?.target.rawValue == "country:SOM")
    }
}
