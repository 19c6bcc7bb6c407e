import StanceGraphModel

/// A page with its furniture removed: the article's body and the metadata found
/// around it.
public struct CleanedPage: Sendable, Hashable {
    /// The headline: the page's title line, or the HTML page's `og:title`, `h1`
    /// or `<title>`. It is not part of `body`.
    public var title: Optional<String>
    /// The author line without its label ("By", "Reporter") or e-mail address.
    public var byline: Optional<String>
    /// The publication date found near the top of the page (a dateline, a
    /// "Written:" line, a photo caption's date), if any.
    public var dateline: Optional<CalendarDate>
    /// The body text, one paragraph a line.
    public var body: String
    /// What the page's markup said about it (HTML meta tags, JSON-LD), by
    /// lower-cased name: `article:published_time`, `datepublished`, `author`, ...
    public var metadata: [String: String]
    /// What was doubtful while cleaning ("several different dates near the
    /// top"); the ingestor reports these as warnings.
    public var warnings: [String]

    /// The optional fields are spelled `Optional<T>`: a stored `T?` has an
    /// implicit default of nil, which made the optimizer build the page twice.
    public init(
        title: String? = nil, byline: String? = nil, dateline: CalendarDate? = nil, body: String,
        metadata: [String: String] = [:], warnings: [String] = []
    ) {
        self.title = title
        self.byline = byline
        self.dateline = dateline
        self.body = body
        self.metadata = metadata
        self.warnings = warnings
    }
}
