import StanceGraphModel

/// Turns a raw document into an article ready for extraction: the page furniture
/// removed, the text normalized, the publication date decided and the body split
/// into sentences.
///
/// The publication date, most trusted first: `--date`, the manifest, the input's
/// metadata (a JSON Lines `date`, HTML `article:published_time`,
/// `datePublished`, `<time datetime>`), then the text near the title (a
/// dateline, a "Written:" line, a caption's date). When none is trustworthy the
/// date is unknown and a warning says so: it is never guessed.
public struct ArticleIngestor: Sendable {
    public var options: IngestOptions
    public var splitter: SentenceSplitter

    public init(options: IngestOptions = IngestOptions(), splitter: SentenceSplitter = SentenceSplitter()) {
        self.options = options
        self.splitter = splitter
    }

    /// Metadata fields that carry the publication date, in order of trust.
    static let dateFields = ["date", "published", "datepublished", "published_at", "publishedat", "pubdate"]
    /// HTML meta names that carry the publication date, in order of trust:
    /// `PageMetadata`'s choice first (`page.published`, whose source
    /// `page.published.from` records), then the raw names in case it is not a date.
    static let htmlDateFields = [
        "page.published", "article:published_time", "og:article:published_time", "datepublished", "article:published", "publishdate",
        "publish-date", "publish_date", "publication_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.created", "date", "time",
    ]

    /// The ingested article and what was doubtful about it.
    public func ingest(_ raw: RawDocument) -> (article: IngestedArticle, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let manifestEntry = options.manifest?.entry(for: raw.path)

        // The input's own fields, and the rest kept as metadata (one pass, no look-ups).
        // `id`, `title`, `source` and `date` are held apart already; a `date`
        // (the most trusted date field) is not kept as metadata, the others are.
        let given = raw.fields
        var fields = (title: given.title, source: given.source, byline: String?.none, author: String?.none)
        var dateField: (name: String, rank: Int, text: String)? = given.date.map { ("date", 0, $0) }
        var metadata: [String: String] = [:]
        for (key, value) in given.others {
            switch key {
            case "byline": fields.byline = value
            default:
                if key == "author" { fields.author = value }
                if let rank = Self.dateFields.firstIndex(of: key), rank < dateField?.rank ?? Int.max {
                    dateField = (key, rank, value)
                }
                metadata[key] = value
            }
        }

        var date: CalendarDate?
        var origin: DateOrigin?
        if let override = options.date {
            (date, origin) = (override, .option)
        } else if let manifestDate = manifestEntry?.date {
            (date, origin) = (manifestDate, .manifest)
        } else if let (field, _, text) = dateField {
            if let metadataDate = ArticleDateFinder.parseMetadataDate(text) {
                (date, origin) = (metadataDate, .metadata)
            } else {
                diagnostics.append(Diagnostic(.warning, file: raw.location,
                    "the \"\(field)\" field '\(text)' is not a date (write YYYY-MM-DD); the date is looked for in the text"))
            }
        }

        let cleaned = PageCleaner().clean(raw, knownTitle: fields.title, needsDate: date == nil)
        // The page is read where it is (`cleaned.page`): a local copy of it
        // retained and released each of its fields, per article.
        if date == nil {
            for field in Self.htmlDateFields {
                if let text = cleaned.page.metadata[field], let metadataDate = ArticleDateFinder.parseMetadataDate(text) {
                    (date, origin) = (metadataDate, .metadata)
                    break
                }
            }
        }
        if date == nil, let textDate = cleaned.page.dateline {
            (date, origin) = (textDate, .text)
        }
        if date == nil {
            let reason = cleaned.page.warnings.first.map { ": \($0)" } ?? ""
            diagnostics.append(Diagnostic(.warning, file: raw.location,
                "no trustworthy publication date found\(reason); the article's date is unknown (give one with --date or a manifest)"))
        }
        if cleaned.body.isEmpty {
            diagnostics.append(Diagnostic(.error, file: raw.location,
                "no article text remains once page furniture is removed; the article contributes nothing"))
        }

        // The page's meta tags not already used.
        for (key, value) in cleaned.page.metadata where metadata[key] == nil && !Self.titleFields.contains(key) {
            metadata[key] = value
        }
        let article = Article(
            id: raw.id,
            path: raw.path == "-" ? nil : raw.path,
            source: manifestEntry?.source ?? fields.source ?? cleaned.page.metadata["og:site_name"],
            title: fields.title ?? cleaned.page.title,
            byline: cleaned.page.byline ?? fields.byline ?? fields.author ?? cleaned.page.metadata["author"],
            date: date,
            dateOrigin: origin,
            text: cleaned.text ?? String(decoding: cleaned.body, as: UTF8.self),
            metadata: metadata
        )
        let sentences = splitter.split(cleaned.body)
        return (IngestedArticle(article: article, bytes: cleaned.body, sentences: sentences), diagnostics)
    }

    /// HTML fields already used as the title, not repeated as metadata.
    private static let titleFields: Set<String> = ["og:title", "twitter:title", "title"]
}
