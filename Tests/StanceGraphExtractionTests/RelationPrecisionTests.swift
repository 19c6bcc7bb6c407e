import Testing
import StanceGraphModel

/// Sentences that name several countries with no stance between them: at most a
/// consultation where a meeting is stated.
@Suite("Precision: no stance where none is stated")
struct RelationPrecisionTests {
    static let sentences: [String] = [
        "Ministers from Japan and Brazil attended the summit in Lima.",
        "The exports from Chile to China rose by five percent last year.",
        "Kenyan and Ethiopian runners won medals in Berlin.",
        "The flight from Nairobi to Cairo was delayed by a sandstorm.",
        "Spain beat Portugal in the final in Madrid.",
        "Tourists from Canada and Mexico visited Peru in record numbers.",
        "Indian and Pakistani scientists shared the prize.",
        "The war in Syria displaced families who fled to Lebanon and Jordan.",
        "Oil prices in Saudi Arabia and Iran fell sharply.",
        "The match between France and Italy ended in a draw.",
        "A report compared inflation in Turkey and Argentina.",
        "Officials from Norway, Chile and Kenya attended a climate conference in Bonn.",
        "Ten countries, including Estonia and Latvia, have met the criteria for membership.",
        "A Dutch-British consumer goods company rejected a takeover bid worth US$40 billion.",
        "Students from Ghana and Nigeria study in Germany and Austria.",
        "The Nile flows through Uganda, Sudan and Egypt.",
        "A Brazilian film about Argentine football won an award in Venice.",
    ]

    @Test("no stance edges beyond a stated meeting", arguments: sentences)
    func noStance(_ sentence: String) {
        let document = RelationFixture.document(sentence)
        let stances = document.relations.filter { $0.kind == .stance && $0.stance != .consultation }
        #expect(stances.isEmpty, "\(stances.map { "\($0.source) \($0.stance?.rawValue ?? "") \($0.target)" })")
    }

    @Test("a stated meeting is at most a consultation")
    func meeting() {
        let document = RelationFixture.document("Ministers from Japan and Brazil attended the summit in Lima.")
        #expect(document.relations.filter { $0.kind == .stance }.allSatisfy { $0.stance == .consultation })
    }
}
