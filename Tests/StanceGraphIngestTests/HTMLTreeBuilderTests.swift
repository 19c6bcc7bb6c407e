import Foundation
@testable import StanceGraphIngest
import Testing

@Suite("HTMLTreeBuilder")
struct HTMLTreeBuilderTests {
    func tree(_ html: String) -> HTMLTree {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { HTMLTreeBuilder.build(UnsafeBufferPointer($0)) }
    }

    func blocks(_ html: String) -> [String] {
        let tree = tree(html)
        return tree.blocks.map { String(decoding: tree.text[$0.range], as: UTF8.self).trimmingCharacters(in: .whitespaces) }
    }

    @Test("block elements are boundaries, inline ones are not", arguments: [
        ("<div>One <b>bold</b> and <a href=x>linked</a> word</div><div>Two</div>", ["One bold and linked word", "Two"]),
        ("<p>First<p>Second", ["First", "Second"]),
        ("<div>Before<section>Inside</section>After</div>", ["Before", "Inside", "After"]),
        ("<ul><li>One<li>Two</ul>", ["One", "Two"]),
        ("<custom-card>Card text</custom-card>Tail", ["Card text", "Tail"]),
    ])
    func boundaries(html: String, expected: [String]) {
        #expect(blocks(html) == expected)
    }

    @Test("<br> is a line break, two of them end a paragraph")
    func lineBreaks() {
        #expect(blocks("<div>Line one<br>line two</div>") == ["Line one\nline two"])
        #expect(blocks("<div>Paragraph one<br> <br>Paragraph two</div>") == ["Paragraph one", "Paragraph two"])
    }

    @Test("<pre> keeps its line breaks and spaces")
    func preformatted() {
        #expect(blocks("<pre>a  b\n  c</pre>") == ["a  b\n  c"])
    }

    @Test("noscript is raw text and template content is never text")
    func noscriptAndTemplate() {
        let tree = tree("<div><noscript><p>Enable <b>JavaScript</b></p></noscript>Shown<template><p>Inert</p></template></div><p>After</p>")
        let text = String(decoding: tree.text, as: UTF8.self)
        #expect(!text.contains("JavaScript"))
        #expect(!text.contains("Inert"))
        #expect(text.contains("Shown"))
        // The markup inside noscript opened no element.
        #expect(!tree.nodes.contains { $0.name == "b" })
        #expect(tree.nodes.last?.name == "p")
    }

    @Test("an end tag closes the elements opened inside its element; a stray one is ignored")
    func endTags() {
        let tree = tree("<div id=a><span><p>Text</div></span><p>Next</p>")
        let next = tree.nodes.lastIndex { $0.name == "p" } ?? 0
        #expect(tree.nodes[Int(tree.nodes[next].parent)].name == "#document")
    }

    @Test("flags come from tags, classes, ids, itemprop and hiding attributes", arguments: [
        ("<nav>x</nav>", HTMLNode.Flags.furnitureTag),
        ("<div class=\"share-buttons\">x</div>", .unlikely),
        ("<div id=\"comments\">x</div>", .comments),
        ("<div class=\"ad\">x</div>", .advertisement),
        ("<div itemprop=\"articleBody\">x</div>", .articleBody),
        ("<div class=\"entry-content\">x</div>", .articleBody),
        ("<div style=\"display: none\">x</div>", .hidden),
        ("<div hidden>x</div>", .hidden),
        ("<span class=\"byline\">x</span>", .byline),
        ("<div role=\"navigation\">x</div>", .furnitureTag),
    ])
    func flags(html: String, flag: HTMLNode.Flags) {
        #expect(tree(html).nodes[1].flags.contains(flag))
    }

    @Test("advertisement class words, and words that only start like one", arguments: [
        ("ad", true), ("ads", true), ("top-ad", true), ("ad_box", true), ("x advertisement", true), ("adjacent", false),
        ("header-admin", false), ("lead", false), ("read", false),
    ])
    func advertisementWords(className: String, isAdvertisement: Bool) {
        #expect(tree("<div class=\"\(className)\">x</div>").nodes[1].flags.contains(.advertisement) == isAdvertisement)
    }

    @Test("class markers report every vocabulary a value holds, in one pass")
    func classMarkers() {
        let marks = HTMLTreeBuilder.classVocabulary.marks(Array("post-content related-links".utf8))
        #expect(marks.contains(.articleBody))
        #expect(marks.contains(.unlikely))
        #expect(marks.contains(.positiveWeight))
        #expect(marks.contains(.negativeWeight))
        #expect(!marks.contains(.comments))
        #expect(HTMLTreeBuilder.classVocabulary.marks([]).isEmpty)
    }

    @Test("head data: meta tags, canonical link, language, JSON-LD, title")
    func head() {
        let tree = tree("""
        <html lang="nb"><head><title>A &amp; B</title><meta property="og:title" content="A &amp; B">
        <link rel="canonical" href="https://example.org/a"><script type="application/ld+json">{"a": 1}</script></head><body><p>x</p></body></html>
        """)
        #expect(tree.head.documentTitle == "A & B")
        #expect(tree.head.meta["og:title"] == "A & B")
        #expect(tree.head.canonical == "https://example.org/a")
        #expect(tree.head.language == "nb")
        #expect(tree.head.structuredData == ["{\"a\": 1}"])
    }

    @Test("blocks count characters, link characters, commas and sentence ends")
    func measures() {
        let tree = tree("<p>One, two, <a href=x>three</a>. Four!</p>")
        let block = tree.blocks[0]
        #expect(block.commas == 2)
        #expect(block.sentenceEnds == 2)
        #expect(block.linkCharacters == 5)
        #expect(block.characters == 19)
    }
}

@Suite("HTML pages cut anywhere")
struct HTMLRobustnessTests {
    @Test("every prefix of the test pages is read without a crash, and nodes nest")
    func prefixes() {
        let pages = [HTMLPageFixtures.articleWithCommentsAndRail, HTMLPageFixtures.structuredDataOnly, HTMLPageFixtures.entities,
                     HTMLPageFixtures.articleSplitOverDivs]
        for page in pages {
            let bytes = Array(page.utf8)
            for length in stride(from: 0, to: bytes.count, by: 13) {
                var prefix = Array(bytes[0..<length])
                let tree = prefix.withUnsafeMutableBufferPointer { HTMLTreeBuilder.build(UnsafeBufferPointer($0)) }
                for (index, node) in tree.nodes.enumerated().dropFirst() {
                    #expect(Int(node.parent) < index && Int(node.nodeEnd) > index && node.blockStart <= node.blockEnd)
                }
                _ = MainContentDetector(tree).detect(structuredBody: nil)
                _ = cleanHTML(String(decoding: prefix, as: UTF8.self))
            }
        }
    }

    @Test("deep nesting and stray markup are read as text")
    func pathological() {
        let deep = String(repeating: "<div>", count: 2000) + "<p>\(PageFixtures.paragraphs[0])</p>" + String(repeating: "</div>", count: 2000)
        #expect(cleanHTML(deep).body == PageFixtures.paragraphs[0])
        let stray = "<p>\(PageFixtures.paragraphs[0]) a < b and c <3 d & e</p></span></div><!-- unclosed"
        #expect(cleanHTML(stray).body.hasPrefix(PageFixtures.paragraphs[0] + " a < b and c <3 d & e"))
    }
}
