@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("PageCleaner: furniture")
struct PageCleanerTests {
    /// The page: menus, title, byline, dateline, the article, then `tail`.
    static func page(tail: String) -> String {
        PageFixtures.menuHead + """
        \(PageFixtures.title)

        By Kari Nordmann
        Published: 2024-03-12 10:05

        \(PageFixtures.body)

        \(tail)
        """
    }

    @Test("the body ends where the article ends", arguments: PageFixtures.Tail.allCases)
    func bodyEndsWithArticle(tail: PageFixtures.Tail) {
        let page = clean(Self.page(tail: tail.text))
        #expect(page.body == PageFixtures.paragraphs.joined(separator: "\n"))
        #expect(!page.body.contains(tail.marker))
    }

    @Test("the title, byline and dateline are metadata, not body", arguments: PageFixtures.Tail.allCases)
    func metadataAroundArticle(tail: PageFixtures.Tail) {
        let page = clean(Self.page(tail: tail.text))
        #expect(page.title == PageFixtures.title)
        #expect(page.byline == "Kari Nordmann")
        #expect(page.dateline?.iso == "2024-03-12")
        for menuWord in ["Menu", "Search", "Español", "Go to top", "By Kari", "Published"] {
            #expect(!page.body.contains(menuWord), "\(menuWord)")
        }
    }

    @Test("furniture before the article is dropped too: cookie notice, counts, category menu")
    func furnitureBeforeArticle() {
        let text = """
        Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.
        Politics
        Business
        Sports
        Culture
        \(PageFixtures.title)
        0
        3K
        \(PageFixtures.body)
        """
        let page = clean(text)
        #expect(page.body == PageFixtures.paragraphs.joined(separator: "\n"))
        #expect(page.title == PageFixtures.title)
    }

    @Test("the dates of related items and sponsors are never the article's")
    func furnitureDatesAreNotTaken() {
        for tail in [PageFixtures.Tail.sponsoredList, .relatedWithBylines, .relatedWithoutMarker] {
            let text = "\(PageFixtures.title)\n\n\(PageFixtures.body)\n\n\(tail.text)"
            let page = clean(text)
            #expect(page.dateline == nil, "\(tail)")
        }
    }

    @Test("a reporter line with an e-mail placeholder gives the byline, not a sentence")
    func emailPlaceholderByline() {
        let page = clean("\(PageFixtures.body)\n\(PageFixtures.Tail.signOffWithPlaceholder.text)")
        #expect(page.byline == "Ingrid Solberg")
        #expect(!page.body.contains("protected"))
    }

    @Test("a deck under the title stays with the article, captions do not")
    func decksAndCaptions() {
        let text = """
        \(PageFixtures.title)
        by the foreign desk
        Both governments aim to sign the text at a summit in Oslo next spring
        The ministers shake hands after the meeting in Santiago. (Photo = Ministry of Foreign Affairs) 2024.03.12 [Santiago=Agency]
        \(PageFixtures.body)
        [Santiago=Agency]
        """
        let page = clean(text)
        #expect(page.body.hasPrefix("Both governments aim to sign the text"))
        #expect(!page.body.contains("Photo"))
        #expect(!page.body.contains("[Santiago=Agency]"))
        #expect(page.body.hasSuffix(PageFixtures.paragraphs.last!))
        #expect(page.byline == "the foreign desk")
        #expect(page.dateline?.iso == "2024-03-12")
    }

    @Test("a plain article of one paragraph is kept whole")
    func plainParagraph() {
        let page = clean(PageFixtures.paragraphs[0])
        #expect(page.body == PageFixtures.paragraphs[0])
        #expect(page.title == nil)
    }

    @Test("a title given as metadata is dropped from the body")
    func knownTitle() {
        let page = clean("\(PageFixtures.title)\n\(PageFixtures.body)", title: PageFixtures.title)
        #expect(page.body == PageFixtures.paragraphs.joined(separator: "\n"))
    }

    @Test("an interview that is the article itself is kept")
    func interviewArticle() {
        let text = PageFixtures.Tail.generatedInterview.text
        let page = clean(text)
        #expect(page.body.contains("Q: Will the working group be able to finish"))
        #expect(page.body.contains("A: It is possible"))
    }

    @Test("a page that is all furniture has no body")
    func allFurniture() {
        let page = clean("Menu\nSearch\nLogin\nYou might also like\nShare\n12")
        #expect(page.body.isEmpty)
    }
}

@Suite("PageCleaner: inside the article")
struct PageCleanerInlineTests {
    @Test("inline furniture between paragraphs is dropped; subheadings stay")
    func inlineFurniture() {
        let p = PageFixtures.paragraphs
        let text = """
        \(p[0])
        Advertisement
        \(p[1])
        Read more: Chile and Peru settle a maritime dispute
        Quotas remain the sticking point
        \(p[2])
        Photo: Reuters
        \(p[3])
        """
        let page = clean(text)
        #expect(page.body == [p[0], p[1], "Quotas remain the sticking point", p[2], p[3]].joined(separator: "\n"))
    }

    @Test("hard-wrapped lines keep their text")
    func wrappedLines() {
        let text = "Foreign ministers of Norway and Chile met in Santiago on Tuesday\nto discuss a new fisheries agreement.\n\nThe talks will continue next month in Oslo."
        let page = clean(text)
        #expect(page.body.contains("met in Santiago on Tuesday"))
        #expect(page.body.contains("to discuss a new fisheries agreement."))
    }
}

@Suite("PageCleaner: prose that mentions furniture words")
struct PageCleanerProseTests {
    @Test("a one-paragraph text is kept whole even when it sounds like furniture", arguments: [
        "The parliament voted on Thursday to tighten the copyright rules for online platforms operating in the union.",
        "The agency withdrew dozens of photographs by a freelance photographer after a review found two were altered.",
        "An AP photographer detained for months was released on Monday, the news agency said in a statement.",
        "The minister said the deal was \"a first step towards something much larger ...\"",
        "Image: the ministry published satellite pictures on Monday showing new construction near the disputed border.",
        "Share prices fell sharply on Tuesday after the central bank raised its main interest rate by half a point.",
    ])
    func keptWhole(text: String) {
        #expect(clean(text).body == text)
    }
}
