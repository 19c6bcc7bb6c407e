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

    /// A CAMEO code, also when a spreadsheet dropped its leading zero ("42" for
    /// 042, "43" for 043): a code that is not valid as written is tried with one
    /// zero before it.
    static func cameo(_ text: String?) -> EventCode? {
        guard let text else { return nil }
        if let code = EventCode(text) { return code }
        guard text.utf8.count < 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return EventCode("0" + text)
    }

    /// A code field, nil when empty: GDELT leaves a side's codes empty when the side is unknown.
    static func code(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
