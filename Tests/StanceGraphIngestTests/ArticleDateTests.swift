@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("Article dates")
struct ArticleDateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var dateline: String
        var date: String?
        var testDescription: String { dateline }
    }

    @Test("reads the date forms of datelines near the title", arguments: [
        Case(dateline: "Written: 2024-06-22 14:57:31 Updated: 2024-06-22 15:16:46", date: "2024-06-22"),
        Case(dateline: "Written: 2024-06-22 14:57:31Updated: 2024-06-23 15:16:46", date: "2024-06-22"),
        Case(dateline: "Updated: 2024-06-23 Published: 2024-06-21", date: "2024-06-21"),
        Case(dateline: "2024.11.15", date: "2024-11-15"),
        Case(dateline: "2024. 11. 15. 09:30", date: "2024-11-15"),
        Case(dateline: "June 21, 2024", date: "2024-06-21"),
        Case(dateline: "Posted on Jun. 21st, 2024 at 10:15", date: "2024-06-21"),
        Case(dateline: "21 June 2024", date: "2024-06-21"),
        Case(dateline: "Friday, 21 June 2024", date: "2024-06-21"),
        Case(dateline: "date 2024-06-21", date: "2024-06-21"),
        Case(dateline: "2024/06/21", date: "2024-06-21"),
        Case(dateline: "21.06.2024", date: "2024-06-21"),
        Case(dateline: "06/21/2024", date: "2024-06-21"),
        Case(dateline: "03/04/2024", date: nil),
        Case(dateline: "입력 2024년 11월 15일 09:30", date: "2024-11-15"),
        Case(dateline: "2024年11月15日", date: "2024-11-15"),
        Case(dateline: "Опубликовано: 21 июня 2024", date: "2024-06-21"),
        Case(dateline: "Publicat: 21 iunie 2024, 10:15", date: "2024-06-21"),
        Case(dateline: "21. Juni 2024", date: "2024-06-21"),
        Case(dateline: "le 21 juin 2024", date: "2024-06-21"),
        Case(dateline: "2024-02-30", date: nil),
    ])
    func datelineForms(_ example: Case) {
        #expect(ArticleDateFinder.findDateline(in: example.dateline)?.iso == example.date)
    }

    @Test("takes a dateline near the top of a page", arguments: [
        Case(dateline: "Written: 2024-06-22 14:57:31", date: "2024-06-22"),
        Case(dateline: "By Kari Nordmann | June 21, 2024", date: "2024-06-21"),
        Case(dateline: "21 June 2024", date: "2024-06-21"),
        Case(dateline: "(Photo = Ministry of Foreign Affairs) 2024.11.15 [Santiago=Agency]", date: "2024-11-15"),
    ])
    func datelineOnPage(_ example: Case) {
        let page = clean("\(PageFixtures.title)\n\(example.dateline)\n\(PageFixtures.body)")
        #expect(page.dateline?.iso == example.date)
    }

    @Test("dates in the title or the running text are not the publication date")
    func runningTextDates() {
        let page = clean("Summit Set for June 30, 2024 in Oslo\n\(PageFixtures.body)\nThe last summit was held on 12 May 2023 in Lima, and the next is due in 2025.")
        #expect(page.dateline == nil)
    }

    @Test("different unlabelled dates near the top leave the date unknown, with a reason")
    func conflictingDates() {
        let page = clean("\(PageFixtures.title)\n2024-06-21\n2023-01-04\n\(PageFixtures.body)")
        #expect(page.dateline == nil)
        #expect(page.warnings.contains { $0.contains("several different dates") })
    }

    @Test("metadata dates in their usual forms", arguments: [
        ("2024-06-22", "2024-06-22"),
        ("2024-06-22T23:30:00-05:00", "2024-06-22"),
        ("  2024-06-22 ", "2024-06-22"),
        ("Sat, 22 Jun 2024 14:57:31 +0900", "2024-06-22"),
        ("June 22, 2024", "2024-06-22"),
        ("1719014400", "2024-06-22"),
        ("1719014400000", "2024-06-22"),
        ("yesterday", nil),
        ("2024-13-01", nil),
    ] as [(String, String?)])
    func metadataDates(text: String, date: String?) {
        #expect(ArticleDateFinder.parseMetadataDate(text)?.iso == date)
    }
}

@Suite("ArticleIngestor: which date wins")
struct ArticleIngestorDateTests {
    static let page = "\(PageFixtures.title)\nWritten: 2024-06-22 14:57:31\n\(PageFixtures.body)"

    @Test("--date, then the manifest, then metadata, then the text")
    func precedence() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let manifestPath = try folder.write("manifest.json", #"{"articles": [{"file": "page.txt", "date": "2024-01-02", "source": "Desk"}]}"#)
        var diagnostics: [Diagnostic] = []
        let manifest = try Manifest.load(path: manifestPath, diagnostics: &diagnostics)
        let path = folder.path("page.txt")

        let byOption = ingest(Self.page, path: path, metadata: ["date": "2024-03-03"],
                              options: IngestOptions(date: CalendarDate(year: 2024, month: 5, day: 5), manifest: manifest)).article.article
        #expect(byOption.date?.iso == "2024-05-05")
        #expect(byOption.dateOrigin == .option)

        let byManifest = ingest(Self.page, path: path, metadata: ["date": "2024-03-03"], options: IngestOptions(manifest: manifest)).article.article
        #expect(byManifest.date?.iso == "2024-01-02")
        #expect(byManifest.dateOrigin == .manifest)
        #expect(byManifest.source == "Desk")

        let byMetadata = ingest(Self.page, metadata: ["date": "2024-03-03"]).article.article
        #expect(byMetadata.date?.iso == "2024-03-03")
        #expect(byMetadata.dateOrigin == .metadata)

        let byText = ingest(Self.page).article.article
        #expect(byText.date?.iso == "2024-06-22")
        #expect(byText.dateOrigin == .text)
    }

    @Test("no trustworthy date: unknown, with a warning naming the file")
    func unknownDate() {
        let (article, diagnostics) = ingest(PageFixtures.body + "\nThe envoy arrived on the 25th (local time).", path: "folder/undated.txt")
        #expect(article.article.date == nil)
        #expect(article.article.dateOrigin == nil)
        #expect(diagnostics.contains { $0.severity == .warning && $0.file == "folder/undated.txt" && $0.message.contains("date is unknown") })
    }

    @Test("a metadata date that is not a date is reported and the text is searched")
    func badMetadataDate() {
        let (article, diagnostics) = ingest(Self.page, metadata: ["date": "last Tuesday"])
        #expect(article.article.date?.iso == "2024-06-22")
        #expect(diagnostics.contains { $0.message.contains("'last Tuesday' is not a date") })
    }
}
