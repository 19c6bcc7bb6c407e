import Foundation
import Testing
@testable import StanceGraphModel

/// `docs/graph-document.schema.json` describes what the writer writes:
/// `output/graph.json` (the demo's document) and a document made here are
/// valid against it, and documents with a wrong field are not.
@Suite("The graph document's JSON Schema")
struct GraphDocumentSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ path: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: root.appendingPathComponent(path)))
    }

    static var schema: JSONSchemaSubset { get throws { JSONSchemaSubset(root: try load("docs/graph-document.schema.json")) } }

    @Test("output/graph.json is valid against the schema")
    func demoDocument() throws {
        let errors = try Self.schema.errors(try Self.load("output/graph.json"))
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test("a document the writer writes, links included, is valid")
    func written() throws {
        var document = JSONValueTests.document
        document.links = [Relation(id: "a1#2", kind: .affiliation, source: "country:ALB", target: "country:BOR", stance: nil,
                                   directed: true, date: nil, article: "a1",
                                   evidence: Evidence(text: "", range: TextRange(start: 0, end: 0)), confidence: 1)]
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(document.jsonBytes()))
        let errors = try Self.schema.errors(value)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("a wrong field is found", arguments: [
        ("\"stance\": \"condemnation\"", "\"stance\": \"anger\""),
        ("\"cameo\": \"111\"", "\"cameo\": \"311\""),
        ("\"confidence\": 0.765", "\"confidence\": 1.5"),
        ("\"date\": \"2024-06-19\"", "\"date\": \"19 June 2024\""),
        ("\"version\": 2", "\"version\": 3"),
        ("\"kind\": \"stance\"", "\"kind\": \"stance\", \"mood\": \"grim\""),
    ])
    func invalid(original: String, replacement: String) throws {
        let text = String(decoding: JSONValueTests.document.jsonBytes(), as: UTF8.self)
        #expect(text.contains(original))
        let broken = text.replacingOccurrences(of: original, with: replacement)
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(broken.utf8))
        #expect(!(try Self.schema.errors(value)).isEmpty, "\(replacement)")
    }

    @Test("JSONValue reads JSON back as it was written")
    func readsBack() throws {
        let value: JSONValue = ["a": [1, 2.5, true, nil, "x"], "b": ["c": -3]]
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(value.jsonBytes())) == value)
    }
}
