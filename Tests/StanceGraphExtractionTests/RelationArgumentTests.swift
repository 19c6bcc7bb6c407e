import Testing

/// Where a trigger's agent and target stand: after its object, in a place, in a
/// claim of responsibility, and when an attack is only words.
@Suite("Arguments beyond subject and object")
struct RelationArgumentTests {
    static let cases: [RelationCase] = [
        // A preposition the trigger takes, right after an object that names no actor, still gives the target.
        RelationCase("The United States fired anti-aircraft batteries at Russia this week.", expect: ["United States conflict> Russia"]),
        RelationCase("Iran supplied drones to Russia last year.", expect: ["Iran support> Russia"]),
        RelationCase("The club fired its coach on Monday.", absent: ["conflict"]),
        // An act of force with no other target hit the state it happened in.
        RelationCase("Boko Haram launched new attacks in Nigeria.", expect: ["Boko Haram conflict> Nigeria"]),
        RelationCase("Hamas claimed responsibility for the bombings in Israel.", expect: ["Hamas conflict> Israel"]),
        RelationCase("Hamas claimed responsibility for the attack on the Israeli army base.", expect: ["Hamas conflict> Israel"]),
        RelationCase("Three people were killed in Israeli tank shelling in the east of the Gaza Strip.",
                     expect: ["Israel conflict> Palestine"]),
        // ... but a meeting where it happened relates no one to that state.
        RelationCase("Chile and Peru held talks in Bolivia.", expect: ["Chile consultation Peru"], absent: ["Bolivia"]),
        // An attack by words is criticism.
        RelationCase("Chile attacked Peru for backing the coup.", expect: ["Chile condemnation> Peru"], absent: ["Chile conflict> Peru"]),
        RelationCase("Chile attacked Peru for the third day.", expect: ["Chile conflict> Peru"]),
        // An official body "in" a state acts for it; a quantity before the object is no preposition.
        RelationCase("A court in Guyana issued arrest warrants for two Brazilian men.", expect: ["Guyana sanction> Brazil"]),
        RelationCase("Police in Kenya arrested three Somali nationals on Friday.", expect: ["Kenya sanction> Somalia"]),
        RelationCase("Israel announced it would free over 150 Palestinian prisoners.", expect: ["Israel cooperation> Palestine"]),
        // People who are not the state are partners of no talks in its name, but are coerced, freed or fought for it.
        RelationCase("Turkey held talks with Syrian rebels in Ankara.", absent: ["Syria consultation Turkey"]),
        RelationCase("Israeli troops clashed with Palestinian protesters in Hebron.", expect: ["Israel conflict Palestine"]),
        RelationCase("A Tunisian court jailed a Nigerian student for two years.", expect: ["Tunisia sanction> Nigeria"]),
    ]

    @Test("agents and targets found past the plain subject and object", arguments: cases)
    func arguments(_ example: RelationCase) {
        RelationFixture.check(example, absence: .mention)
    }
}
