import Testing
@testable import StanceGraphModel

@Suite("EventCode")
struct EventCodeTests {
    @Test("two to four digits with a root from 01 to 20 are a code; anything else is not",
          arguments: [("01", true), ("112", true), ("0841", true), ("20", true), ("00", false), ("21", false),
                      ("1", false), ("12345", false), ("11a", false), ("", false)])
    func parsing(_ text: String, _ valid: Bool) {
        #expect((EventCode(text) != nil) == valid)
    }

    @Test("codes map to the PLOVER type, quad class and stance of their category",
          arguments: [("040", "CONSULT", 1, Stance.consultation), ("057", "AGREE", 1, .agreement), ("051", "SUPPORT", 1, .support),
                      ("072", "AID", 2, .support), ("0841", "RETREAT", 2, .cooperation), ("081", "CONCEDE", 2, .cooperation),
                      ("090", "ACCUSE", 3, .concern), ("1124", "ACCUSE", 3, .condemnation), ("100", "REQUEST", 3, .demand),
                      ("121", "REJECT", 3, .denial), ("138", "THREATEN", 3, .threat), ("141", "PROTEST", 4, .condemnation),
                      ("150", "MOBILIZE", 4, .threat), ("163", "SANCTION", 4, .sanction), ("173", "COERCE", 4, .sanction),
                      ("175", "COERCE", 4, .conflict), ("193", "ASSAULT", 4, .conflict), ("202", "ASSAULT", 4, .conflict)])
    func mapping(_ text: String, _ plover: String, _ quad: Int, _ stance: Stance) throws {
        let code = try #require(EventCode(text))
        #expect(code.plover == plover)
        #expect(code.quadClass == quad)
        #expect(code.stance == stance)
    }

    @Test("plain statements have no PLOVER type and no stance")
    func statements() throws {
        let code = try #require(EventCode("010"))
        #expect(code.plover == nil)
        #expect(code.stance == nil)
    }

    @Test("each stance's default code falls under that stance", arguments: Stance.allCases)
    func defaults(_ stance: Stance) {
        #expect(EventCode.default(for: stance).stance == stance)
    }

    @Test("a relation's code is written and read back with its PLOVER type; a bad code names the field")
    func documentRoundTrip() throws {
        let relation = Relation(id: RelationID("a#1"), source: EntityID("country:CHL"), target: EntityID("country:PER"),
                                stance: .sanction, cameo: EventCode("173"), directed: true, date: nil,
                                article: ArticleID("a"), evidence: Evidence(text: "x", range: TextRange(start: 0, end: 1)), confidence: 0.9)
        let document = GraphDocument(articles: [], entities: [], relations: [relation])
        let json = String(decoding: document.jsonBytes(), as: UTF8.self)
        #expect(json.contains("\"cameo\":\"173\"") || json.contains("\"cameo\": \"173\""))
        #expect(json.contains("\"plover\":\"COERCE\"") || json.contains("\"plover\": \"COERCE\""))
        let read = try GraphDocument.parse(Array(json.utf8))
        #expect(read.relations.first?.cameo == EventCode("173"))
        let bad = json.replacingOccurrences(of: "\"173\"", with: "\"99\"")
        #expect(throws: (any Error).self) { try GraphDocument.parse(Array(bad.utf8)) }
    }
}

@Suite("EventCode: the PLOVER crosswalk")
struct PLOVERCrosswalkTests {
    @Test("every PLOVER type has a CAMEO representative whose PLOVER type it is", arguments: EventCode.ploverTypes)
    func roundTrip(type: String) throws {
        let code = try #require(EventCode.representative(forPLOVER: type))
        #expect(code.plover == type)
        #expect(code.stance != nil)
        #expect(EventCode.representative(forPLOVER: type.lowercased()) == code)
    }

    @Test("PLOVER types take the stances of docs/stances.md", arguments: [
        ("AGREE", Stance.agreement), ("CONSULT", .consultation), ("SUPPORT", .support), ("AID", .support),
        ("CONCEDE", .cooperation), ("COOPERATE", .cooperation), ("RETREAT", .cooperation), ("REQUEST", .demand),
        ("ACCUSE", .condemnation), ("PROTEST", .condemnation), ("REJECT", .denial), ("THREATEN", .threat),
        ("MOBILIZE", .threat), ("SANCTION", .sanction), ("COERCE", .sanction), ("ASSAULT", .conflict),
    ])
    func stances(type: String, stance: Stance) {
        #expect(EventCode.representative(forPLOVER: type)?.stance == stance)
    }

    @Test("a name that is no PLOVER type has no representative")
    func unknown() {
        #expect(EventCode.representative(forPLOVER: "PRAISE") == nil)
        #expect(EventCode.representative(forPLOVER: "") == nil)
    }
}
