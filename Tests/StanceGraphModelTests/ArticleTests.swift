import Testing
import StanceGraphModel

@Suite("Article")
struct ArticleTests {
    @Test("take() returns the article and leaves an empty one in its place")
    func takeMovesTheArticleOut() {
        let original = Article(id: ArticleID("a-1"), path: "in.jsonl", source: "Wire", title: "Title",
                               date: CalendarDate(year: 2024, month: 5, day: 1), dateOrigin: .metadata,
                               text: "Body text.", metadata: ["url": "https://example.org"])
        var holder = original
        let taken = holder.take()
        #expect(taken == original)
        #expect(holder == Article(id: ArticleID(""), text: ""))
    }
}
