import Testing
import StanceGraphExtraction
import StanceGraphModel

/// A trigger of each CAMEO root category, and the frames that keep ambiguous
/// words safe, on sentences written for the tests. Relations are rendered with
/// their code: "Bolivia condemnation/115> Chile", "Brazil consultation/041 Portugal".
@Suite("CAMEO coverage of the stance lexicon")
struct RelationCameoTests {
    /// One sentence per root, 01 to 20, with the relation its trigger must give.
    static let roots: [RelationCase] = [
        RelationCase("Norway offered condolences to Chile after the floods.", expect: ["Norway support/018> Chile"]),
        RelationCase("Kenya appealed to Tanzania to reopen the border.", expect: ["Kenya demand/020> Tanzania"]),
        RelationCase("Ghana offered to mediate between Mali and Niger.", expect: ["Ghana consultation/039> Mali", "Ghana consultation/039> Niger"]),
        RelationCase("Portugal and Brazil held phone talks on Tuesday.", expect: ["Brazil consultation/041 Portugal"]),
        RelationCase("Fiji recognized Kosovo as an independent state.", expect: ["Fiji support/054> Kosovo"]),
        RelationCase("Chile and Argentina agreed to share intelligence on drug trafficking.", expect: ["Argentina cooperation/064 Chile"]),
        RelationCase("Japan pledged humanitarian aid to Nepal.", expect: ["Japan support/073> Nepal"]),
        RelationCase("Australia lifted sanctions on Fiji.", expect: ["Australia cooperation/085> Fiji"], absent: ["Australia sanction/163> Fiji"]),
        RelationCase("Sweden launched an investigation into Denmark's handling of the case.", expect: ["Sweden concern/090> Denmark"]),
        RelationCase("Serbia demanded that Croatia withdraw the statement.", expect: ["Serbia demand/100> Croatia"]),
        RelationCase("Bolivia sued Chile at the international court.", expect: ["Bolivia condemnation/115> Chile"]),
        RelationCase("Hungary vetoed Ukraine's bid.", expect: ["Hungary denial/129> Ukraine"]),
        RelationCase("Venezuela issued an ultimatum to Guyana.", expect: ["Venezuela threat/139> Guyana"]),
        RelationCase("Hamas staged demonstrations against Israel.", expect: ["Hamas condemnation/141> Israel"]),
        RelationCase("NATO condemned Russia's military buildup on Ukraine's border.", expect: ["Russia threat/154> Ukraine"]),
        RelationCase("Belize expelled two Guatemalan diplomats.", expect: ["Belize sanction/166> Guatemala"]),
        RelationCase("Iran arrested three British nationals.", expect: ["Iran sanction/173> United Kingdom"]),
        RelationCase("Al-Shabaab abducted two Kenyan aid workers.", expect: ["Al-Shabaab conflict/181> Kenya"]),
        RelationCase("Azerbaijan shelled Armenian positions near the border.", expect: ["Azerbaijan conflict/194> Armenia"]),
        RelationCase("Iraq launched a chemical attack on Iran.", expect: ["Iraq conflict/2041> Iran"]),
    ]

    @Test("a trigger of each CAMEO root gives its stance and code", arguments: roots)
    func root(_ example: RelationCase) {
        RelationFixture.check(example, codes: true)
    }

    /// Ambiguous words: the frame (form, targets) decides, and no target is no relation.
    static let frames: [RelationCase] = [
        // Gunfire needs "at" or "on"; firing a person is no attack.
        RelationCase("Israel fired at Lebanese positions overnight.", expect: ["Israel conflict/190> Lebanon"]),
        RelationCase("Peru fired the Chilean coach after the defeat.", absent: ["Peru conflict/190> Chile"]),
        RelationCase("Hamas fired rockets at Israel.", expect: ["Hamas conflict/194> Israel"]),
        // Warning shots are a show of force, not an attack.
        RelationCase("Greek soldiers fired warning shots at a Turkish helicopter.", expect: ["Greece threat/150> Turkey"],
                     absent: ["Greece conflict/193> Turkey"]),
        // "Blasted", "lashed out at": words, not weapons.
        RelationCase("Turkey blasted Sweden over the protest.", expect: ["Turkey condemnation/111> Sweden"],
                     absent: ["Turkey conflict/190> Sweden"]),
        RelationCase("Iran lashed out at Bahrain over the arrests.", expect: ["Iran condemnation/111> Bahrain"]),
        // Lifting a sanction is a yield; a lifting verb outside the phrase leaves no stance.
        RelationCase("Canada lifted some sanctions on Belarus.", absent: ["Canada sanction/163> Belarus"]),
        // A strike is a noun or a verb; striking a deal is no attack.
        RelationCase("Israeli jets strike Hezbollah positions in Lebanon.", expect: ["Israel conflict/190> Hezbollah"]),
        RelationCase("Egypt and Israel struck a deal on gas exports.", expect: ["Egypt agreement/057 Israel"],
                     absent: ["Egypt conflict/190> Israel"]),
        // Passive and nominal forms.
        RelationCase("Chile was sued by Bolivia over the water rights.", expect: ["Bolivia condemnation/115> Chile"]),
        RelationCase("Iran's arrest of two French citizens angered Paris.", expect: ["Iran sanction/173> France"]),
        RelationCase("Laos welcomed the release of two Thai journalists by Cambodia.", expect: ["Laos support/051> Cambodia"],
                     absent: ["Laos cooperation/0841> Thailand"]),
        // A threatened act threatens whom it aims at, and is itself only hedged.
        RelationCase("Paraguay threatened to arrest Bolivian officials.", expect: ["Paraguay threat/130> Bolivia"]),
        // A mediator brokers between the parties; a third party's participle makes no party.
        RelationCase("Qatar brokered a truce between Israel and Hamas.",
                     expect: ["Qatar consultation/045> Israel", "Qatar consultation/045> Hamas", "Hamas agreement/057 Israel"]),
        RelationCase("Chile voiced support for a Qatari-brokered truce between Peru and Bolivia.",
                     expect: ["Chile support/051> Peru"], absent: ["Chile support/051> Qatar"]),
        // Travel as a verb is a visit; a ban on travel is not.
        RelationCase("The Indonesian foreign minister travels to Malaysia for talks.", expect: ["Indonesia consultation/042 Malaysia"]),
        RelationCase("Japan banned travel to North Korea.", absent: ["Japan consultation/042 North Korea"]),
        // Asking someone is an appeal (CAMEO 02); the call for an investigation is not a phone call.
        RelationCase("Ecuador asked Colombia to extradite the suspect.", expect: ["Ecuador demand/020> Colombia"]),
        RelationCase("Canada, Mexico and Chile call for an investigation.", absent: ["Canada consultation/041 Mexico"]),
    ]

    @Test("ambiguous triggers relate only through their frame", arguments: frames)
    func frame(_ example: RelationCase) {
        root(example)
    }
}
