import StanceGraphModel

/// A calendar date written out in text, in full or in part.
struct DateMention: Equatable {
    enum Precision: Equatable {
        /// Year, month and day.
        case day
        /// Month and year ("June 2024").
        case month
        /// Month and day without a year ("June 14"): needs a reference date.
        case dayWithoutYear
    }

    var year: Int?
    var month: Int
    var day: Int?
    var precision: Precision
    /// The mention's byte range.
    var range: Range<Int>
    /// Token indexes of the mention.
    var tokens: Range<Int>
    /// A time of day follows ("14:57:31").
    var hasTime: Bool
    /// What a label just before it says ("Written:", "Updated").
    var label: DateLabel

    /// The full date, when the mention has one.
    var date: CalendarDate? {
        guard precision == .day, let year, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
