@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("HTML pages")
struct HTMLTextExtractorTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Norway and Chile Agree to Deepen Fisheries Cooperation | Northern Daily</title>
      <meta property="og:title" content="Norway and Chile Agree to Deepen Fisheries Cooperation">
      <meta property="article:published_time" content="2024-03-12T10:05:00+01:00">
      <meta name="author" content="Kari Nordmann">
      <meta property="og:site_name" content="Northern Daily">
      <style>p { color: red; } .x:before { content: "Hidden style text"; }</style>
      <script>var ad = "<p>Script text</p>"; if (a < b) { track(); }</script>
    </head>
    <body>
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/search">Search</a></nav></header>
      <div class="cookie-banner">We use cookies on this site. <button>Accept</button></div>
      <main>
        <article>
          <h1>Norway and Chile Agree to Deepen Fisheries Cooperation</h1>
          <div class="byline">By <a rel="author" href="/kari">Kari Nordmann</a></div>
          <time datetime="2024-03-12">12 March 2024</time>
          <p>Foreign ministers of Norway and Chile met in Santiago on Tuesday to discuss a new fisheries agreement
             and closer cooperation on Antarctic research.</p>
          <figure><img src="a.jpg"><figcaption>The ministers in Santiago. Photo: Agency</figcaption></figure>
          <p>The two sides agreed to set up a joint working group that will report to both governments before the end
             of the year, officials said.</p>
          <h2>Quotas remain difficult</h2>
          <p>Norway&rsquo;s minister said the talks had been &ldquo;frank and useful&rdquo;, while her Chilean
             counterpart warned that quotas remained a difficult issue &#8212; a point of &#x201C;friction&#x201D;.</p>
          <div class="share-buttons"><a href="#">Share</a><a href="#">Tweet</a></div>
          <p>A final text is expected to be signed at a summit in Oslo next spring.<br>Both sides called it a milestone.</p>
          <aside class="related"><h3>Related</h3><ul><li><a href="/1">Chile signs mining accord</a></li></ul></aside>
        </article>
        <article class="teaser"><h3><a href="/2">Norway expands Arctic patrols</a></h3><p>Two vessels more.</p></article>
      </main>
      <footer><p>&copy; 2024 Northern Daily. All rights reserved.</p></footer>
      <noscript><p>Enable JavaScript</p></noscript>
    </body>
    </html>
    """

    @Test("keeps paragraphs and headings of the article, in order")
    func keepsArticle() {
        let page = cleanHTML(Self.page)
        let lines = page.body.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines.first?.hasPrefix("Foreign ministers of Norway and Chile met in Santiago") == true)
        #expect(lines.contains("Quotas remain difficult"))
        #expect(lines.last == "Both sides called it a milestone.")
    }

    @Test("drops script, style, navigation, header, footer, aside, figures and widgets", arguments: [
        "Script text", "Hidden style text", "track()", "Home", "Search", "cookies", "Accept", "Photo", "Share", "Tweet",
        "Related", "mining accord", "Arctic patrols", "rights reserved", "Enable JavaScript",
    ])
    func dropsFurniture(text: String) {
        #expect(!cleanHTML(Self.page).body.contains(text))
    }

    @Test("decodes entities: named, decimal, hexadecimal")
    func decodesEntities() {
        let body = cleanHTML(Self.page).body
        #expect(body.contains("Norway's minister said the talks had been \"frank and useful\""))
        #expect(body.contains("issue \u{2014} a point of \"friction\"."))
    }

    @Test("title, byline and date come from the markup")
    func metadata() {
        let page = cleanHTML(Self.page)
        #expect(page.title == "Norway and Chile Agree to Deepen Fisheries Cooperation")
        #expect(page.byline == "Kari Nordmann")
        #expect(page.metadata["article:published_time"] == "2024-03-12T10:05:00+01:00")
        #expect(!page.body.contains("Agree to Deepen"))
        let (article, _) = ArticleIngestor().ingest(RawDocument(id: "p", path: "p.html", format: .html, content: Self.page))
        #expect(article.article.date?.iso == "2024-03-12")
        #expect(article.article.dateOrigin == .metadata)
        #expect(article.article.source == "Northern Daily")
    }

    @Test("publication dates from JSON-LD and time elements")
    func structuredDates() {
        let jsonLD = """
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks resume",
        "datePublished": "2023-09-06T08:00:00Z"}</script></head><body><article>
        <p>Foreign ministers of Norway and Chile met in Santiago on Tuesday to discuss a new fisheries agreement.</p></article></body></html>
        """
        #expect(cleanHTML(jsonLD).metadata["datepublished"] == "2023-09-06T08:00:00Z")
        #expect(cleanHTML(jsonLD).title == "Talks resume")
        let time = "<article><time datetime=\"2022-01-05T09:00\" pubdate>5 Jan</time><p>\(PageFixtures.paragraphs[0])</p></article>"
        #expect(cleanHTML(time).metadata["datepublished"] == "2022-01-05T09:00")
    }

    @Test("numeric references map C1 codes as Windows-1252 and invalid ones to U+FFFD", arguments: [
        ("&#150;", "\u{2013}"), ("&#x92;", "\u{2019}"), ("&#0;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"), ("&#1055;", "П"),
        ("&amp;", "&"), ("&nbsp", "\u{A0}"), ("&unknown;", "&unknown;"), ("&#;", "&#;"),
    ])
    func numericReferences(reference: String, expected: String) {
        #expect(HTMLEntities.decode(Array(reference.utf8)) == expected)
    }

    @Test("a page without article markup keeps its text, minus furniture")
    func plainMarkup() {
        let html = "<html><body><div id=\"menu\">Menu Search</div>" + PageFixtures.paragraphs.map { "<p>\($0)</p>" }.joined()
            + "<div class=\"comments\">Leave a reply</div></body></html>"
        #expect(cleanHTML(html).body == PageFixtures.paragraphs.joined(separator: "\n"))
    }
}
