import Foundation
@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("HTMLCharset")
struct HTMLCharsetTests {
    @Test("the declared label is read from <meta charset> and <meta http-equiv>", arguments: [
        ("<meta charset=\"windows-1252\">", "windows-1252"),
        ("<META CHARSET=Shift_JIS>", "shift_jis"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">", "euc-kr"),
        ("<meta content='text/html;charset=iso-8859-1' http-equiv='content-type'>", "iso-8859-1"),
        ("<p>charset=koi8-r is only text</p>", nil),
    ])
    func declared(html: String, label: String?) {
        #expect(HTMLCharset.declaredLabel(in: Array(html.utf8)[...]) == label)
    }

    @Test("labels name encodings as the Encoding Standard does", arguments: [
        ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("us-ascii", "windows-1252"), ("utf8", "utf-8"),
        ("sjis", "shift_jis"), ("ks_c_5601-1987", "euc-kr"), ("gb2312", "gb18030"), ("iso-8859-5", "iso-8859-5"),
    ])
    func labels(label: String, name: String) {
        #expect(HTMLCharset.named(label)?.label == name)
    }

    @Test("windows-1252 bytes decode as the standard's table")
    func windows1252() {
        #expect(HTMLCharset.decodeWindows1252([0x80, 0x93, 0x94, 0xE9, 0x81, 0x41][...]) == "€“”é\u{81}A")
    }

    @Test("Shift_JIS and EUC-KR decode through Foundation or iconv")
    func eastAsian() {
        let japanese = "外相は東京で会談した"
        let korean = "외교장관은 서울에서 회담했다"
        let sjis = [UInt8](japanese.data(using: .shiftJIS) ?? Data())
        #expect(HTMLCharset.named("shift_jis")?.decode(sjis[...]) == japanese)
        // EUC-KR bytes of "서울" (KS X 1001).
        #expect(HTMLCharset.named("euc-kr")?.decode([0xBC, 0xAD, 0xBF, 0xEF][...]) == "서울")
        #expect(HTMLCharset.decodeWithIconv([0xBC, 0xAD, 0xBF, 0xEF][...], from: "CP949") == "서울")
        _ = korean
    }

    @Test("a windows-1252 page is read in its character set")
    func windows1252Page() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("page.html", Data(HTMLPageFixtures.windows1252Page))
        let result = read([path])
        #expect(result.warnings.isEmpty)
        let document = try #require(result.documents.first)
        let (article, _) = ArticleIngestor().ingest(document)
        #expect(article.article.text.contains("at a café in Santiago, where the \"naïve\" plan of last year was replaced by a résumé"))
        #expect(article.article.text.contains("cost €5 each, and Norway's delegation"))
        #expect(article.article.title == "Café diplomacy")
    }

    @Test("a page of valid UTF-8 is read as UTF-8 whatever it declares")
    func staleDeclaration() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let html = HTMLPageFixtures.html(head: "<meta charset=\"iso-8859-1\">", "<article><p>Le café de la délégation, où les ministres se sont réunis mardi pour parler de la pêche et de la recherche.</p></article>")
        let path = try folder.write("page.html", html)
        let document = try #require(read([path]).documents.first)
        #expect(document.content.contains("Le café de la délégation"))
    }
}
