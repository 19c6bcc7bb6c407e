/// One news article after ingestion: its cleaned body text and what is known
/// about where and when it was published.
public struct Article: Hashable, Sendable, Codable, Identifiable {
    public var id: ArticleID
    /// The file it was read from, as given on the command line (nil for standard input).
    public var path: Optional<String>
    /// The publisher or feed, from the manifest or the input's metadata.
    public var source: Optional<String>
    public var title: Optional<String>
    public var byline: Optional<String>
    /// The publication date, or nil when no trustworthy date was found.
    public var date: Optional<CalendarDate>
    /// Where `date` came from.
    public var dateOrigin: Optional<DateOrigin>
    /// The article body after page furniture was removed and Unicode normalized.
    /// Every `TextRange` in the document indexes into this text.
    public var text: String
    /// Extra fields of the input kept as they were (JSON Lines fields, HTML meta tags).
    public var metadata: [String: String]

    /// The optional fields are spelled `Optional<T>`, not `T?`: a stored `T?`
    /// has an implicit default of nil, and with defaults the optimizer built the
    /// article once more and copied it, retaining and releasing every field.
    public init(
        id: ArticleID, path: String? = nil, source: String? = nil, title: String? = nil,
        byline: String? = nil, date: CalendarDate? = nil, dateOrigin: DateOrigin? = nil,
        text: String, metadata: [String: String] = [:]
    ) {
        self.id = id
        self.path = path
        self.source = source
        self.title = title
        self.byline = byline
        self.date = date
        self.dateOrigin = dateOrigin
        self.text = text
        self.metadata = metadata
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ArticleID.self, forKey: .id)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        byline = try container.decodeIfPresent(String.self, forKey: .byline)
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        dateOrigin = try container.decodeIfPresent(DateOrigin.self, forKey: .dateOrigin)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
    }
}

extension Article {
    /// The article's address on the web: its `url` field (a JSON Lines field, or
    /// what an importer keeps, such as GDELT's SOURCEURL), else the canonical URL
    /// an HTML page declares (`page.url`); nil when neither is known.
    public var url: String? {
        metadata["url"] ?? metadata["page.url"]
    }

    /// This article, moved out and replaced by an empty one (no id, no text).
    ///
    /// Swift does not move one stored property out of a larger value: handing on
    /// `value.article` copies it, retaining every field, and the original is then
    /// released with the rest of `value`. Where the article's owner is done with
    /// it (an ingested article becoming an extraction, extractions becoming the
    /// document), taking it moves it for the price of building an empty one.
    public mutating func take() -> Article {
        var taken = Article(id: ArticleID(""), text: "")
        swap(&taken, &self)
        return taken
    }
}

/// Where an article's publication date came from, most trusted first.
public enum DateOrigin: String, Sendable, Codable, Hashable, CaseIterable {
    /// `--date` on the command line.
    case option
    /// The manifest file.
    case manifest
    /// A field of the input: a JSON Lines `date`, an HTML `article:published_time`.
    case metadata
    /// A dateline or "Written:" line near the top of the text.
    case text
}
