import Foundation
import Testing
@testable import StanceGraphModel

@Suite("JSONReader")
struct JSONReaderTests {
    @Test("reads a document exactly as Foundation's decoder does")
    func agreesWithJSONDecoder() throws {
        let json = """
        {"version": 1, "extra": {"nested": [1, 2.5e3, null, true, "x"]},
         "articles": [{"id": "a", "text": "tab\\tquote\\" slash\\/ e\\u0301 emoji \\ud83d\\ude00 한", "metadata": {"k": "v"}, "date": null}],
         "entities": [{"id": "p", "name": "P", "type": "person", "aliases": ["Q"], "country": null, "unknown": 3},
                      {"id": "c", "name": "C", "type": "country", "mentions": [{"article": "a", "start": 0, "end": 1, "text": "t"}]}],
         "relations": [{"id": "r", "source": "p", "target": "c", "stance": "threat", "article": "a", "confidence": 0.25,
                        "evidence": {"text": "t", "start": 0, "end": 1}, "date": "2024-02-29", "modality": "hedged"}]}
        """
        let data = Data(json.utf8)
        let ours = try GraphDocument.parse([UInt8](data))
        let foundation = try JSONDecoder().decode(GraphDocument.self, from: data)
        #expect(ours == foundation)
        #expect(ours.articles[0].text.contains("😀"))
    }

    @Test("reads back what the writer wrote for a document with every field")
    func writerRoundTrip() throws {
        let document = GraphDocumentTests.sample()
        #expect(try GraphDocument.parse(document.jsonBytes()) == document)
    }

    @Test("errors give the line, the column and the field", arguments: [
        ("{\n  \"articles\": [\n    {\"id\": 3}\n  ]\n}", "line 3", "expected a string"),
        ("{\"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": \"b\", \"article\": \"x\", \"stance\": \"hug\"}]}", "relations[0].stance", "'hug' is not one of"),
        ("{\"entities\": [{\"id\": \"e\", \"type\": \"person\"}]}", "entities[0]", "missing field \"name\""),
        ("{\"articles\": [] } trailing", "line 1", "after the document"),
        ("{\"articles\": [{\"id\": \"a\", \"text\": \"unterminated}]}", "line 1", "not closed"),
    ])
    func errors(json: String, location: String, message: String) {
        do {
            _ = try GraphDocument(jsonData: Data(json.utf8), file: "doc.json")
            Issue.record("reading should fail")
        } catch {
            let text = (error as? LocalizedError)?.errorDescription ?? ""
            #expect(text.hasPrefix("doc.json: "))
            #expect(text.contains(location), "\(text)")
            #expect(text.contains(message), "\(text)")
        }
    }

    @Test("an invalid escape is an error")
    func invalidEscape() {
        #expect(throws: JSONReader.Failure.self) { _ = try GraphDocument.parse(Array(#"{"articles": [{"id": "\q"}]}"#.utf8)) }
        #expect(throws: JSONReader.Failure.self) { _ = try GraphDocument.parse(Array(#"{"articles": [{"id": "\ud800"}]}"#.utf8)) }
    }
}
