import Testing

/// References across sentences: pronouns, "the two sides", events referred back to.
@Suite("Relations across sentences")
struct RelationDiscourseTests {
    static let cases: [RelationCase] = [
        RelationCase("North Korea tested a ballistic missile on Monday. Japan condemned the move.",
                     expect: ["Japan condemnation> North Korea"]),
        RelationCase("Morocco and Mauritania signed a fisheries pact. Algeria criticized the deal.",
                     expect: ["Algeria condemnation> Morocco", "Algeria condemnation> Mauritania"]),
        RelationCase("Kenyan President Daniel Mwangi met Ugandan President Grace Atim in Kampala. The two leaders agreed to cooperate on energy.",
                     expect: ["Daniel Mwangi consultation Grace Atim", "Daniel Mwangi cooperation Grace Atim [planned]"]),
        RelationCase("The Greek and Turkish foreign ministers met in Athens, and the two sides agreed to reopen talks.",
                     expect: ["Greece consultation Turkey", "Greece consultation Turkey [planned]"]),
        RelationCase("Japan and South Korea agreed to resume talks, and both countries pledged to share intelligence.",
                     expect: ["Japan cooperation South Korea [planned]"]),
        RelationCase("Iran said it would retaliate against Israel.", expect: ["Iran conflict> Israel [planned]"]),
        RelationCase("The Kremlin's office said Moscow would retaliate against Finland.", expect: ["Russia conflict> Finland [planned]"]),
        // A parallel evaluation shares its target.
        RelationCase("Senegal and Gambia signed a defence pact. Mali condemned the pact, while Guinea expressed concern.",
                     expect: ["Mali condemnation> Senegal", "Guinea concern> Senegal"]),
    ]

    @Test("pronouns, counted references and events referred back to resolve", arguments: cases)
    func discourse(_ example: RelationCase) {
        RelationFixture.check(example)
    }
}
