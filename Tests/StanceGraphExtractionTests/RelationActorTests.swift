import Testing

/// Actors as news writes them: demonyms with group nouns, places hit by an act,
/// places where actors only meet, and lists of two sides.
@Suite("Actors as news writes them")
struct RelationActorTests {
    static let cases: [RelationCase] = [
        // A demonym with a group or person noun acts, or is acted on, for its state.
        RelationCase("Chilean negotiators condemned Peru over the fishing dispute.", expect: ["Chile condemnation> Peru"]),
        RelationCase("Syrian rebels attacked Filipino peacekeepers near the border.", expect: ["Syria conflict> Philippines"]),
        RelationCase("Chinese hackers attacked Indian banks last week.", expect: ["China conflict> India"]),
        RelationCase("US and British activists protested against China outside the embassy.",
                     expect: ["United States condemnation> China", "United Kingdom condemnation> China"]),
        // A demonym alone describes: no state acts.
        RelationCase("Kenyan runners won medals in Berlin.", absent: ["Kenya", "Germany"]),
        // A place that an act is done to stands for its state ...
        RelationCase("Russian missiles struck Kharkiv overnight.", expect: ["Russia conflict> Ukraine"]),
        RelationCase("Saudi jets bombed the port of Hodeidah on Sunday.", expect: ["Saudi Arabia conflict> Yemen"]),
        // ... a place where actors meet or speak does not.
        RelationCase("Obama and Putin will meet in Zurich to discuss trade.", absent: ["Switzerland"]),
        RelationCase("The foreign ministers of Peru and Chile held talks in Geneva.",
                     expect: ["Chile consultation Peru"], absent: ["Switzerland"]),
        RelationCase("Chile condemned Peru at a press conference in Kharkiv.", expect: ["Chile condemnation> Peru"], absent: ["Ukraine"]),
        // What an actor leads acts for it; whom it backs is supported, past a role noun.
        RelationCase("The Saudi-led coalition bombed Yemen again on Sunday.", expect: ["Saudi Arabia conflict> Yemen"]),
        RelationCase("The Chinese-backed candidate President Lu Wen won the vote.", expect: ["China support> Lu Wen"]),
        // A gerund right after an actor phrase is that actor's act.
        RelationCase("Kazakhstan warned its citizens not to join Russian forces invading Ukraine.", expect: ["Russia conflict> Ukraine"],
                     absent: ["Kazakhstan conflict> Ukraine"]),
        // Names coordinated before plural wars say where each war was, not who fought whom.
        RelationCase("A report criticised the conduct of the Iraq and Afghanistan wars.", absent: ["Afghanistan conflict Iraq"]),
        RelationCase("The Iran-Iraq war lasted eight years.", expect: ["Iran conflict Iraq"]),
        // A purpose is the subject's: the ministers met do not discuss among themselves.
        RelationCase("Gates meets with the defence ministers of Britain, Australia and Canada to discuss the war.",
                     absent: ["Australia consultation Canada", "Australia consultation United Kingdom"]),
        // A list of two sides relates each side to the other, never its own members to each other.
        RelationCase("The accord normalized relations between Israel and the UAE and Bahrain.",
                     expect: ["Israel cooperation United Arab Emirates", "Bahrain cooperation Israel"],
                     absent: ["Bahrain cooperation United Arab Emirates"]),
        RelationCase("Talks between Chile, Peru and Bolivia resumed in Lima.",
                     expect: ["Chile consultation Peru", "Bolivia consultation Chile", "Bolivia consultation Peru"]),
        RelationCase("Israel normalized relations with the UAE and Bahrain.",
                     expect: ["Israel cooperation United Arab Emirates", "Bahrain cooperation Israel"],
                     absent: ["Bahrain cooperation United Arab Emirates"]),
    ]

    @Test("who acts and who is acted on", arguments: cases)
    func actors(_ example: RelationCase) {
        RelationFixture.check(example, absence: .mention)
    }
}
