import StanceGraphModel

/// How the data sets write dates and codes.
enum EventFieldParsing {
    /// A day written `YYYYMMDD` (GDELT's SQLDATE, the first eight digits of
    /// DATEADDED's `YYYYMMDDHHMMSS`), `YYYY-MM-DD` (ICEWS, POLECAT), or an ISO
    /// 8601 date-time whose first ten characters are the day.
    static func date(_ text: String?) -> CalendarDate? {
        guard let text else { return nil }
        let bytes = Array(text.utf8)
        if bytes.count >= 8, bytes.prefix(8).allSatisfy({ $0 >= 48 && $0 <= 57 }),
           bytes.count == 8 || bytes.count == 14 || bytes.count == 12 {
            let digits = String(decoding: bytes.prefix(8), as: UTF8.self)
            guard let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
                  let day = Int(digits.suffix(2)) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        if bytes.count >= 10 { return CalendarDate(iso: String(decoding: bytes.prefix(10), as: UTF8.self)) }
        return nil
    }

    /// A CAMEO event code as the data sets write it: three or four digits
    /// ("010", "0211"; the data code events, never bare roots). A value a
    /// spreadsheet stripped of its leading zero is read with it: one or two
    /// digits are padded to three ("42" is 042, "20" is 020, an appeal, not
    /// root 20), and three digits that are no code ("211") to four (0211).
    static func cameo(_ text: String?) -> EventCode? {
        guard let text, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if text.utf8.count < 3 { return EventCode(String(repeating: "0", count: 3 - text.utf8.count) + text) }
        if let code = EventCode(text) { return code }
        return text.utf8.count == 3 ? EventCode("0" + text) : nil
    }

    /// A code field, nil when empty: GDELT leaves a side's codes empty when the side is unknown.
    static func code(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
