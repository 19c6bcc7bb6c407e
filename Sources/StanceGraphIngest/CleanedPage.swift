import StanceGraphModel

/// A page with its furniture removed: the article's body and the metadata found
/// around it.
public struct CleanedPage: Sendable, Hashable {
    public var title: String?
    public var byline: String?
    /// The publication date found in a dateline near the top, if any.
    public var dateline: CalendarDate?
    /// The body text, one paragraph a line.
    public var body: String

    public init(title: String? = nil, byline: String? = nil, dateline: CalendarDate? = nil, body: String) {
        self.title = title
        self.byline = byline
        self.dateline = dateline
        self.body = body
    }
}
