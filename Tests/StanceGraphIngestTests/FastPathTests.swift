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
        let (fast, general) = bothPaths(text, title: "Uncategorized")
        #expect(fast.body == general.body)
        #expect(fast.page == general.page)
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
