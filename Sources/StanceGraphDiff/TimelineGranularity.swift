import StanceGraphModel

/// The length of one period of a timeline.
public enum TimelineGranularity: String, Hashable, Sendable, Codable, CaseIterable {
    case day
    /// ISO 8601 weeks, Monday to Sunday, labelled `2024-W25`.
    case week
    case month
    /// Calendar quarters, labelled `2024-Q2`.
    case quarter
    case year

    /// The first day of the period that holds `date`.
    public func start(of date: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return date
        case .week: return date.adding(days: 1 - date.weekday)
        case .month: return date.firstOfMonth
        case .quarter:
            return CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1) ?? date.firstOfMonth
        case .year: return CalendarDate(year: date.year, month: 1, day: 1) ?? date.firstOfMonth
        }
    }

    /// The first day of the period after the one that starts on `start`.
    public func next(after start: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return start.adding(days: 1)
        case .week: return start.adding(days: 7)
        case .month: return start.adding(months: 1)
        case .quarter: return start.adding(months: 3)
        case .year: return start.adding(months: 12)
        }
    }

    /// The window of the period that holds `date`.
    public func period(containing date: CalendarDate) -> DateWindow {
        let first = start(of: date)
        return DateWindow(from: first, to: next(after: first).adding(days: -1))
    }

    /// How the period that starts on `start` is named: `2024-06-21`, `2024-W25`,
    /// `2024-06`, `2024-Q2`, `2024`.
    public func label(of start: CalendarDate) -> String {
        let iso = start.iso
        switch self {
        case .day: return iso
        case .week:
            // The ISO week-numbering year is the year of the week's Thursday.
            let thursday = start.adding(days: 4 - start.weekday)
            let januaryFirst = CalendarDate(year: thursday.year, month: 1, day: 1) ?? thursday
            let week = (thursday.daysSinceEpoch - januaryFirst.daysSinceEpoch) / 7 + 1
            return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
        case .month: return String(iso.prefix(7))
        case .quarter: return "\(iso.prefix(4))-Q\((start.month - 1) / 3 + 1)"
        case .year: return String(iso.prefix(4))
        }
    }
}
