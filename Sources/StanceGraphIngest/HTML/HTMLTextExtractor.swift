/// Extracts an HTML page's article: `HTMLTreeBuilder` reads the page into
/// elements and text blocks, `MainContentDetector` finds the article's region
/// (Readability's scoring, the page's own marks, JSON-LD `articleBody`), and
/// `PageMetadata` reads the title, date, author, canonical URL, site name and
/// language with their sources. The blocks then go through the line-based
/// cleaner (`PageCleaner`), whose furniture rules apply inside the region.
enum HTMLTextExtractor {
    static func extract(_ html: UnsafeBufferPointer<UInt8>) -> HTMLExtraction {
        let tree = HTMLTreeBuilder.build(html)
        let structured = StructuredData(scripts: tree.head.structuredData)
        let detector = MainContentDetector(tree)
        var region = detector.detect(structuredBody: structured.articleBody)
        var result = HTMLExtraction()
        result.text = tree.text
        let excluded = detector.excludedNodes(useClassMarkers: true)

        // The article's own text from JSON-LD when the page's markup does not hold it.
        if region.method == .structuredData, let body = structured.articleBody {
            let start = result.text.count
            result.text.append(0x0A)
            result.text.append(contentsOf: HTMLEntities.decode(Array(body.utf8), inAttribute: false).utf8)
            region.blocks = []
            result.segments = [TextNormalizer.Segment(range: (start + 1)..<result.text.count)]
        } else {
            result.segments = region.blocks.map { segment(tree.blocks[$0]) }
        }
        result.method = region.method
        result.fallbackSegments = tree.blocks.indices.filter { !excluded[Int(tree.blocks[$0].node)] }.map { segment(tree.blocks[$0]) }

        // The headline and the byline.
        if let h1 = tree.nodes.indices.first(where: { tree.nodes[$0].name == "h1" && !excluded[$0] })
            ?? tree.nodes.indices.first(where: { tree.nodes[$0].name == "h1" }) {
            let text = tree.text(of: h1)
            if !text.isEmpty { result.headline = text }
        }
        if let byline = tree.nodes.indices.first(where: { index in
            let node = tree.nodes[index]
            return node.flags.contains(.byline) && !node.flags.contains(.hidden) && !excluded[Int(node.parent)]
                && !tree.text(of: index).isEmpty
        }) {
            result.byline = tree.text(of: byline)
        }

        // The `<time>` of the article: in the region's `<article>` or `<main>`, or
        // beside the region, never in furniture (an advertisement's date).
        let times = tree.head.times.filter { $0.node < tree.nodes.count && !inFurniture($0.node, tree, excluded) }
        var articleTime: HTMLHead.TimeElement?
        if let root = region.root ?? region.blocks.first.map({ Int(tree.blocks[$0].node) }) {
            var scope = Int(tree.nodes[root].parent)
            var ancestor = root
            while ancestor > 0 {
                if !tree.nodes[ancestor].flags.isDisjoint(with: [.article, .main]) {
                    scope = ancestor
                    break
                }
                ancestor = Int(tree.nodes[ancestor].parent)
            }
            if scope >= 0 { articleTime = times.first { tree.contains(scope, $0.node) } }
        }

        // Metadata: the meta tags kept as they were, then the sourced fields.
        for (key, value) in tree.head.meta where HTMLTextExtractor.metaNames.contains(key) {
            result.metadata[key] = value
        }
        if let published = structured.datePublished ?? tree.head.microdataPublished ?? times.first(where: \.published)?.datetime {
            result.metadata["datepublished"] = published
        }
        if let headline = structured.headline { result.metadata["ld:headline"] = headline }
        if let time = articleTime { result.metadata["time"] = time.datetime }
        result.documentTitle = tree.head.documentTitle
        let page = PageMetadata(head: tree.head, structured: structured, headline: result.headline, byline: result.byline, articleTime: articleTime)
        for (key, value) in page.entries { result.metadata[key] = value }
        result.page = page
        result.metadata[PageMetadata.prefix + "region"] = region.method.rawValue
        return result
    }

    /// Whether `node` is inside furniture other than a header (a `<time>` in an
    /// article's header is its date; one in an advertisement never is).
    private static func inFurniture(_ node: Int, _ tree: HTMLTree, _ excluded: [Bool]) -> Bool {
        var current = node
        while current > 0 {
            let parent = Int(tree.nodes[current].parent)
            if excluded[current], parent >= 0, !excluded[parent] {
                // Where the exclusion starts.
                return tree.nodes[current].name != "header" || tree.nodes[current].flags.contains(.hidden)
            }
            current = parent
        }
        return false
    }

    /// A block as a segment for the normalizer.
    private static func segment(_ block: HTMLBlock) -> TextNormalizer.Segment {
        let characters = max(1, block.characters)
        return TextNormalizer.Segment(range: block.range, flags: block.flags, linkFraction: Float(block.linkCharacters) / Float(characters))
    }

    /// Meta names kept as metadata.
    static let metaNames: Set<String> = [
        "article:published_time", "og:article:published_time", "article:published", "datepublished", "date",
        "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article:modified_time",
        "og:title", "twitter:title", "title", "author", "article:author", "byline", "dc.creator", "og:site_name",
        "og:url", "description", "og:description", "og:locale", "language", "content-language", "news_keywords",
    ]
}
