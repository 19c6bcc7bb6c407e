import Foundation
import Testing
import StanceGraphModel
@testable import StanceGraphEventData

@Suite("EventTable")
struct EventTableTests {
    static let document = GraphDocument(
        articles: [Article(id: "a1", text: "Alba condemned Borea, \"strongly\".", metadata: ["url": "https://example.org/a1"]),
                   Article(id: "a2", text: "x")],
        entities: [Entity(id: "country:ALB", name: "Alba", type: .country, code: "ALB"),
                   Entity(id: "country:BOR", name: "Borea", type: .country, code: "BOR"),
                   Entity(id: "person:ana", name: "Ana, Minister", type: .person, country: "country:ALB")],
        relations: [
            Relation(id: "a1#1", source: "person:ana", target: "country:BOR", stance: .condemnation, directed: true,
                     date: CalendarDate(year: 2024, month: 6, day: 1), dateOrigin: .event, article: "a1",
                     evidence: Evidence(text: "Alba condemned Borea, \"strongly\".", range: TextRange(start: 0, end: 33)),
                     trigger: "condemned", confidence: 0.9),
            Relation(id: "a1#2", kind: .affiliation, source: "person:ana", target: "country:ALB", stance: nil, directed: true,
                     date: nil, article: "a1", evidence: Evidence(text: "", range: TextRange(start: 0, end: 0)), confidence: 1),
            Relation(id: "a2#1", source: "country:ALB", target: "country:BOR", stance: .cooperation, directed: false,
                     date: nil, article: "a2", evidence: Evidence(text: "x", range: TextRange(start: 0, end: 1)), confidence: 1),
        ])

    @Test("one row per stance relation; structural links are no events")
    func rows() {
        #expect(EventTable(document: Self.document).rows.count == 2)
    }

    @Test("the CSV header is the fixed column set; countries are ISO codes, a person's its country's; fields are quoted")
    func csv() {
        let lines = EventTable(document: Self.document).csv().split(separator: "\n").map(String.init)
        #expect(lines[0] == EventTable.columns.joined(separator: ","))
        #expect(lines[1] == "a1#1,2024-06-01,event,,person:ana,\"Ana, Minister\",ALB,country:BOR,Borea,BOR,condemnation,-1,111,ACCUSE,true,asserted,0.9,condemned,a1,https://example.org/a1,\"Alba condemned Borea, \"\"strongly\"\".\",0,33")
        #expect(lines[2].hasPrefix("a2#1,,,,country:ALB,Alba,ALB,country:BOR,Borea,BOR,cooperation,1,060,COOPERATE,false,"))
    }

    @Test("JSON Lines: one object a line with every column, null where there is no value")
    func jsonLines() throws {
        let text = String(decoding: EventTable(document: Self.document).jsonLines(), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(EventTable.columns))
        #expect(object["date"] is NSNull)
        #expect(object["directed"] as? Bool == false)
        #expect(object["evidenceEnd"] as? Int == 1)
    }

    @Test("a window and a stance filter select rows; undated ones only without a window")
    func filters() {
        let window = DateWindow(from: CalendarDate(year: 2024, month: 1, day: 1), to: nil)
        #expect(EventTable(document: Self.document, window: window).rows.count == 1)
        #expect(EventTable(document: Self.document, admits: { $0 == .cooperation }).rows.count == 1)
    }
}
