/// An HTML page reduced to what article extraction needs: its text, its
/// elements (`HTMLNode`) and its text blocks (`HTMLBlock`), and what its head
/// and markup say about it (`HTMLHead`). Built by `HTMLTreeBuilder`.
struct HTMLTree {
    /// The decoded text of every block, in document order.
    var text: [UInt8] = []
    /// Elements in document order; node 0 is the document.
    var nodes: [HTMLNode] = []
    /// Text blocks in document order.
    var blocks: [HTMLBlock] = []
    var head = HTMLHead()

    /// The node's text with white space collapsed.
    func text(of node: Int) -> String {
        let range = nodes[node].textRange.clamped(to: 0..<text.count)
        return String(decoding: text[range], as: UTF8.self).trimmingSpaces()
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        node >= ancestor && node < Int(nodes[ancestor].nodeEnd)
    }
}

/// What a page says about itself outside its text: meta tags, the title,
/// `<link rel="canonical">`, `<html lang>`, JSON-LD scripts, `<time>` elements.
struct HTMLHead {
    /// `<meta>` tags by lower-cased `name`, `property` or `itemprop`; the first of each.
    var meta: [String: String] = [:]
    /// The `<title>` element's text.
    var documentTitle: Optional<String> = nil
    /// `<link rel="canonical" href>`.
    var canonical: Optional<String> = nil
    /// `<html lang>`.
    var language: Optional<String> = nil
    /// The text of each `<script type="application/ld+json">`.
    var structuredData: [String] = []
    /// `itemprop="datePublished"` on an element other than `<meta>` and `<time>`.
    var microdataPublished: Optional<String> = nil
    /// Every `<time datetime>`, in document order.
    var times: [TimeElement] = []

    struct TimeElement {
        /// The innermost element around it (or itself).
        var node: Int
        var datetime: String
        /// Marked as the publication date (`pubdate`, `itemprop="datePublished"`).
        var published: Bool
    }
}
