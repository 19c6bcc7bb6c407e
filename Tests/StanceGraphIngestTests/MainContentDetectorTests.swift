@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("MainContentDetector")
struct MainContentDetectorTests {
    typealias Pages = HTMLPageFixtures

    func region(_ html: String) -> MainContentDetector.Region {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let tree = HTMLTreeBuilder.build(UnsafeBufferPointer(buffer))
            return MainContentDetector(tree).detect(structuredBody: StructuredData(scripts: tree.head.structuredData).articleBody)
        }
    }

    @Test("an article keeps its paragraphs and loses its comments section and related-links rail")
    func articleWithCommentsAndRail() {
        let page = cleanHTML(Pages.articleWithCommentsAndRail)
        #expect(page.body == Pages.paragraphs.joined(separator: "\n"))
        for furniture in ["Reader from", "comments", "Most read", "copper exports", "Copyright", "Politics"] {
            #expect(!page.body.contains(furniture), "\(furniture)")
        }
        #expect(page.title == "Norway and Chile Agree to Deepen Fisheries Cooperation")
    }

    @Test("an article split over several divs is kept whole, without the advertisement and the sign-up box between")
    func splitOverDivs() {
        let page = cleanHTML(Pages.articleSplitOverDivs)
        let lines = page.body.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(Array(lines.prefix(4)) == Pages.paragraphs)
        #expect(lines.last?.hasPrefix("Officials from both countries will meet again in March") == true)
        for furniture in ["ferry tickets", "Advertisement", "Sign up", "Most read", "copper"] {
            #expect(!page.body.contains(furniture), "\(furniture)")
        }
        #expect(region(Pages.articleSplitOverDivs).method == .scored)
    }

    @Test("a page whose markup lacks the article takes its text from JSON-LD articleBody")
    func structuredDataOnly() {
        let page = cleanHTML(Pages.structuredDataOnly)
        #expect(page.body == Pages.paragraphs.joined(separator: "\n"))
        #expect(region(Pages.structuredDataOnly).method == .structuredData)
        #expect(page.metadata["page.author"] == "Ola Nordmann")
        #expect(page.metadata["page.author.from"] == "json-ld author")
        #expect(page.metadata["page.site"] == "Northern Daily")
    }

    @Test("JSON-LD articleBody that the markup holds locates the article among teasers")
    func structuredDataGuide() {
        let page = cleanHTML(Pages.structuredDataGuide)
        #expect(page.body == Pages.paragraphs.joined(separator: "\n"))
        #expect(!page.body.contains("Fishing fleets"))
        #expect(!page.body.contains("Arctic research"))
    }

    @Test("an element marked as the article body is the region, whatever scores higher around it")
    func markedBody() {
        let html = Pages.html("""
        <div class="intro"><div><p>\(Pages.paragraphs[0]) This summary is for readers in a hurry, with more to come in the full story below.</p></div></div>
        <div itemprop="articleBody">\(Pages.paragraphTags())</div>
        """)
        #expect(region(html).method == .marked)
        #expect(cleanHTML(html).body == Pages.paragraphs.joined(separator: "\n"))
    }

    @Test("a furniture mark on an element that holds most of the page's prose is ignored")
    func markOnWrapper() {
        let html = Pages.html("<div class=\"page has-sidebar share-enabled\"><div>\(Pages.paragraphTags())</div>\(Pages.relatedRail)</div>")
        #expect(cleanHTML(html).body == Pages.paragraphs.joined(separator: "\n"))
    }

    @Test("a page never ends empty while it holds a paragraph of prose, even one inside furniture")
    func neverEmpty() {
        let html = Pages.html("<aside class=\"sidebar\"><p>\(Pages.paragraphs[0]) \(Pages.paragraphs[1])</p></aside><nav><a href=\"/\">Home</a></nav>")
        #expect(cleanHTML(html).body.contains("Foreign ministers of Norway and Chile met in Santiago"))
    }

    @Test("text separated by double line breaks scores as paragraphs of its element")
    func lineBreakParagraphs() {
        let html = Pages.html("""
        <div class="menu-col"><ul>\((1...12).map { "<li><a href=\"/\($0)\">Archive \($0)</a></li>" }.joined())</ul></div>
        <div class="col"><p class="title">Fisheries talks</p>\(Pages.paragraphs.joined(separator: "<br><br>\n"))<br></div>
        <div class="bottom"><div>Northern Daily, 1 Harbour Street, Oslo. Telephone 555 0100.</div></div>
        """)
        #expect(cleanHTML(html).body == Pages.paragraphs.joined(separator: "\n"))
    }

    @Test("shingles: overlapping 4-word hashes, folded to lower case")
    func shingles() {
        let a = MainContentDetector.shingles(Array("The Talks Resume in Santiago today".utf8))
        let b = MainContentDetector.shingles(Array("the talks resume, in SANTIAGO today!".utf8))
        #expect(a.count == 3)
        #expect(a == b)
    }
}
