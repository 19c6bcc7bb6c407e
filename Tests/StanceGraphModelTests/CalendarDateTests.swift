import Testing
@testable import StanceGraphModel

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("parses ISO dates and rejects days that do not exist", arguments: [
        ("2024-06-21", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false),
        ("2024-6-21", false), ("21-06-2024", false), ("2024-06-21T10:00", false), ("", false), ("2024-00-10", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(iso: text) != nil) == valid)
        if valid { #expect(CalendarDate(iso: text)?.iso == text) }
    }

    @Test("day arithmetic crosses months, years and leap days")
    func dayArithmetic() throws {
        let date = try #require(CalendarDate(iso: "2024-02-28"))
        #expect(date.adding(days: 1).iso == "2024-02-29")
        #expect(date.adding(days: 2).iso == "2024-03-01")
        #expect(date.adding(days: -59).iso == "2023-12-31")
        #expect(date.adding(days: 366).iso == "2025-02-28")
    }

    @Test("days since the epoch round-trip over four centuries")
    func epochRoundTrip() {
        for days in stride(from: -200_000, through: 200_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
        }
        #expect(CalendarDate(daysSinceEpoch: 0).iso == "1970-01-01")
    }

    @Test("adding months clamps to the end of shorter months")
    func monthArithmetic() throws {
        let date = try #require(CalendarDate(iso: "2024-01-31"))
        #expect(date.adding(months: 1).iso == "2024-02-29")
        #expect(date.adding(months: -1).iso == "2023-12-31")
        #expect(date.adding(months: 13).iso == "2025-02-28")
    }

    @Test("weekdays follow ISO numbering (Monday is 1)", arguments: [
        ("2024-06-21", 5), ("2024-11-14", 4), ("2023-09-06", 3), ("1970-01-01", 4), ("2024-06-23", 7), ("2000-01-03", 1),
    ])
    func weekdays(text: String, weekday: Int) throws {
        #expect(try #require(CalendarDate(iso: text)).weekday == weekday)
    }

    @Test("dates order chronologically")
    func ordering() throws {
        let dates = ["2024-06-22", "2023-12-31", "2024-06-21", "2024-01-01"].compactMap { CalendarDate(iso: $0) }
        #expect(dates.sorted().map(\.iso) == ["2023-12-31", "2024-01-01", "2024-06-21", "2024-06-22"])
    }
}
