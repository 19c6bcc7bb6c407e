import Foundation
import StanceGraphModel

/// Finds an article's publication date in its metadata or near its top.
///
/// The date is a day as the publisher wrote it: an ISO 8601 timestamp with a
/// time zone ("2024-06-22T23:30:00-05:00") gives the day in the publisher's
/// zone (2024-06-22), never converted to the reader's.
public enum ArticleDateFinder {
    /// A date found near the top of a page.
    struct Candidate: Equatable {
        var date: CalendarDate
        var label: DateLabel
        /// The line it was found on.
        var line: Int
    }

    /// Reads a metadata date: ISO 8601 (`2024-06-22`, `2024-06-22T14:57:31+09:00`),
    /// RFC 2822 (`Sat, 22 Jun 2024 14:57:31 +0900`), a written date
    /// (`June 22, 2024`, `2024.06.22`), or Unix time in seconds or milliseconds.
    public static func parseMetadataDate(_ text: String) -> CalendarDate? {
        // The usual case, "2024-06-22" or an ISO timestamp, read as bytes (from
        // the String's own storage: iterating its UTF-8 view costs a call per byte).
        if let date = text.utf8.withContiguousStorageIfAvailable({ isoDatePrefix($0) }) ?? isoDatePrefix(text.utf8) { return date }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = CalendarDate(iso: trimmed.prefix(10)) { return date }
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(trimmed) {
            // Unix time: 10 digits are seconds, 13 milliseconds (UTC).
            switch trimmed.utf8.count {
            case 9...10: return CalendarDate(daysSinceEpoch: value / 86_400)
            case 12...13: return CalendarDate(daysSinceEpoch: value / 86_400_000)
            default: return nil
            }
        }
        return firstFullDate(in: trimmed)
    }

    /// `YYYY-MM-DD` at the start of `utf8`, followed by nothing, a time or a space.
    static func isoDatePrefix(_ utf8: some Collection<UInt8>) -> CalendarDate? {
        var fields = (year: 0, month: 0, day: 0)
        var index = 0
        for byte in utf8 {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 10:
                guard byte == UInt8(ascii: "T") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "t") else { return nil }
            default:
                guard byte >= 48, byte <= 57 else { return nil }
                let digit = Int(byte - 48)
                if index < 4 { fields.year = fields.year * 10 + digit }
                else if index < 7 { fields.month = fields.month * 10 + digit }
                else { fields.day = fields.day * 10 + digit }
            }
            index += 1
            if index > 10 { break }
        }
        guard index >= 10 else { return nil }
        return CalendarDate(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The date of a line that is mostly a date ("Written: 2024-06-22 14:57:31",
    /// "date 2024-06-21", "21 June 2024"), preferring a publication label.
    public static func findDateline(in line: String) -> CalendarDate? {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> CalendarDate? in
            var tokens: [DateToken] = []
            DateTokenizer.tokenize(buffer, 0..<buffer.count, into: &tokens)
            let mentions = AbsoluteDateScanner.scan(tokens, partial: false).filter { $0.date != nil }
            return mentions.max { $0.label < $1.label || ($0.label == $1.label && $0.range.lowerBound > $1.range.lowerBound) }?.date
        }
    }

    /// The first full date written in `text`.
    static func firstFullDate(in text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> CalendarDate? in
            var tokens: [DateToken] = []
            DateTokenizer.tokenize(buffer, 0..<buffer.count, into: &tokens)
            return AbsoluteDateScanner.scan(tokens, partial: false).lazy.compactMap(\.date).first
        }
    }

    /// Chooses the publication date among the dates near a page's top: the
    /// best-labelled ("Published" over "Date" over none over "Updated"), the
    /// first of those. Unlabelled dates that disagree leave the date unknown,
    /// with a warning: a guess would be worse than no date.
    static func choose(_ candidates: [Candidate]) -> (date: CalendarDate?, warning: String?) {
        guard let best = candidates.map(\.label).max() else { return (nil, nil) }
        let chosen = candidates.filter { $0.label == best }
        let distinct = Set(chosen.map(\.date))
        if best <= .none, distinct.count > 1 {
            let listed = distinct.sorted().map(\.iso).joined(separator: ", ")
            return (nil, "several different dates near the top (\(listed)) and none labelled as the publication date")
        }
        return (chosen.first?.date, nil)
    }
}
