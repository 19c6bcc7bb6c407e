/// What an HTML page's head and markup say about its article, each value with
/// where it came from, most trusted source first:
///
/// | field | sources |
/// |---|---|
/// | title | `og:title`, the first `h1`, JSON-LD `headline`, `twitter:title`, `<title>` without the site's name |
/// | published | `article:published_time`, JSON-LD `datePublished`, microdata `datePublished`, other date meta names, `<time pubdate>`, the first `<time datetime>` of the article |
/// | author | `author` meta, JSON-LD `author`, `article:author` (a name, not a link), the page's byline element |
/// | url | `<link rel="canonical">`, `og:url`, JSON-LD `url` |
/// | site | `og:site_name`, JSON-LD `publisher`, `application-name` |
/// | language | `<html lang>`, `content-language`, `og:locale`, JSON-LD `inLanguage` |
///
/// A `<time>` inside furniture (an advertisement, a related item) is never
/// the article's date: `HTMLTextExtractor` passes only the ones in the article.
struct PageMetadata {
    /// A value and its source ("og:title", "json-ld datePublished", ...).
    struct Value: Equatable {
        var text: String
        var origin: String
    }

    var title: Optional<Value> = nil
    var published: Optional<Value> = nil
    var author: Optional<Value> = nil
    var url: Optional<Value> = nil
    var site: Optional<Value> = nil
    var language: Optional<Value> = nil

    /// The prefix of the metadata fields written for the article: `page.title`
    /// holds the value, `page.title.from` its source.
    static let prefix = "page."

    /// Date meta names after `article:published_time`, in order of trust.
    static let dateMetaNames = [
        "og:article:published_time", "article:published", "publishdate", "publish-date", "publish_date",
        "publication_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.created", "date",
    ]

    init(head: HTMLHead, structured: StructuredData, headline: String?, byline: String?, articleTime: HTMLHead.TimeElement?) {
        func meta(_ name: String) -> Value? {
            guard let text = head.meta[name]?.trimmingSpaces(), !text.isEmpty else { return nil }
            return Value(text: text, origin: name)
        }
        func value(_ text: String?, _ origin: String) -> Value? {
            guard let text = text?.trimmingSpaces(), !text.isEmpty else { return nil }
            return Value(text: text, origin: origin)
        }
        site = meta("og:site_name") ?? value(structured.publisher, "json-ld publisher") ?? meta("application-name")
        let siteName = site?.text
        title = (meta("og:title").map { Value(text: Self.withoutSiteName($0.text, siteName), origin: $0.origin) })
            ?? value(headline, "h1") ?? value(structured.headline, "json-ld headline") ?? meta("twitter:title")
            ?? value(head.documentTitle.map { Self.withoutSiteName($0, siteName, longestPart: true) }, "title")
        published = meta("article:published_time") ?? value(structured.datePublished, "json-ld datePublished")
            ?? value(head.microdataPublished, "microdata datePublished")
            ?? Self.dateMetaNames.lazy.compactMap { meta($0) }.first
            ?? value(head.times.first { $0.published }?.datetime, "time pubdate")
            ?? value(articleTime?.datetime, "time")
        let metaAuthor = meta("author") ?? meta("dc.creator") ?? meta("byline")
        let articleAuthor = meta("article:author").flatMap { $0.text.hasPrefix("http") ? nil : $0 }
        author = metaAuthor ?? value(structured.author, "json-ld author") ?? articleAuthor ?? value(byline, "byline")
        url = value(head.canonical, "link canonical") ?? meta("og:url") ?? value(structured.url, "json-ld url")
        language = value(head.language, "html lang") ?? meta("content-language") ?? meta("language") ?? meta("og:locale")
            ?? value(structured.language, "json-ld inLanguage")
    }

    /// The fields as metadata entries, `page.NAME` and `page.NAME.from`.
    var entries: [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        for (name, field) in [("title", title), ("published", published), ("author", author), ("url", url), ("site", site), ("language", language)] {
            guard let field else { continue }
            result.append((Self.prefix + name, field.text))
            result.append((Self.prefix + name + ".from", field.origin))
        }
        return result
    }

    /// A title without the site's name ("Talks resume | Northern Daily" is
    /// "Talks resume"). Without a known site name, `longestPart` keeps the
    /// longest of the parts a separator divides.
    static func withoutSiteName(_ title: String, _ siteName: String?, longestPart: Bool = false) -> String {
        let trimmed = title.trimmingSpaces()
        var parts = [trimmed]
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        guard parts.count > 1 else { return trimmed }
        if let siteName = siteName?.lowercased(), !siteName.isEmpty {
            let kept = parts.filter { $0.lowercased() != siteName }
            if kept.count < parts.count, !kept.isEmpty {
                return longestPart ? kept.max { $0.count < $1.count } ?? trimmed : Self.rejoin(trimmed, dropping: siteName)
            }
        }
        return longestPart ? parts.max { $0.count < $1.count } ?? trimmed : trimmed
    }

    /// `title` without its first or last part when that part is the site name.
    private static func rejoin(_ title: String, dropping siteName: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if parts.last?.lowercased() == siteName { return parts.dropLast().joined(separator: separator) }
            if parts.first?.lowercased() == siteName { return parts.dropFirst().joined(separator: separator) }
        }
        return title
    }
}
