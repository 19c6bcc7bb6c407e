import Foundation
@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("PageCleaner: the one-paragraph fast path")
struct FastPathTests {
    /// Both paths' page and body for `text`.
    func bothPaths(_ text: String, title: String? = nil, needsDate: Bool = true) -> (fast: PageCleaner.Result, general: PageCleaner.Result) {
        let raw = RawDocument(id: "r", path: "r.txt", format: .text, content: text)
        return (PageCleaner().clean(raw, knownTitle: title, needsDate: needsDate),
                PageCleaner().clean(raw, knownTitle: title, needsDate: needsDate, fastPath: false))
    }

    /// Expects the fast path to give the general path's page and body for `text`.
    func expectSamePaths(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (fast, general) = bothPaths(text, title: "Uncategorized")
        #expect(fast.body == general.body, sourceLocation: sourceLocation)
        #expect(fast.page == general.page, sourceLocation: sourceLocation)
    }

    @Test("gives what the general path gives", arguments: [
        PageFixtures.paragraphs[0],
        PageFixtures.paragraphs[2],
        "SANTIAGO, March 12, 2024 \u{2014} Foreign ministers of Norway and Chile met on Tuesday to discuss fisheries and research.",
        "Ministers met in Geneva \u{2013} the third round this year \u{2013} and agreed on a timetable for the talks on trade.",
        "외교부 장관은 15일 기자회견에서 양국 관계 발전을 위해 긴밀히 협력하기로 했다고 밝혔다.",
        "Short line.",
        "Menu",
        "Read more: the ministers agreed to meet again next month in Oslo to finish the text of the agreement.",
    ])
    func samePaths(text: String) {
        expectSamePaths(text)
    }

    @Test("a dash anywhere in the first 100 bytes gives what the general path gives", arguments: [
        "Paris (AFP) - Ministers of France and Germany met on Tuesday to discuss the budget of the union.",
        "KYIV, Ukraine (AP) -- Russian forces shelled the city overnight, the regional governor said on Wednesday.",
        "Israeli-Palestinian conflict: talks - the third round this year - resumed in Cairo on Monday morning.",
        "Ministers from twenty-seven countries met in Brussels on Tuesday to discuss energy prices, and then - late - agreed.",
        "A-B-C -D- E -- F --G \u{2015} the ministers met again in Geneva and agreed on a timetable for the talks on trade.",
        "NATO - the alliance - said on Monday that it would send more troops to the eastern flank of its territory.",
    ])
    func dashes(text: String) {
        expectSamePaths(text)
    }

    @Test("a paragraph about as long as the title gives what the general path gives, the title itself dropped", arguments: [
        ("Occupation of Iraq", "The first Polish soldier is killed in Iraq."),
        ("Armed conflicts and attacks", "Armed conflicts and attacks."),
        ("Armed conflicts and attacks", "ARMED CONFLICTS -- and attacks!"),
        ("\u{201C}Armed\u{201D}  conflicts", "Armed conflicts."),
        ("International relations", "Two US paratroopers are killed west of Baghdad."),
        ("A", "Short line."),
        ("Talks in Geneva end without an agreement on the ceasefire", "Talks in Geneva end without an agreement on the ceasefire"),
    ])
    func titleLength(title: String, text: String) {
        let (fast, general) = bothPaths(text, title: title)
        #expect(fast.body == general.body)
        #expect(fast.page == general.page)
        #expect(fast.text == nil || fast.text == text)
    }

    @Test("agrees with the general path on real records (../shared/corpora)")
    func realRecords() throws {
        guard let shared = sharedFolder else {
            print("skipped: ../shared is not on this machine")
            return
        }
        let corpus = shared.appendingPathComponent("corpora/world_all.jsonl").path
        guard FileManager.default.fileExists(atPath: corpus) else { return }
        var checked = 0
        var differing: [String] = []
        CorpusReader(paths: [corpus]).forEach(diagnostic: { _ in }) { raw in
            guard checked < 4000 else { return }
            checked += 1
            let fast = PageCleaner().clean(raw, knownTitle: raw.metadata["title"], needsDate: true)
            let general = PageCleaner().clean(raw, knownTitle: raw.metadata["title"], needsDate: true, fastPath: false)
            if fast.body != general.body || fast.page != general.page { differing.append(raw.id.rawValue) }
        }
        #expect(checked == 4000)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
