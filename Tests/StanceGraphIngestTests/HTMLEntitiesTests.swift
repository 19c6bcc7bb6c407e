@testable import StanceGraphIngest
import Testing

@Suite("HTMLEntities")
struct HTMLEntitiesTests {
    @Test("the table holds every HTML5 name, legacy ones also without ';'")
    func table() {
        #expect(HTMLEntities.named.count == 2231)
        #expect(HTMLEntities.named["Ccaron;"]?.first == "\u{10C}")
        #expect(HTMLEntities.named["amp"]?.first == "&")
        #expect(HTMLEntities.named["bull"] == nil)
    }

    @Test("references decode in text", arguments: [
        ("&Ccaron;ern&yacute;", "Černý"), ("a &bull; b", "a • b"), ("&NotEqualTilde;", "\u{2242}\u{338}"),
        ("&fjlig;", "fj"), ("&copy 2024", "© 2024"), ("&notit;", "¬it;"), ("&amp;amp;", "&amp;"),
        ("&bull", "&bull"), ("&#x1F600;", "😀"), ("&#99999999;", "\u{FFFD}"), ("&Unknown;", "&Unknown;"),
    ])
    func text(reference: String, expected: String) {
        #expect(HTMLEntities.decode(Array(reference.utf8), inAttribute: false) == expected)
    }

    @Test("in an attribute, a legacy name before a letter, digit or '=' stays as written")
    func attributes() {
        #expect(HTMLEntities.decode(Array("?a=1&copy=2&not;".utf8)) == "?a=1&copy=2¬")
        #expect(HTMLEntities.decode(Array("&copy; 2024".utf8)) == "© 2024")
    }

    @Test("references mid-paragraph reach the article text")
    func inArticle() {
        let body = cleanHTML(HTMLPageFixtures.entities).body
        #expect(body.contains("Zdeněk Černý met his Chilean counterpart"))
        #expect(body.contains("the talks lasted two hours \u{2014} and both sides called them \"productive\" in a statement"))
        #expect(body.contains("Quotas fell by 5 % \u{2013} the first cut since 2019 ... officials said \u{2242}\u{338} nothing else"))
    }

    @Test("the generated table matches its generator's output")
    func generated() throws {
        // Scripts/generate-html-entities.py writes names in byte order, one a line.
        let lines = HTMLEntities.table.split(separator: "\n")
        #expect(lines.count == 2231)
        #expect(lines.map { Array($0.split(separator: " ")[0].utf8) } == lines.map { Array($0.split(separator: " ")[0].utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
    }
}
