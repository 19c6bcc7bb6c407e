import StanceGraphModel

/// Separates an article from the page around it.
///
/// First version: paragraphs are the non-blank lines, whitespace is collapsed and
/// a dateline is looked for in the first lines.
public struct PageCleaner: Sendable {
    public init() {}

    public func clean(_ raw: RawDocument) -> CleanedPage {
        var paragraphs: [String] = []
        for line in raw.content.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: \.isWhitespace)
            guard !words.isEmpty else { continue }
            paragraphs.append(words.joined(separator: " "))
        }
        let dateline = paragraphs.prefix(12).lazy.compactMap(ArticleDateFinder.findDateline).first
        return CleanedPage(title: nil, byline: nil, dateline: dateline, body: paragraphs.joined(separator: "\n"))
    }
}
