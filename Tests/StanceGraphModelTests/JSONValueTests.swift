import Foundation
import Testing
@testable import StanceGraphModel

@Suite("JSONValue")
struct JSONValueTests {
    static let document = GraphDocument(
        articles: [Article(id: "a1", path: "a1.txt", date: CalendarDate(year: 2024, month: 6, day: 19), dateOrigin: .manifest,
                           text: "Alba condemned Borea.\nСеул said so.", metadata: ["z": "last", "a": "first \"quoted\""])],
        entities: [Entity(id: "country:ALB", name: "Alba", type: .country, aliases: ["Republic of Alba"], code: "ALB",
                          mentions: [Mention(article: "a1", range: TextRange(start: 0, end: 4), text: "Alba")]),
                   Entity(id: "country:BOR", name: "Borea", type: .country)],
        relations: [Relation(id: "a1#1", source: "country:ALB", target: "country:BOR", stance: .condemnation, directed: true,
                             date: CalendarDate(year: 2024, month: 6, day: 19), dateOrigin: .article, article: "a1",
                             evidence: Evidence(text: "Alba condemned Borea.", range: TextRange(start: 0, end: 21)),
                             trigger: "condemned", confidence: 0.765)])

    @Test("a document encoded as a JSONValue is written byte for byte as the document writer writes it")
    func oneStyle() throws {
        let value = try JSONValue(encoding: Self.document)
        #expect(value.jsonBytes() == Self.document.jsonBytes())
    }

    @Test("keys are sorted, containers of scalars sit on one line, others spread over lines, with a final newline")
    func layout() {
        let value: JSONValue = ["b": [1, 2], "a": ["nested": ["x": true]], "c": nil, "d": "é\n"]
        #expect(value.jsonText == """
        {
          "a": {
            "nested": {"x": true}
          },
          "b": [1, 2],
          "c": null,
          "d": "é\\n"
        }

        """)
    }

    @Test("a JSON line holds the whole value on one line")
    func jsonLine() {
        let value: JSONValue = ["b": [1, ["c": 2.5]], "a": "x"]
        #expect(String(decoding: value.jsonLineBytes(), as: UTF8.self) == "{\"a\": \"x\", \"b\": [1, {\"c\": 2.5}]}\n")
    }

    @Test("numbers: whole values as integers, others as the shortest double, non-finite ones as null", arguments: [
        (3.0, "3"), (0.5, "0.5"), (-7.0, "-7"), (1e300, "1e+300"), (Double.nan, "null"),
    ])
    func numbers(value: Double, text: String) {
        #expect(String(decoding: JSONValue.number(value).jsonLineBytes(), as: UTF8.self) == text + "\n")
    }

    @Test("what Foundation reads back is what was encoded")
    func readsBack() throws {
        struct Sample: Encodable { var name = "x"; var list = [1, 2]; var missing: Int? = nil; var flag = false }
        let bytes = try JSONValue(encoding: Sample()).jsonBytes()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["name"] as? String == "x")
        #expect(object["list"] as? [Int] == [1, 2])
        #expect(object["flag"] as? Bool == false)
        #expect(object["missing"] == nil, "a nil optional is left out, as the synthesized conformance encodes it")
    }
}
