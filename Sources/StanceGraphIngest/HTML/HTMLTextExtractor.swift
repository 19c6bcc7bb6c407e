import Foundation

/// The article text of an HTML page and the metadata around it.
struct HTMLExtraction {
    /// Decoded text; each segment is one block (paragraph, heading, list item).
    var text: [UInt8] = []
    var segments: [TextNormalizer.Segment] = []
    /// Meta tags and structured data, by lower-cased name: `article:published_time`,
    /// `datepublished`, `og:title`, `author`, ...
    var metadata: [String: String] = [:]
    /// The `<title>` element's text.
    var documentTitle: String?
    /// The first `<h1>`'s text.
    var headline: String?
    /// The text of the first element marked as the byline (`class="byline"`, `rel="author"`, ...).
    var byline: String?
}

/// Extracts readable text from HTML with a small byte-level tokenizer: tags,
/// attributes, comments, raw-text elements and character references.
///
/// - Dropped: `script`, `style`, `noscript`, `template`, `svg`, `iframe`, `nav`,
///   `header`, `footer`, `aside`, `form`, `button`, `select`, `figure`, hidden
///   elements, and elements whose `class` or `id` marks them as furniture
///   (cookie, share, related, newsletter, comment, sidebar, ...), after the
///   "unlikely candidates" idea of Arc90's Readability.
/// - Kept: paragraphs, headings and list items, each a segment; `<br>` breaks a line.
/// - When the page marks its article (`itemprop="articleBody"`, an `<article>`
///   or `<main>` holding most of the text), only that part is kept.
/// - Metadata: `<meta>` tags, `<time datetime>` and JSON-LD `datePublished`.
enum HTMLTextExtractor {
    static func extract(_ html: UnsafeBufferPointer<UInt8>) -> HTMLExtraction {
        var parser = Parser(html)
        parser.run()
        return parser.finish()
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "nav", "header",
        "footer", "aside", "form", "button", "select", "textarea", "figure", "figcaption", "dialog", "menu",
    ]

    static let blockElements: Set<String> = [
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend", "option",
    ]

    /// Class or id fragments that mark page furniture.
    static let unlikelyMarkers: [String] = [
        "cookie", "consent", "gdpr", "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
        "promo", "advert", "-ad-", "ad-slot", "adslot", "ads-", "sponsor", "sidebar", "breadcrumb", "comment", "disqus",
        "popup", "modal", "masthead", "navbar", "menu", "pagination", "pager", "tags", "tag-list", "reaction", "emoji",
        "most-read", "mostread", "popular", "trending", "read-more", "readmore", "more-stories", "outbrain", "taboola",
        "caption", "credit", "widget", "footer", "toolbar",
    ]

    /// Class or id fragments that mark the article itself (they outrank the unlikely ones).
    static let articleMarkers: [String] = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "entry-content",
        "post-content", "post-body", "article-content", "article-text", "news-content", "news_body",
    ]

    /// Meta names kept as metadata.
    static let metaNames: Set<String> = [
        "article:published_time", "og:article:published_time", "article:published", "datepublished", "date",
        "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article:modified_time",
        "og:title", "twitter:title", "title", "author", "article:author", "byline", "dc.creator", "og:site_name",
        "og:url", "description", "og:description", "og:locale", "language", "content-language", "news_keywords",
    ]

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var result = HTMLExtraction()
        var containers: [Container] = []

        struct Container {
            var article: Int  // -1 outside any <article>
            var main: Bool
            var body: Bool
        }

        // The block being collected.
        var blockStart = 0
        var blockLinkBytes = 0
        var linkDepth = 0
        var headingDepth = 0
        var h1Depth = 0
        var listItemDepth = 0
        var preDepth = 0
        // The subtree being skipped, and whether its text is the byline.
        var skipName: String?
        var skipDepth = 0
        var skipIsByline = false
        var bylineText: [UInt8] = []
        var headlineText: [UInt8] = []
        var headlineDone = false
        // Article containers.
        var articleDepth = 0
        var articleIndex = -1
        var articleCount = 0
        var mainDepth = 0
        var bodyName: String?
        var bodyDepth = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func run() {
            let end = bytes.count
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    tag()
                    continue
                }
                if byte == UInt8(ascii: "&"), let (scalar, next) = HTMLEntities.decode(bytes, at: index, end: end) {
                    var encoded: [UInt8] = []
                    HTMLEntities.appendUTF8(scalar, to: &encoded)
                    for unit in encoded { character(unit) }
                    index = next
                    continue
                }
                character(byte)
                index += 1
            }
            flush()
        }

        /// One byte of text content.
        @inline(__always)
        mutating func character(_ byte: UInt8) {
            var unit = byte
            if preDepth == 0, unit == 0x0A || unit == 0x0D || unit == 0x09 { unit = 0x20 }
            if h1Depth > 0, !headlineDone { headlineText.append(unit) }
            if skipName != nil {
                if skipIsByline { bylineText.append(unit) }
                return
            }
            result.text.append(unit)
            if linkDepth > 0, unit != 0x20 { blockLinkBytes += 1 }
        }

        /// Ends the current block as a segment.
        mutating func flush() {
            let start = blockStart
            let end = result.text.count
            blockStart = end
            defer { blockLinkBytes = 0 }
            guard end > start else { return }
            var visible = 0
            for offset in start..<end where result.text[offset] != 0x20 { visible += 1 }
            guard visible > 0 else { return }
            var flags: PageLine.Flags = []
            if headingDepth > 0 { flags.insert(.heading) }
            if h1Depth > 0 { flags.insert(.topHeading) }
            if listItemDepth > 0 { flags.insert(.listItem) }
            result.segments.append(TextNormalizer.Segment(
                range: start..<end, flags: flags, linkFraction: Float(min(blockLinkBytes, visible)) / Float(visible)))
            containers.append(Container(article: articleIndex, main: mainDepth > 0, body: bodyName != nil))
        }

        // MARK: Tags

        mutating func tag() {
            let end = bytes.count
            let start = index
            guard start + 1 < end else {
                character(bytes[start])
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
                character(bytes[start])
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
                let attributeName = lowercased(attributeStart..<cursor)
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
                        value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<cursor]))
                        if cursor < end { cursor += 1 }
                    } else {
                        let valueStart = cursor
                        while cursor < end, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                        value = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[valueStart..<cursor]))
                    }
                }
                if !isEnd, !attributeName.isEmpty { attributes.append((attributeName, value)) }
            }
            index = cursor
            if isEnd {
                endTag(name)
            } else {
                startTag(name, attributes, selfClosing: selfClosing)
            }
        }

        mutating func startTag(_ name: String, _ attributes: [(name: String, value: String)], selfClosing: Bool) {
            func attribute(_ key: String) -> String? {
                attributes.first { $0.name == key }?.value
            }
            // Metadata is read everywhere, skipped subtrees included.
            switch name {
            case "meta":
                if let key = (attribute("property") ?? attribute("name") ?? attribute("itemprop"))?.lowercased(),
                   HTMLTextExtractor.metaNames.contains(key), let content = attribute("content"),
                   result.metadata[key] == nil {
                    result.metadata[key] = content
                }
                return
            case "time":
                if let stamp = attribute("datetime") {
                    let published = attribute("itemprop")?.lowercased() == "datepublished" || attribute("pubdate") != nil
                    if published, result.metadata["datepublished"] == nil { result.metadata["datepublished"] = stamp }
                    if articleDepth > 0 || mainDepth > 0, result.metadata["time"] == nil { result.metadata["time"] = stamp }
                }
            case "title":
                let contentStart = index
                let close = findClosing("title")
                if result.documentTitle == nil {
                    result.documentTitle = HTMLEntities.decode(UnsafeBufferPointer(rebasing: bytes[contentStart..<close.contentEnd]))
                }
                index = close.next
                return
            case "script", "style", "xmp", "textarea", "noembed", "noframes":
                let contentStart = index
                let close = findClosing(name)
                if name == "script", attribute("type")?.lowercased().contains("ld+json") == true {
                    readStructuredData(contentStart..<close.contentEnd)
                }
                index = close.next
                if name == "textarea" { flush() }
                return
            default:
                break
            }
            if let itemprop = attribute("itemprop")?.lowercased(), itemprop == "datepublished",
               let stamp = attribute("content") ?? attribute("datetime"), result.metadata["datepublished"] == nil {
                result.metadata["datepublished"] = stamp
            }
            if HTMLTextExtractor.voidElements.contains(name) || selfClosing {
                if name == "br", skipName == nil { result.text.append(0x0A) }
                if name == "hr" || name == "img" { flush() }
                return
            }
            if name == "h1" { h1Depth += 1 }
            if let skipping = skipName {
                if name == skipping { skipDepth += 1 }
                return
            }
            let markers = ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
            let itemprop = attribute("itemprop")?.lowercased() ?? ""
            let isArticleBody = itemprop == "articlebody" || HTMLTextExtractor.articleMarkers.contains { markers.contains($0) }
            if name != "html", name != "body", !isArticleBody {
                let isByline = itemprop == "author" || attribute("rel")?.lowercased() == "author"
                    || markers.contains("byline") || markers.contains("author")
                let hidden = attribute("hidden") != nil || attribute("aria-hidden")?.lowercased() == "true"
                    || (attribute("style")?.lowercased().replacingOccurrences(of: " ", with: "").contains("display:none") ?? false)
                let unlikely = HTMLTextExtractor.unlikelyMarkers.contains { markers.contains($0) }
                if isByline || hidden || unlikely || HTMLTextExtractor.skippedElements.contains(name) {
                    flush()
                    skipName = name
                    skipDepth = 1
                    skipIsByline = isByline && !hidden && result.byline == nil
                    bylineText.removeAll()
                    return
                }
            }
            if HTMLTextExtractor.blockElements.contains(name) { flush() }
            switch name {
            case "a": linkDepth += 1
            case "h2", "h3", "h4", "h5", "h6": headingDepth += 1
            case "h1": headingDepth += 1
            case "li", "dt", "dd": listItemDepth += 1
            case "pre": preDepth += 1
            case "article":
                if articleDepth == 0 {
                    articleIndex = articleCount
                    articleCount += 1
                }
                articleDepth += 1
            case "main": mainDepth += 1
            default: break
            }
            if isArticleBody, bodyName == nil {
                bodyName = name
                bodyDepth = 1
            } else if name == bodyName {
                bodyDepth += 1
            }
        }

        mutating func endTag(_ name: String) {
            if name == "h1", h1Depth > 0 {
                h1Depth -= 1
                if h1Depth == 0, !headlineText.isEmpty, !headlineDone {
                    headlineDone = true
                    let text = String(decoding: headlineText, as: UTF8.self).trimmingSpaces()
                    if !text.isEmpty { result.headline = text }
                }
            }
            if let skipping = skipName {
                if name == skipping {
                    skipDepth -= 1
                    if skipDepth == 0 {
                        skipName = nil
                        if skipIsByline {
                            let text = String(decoding: bylineText, as: UTF8.self).trimmingSpaces()
                            if !text.isEmpty, result.byline == nil { result.byline = text }
                        }
                        skipIsByline = false
                    }
                }
                return
            }
            if HTMLTextExtractor.blockElements.contains(name) || name == "br" { flush() }
            switch name {
            case "a": linkDepth = max(0, linkDepth - 1)
            case "h1", "h2", "h3", "h4", "h5", "h6": headingDepth = max(0, headingDepth - 1)
            case "li", "dt", "dd": listItemDepth = max(0, listItemDepth - 1)
            case "pre": preDepth = max(0, preDepth - 1)
            case "article":
                articleDepth = max(0, articleDepth - 1)
                if articleDepth == 0 { articleIndex = -1 }
            case "main": mainDepth = max(0, mainDepth - 1)
            default: break
            }
            if name == bodyName {
                bodyDepth -= 1
                if bodyDepth == 0 { bodyName = nil }
            }
        }

        /// `datePublished`, `headline` and the author's name in JSON-LD.
        mutating func readStructuredData(_ range: Range<Int>) {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            for (key, metaKey) in [("\"datePublished\"", "datepublished"), ("\"headline\"", "ld:headline")] where result.metadata[metaKey] == nil {
                guard let keyRange = text.range(of: key) else { continue }
                var rest = text[keyRange.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
                guard rest.first == ":" else { continue }
                rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
                guard rest.first == "\"" else { continue }
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: "\"") else { continue }
                result.metadata[metaKey] = String(rest[..<close])
            }
        }

        // MARK: Scanning

        /// The end of a raw-text element's content and the index after its end tag.
        func findClosing(_ name: String) -> (contentEnd: Int, next: Int) {
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

        func find(_ needle: StaticString, from start: Int) -> Int? {
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

        func lowercased(_ range: Range<Int>) -> String {
            var name = [UInt8](UnsafeBufferPointer(rebasing: bytes[range]))
            for offset in name.indices where name[offset] >= 65 && name[offset] <= 90 { name[offset] += 32 }
            return String(decoding: name, as: UTF8.self)
        }

        func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 97 && byte | 0x20 <= 122 }
        func isNameByte(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C }

        /// Keeps the part of the page that holds the article, when the page says which.
        mutating func finish() -> HTMLExtraction {
            var sizes: [Int: Int] = [:]
            var total = 0
            var mainSize = 0
            var bodySize = 0
            for (segment, container) in zip(result.segments, containers) {
                let size = segment.range.count
                total += size
                if container.article >= 0 { sizes[container.article, default: 0] += size }
                if container.main { mainSize += size }
                if container.body { bodySize += size }
            }
            var keep: ((Container) -> Bool)?
            if bodySize > 0 {
                keep = { $0.body }
            } else if let (largest, size) = sizes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), size * 5 >= total * 2 {
                keep = { $0.article == largest }
            } else if mainSize * 5 >= total * 2, mainSize > 0 {
                keep = { $0.main }
            }
            if let keep {
                result.segments = zip(result.segments, containers).filter { keep($0.1) }.map(\.0)
            }
            return result
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, collapsing inner runs.
    func trimmingSpaces() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
