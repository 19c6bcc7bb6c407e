@testable import StanceGraphIngest
import StanceGraphModel
import Testing

/// The record decoder reads known members by their bytes and copies the strings
/// of a valid line without checking them again: these check that it reads what
/// a plain unescape-and-decode reading gives.
@Suite("JSONLinesDecoder: records")
struct JSONLinesDecoderTests {
    func decode(_ bytes: [UInt8]) -> (document: RawDocument?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let document = bytes.withUnsafeBufferPointer {
            JSONLinesDecoder.decode(line: $0, path: "r.jsonl", lineNumber: 7) { diagnostics.append($0) }
        }
        return (document, diagnostics)
    }

    func decode(_ line: String) -> (document: RawDocument?, diagnostics: [Diagnostic]) {
        decode(Array(line.utf8))
    }

    @Test("escapes in strings are unescaped, surrogate pairs joined, a lone surrogate replaced")
    func escapes() throws {
        let (document, diagnostics) = decode(#"{"id": "a\/b", "title": "\"Talks\"", "text": "Caf\u00e9 talks \ud83d\ude42 \ud800 ended.\nThey resumed.\\"}"#)
        let record = try #require(document)
        #expect(diagnostics.isEmpty)
        #expect(record.id.rawValue == "a/b")
        #expect(record.metadata["title"] == "\"Talks\"")
        #expect(record.content == "Café talks 🙂 \u{FFFD} ended.\nThey resumed.\\")
    }

    @Test("members in another order give the same document")
    func memberOrder() throws {
        let usual = decode(#"{"id": "r", "date": "2024-03-12", "title": "T", "source": "S", "text": "Talks resumed."}"#).document
        let shuffled = decode(#"{"text": "Talks resumed.", "source": "S", "date": "2024-03-12", "title": "T", "id": "r"}"#).document
        #expect(usual != nil)
        #expect(usual == shuffled)
        #expect(shuffled?.metadata == ["id": "r", "date": "2024-03-12", "title": "T", "source": "S"])
    }

    @Test("a known name written with escapes is still that name")
    func escapedNames() throws {
        let record = try #require(decode(#"{"\u0069d": "e", "t\u0065xt": "Talks resumed.", "ti\u0074le": "T"}"#).document)
        #expect(record.id.rawValue == "e")
        #expect(record.content == "Talks resumed.")
        #expect(record.metadata == ["id": "e", "title": "T"])
    }

    @Test("members other than the known ones are kept as metadata; null is left out")
    func extraMembers() throws {
        let line = #"{"id": "x", "text": "Talks resumed.", "lang": "en", "tags": ["a", {"b": 1}], "score": 3, "draft": false, "#
            + #""byline": "By Jane Doe", "url": null, "content": 5, "identifier": "long name"}"#
        let record = try #require(decode(line).document)
        #expect(record.metadata == ["id": "x", "lang": "en", "tags": #"["a", {"b": 1}]"#, "score": "3", "draft": "false",
                                    "byline": "By Jane Doe", "content": "5", "identifier": "long name"])
    }

    @Test("a name that only begins like a known one is another name", arguments: ["id\u{0}", "ids", "tex", "titles", "sourc"])
    func nearNames(name: String) throws {
        let record = try #require(decode(#"{"text": "Talks resumed.", "\#(name)": "v"}"#).document)
        #expect(record.metadata == [name: "v"])
        #expect(record.id.rawValue == "r-7")
    }

    @Test("content or body stand in for a missing text; html is used when there is no text")
    func textFallbacks() throws {
        #expect(decode(#"{"body": "Talks resumed."}"#).document?.content == "Talks resumed.")
        #expect(decode(#"{"content": "Talks resumed.", "body": "Talks ended."}"#).document?.content == "Talks ended.")
        let html = try #require(decode(#"{"html": "<p>Talks resumed.</p>", "content": "Talks ended."}"#).document)
        #expect(html.format == .html)
        let both = try #require(decode(#"{"text": "Talks resumed.", "html": "<p>Other.</p>"}"#).document)
        #expect(both.format == .text)
        #expect(both.content == "Talks resumed.")
    }

    @Test("invalid UTF-8 in a string or a name is replaced and reported once, at its column")
    func invalidUTF8() throws {
        let line = Array(#"{"id": "u", "ti"#.utf8) + [0xFF] + Array(#"tle": "T", "text": "Caf"#.utf8) + [0xE9]
            + Array(#" talks \#u{00E9}"}"#.utf8)
        let (document, diagnostics) = decode(line)
        let record = try #require(document)
        #expect(record.content == "Caf\u{FFFD} talks é")
        #expect(record.metadata == ["id": "u", "ti\u{FFFD}tle": "T"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.line == 7)
        #expect(diagnostics.first?.message.contains("invalid UTF-8 at column 16 (2 sequences replaced") == true)
    }

    @Test("strings of a valid line are the Strings decoding gives, ASCII or not", arguments: [
        "Talks resumed.", "", "Café", "Переговоры возобновились в Москве, сообщили официальные лица сегодня.",
        "외교부 장관은 15일 기자회견에서 밝혔다.", "A long ASCII paragraph that is more than sixteen bytes long, with \"quotes\".",
        "e\u{301} combining", "🙂 at the start and at the end 🙂",
    ])
    func trustedStrings(text: String) throws {
        let escaped = text.replacingOccurrences(of: "\"", with: #"\""#)
        let record = try #require(decode(#"{"title": "\#(escaped)", "text": "x"}"#).document)
        let title = try #require(record.metadata["title"])
        #expect(title == text)
        #expect(Array(title.utf8) == Array(text.utf8))
        #expect(title.count == text.count)
        #expect(title.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test("metadata given as a dictionary reads back the same")
    func metadataRoundTrip() {
        let metadata = ["id": "1", "date": "2024-01-01", "title": "T", "source": "S", "lang": "en"]
        let document = RawDocument(id: "d", path: "d.txt", format: .text, content: "x", metadata: metadata)
        #expect(document.metadata == metadata)
        var changed = document
        changed.metadata["title"] = nil
        changed.metadata["byline"] = "B"
        #expect(changed.metadata == ["id": "1", "date": "2024-01-01", "source": "S", "lang": "en", "byline": "B"])
        #expect(changed != document)
        #expect(RawDocument(id: "d", path: "d.txt", format: .text, content: "x", metadata: metadata) == document)
    }
}
