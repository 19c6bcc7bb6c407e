import StanceGraphModel

/// A date stated inside an article's text, resolved against its publication date.
public struct EventDate: Hashable, Sendable {
    /// How precisely the text pins the date down.
    public enum Precision: String, Hashable, Sendable, Codable {
        /// A day: "on the 14th", "on Wednesday", "yesterday", "June 14, 2024".
        case day
        /// A week: "last week", "this week" (`date` is its Monday, ISO 8601 weeks).
        case week
        /// A month: "last month", "in June", "earlier this month" (`date` is its first day).
        case month
        /// A year: "last year", "earlier this year", "in 2017" (`date` is 1 January).
        case year
    }

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
}
