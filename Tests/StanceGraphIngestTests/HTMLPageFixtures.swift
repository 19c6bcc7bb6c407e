/// HTML pages written for these tests, one for each signal the main-content
/// detection reads. The article text is the project's own (`PageFixtures.paragraphs`
/// and the sentences below); no page is copied from a real site.
enum HTMLPageFixtures {
    static let paragraphs = PageFixtures.paragraphs

    static func html(head: String = "", _ body: String) -> String {
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    static func paragraphTags(_ texts: [String] = paragraphs) -> String {
        texts.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// A site's menu and a rail of links beside the article.
    static let siteHeader = """
    <header class="site-header"><a href="/">Northern Daily</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    </header>
    """

    static let relatedRail = """
    <div class="rail">
      <h3>Most read</h3>
      <ul>
        <li><a href="/a">Fishing fleets return to port early as storms close the northern routes</a></li>
        <li><a href="/b">Chile's copper exports rise for a third month in a row, ministry figures show</a></li>
        <li><a href="/c">Arctic research station opens to visiting scientists from twelve countries</a></li>
      </ul>
    </div>
    """

    /// An `<article>` followed by a comments section, with a related-links rail beside it.
    static let articleWithCommentsAndRail = html(head: "<title>Norway and Chile Agree to Deepen Fisheries Cooperation | Northern Daily</title>", """
    \(siteHeader)
    <div class="layout">
      <article class="story">
        <h1>Norway and Chile Agree to Deepen Fisheries Cooperation</h1>
        \(paragraphTags())
      </article>
      <section id="comments">
        <h2>42 comments</h2>
        <div class="comment"><p>Reader from Bergen: I have followed these talks for years, and I doubt the quotas will ever be settled by a working group.</p></div>
        <div class="comment"><p>Reader from Valparaiso: Our fishermen were not consulted at all, which says a great deal about how this agreement was made.</p></div>
      </section>
      \(relatedRail)
    </div>
    <footer><p>Copyright 2024 Northern Daily. All rights reserved.</p></footer>
    """)

    /// The article's paragraphs in three `<div>`s, with an advertisement and a
    /// newsletter box between them, and no mark of the article.
    static let articleSplitOverDivs = html("""
    \(siteHeader)
    <div class="wrapper">
      <div class="text-block"><p>\(paragraphs[0])</p><p>\(paragraphs[1])</p></div>
      <div class="ad-slot"><p>Advertisement</p><p>Save on ferry tickets to the fjords this winter, offer ends soon.</p></div>
      <div class="text-block"><p>\(paragraphs[2])</p></div>
      <div class="newsletter-signup"><p>Get the morning briefing in your inbox. Sign up now.</p></div>
      <div class="text-block"><p>\(paragraphs[3])</p><p>Officials from both countries will meet again in March to review the working group's first report, the ministry said.</p></div>
    </div>
    \(relatedRail)
    """)

    /// The article's text only in JSON-LD: the page's markup is filled in by a script.
    static let structuredDataOnly = html(head: """
    <title>Talks resume in Santiago</title>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks resume in Santiago",
     "datePublished": "2023-09-06T08:00:00Z", "author": {"@type": "Person", "name": "Ola Nordmann"},
     "publisher": {"@type": "Organization", "name": "Northern Daily"},
     "articleBody": "\(paragraphs.joined(separator: "\\n\\n").replacingOccurrences(of: "\"", with: "\\\""))"}
    </script>
    """, """
    \(siteHeader)
    <div id="app"><p>Loading…</p></div>
    \(relatedRail)
    """)

    /// JSON-LD `articleBody` whose text the markup also holds, among teasers of other stories.
    static let structuredDataGuide = html(head: """
    <script type="application/ld+json">
    [{"@type": "WebSite", "name": "Northern Daily"},
     {"@type": "NewsArticle", "headline": "Talks resume", "articleBody": "\(paragraphs.joined(separator: " ").replacingOccurrences(of: "\"", with: "\\\""))"}]
    </script>
    """, """
    <div class="teaser"><p>Fishing fleets return to port early as storms close the northern routes, and harbour masters expect a quiet week ahead.</p></div>
    <div class="x1"><div class="x2">\(paragraphTags())</div></div>
    <div class="teaser"><p>Arctic research station opens to visiting scientists from twelve countries, with the first group arriving in April next year.</p></div>
    """)

    /// A page whose only date is in an advertisement.
    static let dateOnlyInAdvertisement = html(head: "<title>Fisheries talks</title>", """
    <article>
      <h1>Fisheries talks</h1>
      \(paragraphTags())
      <aside class="advertisement"><p>Sponsored</p><p>Published <time datetime="2023-05-02">May 2, 2023</time>: Winter sale, all ferry tickets half price until June 30, 2023.</p></aside>
      <div class="ad"><time datetime="2022-11-30T10:00">30 November 2022</time> Buy one cruise and get the second free.</div>
    </article>
    """)

    /// Named references in the middle of paragraphs.
    static let entities = html("""
    <article>
    <p>The Czech minister Zdeněk &Ccaron;ern&yacute; met his Chilean counterpart &bull; the talks lasted two hours &mdash; and both sides called them &ldquo;productive&rdquo; in a statement on fisheries.</p>
    <p>Quotas fell by 5&nbsp;% &ndash; the first cut since 2019 &hellip; officials said &NotEqualTilde; nothing else, and the ministry added that a final text would follow.</p>
    </article>
    """)

    /// Preformatted text inside the article.
    static let preformatted = html("""
    <article>
    <p>\(paragraphs[0])</p>
    <pre>Quota   2023   2024
    Cod     120    95
    Hake     80    88</pre>
    <p>\(paragraphs[1])</p>
    </article>
    """)

    /// `<noscript>` and `<template>` content, which a browser does not show.
    static let noscriptAndTemplate = html("""
    <article>
    <noscript><p>Please enable JavaScript to read this article <b>with images</b>.</p><img src="x.jpg"></noscript>
    <p>\(paragraphs[0])</p>
    <template><p>Template text that is never shown</p></template>
    <p>\(paragraphs[1])</p>
    </article>
    """)

    /// A page in windows-1252, as bytes.
    static let windows1252Page: [UInt8] = {
        let text = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <title>Caf\u{E9} diplomacy</title></head><body><article>
        <p>The ministers met at a caf\u{E9} in Santiago, where the \u{201C}na\u{EF}ve\u{201D} plan of last year was replaced by a r\u{E9}sum\u{E9} of what both sides can accept \u{2014} quotas, research and patrols.</p>
        <p>Tickets for the summit cost \u{80}5 each, and Norway\u{2019}s delegation said the talks would continue in Oslo next spring.</p>
        </article></body></html>
        """
        // Encoded by hand: ASCII as it is, the rest through windows-1252's table.
        let table: [Unicode.Scalar: UInt8] = ["\u{E9}": 0xE9, "\u{EF}": 0xEF, "\u{201C}": 0x93, "\u{201D}": 0x94, "\u{2014}": 0x97, "\u{2019}": 0x92]
        return text.unicodeScalars.map { scalar in
            if scalar.value < 0x80 { return UInt8(scalar.value) }
            if scalar == "\u{80}" { return 0x80 }
            return table[scalar] ?? UInt8(ascii: "?")
        }
    }()
}
