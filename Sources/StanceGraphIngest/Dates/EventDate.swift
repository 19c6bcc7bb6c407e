import StanceGraphModel

/// A date stated inside an article's text, resolved against its publication date.
public struct EventDate: Hashable, Sendable {
    /// How precisely the text pins the date down (`DatePrecision`).
    public typealias Precision = DatePrecision

    /// The day, or the first day of the week, month or year.
    public var date: CalendarDate
    public var precision: Precision
    /// The expression's byte range, in the indices of the bytes it was found in.
    public var range: Range<Int>

    public init(date: CalendarDate, precision: Precision, range: Range<Int>) {
        self.date = date
        self.precision = precision
        self.range = range
    }

    /// The last day of the period that starts at `date` (the day itself for a day).
    public var lastDay: CalendarDate {
        switch precision {
        case .day: return date
        case .week: return date.adding(days: 6)
        case .month: return date.adding(months: 1).adding(days: -1)
        case .year: return (CalendarDate(year: date.year + 1, month: 1, day: 1) ?? date).adding(days: -1)
        }
    }
}
