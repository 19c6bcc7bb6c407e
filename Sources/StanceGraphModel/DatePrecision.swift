/// How precisely a text pins a date down.
public enum DatePrecision: String, Hashable, Sendable, Codable, CaseIterable {
    /// A day: "on the 14th", "on Wednesday", "yesterday", "June 14, 2024".
    case day
    /// A week: "last week" (the date is its Monday, ISO 8601 weeks).
    case week
    /// A month: "last month", "in June 2019" (the date is its first day).
    case month
    /// A year: "last year", "in 1944" (the date is 1 January).
    case year
}
