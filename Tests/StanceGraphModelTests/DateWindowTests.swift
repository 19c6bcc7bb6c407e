import Testing
@testable import StanceGraphModel

@Suite("DateWindow")
struct DateWindowTests {
    @Test("parses days, windows, months and years", arguments: [
        ("2024-06-30", nil, "2024-06-30"),
        ("2024-06-01..2024-06-30", "2024-06-01", "2024-06-30"),
        ("..2024-06-30", nil, "2024-06-30"),
        ("2024-06-01..", "2024-06-01", nil),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("2024-01..2024-03", "2024-01-01", "2024-03-31"),
    ] as [(String, String?, String?)])
    func parsing(text: String, from: String?, to: String?) throws {
        let window = try #require(DateWindow(parsing: text))
        #expect(window.from?.iso == from)
        #expect(window.to?.iso == to)
    }

    @Test("rejects text that is not a period", arguments: ["June", "2024-13", "2024-06-31", "2024-07-01..2024-06-01", "soon"])
    func rejects(text: String) {
        #expect(DateWindow(parsing: text) == nil)
    }

    @Test("contains the days of its bounds and leaves undated items out unless unbounded")
    func containment() throws {
        let window = try #require(DateWindow(parsing: "2024-06-01..2024-06-30"))
        #expect(window.contains(CalendarDate(iso: "2024-06-01")))
        #expect(window.contains(CalendarDate(iso: "2024-06-30")))
        #expect(!window.contains(CalendarDate(iso: "2024-07-01")))
        #expect(!window.contains(CalendarDate(iso: "2024-05-31")))
        #expect(!window.contains(nil))
        #expect(DateWindow.unbounded.contains(nil))
    }
}

@Suite("DateWindow(span:)")
struct DateWindowSpanTests {
    @Test("a day, a month, a year and a window each name their days", arguments: [
        ("2024-06-21", "2024-06-21", "2024-06-21"), ("2024-06", "2024-06-01", "2024-06-30"), ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024", "2024-01-01", "2024-12-31"), ("2024-01..2024-03", "2024-01-01", "2024-03-31"), ("2024-05-02..", "2024-05-02", ""),
    ])
    func spans(text: String, from: String, to: String) throws {
        let span = try #require(DateWindow(span: text))
        #expect(span.from?.iso == from)
        #expect((span.to?.iso ?? "") == to)
    }

    @Test("anything else is no span", arguments: ["June", "2024-13", "2024-06-31", "2024-06..2024-01", ""])
    func refused(text: String) {
        #expect(DateWindow(span: text) == nil)
    }
}
