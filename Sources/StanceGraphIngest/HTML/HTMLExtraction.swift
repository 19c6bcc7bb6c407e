/// The article text of an HTML page and the metadata around it.
struct HTMLExtraction {
    /// Decoded text; each segment is one block (paragraph, heading, list item).
    var text: [UInt8] = []
    /// The blocks of the article's region (`MainContentDetector`).
    var segments: [TextNormalizer.Segment] = []
    /// Every block that is not furniture: what the line-based cleaner reads
    /// when the region leaves no article text.
    var fallbackSegments: [TextNormalizer.Segment] = []
    /// How the region was found.
    var method: MainContentDetector.Method = .wholePage
    /// Meta tags and structured data, by lower-cased name: `article:published_time`,
    /// `datepublished`, `og:title`, `author`, ..., and the `page.` fields of `PageMetadata`.
    var metadata: [String: String] = [:]
    /// The `<title>` element's text.
    var documentTitle: Optional<String> = nil
    /// The first `<h1>`'s text.
    var headline: Optional<String> = nil
    /// The text of the first element marked as the byline (`class="byline"`, `rel="author"`, ...).
    var byline: Optional<String> = nil
    /// The page's metadata with its sources.
    var page: Optional<PageMetadata> = nil
}
