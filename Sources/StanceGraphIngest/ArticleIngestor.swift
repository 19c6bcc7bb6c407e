import StanceGraphModel

/// Turns a raw document into an article ready for extraction: the page furniture
/// removed, the text normalized, the publication date decided and the body split
/// into sentences.
public struct ArticleIngestor: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// The ingested article and what was doubtful about it.
    public func ingest(_ raw: RawDocument) -> (article: IngestedArticle, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let page = PageCleaner().clean(raw)
        let manifestEntry = options.manifest?.entry(for: raw.path)

        var date: CalendarDate?
        var origin: DateOrigin?
        if let override = options.date {
            (date, origin) = (override, .option)
        } else if let manifestDate = manifestEntry?.date {
            (date, origin) = (manifestDate, .manifest)
        } else if let text = raw.metadata["date"] ?? raw.metadata["published"], let metadataDate = ArticleDateFinder.parseMetadataDate(text) {
            (date, origin) = (metadataDate, .metadata)
        } else if let textDate = page.dateline {
            (date, origin) = (textDate, .text)
        } else {
            diagnostics.append(Diagnostic(.warning, file: raw.location,
                "no trustworthy publication date found; the article's date is unknown (give one with --date or a manifest)"))
        }

        var metadata = raw.metadata
        for key in ["id", "title", "source", "date", "byline"] { metadata[key] = nil }
        let article = Article(
            id: raw.id,
            path: raw.path == "-" ? nil : raw.path,
            source: manifestEntry?.source ?? raw.metadata["source"],
            title: raw.metadata["title"] ?? page.title,
            byline: page.byline,
            date: date,
            dateOrigin: origin,
            text: page.body,
            metadata: metadata
        )
        let bytes = Array(article.text.utf8)
        let sentences = SentenceSplitter().split(bytes)
        return (IngestedArticle(article: article, sentences: sentences), diagnostics)
    }
}
