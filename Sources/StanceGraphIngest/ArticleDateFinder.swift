import Foundation
import StanceGraphModel

/// Finds an article's publication date in its metadata or its dateline.
public enum ArticleDateFinder {
    /// Reads a metadata date: `2024-06-22`, or an ISO 8601 timestamp starting with one.
    public static func parseMetadataDate(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return CalendarDate(iso: trimmed.prefix(10))
    }

    /// A dateline such as "Written: 2024-06-22 14:57:31" or "date 2024-06-21": a
    /// line that starts with a date label and a numeric date.
    public static func findDateline(in line: String) -> CalendarDate? {
        let lower = line.lowercased()
        for label in ["written:", "published:", "posted:", "date", "updated:"] where lower.hasPrefix(label) {
            let rest = lower.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
            if let date = CalendarDate(iso: rest.prefix(10)) { return date }
        }
        return nil
    }
}
