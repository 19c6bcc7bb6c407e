/// A closed range of days, open-ended on either side: the period a view or a
/// snapshot covers.
///
/// `DateWindow(from: nil, to: d)` is "everything up to and including d", the
/// cumulative snapshot of a diff; `DateWindow(from: a, to: b)` is the window
/// `a..b`, both days included.
public struct DateWindow: Hashable, Sendable, Codable {
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.from = from
        self.to = to
    }

    /// The window with no bounds: every dated and undated item.
    public static let unbounded = DateWindow()

    /// Whether neither side is bounded.
    public var isUnbounded: Bool { from == nil && to == nil }

    /// Whether `date` falls inside. An unknown date is inside only the unbounded window.
    public func contains(_ date: CalendarDate?) -> Bool {
        guard let date else { return isUnbounded }
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }

    /// Parses `YYYY-MM-DD` (everything up to that day), `A..B` (a window, either side
    /// may be empty: `..B`, `A..`), `YYYY-MM` (that month) or `YYYY` (that year).
    public init?(parsing text: String) {
        let trimmed = text.trimmingASCIIWhitespace()
        if let range = trimmed.range(of: "..") {
            let lower = String(trimmed[..<range.lowerBound])
            let upper = String(trimmed[range.upperBound...])
            var from: CalendarDate?
            var to: CalendarDate?
            if !lower.isEmpty {
                guard let window = DateWindow(period: lower) else { return nil }
                from = window.from
            }
            if !upper.isEmpty {
                guard let window = DateWindow(period: upper) else { return nil }
                to = window.to
            }
            if let from, let to, from > to { return nil }
            self.init(from: from, to: to)
            return
        }
        if let day = CalendarDate(iso: trimmed) {
            self.init(from: nil, to: day)
            return
        }
        guard let period = DateWindow(period: trimmed) else { return nil }
        self = period
    }

    /// The days a date filter names: a day (`2024-06-21`, that day), a month
    /// (`2024-06`), a year (`2024`) or a window `A..B` (from the first day of A
    /// to the last day of B; either side may be left open). Unlike
    /// `init(parsing:)`, a day is that day alone, not everything up to it: this
    /// is how `--from` and `--to` of a view read their values, `--from` taking
    /// the first day of the span and `--to` its last.
    public init?(span text: String) {
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.contains("..") {
            guard let window = DateWindow(parsing: trimmed) else { return nil }
            self = window
            return
        }
        guard let period = DateWindow(period: trimmed) else { return nil }
        self = period
    }

    /// A day, a month (`2024-06`) or a year (`2024`) as the window it spans.
    init?(period text: String) {
        if let day = CalendarDate(iso: text) {
            self.init(from: day, to: day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        if parts.count == 1 {
            guard let first = CalendarDate(year: year, month: 1, day: 1),
                  let last = CalendarDate(year: year, month: 12, day: 31) else { return nil }
            self.init(from: first, to: last)
        } else if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]),
                  let first = CalendarDate(year: year, month: month, day: 1) {
            self.init(from: first, to: first.adding(months: 1).adding(days: -1))
        } else {
            return nil
        }
    }
}

extension DateWindow: CustomStringConvertible {
    /// `A..B`, `..B` or `A..`, the form `init(parsing:)` reads back.
    public var description: String {
        if from == nil, let to { return "up to \(to)" }
        return "\(from?.iso ?? "")..\(to?.iso ?? "")"
    }
}

extension StringProtocol {
    func trimmingASCIIWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
