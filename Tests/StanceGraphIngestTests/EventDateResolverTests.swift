@testable import StanceGraphIngest
import StanceGraphModel
import Testing

@Suite("EventDateResolver")
struct EventDateResolverTests {
    /// A Saturday.
    static let published = CalendarDate(year: 2024, month: 6, day: 22)

    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var date: String?
        var testDescription: String { sentence }
    }

    @Test("resolves days against the publication date", arguments: [
        Case(sentence: "They met on the 14th (local time).", date: "2024-06-14"),
        Case(sentence: "The envoy arrived on the 25th and left.", date: "2024-05-25"),
        Case(sentence: "It was agreed on the 31st of last month.", date: "2024-05-31"),
        Case(sentence: "Talks are set for the afternoon of the 3rd of next month.", date: "2024-07-03"),
        Case(sentence: "Officials spoke on the afternoon of the 21st.", date: "2024-06-21"),
        Case(sentence: "On Thursday, the ministry condemned the launch.", date: "2024-06-20"),
        Case(sentence: "The council met Saturday to review it.", date: "2024-06-22"),
        Case(sentence: "Last Saturday the two leaders spoke.", date: "2024-06-15"),
        // "last Thursday" in a Saturday's article is not two days before ("on Thursday" would be).
        Case(sentence: "The envoys met last Thursday in Geneva.", date: "2024-06-13"),
        Case(sentence: "They will meet next Monday.", date: "2024-06-24"),
        Case(sentence: "Protesters gathered yesterday.", date: "2024-06-21"),
        Case(sentence: "The vote takes place tomorrow.", date: "2024-06-23"),
        Case(sentence: "Three days ago the border closed.", date: "2024-06-19"),
        Case(sentence: "The treaty was signed on June 14.", date: "2024-06-14"),
        Case(sentence: "The treaty was signed on 14 June.", date: "2024-06-14"),
        Case(sentence: "The treaty was signed on June 14, 2019.", date: "2019-06-14"),
        Case(sentence: "A ceasefire began on December 28.", date: "2023-12-28"),
        // The date of an attribution gives way to the event's.
        Case(sentence: "According to the ministry on the 21st, the envoys met on the afternoon of the 20th.", date: "2024-06-20"),
        Case(sentence: "According to officials on Friday, talks will go on.", date: "2024-06-21"),
        // No day: only a period, or nothing at all.
        Case(sentence: "Relations soured last month.", date: nil),
        Case(sentence: "Trade grew earlier this year.", date: nil),
        Case(sentence: "The envoy visited last week.", date: nil),
        Case(sentence: "The 60th anniversary is next year.", date: nil),
        Case(sentence: "He lives on the 2nd floor.", date: nil),
        Case(sentence: "May the talks succeed, she said.", date: nil),
    ])
    func resolvesDays(_ example: Case) {
        let resolver = EventDateResolver(articleDate: Self.published)
        #expect(resolver.resolve(Array(example.sentence.utf8)[...])?.iso == example.date)
    }

    @Test("an earlier week, month or year dates the event as a period; one that reaches the present does not", arguments: [
        Case(sentence: "In 1994 the two states fought a war.", date: "1994-01-01 year"),
        Case(sentence: "Relations soured last month.", date: "2024-05-01 month"),
        Case(sentence: "The envoy visited last week.", date: "2024-06-10 week"),
        Case(sentence: "They signed the pact last year.", date: "2023-01-01 year"),
        Case(sentence: "The border closed in March.", date: "2024-03-01 month"),
        Case(sentence: "On Thursday they recalled the 2017 summit held in 2017.", date: "2024-06-20 day"),
        Case(sentence: "Since 2014 the two have fought.", date: nil),
        Case(sentence: "Until 2019 they traded freely.", date: nil),
        Case(sentence: "Trade grew earlier this year.", date: nil),
        Case(sentence: "The talks resume next year.", date: nil),
        Case(sentence: "The 1994 genocide was condemned.", date: nil),
    ])
    func resolvesPeriods(_ example: Case) {
        let resolver = EventDateResolver(articleDate: Self.published)
        let bytes = Array(example.sentence.utf8)[...]
        let found = resolver.resolve(bytes).map { EventDate(date: $0, precision: .day, range: 0..<0) }
            ?? resolver.historicalPeriods(in: bytes).first
        #expect(found.map { "\($0.date.iso) \($0.precision.rawValue)" } == example.date)
    }

    @Test("\"last\" with a weekday names the most recent one when it lies in an earlier week")
    func lastWeekdayAcrossWeeks() {
        // A Monday: last Thursday is four days before, in the week before.
        let monday = EventDateResolver(articleDate: CalendarDate(year: 2024, month: 6, day: 24))
        #expect(monday.resolve(Array("They met last Thursday.".utf8)[...])?.iso == "2024-06-20")
        #expect(monday.resolve(Array("They met on Thursday.".utf8)[...])?.iso == "2024-06-20")
        // A Friday: last Thursday is not yesterday but the Thursday before.
        let friday = EventDateResolver(articleDate: CalendarDate(year: 2024, month: 6, day: 28))
        #expect(friday.resolve(Array("They met last Thursday.".utf8)[...])?.iso == "2024-06-20")
        #expect(friday.resolve(Array("They met on Thursday.".utf8)[...])?.iso == "2024-06-27")
    }

    @Test("an attribution is \"according to\" at the start of the clause before a date, in any case, after a space", arguments: [
        ("According to officials on Friday", true),
        ("The talks, according to officials on Friday", true),
        ("The talks, ACCORDING TO officials on Friday", true),
        ("The talks,according to officials on Friday", true),     // the clause starts after the comma
        ("The talks were held on Friday", false),
        ("Unaccording to plan on Friday", false),                   // not a word of its own
        ("according to officials. The talks on Friday", false),     // another clause
        ("according t", false),
    ])
    func findsAttributions(_ example: (String, Bool)) {
        let sentence = Array(example.0.utf8)[...]
        let position = (example.0.range(of: " on Friday").map { example.0.utf8.distance(from: example.0.startIndex, to: $0.lowerBound) })
            ?? sentence.count
        #expect(EventDateResolver.isAttribution(sentence, before: position) == example.1)
    }

    @Test("a sentence skips the date scan only when the scan would find no day", arguments: [
        "They met on the 14th (local time).", "On Thursday, the ministry condemned the launch.",
        "Last Saturday the two leaders spoke.", "Protesters gathered yesterday.", "Today's vote was close.",
        "The vote takes place tomorrow.", "Three days ago the border closed.", "A day ago the border closed.",
        "The treaty was signed on June 14.", "Talks resumed Mon. after a pause.", "TUESDAY: the envoy left.",
        "Talks (Wednesday) went on.", "Relations soured last month.", "Trade grew earlier this year.",
        "The envoy visited last week.", "The deal was reached in March.", "Monitors saw no fighting.",
        "Sunderland voters and Saturnine moods.", "Ministers agreed to meet again.", "",
    ])
    func dayCues(_ sentence: String) {
        let bytes = Array(sentence.utf8)
        let scanned = EventDateResolver(articleDate: Self.published).expressions(in: bytes[...])
        let hasDay = scanned.contains { $0.precision == .day }
        let mayStateDay = bytes.withUnsafeBufferPointer(EventDateResolver.mayStateDay)
        #expect(!hasDay || mayStateDay, "the pre-check would hide a day")
        let cue = sentence.contains { $0.isNumber } || ["monday", "mon", "tuesday", "thursday", "wednesday", "saturday",
            "yesterday", "today", "tomorrow", "ago"].contains { word in
                sentence.lowercased().split { !$0.isLetter }.contains { $0 == word }
            }
        #expect(mayStateDay == cue)
    }

    struct PeriodCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var date: String
        var precision: EventDate.Precision
        var testDescription: String { sentence }
    }

    @Test("resolves periods with their precision", arguments: [
        PeriodCase(sentence: "Relations soured last month.", date: "2024-05-01", precision: .month),
        PeriodCase(sentence: "Trade grew earlier this year.", date: "2024-01-01", precision: .year),
        PeriodCase(sentence: "Exports fell earlier this month.", date: "2024-06-01", precision: .month),
        PeriodCase(sentence: "The envoy visited last week.", date: "2024-06-10", precision: .week),
        PeriodCase(sentence: "Talks continue this week.", date: "2024-06-17", precision: .week),
        PeriodCase(sentence: "Elections are due next year.", date: "2025-01-01", precision: .year),
        PeriodCase(sentence: "The deal was reached in March.", date: "2024-03-01", precision: .month),
        PeriodCase(sentence: "The mission ended in 2017.", date: "2017-01-01", precision: .year),
        PeriodCase(sentence: "The plan dates from June 2021.", date: "2021-06-01", precision: .month),
    ])
    func resolvesPeriods(_ example: PeriodCase) {
        let expressions = EventDateResolver(articleDate: Self.published).expressions(in: Array(example.sentence.utf8)[...])
        #expect(expressions.count == 1)
        #expect(expressions.first?.date.iso == example.date)
        #expect(expressions.first?.precision == example.precision)
    }

    @Test("gives each expression's byte range in the slice's indices")
    func ranges() {
        let text = Array("First sentence. Then on Wednesday and yesterday they met.".utf8)
        let slice = text[16...]
        let expressions = EventDateResolver(articleDate: Self.published).expressions(in: slice)
        #expect(expressions.map { String(decoding: text[$0.range], as: UTF8.self) } == ["Wednesday", "yesterday"])
        #expect(expressions.map(\.date.iso) == ["2024-06-19", "2024-06-21"])
    }

    @Test("without a publication date only full dates resolve")
    func withoutArticleDate() {
        let resolver = EventDateResolver(articleDate: nil)
        #expect(resolver.resolve(Array("They met on the 25th (local time).".utf8)[...]) == nil)
        #expect(resolver.resolve(Array("They met on Thursday.".utf8)[...]) == nil)
        #expect(resolver.resolve(Array("They met on 3 March 2022 in Riga.".utf8)[...])?.iso == "2022-03-03")
    }
}
