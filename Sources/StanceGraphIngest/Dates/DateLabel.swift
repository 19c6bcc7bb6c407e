/// What a label next to a date on a page says it is.
enum DateLabel: Int, Comparable, Sendable {
    /// "Updated", "Modified": the least telling.
    case updated = 0
    /// No label.
    case none = 1
    /// "Date", "Dated".
    case date = 2
    /// "Published", "Written", "Posted", "입력": the publication date.
    case published = 3

    static func < (lhs: DateLabel, rhs: DateLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}
