/// Builds an `HTMLTree` with a byte-level tokenizer in one pass: tags, quoted
/// and bare attributes, comments, raw-text elements (`script`, `style`,
/// `noscript`, `textarea`, ...) and character references.
///
/// - Every element that is not inline (`a`, `span`, `em`, ...) is a block
///   boundary, so a `div` without block children is a paragraph, as in
///   Readability; `<br>` is a line break inside a block; `<pre>` keeps its line
///   breaks.
/// - Open elements are closed the forgiving way browsers do: an end tag closes
///   the nearest open element of its name and everything inside it; an end tag
///   with no open element of its name is ignored; `<p>`, `<li>`, `<dt>`,
///   `<dd>`, `<td>`, `<th>`, `<tr>` and `<option>` close an open one of their
///   kind.
/// - `template`, `svg`, `math`, `object`, `canvas`, `select` and the head are
///   not text; `noscript` is raw text (the page as a browser with scripts shows it).
/// - Each node is flagged from its tag and its `class`, `id`, `itemprop`, `role`
///   and hiding attributes (`HTMLNode.Flags`); nothing is dropped here: which
///   blocks are the article is `MainContentDetector`'s decision.
struct HTMLTreeBuilder {
    static func build(_ html: UnsafeBufferPointer<UInt8>) -> HTMLTree {
        var builder = HTMLTreeBuilder(html)
        builder.run()
        return builder.finish()
    }

    // MARK: Vocabulary

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen",
    ]

    /// Elements whose content is never text to read (the `<head>`, inert templates, graphics, form controls).
    static let droppedElements: Set<String> = [
        "head", "template", "svg", "math", "object", "canvas", "select", "datalist", "video", "audio", "picture", "map",
    ]

    /// Elements that belong in the head.
    static let headElements: Set<String> = ["head", "meta", "link", "title", "script", "style", "base", "noscript", "template"]

    /// Elements whose content is raw text, up to their end tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "xmp", "textarea", "noembed", "noframes", "noscript", "iframe", "title", "plaintext",
    ]

    /// Furniture by tag.
    static let furnitureElements: Set<String> = [
        "nav", "aside", "footer", "header", "figure", "figcaption", "button", "dialog", "menu", "fieldset", "label",
        "input", "form",
    ]

    /// Inline (phrasing) elements: their text continues the block around them.
    static let inlineElements: Set<String> = [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
        "tt", "u", "var", "label",
    ]

    /// Class or id fragments that mark page furniture (Readability's "unlikely candidates").
    static let unlikelyMarkers: [String] = [
        "cookie", "consent", "gdpr", "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
        "promo", "advert", "-ad-", "ad-slot", "adslot", "ads-", "sponsor", "sidebar", "breadcrumb", "comment", "disqus",
        "popup", "modal", "masthead", "navbar", "menu", "pagination", "pager", "tag-list", "taglist", "reaction",
        "emoji", "most-read", "mostread", "popular", "trending", "read-more", "readmore", "more-stories", "outbrain",
        "taboola", "caption", "widget", "footer", "toolbar", "banner", "signup", "sign-up", "paywall", "skip-link",
        "print-only", "author-bio", "authorbio", "further-reading", "rail", "jump-link", "byline-social",
    ]

    /// Class or id fragments of comments: never the article.
    static let commentMarkers: [String] = ["comment", "disqus", "respond", "replies"]

    /// Class or id fragments of advertisements.
    static let advertisementMarkers: [String] = [
        "advert", "-ad-", "ad-slot", "adslot", "ads-", "sponsor", "dfp", "gpt-ad", "adunit", "ad-unit", "ad-container",
        "ad-wrapper", "promo", "commercial",
    ]

    /// Class or id fragments that mark the article's body.
    static let articleMarkers: [String] = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "entry-content",
        "post-content", "post-body", "article-content", "article-text", "news-content", "news_body", "story-content",
        "story__body", "post__content", "article__content", "article-main", "content-body", "body-text",
        "articletext", "storytext", "story-text", "post-entry", "entry-body", "article__text", "article-copy",
    ]

    /// Every vocabulary above, searched for in one pass over a `class` or `id` value.
    static let classVocabulary = ClassMarkers([
        (.unlikely, unlikelyMarkers), (.comments, commentMarkers), (.advertisement, advertisementMarkers),
        (.articleBody, articleMarkers), (.byline, ["byline"]), (.author, ["author"]),
        (.negativeWeight, negativeWeightMarkers), (.positiveWeight, positiveWeightMarkers),
    ])

    /// Readability's regular expressions for the class weight, as fragments.
    static let negativeWeightMarkers: [String] = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget",
    ]
    static let positiveWeightMarkers: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story",
    ]

    // MARK: State

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var tree = HTMLTree()
    /// The open elements, innermost last.
    private var open: [Int] = [0]
    /// The block being collected.
    private var blockStart = 0
    private var blockLinkBytes = 0
    private var linkDepth = 0
    private var headingDepth = 0
    private var h1Depth = 0
    private var listItemDepth = 0
    private var preDepth = 0
    /// The element whose content is dropped, and how deep it nests.
    private var dropName: Optional<String> = nil
    private var dropDepth = 0

    /// Nesting deeper than this is read as flat (pathological pages).
    static let maximumDepth = 400

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tree.text.reserveCapacity(bytes.count / 4)
        tree.nodes.append(HTMLNode(
            name: "#document", parent: -1, flags: [], classWeight: 0, className: "", blockStart: 0, blockEnd: 0,
            nodeEnd: 1, textStart: 0, textEnd: 0))
    }

    private mutating func run() {
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                tag()
                continue
            }
            if dropName != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (value, next) = HTMLEntities.decode(bytes, at: index, end: end) {
                var encoded: [UInt8] = []
                HTMLEntities.appendUTF8(value, to: &encoded)
                for unit in encoded { character(unit) }
                index = next
                continue
            }
            character(byte)
            index += 1
        }
        flush()
    }

    private mutating func finish() -> HTMLTree {
        while open.count > 1 { close(top: ()) }
        tree.nodes[0].blockEnd = Int32(tree.blocks.count)
        tree.nodes[0].nodeEnd = Int32(tree.nodes.count)
        tree.nodes[0].textEnd = Int32(tree.text.count)
        return tree
    }

    /// One byte of text content.
    @inline(__always)
    private mutating func character(_ byte: UInt8) {
        var unit = byte
        if preDepth == 0, unit == 0x0A || unit == 0x0D || unit == 0x09 || unit == 0x0C { unit = 0x20 }
        // Runs of spaces are kept to one (the normalizer collapses them anyway).
        if unit == 0x20, preDepth == 0, let last = tree.text.last, last == 0x20 || last == 0x0A { return }
        tree.text.append(unit)
        if linkDepth > 0, unit != 0x20 { blockLinkBytes += 1 }
    }

    /// A `<br>`: a line break; two in a row end a paragraph (as Readability's
    /// `_replaceBrs` makes them one).
    private mutating func lineBreak() {
        var end = tree.text.count
        while end > blockStart, tree.text[end - 1] == 0x20 { end -= 1 }
        if preDepth == 0, end > blockStart, tree.text[end - 1] == 0x0A {
            tree.text.removeSubrange((end - 1)..<tree.text.count)
            flush()
            return
        }
        tree.text.append(0x0A)
    }

    /// Ends the current block.
    private mutating func flush() {
        let start = blockStart
        let end = tree.text.count
        blockStart = end
        let linkBytes = blockLinkBytes
        blockLinkBytes = 0
        guard end > start else { return }
        var characters: Int32 = 0
        var commas: Int32 = 0
        var sentenceEnds: Int32 = 0
        var offset = start
        while offset < end {
            let byte = tree.text[offset]
            if byte > 0x20, byte & 0xC0 != 0x80 { characters += 1 }
            switch byte {
            case UInt8(ascii: ","):
                commas += 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if offset + 1 == end || tree.text[offset + 1] == 0x20 || tree.text[offset + 1] == 0x0A
                    || tree.text[offset + 1] == UInt8(ascii: "\"") || tree.text[offset + 1] == 0xE2 {
                    sentenceEnds += 1
                }
            case 0xEF where offset + 2 < end && tree.text[offset + 1] == 0xBC && tree.text[offset + 2] == 0x8C:
                commas += 1  // ，
            case 0xE3 where offset + 2 < end && tree.text[offset + 1] == 0x80:
                if tree.text[offset + 2] == 0x81 { commas += 1 }  // 、
                if tree.text[offset + 2] == 0x82 { sentenceEnds += 1 }  // 。
            default:
                break
            }
            offset += 1
        }
        guard characters > 0 else { return }
        var flags: PageLine.Flags = []
        if headingDepth > 0 { flags.insert(.heading) }
        if h1Depth > 0 { flags.insert(.topHeading) }
        if listItemDepth > 0 { flags.insert(.listItem) }
        if preDepth > 0 { flags.insert(.preformatted) }
        let owner = open.last ?? 0
        tree.blocks.append(HTMLBlock(
            range: start..<end, node: Int32(owner), flags: flags, characters: characters,
            linkCharacters: Int32(min(linkBytes, Int(characters))), commas: commas, sentenceEnds: sentenceEnds))
        // A block boundary is a space between words.
        tree.text.append(0x20)
        blockStart = tree.text.count
    }

    // MARK: Tags

    private mutating func tag() {
        let end = bytes.count
        let start = index
        guard start + 1 < end else {
            if dropName == nil { character(bytes[start]) }
            index += 1
            return
        }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") {
            if start + 3 < end, bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] == UInt8(ascii: "-") {
                index = find("-->", from: start + 4).map { $0 + 3 } ?? end
            } else {
                index = find(">", from: start + 2).map { $0 + 1 } ?? end
            }
            return
        }
        if next == UInt8(ascii: "?") {
            index = find(">", from: start + 2).map { $0 + 1 } ?? end
            return
        }
        let isEnd = next == UInt8(ascii: "/")
        var cursor = start + (isEnd ? 2 : 1)
        guard cursor < end, isLetter(bytes[cursor]) else {
            if dropName == nil { character(bytes[start]) }
            index += 1
            return
        }
        let nameStart = cursor
        while cursor < end, isNameByte(bytes[cursor]) { cursor += 1 }
        let name = lowercased(nameStart..<cursor)
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        // Attributes, until '>' outside quotes.
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") { cursor += 1; break }
            if byte == UInt8(ascii: "/") { selfClosing = true; cursor += 1; continue }
            if isSpace(byte) { cursor += 1; continue }
            selfClosing = false
            let attributeStart = cursor
            while cursor < end, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "="),
                  bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "/") || cursor == attributeStart {
                cursor += 1
            }
            // Only the attributes this reader uses are decoded (not `href`, `src`, `data-*`, ...).
            let wanted = !isEnd && HTMLTreeBuilder.isWantedAttribute(bytes, attributeStart..<cursor)
            let attributeName = wanted ? lowercased(attributeStart..<cursor) : ""
            while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
            var value = ""
            if cursor < end, bytes[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < end, isSpace(bytes[cursor]) { cursor += 1 }
                if cursor < end, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                    let quote = bytes[cursor]
                    let valueStart = cursor + 1
                    cursor = valueStart
                    while cursor < end, bytes[cursor] != quote { cursor += 1 }
                    if wanted { value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<cursor])) }
                    if cursor < end { cursor += 1 }
                } else {
                    let valueStart = cursor
                    while cursor < end, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    if wanted { value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<cursor])) }
                }
            }
            if wanted, !attributeName.isEmpty { attributes.append((attributeName, value)) }
        }
        index = cursor
        if isEnd {
            endTag(name)
        } else {
            startTag(name, attributes, selfClosing: selfClosing)
        }
    }

    private mutating func startTag(_ name: String, _ attributes: [(name: String, value: String)], selfClosing: Bool) {
        func attribute(_ key: String) -> String? {
            attributes.first { $0.name == key }?.value
        }
        // Metadata is read everywhere, dropped subtrees included.
        switch name {
        case "meta":
            if let key = (attribute("property") ?? attribute("name") ?? attribute("itemprop") ?? attribute("http-equiv"))?.lowercased(),
               let content = attribute("content"), tree.head.meta[key] == nil {
                tree.head.meta[key] = content
            }
            return
        case "link":
            if let rel = attribute("rel")?.lowercased(), rel.split(separator: " ").contains("canonical"),
               let href = attribute("href"), tree.head.canonical == nil {
                tree.head.canonical = href
            }
            return
        case "html":
            if let lang = attribute("lang") ?? attribute("xml:lang"), !lang.isEmpty, tree.head.language == nil {
                tree.head.language = lang
            }
            return
        case "body":
            if dropName == "head" {
                dropName = nil
                dropDepth = 0
            }
            return
        default:
            break
        }
        if HTMLTreeBuilder.rawTextElements.contains(name) {
            let contentStart = index
            let close = findClosing(name)
            index = close.next
            if name == "title" {
                if tree.head.documentTitle == nil {
                    tree.head.documentTitle = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[contentStart..<close.contentEnd]), inAttribute: false)
                }
            } else if name == "script", attribute("type")?.lowercased().contains("ld+json") == true {
                tree.head.structuredData.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<close.contentEnd]), as: UTF8.self))
            } else if name == "textarea" || name == "iframe" {
                flush()
            }
            return
        }
        let itemprop = attribute("itemprop")?.lowercased() ?? ""
        if itemprop == "datepublished", name != "time", tree.head.microdataPublished == nil,
           let stamp = attribute("content") ?? attribute("datetime") {
            tree.head.microdataPublished = stamp
        }
        if name == "time", let stamp = attribute("datetime"), dropName == nil {
            let published = itemprop == "datepublished" || attribute("pubdate") != nil
            tree.head.times.append(.init(node: tree.nodes.count, datetime: stamp, published: published))
        }
        if dropName == "head", !HTMLTreeBuilder.headElements.contains(name) {
            // Content in the head (or no </head>): the body has begun.
            dropName = nil
            dropDepth = 0
        }
        if let dropping = dropName {
            if name == dropping, !selfClosing { dropDepth += 1 }
            return
        }
        if HTMLTreeBuilder.droppedElements.contains(name) {
            if !selfClosing {
                flush()
                dropName = name
                dropDepth = 1
            }
            return
        }
        if HTMLTreeBuilder.voidElements.contains(name) || selfClosing {
            if name == "br" {
                lineBreak()
            } else if name == "hr" || name == "img" || name == "input" || !HTMLTreeBuilder.inlineElements.contains(name) {
                flush()
            }
            return
        }
        // Implied end tags: a new paragraph, list item, cell or row closes the open one.
        switch name {
        case "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
             "article", "aside", "header", "footer", "nav", "form", "figure", "hr", "main", "address", "fieldset":
            closeOpenParagraph()
        case "li":
            closeOpen(["li"], stoppingAt: ["ul", "ol", "menu"])
        case "dt", "dd":
            closeOpen(["dt", "dd"], stoppingAt: ["dl"])
        case "td", "th":
            closeOpen(["td", "th"], stoppingAt: ["tr", "table"])
        case "tr":
            closeOpen(["tr", "td", "th"], stoppingAt: ["table", "tbody", "thead", "tfoot"])
        case "option":
            closeOpen(["option"], stoppingAt: ["select", "datalist"])
        default:
            break
        }

        let classValue = attribute("class")?.lowercased() ?? ""
        let idValue = attribute("id")?.lowercased() ?? ""
        var flags: HTMLNode.Flags = []
        let inline = HTMLTreeBuilder.inlineElements.contains(name)
        if inline { flags.insert(.inline) }
        if name == "p" { flags.insert(.paragraph) }
        if name == "article" { flags.insert(.article) }
        if name == "main" || attribute("role")?.lowercased() == "main" { flags.insert(.main) }
        if HTMLTreeBuilder.furnitureElements.contains(name) { flags.insert(.furnitureTag) }
        if let role = attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "menubar"].contains(role) {
            flags.insert(.furnitureTag)
        }
        var classWeight: Int16 = 0
        if !classValue.isEmpty || !idValue.isEmpty || !itemprop.isEmpty {
            let classMarks = HTMLTreeBuilder.classVocabulary.marks(Array(classValue.utf8))
            let idMarks = HTMLTreeBuilder.classVocabulary.marks(Array(idValue.utf8))
            let marks = classMarks.union(idMarks)
            let isArticleBody = itemprop == "articlebody" || marks.contains(.articleBody)
            if isArticleBody { flags.insert(.articleBody) }
            if !isArticleBody {
                if marks.contains(.unlikely) { flags.insert(.unlikely) }
                if marks.contains(.comments) { flags.insert(.comments) }
                if marks.contains(.advertisement) || Self.isAdvertisementClass(classValue) { flags.insert(.advertisement) }
            }
            if itemprop == "author" || attribute("rel")?.lowercased() == "author" || marks.contains(.byline)
                || (!isArticleBody && marks.contains(.author)) {
                flags.insert(.byline)
            }
            for valueMarks in [classMarks, idMarks] {
                if valueMarks.contains(.negativeWeight) { classWeight -= 25 }
                if valueMarks.contains(.positiveWeight) { classWeight += 25 }
            }
        } else if attribute("rel")?.lowercased() == "author" {
            flags.insert(.byline)
        }
        if attribute("hidden") != nil || attribute("aria-hidden")?.lowercased() == "true" {
            flags.insert(.hidden)
        } else if let style = attribute("style"), Self.hidesElement(Array(style.utf8)) {
            flags.insert(.hidden)
        }

        if !inline || !flags.isDisjoint(with: [.furnitureTag, .hidden]) { flush() }
        if open.count >= HTMLTreeBuilder.maximumDepth { return }
        let parent = open.last ?? 0
        tree.nodes.append(HTMLNode(
            name: name, parent: Int32(parent), flags: flags, classWeight: classWeight, className: classValue,
            blockStart: Int32(tree.blocks.count), blockEnd: Int32(tree.blocks.count), nodeEnd: Int32(tree.nodes.count + 1),
            textStart: Int32(tree.text.count), textEnd: Int32(tree.text.count)))
        open.append(tree.nodes.count - 1)
        switch name {
        case "a": linkDepth += 1
        case "h1": headingDepth += 1; h1Depth += 1
        case "h2", "h3", "h4", "h5", "h6": headingDepth += 1
        case "li", "dt", "dd": listItemDepth += 1
        case "pre": preDepth += 1
        default: break
        }
    }

    /// Whether a `style` attribute hides its element (`display: none`, `visibility: hidden`).
    private static func hidesElement(_ style: [UInt8]) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return hiddenStyles.marks(compact).contains(.hidden)
    }

    private static let hiddenStyles = ClassMarkers([(.hidden, ["display:none", "visibility:hidden"])])

    /// The attributes `startTag` reads.
    static let wantedAttributes: Set<String> = [
        "class", "id", "itemprop", "role", "hidden", "aria-hidden", "style", "rel", "href", "content", "property", "name",
        "http-equiv", "datetime", "pubdate", "type", "lang", "xml:lang",
    ]

    /// Whether the attribute name at `range` is one `startTag` reads, without
    /// making a string of the others (most of a page's attributes: `href`,
    /// `src`, `data-*`, `width`, ...).
    static func isWantedAttribute(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 2, count <= 11 else { return false }
        switch bytes[range.lowerBound] | 0x20 {
        case UInt8(ascii: "c"), UInt8(ascii: "i"), UInt8(ascii: "r"), UInt8(ascii: "h"), UInt8(ascii: "a"), UInt8(ascii: "s"),
             UInt8(ascii: "p"), UInt8(ascii: "n"), UInt8(ascii: "d"), UInt8(ascii: "t"), UInt8(ascii: "l"), UInt8(ascii: "x"):
            var name = [UInt8](UnsafeBufferPointer(rebasing: bytes[range]))
            for offset in name.indices where name[offset] >= 65 && name[offset] <= 90 { name[offset] += 32 }
            return wantedAttributes.contains(String(decoding: name, as: UTF8.self))
        default:
            return false
        }
    }

    /// `ad`, `ads`, `advertisement`, `ad-...`, `...-ad`: a class word that
    /// names an advertisement (read on bytes: splitting the class into
    /// `String` words cost a fifth of HTML cleaning).
    private static func isAdvertisementClass(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
                let length = end - start
                if length >= 2, bytes[start] == UInt8(ascii: "a"), bytes[start + 1] == UInt8(ascii: "d") {
                    if length == 2 { return true }
                    let next = bytes[start + 2]
                    if next == UInt8(ascii: "-") || next == UInt8(ascii: "_") { return true }
                    if length == 3, next == UInt8(ascii: "s") { return true }
                    if length == 13, bytes[start + 2] == UInt8(ascii: "v"), bytes[end - 1] == UInt8(ascii: "t") { return true }
                }
                if length >= 3, bytes[end - 2] == UInt8(ascii: "a"), bytes[end - 1] == UInt8(ascii: "d"),
                   bytes[end - 3] == UInt8(ascii: "-") || bytes[end - 3] == UInt8(ascii: "_") {
                    return true
                }
                start = end + 1
            }
            return false
        }
    }

    private mutating func endTag(_ name: String) {
        if let dropping = dropName {
            if name == dropping {
                dropDepth -= 1
                if dropDepth == 0 { dropName = nil }
            }
            return
        }
        if name == "br" {
            // `</br>` is read as `<br>`.
            lineBreak()
            return
        }
        if name == "p", !open.dropFirst().contains(where: { tree.nodes[$0].name == "p" }) {
            flush()
            return
        }
        // The nearest open element of this name, and everything inside it.
        guard let position = open.lastIndex(where: { tree.nodes[$0].name == name }), position > 0 else {
            if !HTMLTreeBuilder.inlineElements.contains(name) { flush() }
            return
        }
        while open.count > position { close(top: ()) }
    }

    /// Closes the innermost open element.
    private mutating func close(top: Void) {
        guard open.count > 1, let node = open.last else { return }
        let element = tree.nodes[node]
        if !element.flags.contains(.inline) || !element.flags.isDisjoint(with: [.furnitureTag, .hidden]) { flush() }
        switch element.name {
        case "a": linkDepth = max(0, linkDepth - 1)
        case "h1": headingDepth = max(0, headingDepth - 1); h1Depth = max(0, h1Depth - 1)
        case "h2", "h3", "h4", "h5", "h6": headingDepth = max(0, headingDepth - 1)
        case "li", "dt", "dd": listItemDepth = max(0, listItemDepth - 1)
        case "pre": preDepth = max(0, preDepth - 1)
        default: break
        }
        tree.nodes[node].blockEnd = Int32(tree.blocks.count)
        tree.nodes[node].nodeEnd = Int32(tree.nodes.count)
        tree.nodes[node].textEnd = Int32(tree.text.count)
        open.removeLast()
    }

    /// Closes an open `<p>` that a block start ends.
    private mutating func closeOpenParagraph() {
        guard let position = open.lastIndex(where: { tree.nodes[$0].name == "p" }) else { return }
        // Only when nothing but inline elements were opened inside it.
        guard open[(position + 1)...].allSatisfy({ tree.nodes[$0].flags.contains(.inline) }) else { return }
        while open.count > position { close(top: ()) }
    }

    /// Closes an open element of `names` unless one of `barriers` was opened inside it.
    private mutating func closeOpen(_ names: Set<String>, stoppingAt barriers: Set<String>) {
        for position in open.indices.dropFirst().reversed() {
            let name = tree.nodes[open[position]].name
            if barriers.contains(name) { return }
            if names.contains(name) {
                while open.count > position { close(top: ()) }
                return
            }
        }
    }

    // MARK: Scanning

    /// The end of a raw-text element's content and the index after its end tag.
    private func findClosing(_ name: String) -> (contentEnd: Int, next: Int) {
        let end = bytes.count
        let target = Array(name.utf8)
        var cursor = index
        while let open = find("</", from: cursor) {
            var matches = open + 2 + target.count <= end
            if matches {
                for (offset, byte) in target.enumerated() where bytes[open + 2 + offset] | 0x20 != byte {
                    matches = false
                    break
                }
            }
            if matches {
                let after = find(">", from: open + 2 + target.count).map { $0 + 1 } ?? end
                return (open, after)
            }
            cursor = open + 2
        }
        return (end, end)
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        return needle.withUTF8Buffer { pattern -> Int? in
            var cursor = start
            let end = bytes.count
            while cursor + count <= end {
                if bytes[cursor] == pattern[0] {
                    var offset = 1
                    while offset < count, bytes[cursor + offset] == pattern[offset] { offset += 1 }
                    if offset == count { return cursor }
                }
                cursor += 1
            }
            return nil
        }
    }

    private func lowercased(_ range: Range<Int>) -> String {
        var name = [UInt8](UnsafeBufferPointer(rebasing: bytes[range]))
        for offset in name.indices where name[offset] >= 65 && name[offset] <= 90 { name[offset] += 32 }
        return String(decoding: name, as: UTF8.self)
    }

    private func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 97 && byte | 0x20 <= 122 }
    private func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "_")
    }
    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C }
}
