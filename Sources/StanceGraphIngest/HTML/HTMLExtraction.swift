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
