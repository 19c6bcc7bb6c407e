@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("PageMetadata")
struct PageMetadataTests {
    typealias Pages = HTMLPageFixtures

    static let head = """
    <title>Talks resume in Santiago | Northern Daily</title>
    <meta property="og:site_name" content="Northern Daily">
    <meta property="article:published_time" content="2024-03-12T10:05:00+01:00">
    <meta name="author" content="Kari Nordmann">
    <link rel="canonical" href="https://news.example.org/talks">
    """

    func ingestHTML(_ html: String) -> (article: IngestedArticle, diagnostics: [Diagnostic]) {
        ArticleIngestor().ingest(RawDocument(id: "p", path: "p.html", format: .html, content: html))
    }

    @Test("each field is recorded on the article with its source")
    func sourced() {
        let (ingested, _) = ingestHTML(Pages.html(head: Self.head, "<article>\(Pages.paragraphTags())</article>"))
        let metadata = ingested.article.metadata
        #expect(ingested.article.title == "Talks resume in Santiago")
        #expect(metadata["page.title.from"] == "title")
        #expect(metadata["page.published"] == "2024-03-12T10:05:00+01:00")
        #expect(metadata["page.published.from"] == "article:published_time")
        #expect(metadata["page.author"] == "Kari Nordmann")
        #expect(metadata["page.url"] == "https://news.example.org/talks")
        #expect(metadata["page.url.from"] == "link canonical")
        #expect(metadata["page.site"] == "Northern Daily")
        #expect(metadata["page.language"] == "en")
        #expect(metadata["page.language.from"] == "html lang")
        #expect(ingested.article.date?.iso == "2024-03-12")
        #expect(ingested.article.dateOrigin == .metadata)
        #expect(ingested.article.source == "Northern Daily")
    }

    @Test("the title loses the site's name", arguments: [
        ("Talks resume | Northern Daily", "Northern Daily", "Talks resume"),
        ("Northern Daily - Talks resume - in Santiago", "Northern Daily", "Talks resume - in Santiago"),
        ("Talks resume", "Northern Daily", "Talks resume"),
    ])
    func siteName(title: String, site: String, expected: String) {
        #expect(PageMetadata.withoutSiteName(title, site) == expected)
    }

    @Test("the publication date: JSON-LD, then a time element in the article")
    func dateSources() {
        let jsonLD = ingestHTML(Pages.html(head: "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2023-09-06T08:00:00Z\"}</script>",
                                           "<article>\(Pages.paragraphTags())</article>"))
        #expect(jsonLD.article.article.date?.iso == "2023-09-06")
        #expect(jsonLD.article.article.metadata["page.published.from"] == "json-ld datePublished")
        let time = ingestHTML(Pages.html("<article><header><time datetime=\"2022-01-05T09:00\">5 Jan</time></header>\(Pages.paragraphTags())</article>"))
        #expect(time.article.article.date?.iso == "2022-01-05")
        #expect(time.article.article.metadata["page.published.from"] == "time")
    }

    @Test("a page whose only date is in an advertisement has no date")
    func dateOnlyInAdvertisement() {
        let (ingested, diagnostics) = ingestHTML(Pages.dateOnlyInAdvertisement)
        #expect(ingested.article.date == nil)
        #expect(ingested.article.metadata["page.published"] == nil)
        #expect(diagnostics.contains { $0.message.contains("date is unknown") })
        #expect(ingested.article.text == Pages.paragraphs.joined(separator: "\n"))
    }

    @Test("<pre> text keeps its lines and <noscript> and <template> never reach the text")
    func preAndNoscript() {
        let pre = cleanHTML(Pages.preformatted).body
        #expect(pre.contains("Quota   2023   2024\nCod     120    95\nHake     80    88"))
        #expect(pre.hasPrefix(Pages.paragraphs[0]))
        let page = cleanHTML(Pages.noscriptAndTemplate).body
        #expect(page == Pages.paragraphs.prefix(2).joined(separator: "\n"))
    }
}
