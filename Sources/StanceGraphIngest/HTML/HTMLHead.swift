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
