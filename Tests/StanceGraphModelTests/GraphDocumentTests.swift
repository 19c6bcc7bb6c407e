import Foundation
import Testing
@testable import StanceGraphModel

@Suite("GraphDocument JSON")
struct GraphDocumentTests {
    static func sample() -> GraphDocument {
        let article = Article(
            id: "a1", path: "news/a1.txt", source: "Wire \"Daily\"", title: "Ministers meet", byline: nil,
            date: CalendarDate(iso: "2024-06-21"), dateOrigin: .manifest,
            text: "Brazil and Kenya agreed to cooperate.\nSeoul said \\ nothing; 서울.", metadata: ["url": "https://example.org/a1", "lang": "en"])
        let brazil = Entity(id: "country:BRA", name: "Brazil", type: .country, aliases: ["Brasil"], code: "BRA",
                            mentions: [Mention(article: "a1", range: TextRange(start: 0, end: 6), text: "Brazil")])
        let kenya = Entity(id: "country:KEN", name: "Kenya", type: .country, code: "KEN",
                           mentions: [Mention(article: "a1", range: TextRange(start: 11, end: 16), text: "Kenya")])
        let minister = Entity(id: "person:ana-silva", name: "Ana \"Tia\" Silva", type: .person, country: "country:BRA", role: "foreign minister")
        let relation = Relation(
            id: "a1#1", source: "country:BRA", target: "country:KEN", stance: .cooperation, directed: false,
            modality: .planned, date: CalendarDate(iso: "2024-06-20"), dateOrigin: .event, article: "a1",
            evidence: Evidence(text: "Brazil and Kenya agreed to cooperate.", range: TextRange(start: 0, end: 37)),
            trigger: "agreed to cooperate", confidence: 0.48)
        let affiliation = Relation(
            id: "a1#2", kind: .affiliation, source: "person:ana-silva", target: "country:BRA", stance: nil, directed: true,
            date: nil, article: "a1", evidence: Evidence(text: "", range: TextRange(start: 0, end: 0)), confidence: 0.9)
        return GraphDocument(articles: [article], entities: [brazil, kenya, minister], relations: [relation, affiliation])
    }

    @Test("a document survives writing and reading unchanged")
    func roundTrip() throws {
        let document = Self.sample()
        let decoded = try GraphDocument(jsonData: document.jsonData(), file: "sample.json")
        #expect(decoded == document)
    }

    @Test("writing is deterministic and keys are sorted")
    func deterministic() throws {
        let document = Self.sample()
        #expect(document.jsonBytes() == document.jsonBytes())
        let text = String(decoding: document.jsonBytes(), as: UTF8.self)
        let keys = ["\"articles\"", "\"entities\"", "\"relations\"", "\"version\""].map { text.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
        // Relation keys in alphabetical order.
        let relationKeys = ["\"article\"", "\"cameo\"", "\"confidence\"", "\"date\"", "\"dateOrigin\"", "\"directed\"", "\"evidence\"", "\"id\"",
                            "\"kind\"", "\"modality\"", "\"plover\"", "\"polarity\"", "\"source\"", "\"stance\"", "\"target\"", "\"trigger\""]
        let relationText = String(text[text.range(of: "\"relations\"")!.upperBound...])
        let positions = relationKeys.map { relationText.range(of: $0 + ": ")!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test("the writer's output is standard JSON equal to Foundation's reading of the model")
    func standardJSON() throws {
        let document = Self.sample()
        let ours = try JSONSerialization.jsonObject(with: document.jsonData()) as? NSDictionary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let foundation = try JSONSerialization.jsonObject(with: encoder.encode(document)) as? NSDictionary
        #expect(ours != nil)
        #expect(ours == foundation)
    }

    /// A document with enough elements to span several writing chunks.
    static func large(count: Int) -> GraphDocument {
        var document = sample()
        let template = document.relations[0]
        document.relations = (0..<count).map { index in
            var relation = template
            relation.id = RelationID("a1#\(index + 1)")
            relation.confidence = Double(index % 100) / 100
            return relation
        }
        return document
    }

    @Test("streaming on several threads gives the same bytes as one thread, as valid JSON", arguments: [0, 1, 255, 256, 257, 3_000])
    func streamedInChunks(relations: Int) throws {
        let document = Self.large(count: relations)
        var pieces: [[UInt8]] = []
        document.writeJSON(threads: 3) { pieces.append(Array($0)) }
        let streamed = pieces.flatMap { $0 }
        #expect(streamed == document.jsonBytes())
        let decoded = try GraphDocument(jsonData: Data(streamed), file: "streamed.json")
        #expect(decoded == document)
        let foundation = try JSONDecoder().decode(GraphDocument.self, from: Data(streamed))
        #expect(foundation == document)
    }

    @Test("strings with quotes, backslashes, control characters and non-ASCII text are escaped correctly")
    func escaping() throws {
        var document = Self.sample()
        document.articles[0].text = "quote \" backslash \\ tab \t bell \u{07} newline \n 한국어 кириллица"
        let decoded = try GraphDocument(jsonData: document.jsonData(), file: "x.json")
        #expect(decoded.articles[0].text == document.articles[0].text)
        let text = String(decoding: document.jsonBytes(), as: UTF8.self)
        #expect(text.contains("한국어"))
        #expect(text.contains("\\u0007"))
    }

    @Test("a structural link has no stance and polarity 0, and is kept among the links, not the relations")
    func structuralLinks() throws {
        let decoded = try GraphDocument(jsonData: Self.sample().jsonData(), file: "x.json")
        let link = try #require(decoded.links.first { $0.kind == .affiliation })
        #expect(link.stance == nil)
        #expect(link.polarity == 0)
        #expect(decoded.relations.allSatisfy { $0.kind == .stance })
        let text = String(decoding: Self.sample().jsonBytes(), as: UTF8.self)
        #expect(text.contains("\"links\""))
    }

    @Test("a version 1 document with structural links among its relations is read with them moved to the links")
    func versionOneLinks() throws {
        var old = Self.sample()
        old.relations += old.links
        old.links = []
        old.version = 1
        var text = String(decoding: old.jsonBytes(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"links\": [],", with: "").replacingOccurrences(of: "\"links\":[],", with: "")
        let decoded = try GraphDocument(jsonData: Data(text.utf8), file: "old.json")
        #expect(decoded.relations.allSatisfy { $0.kind == .stance })
        #expect(decoded.links.contains { $0.kind == .affiliation })
        #expect(decoded.relations.count + decoded.links.count == old.relations.count)
    }

    @Test("reading reports the file and what is wrong", arguments: [
        ("", "empty"),
        ("{\"articles\": [}", "not a StanceGraph JSON graph document"),
        ("{\"articles\": [{\"id\": \"a\", \"date\": \"21 June\"}]}", "is not a calendar date"),
        ("{\"entities\": [{\"id\": \"x\", \"name\": \"X\", \"type\": \"planet\"}]}", "not a StanceGraph JSON graph document"),
    ])
    func readErrors(json: String, expected: String) {
        do {
            _ = try GraphDocument(jsonData: Data(json.utf8), file: "broken.json")
            Issue.record("reading should fail")
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            #expect(message.hasPrefix("broken.json: "))
            #expect(message.contains(expected), "\(message)")
        }
    }

    @Test("a relation naming a missing entity or article is rejected")
    func inconsistentDocuments() throws {
        var document = Self.sample()
        document.relations[0].target = "country:XXX"
        #expect(throws: GraphDocumentError.self) { try GraphDocument(jsonData: document.jsonData(), file: "g.json") }
        document = Self.sample()
        document.relations[0].article = "missing"
        #expect(throws: GraphDocumentError.self) { try GraphDocument(jsonData: document.jsonData(), file: "g.json") }
        document = Self.sample()
        document.entities.append(document.entities[0])
        #expect(throws: GraphDocumentError.self) { try GraphDocument(jsonData: document.jsonData(), file: "g.json") }
    }

    @Test("missing optional fields take their documented defaults")
    func defaults() throws {
        let json = """
        {"articles": [{"id": "a"}], "entities": [{"id": "p", "name": "P", "type": "person"}, {"id": "q", "name": "Q", "type": "country"}],
         "relations": [{"id": "r", "source": "p", "target": "q", "stance": "conflict", "article": "a"}]}
        """
        let document = try GraphDocument(jsonData: Data(json.utf8), file: "minimal.json")
        let relation = try #require(document.relations.first)
        #expect(relation.kind == .stance)
        #expect(relation.polarity == -1)
        #expect(relation.directed == false)
        #expect(relation.modality == .asserted)
        #expect(relation.confidence == 1)
        #expect(document.version == 1)
    }
}
