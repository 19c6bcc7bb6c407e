@testable import StanceGraphIngest
import StanceGraphModel
import Testing

/// Wire copy opens its first paragraph with a dateline ("SEOUL, March 16
/// (Yonhap) --"); it is metadata, and the article's text starts after it.
@Suite("PageCleaner: wire datelines")
struct WireDatelineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var paragraph: String
        var dateline: String?
        var body: String
        var testDescription: String { paragraph }
    }

    static let opening = "Lithuania and Latvia agreed on Monday to link their power grids."

    @Test("a wire dateline is taken off the body and kept as metadata", arguments: [
        Case(paragraph: "VILNIUS, March 3 (Reuters) - \(opening)", dateline: "VILNIUS, March 3 (Reuters)", body: opening),
        Case(paragraph: "RIGA, Latvia (AP) — \(opening)", dateline: "RIGA, Latvia (AP)", body: opening),
        Case(paragraph: "Vilnius (AFP) -- \(opening)", dateline: "Vilnius (AFP)", body: opening),
        Case(paragraph: "TALLINN, Jan. 5, 2025 – \(opening)", dateline: "TALLINN, Jan. 5, 2025", body: opening),
        // Prose with an early dash keeps its words.
        Case(paragraph: "NATO - the Western alliance - welcomed the plan.", dateline: nil,
             body: "NATO - the Western alliance - welcomed the plan."),
        Case(paragraph: "The plan – the largest in a decade – was welcomed.", dateline: nil,
             body: "The plan – the largest in a decade – was welcomed."),
    ])
    func wireDateline(_ example: Case) {
        // One paragraph (the fast path) and a page with a title above it (the general path).
        for text in [example.paragraph, "Baltic grids to be linked\n\n\(example.paragraph)\n\nThe work ends in 2027."] {
            let (article, _) = ingest(text, options: IngestOptions(date: CalendarDate(year: 2025, month: 3, day: 3)))
            #expect(article.article.metadata["dateline"] == example.dateline, "\(text)")
            #expect(article.article.text.hasPrefix(example.body), "\(article.article.text)")
            #expect(String(decoding: article.bytes, as: UTF8.self) == article.article.text)
        }
    }

    @Test("a dateline with a year dates an article that has no other date")
    func datelineDates() {
        let (article, _) = ingest("TALLINN, Jan. 5, 2025 -- \(Self.opening)")
        #expect(article.article.date?.iso == "2025-01-05")
        #expect(article.article.text == Self.opening)
    }
}
