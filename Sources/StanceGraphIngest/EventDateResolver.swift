import StanceGraphModel

/// Resolves the date of an event named inside a sentence ("on the 14th (local
/// time)") against the article's publication date.
///
/// First version: "on the Nth" is the Nth of the publication month, or of the
/// month before when that day is still to come.
public struct EventDateResolver: Sendable {
    public var articleDate: CalendarDate?

    public init(articleDate: CalendarDate?) {
        self.articleDate = articleDate
    }

    /// The event date the sentence states, or nil.
    public func resolve(_ sentence: ArraySlice<UInt8>) -> CalendarDate? {
        guard let articleDate else { return nil }
        let text = Array(sentence)
        let pattern = Array("on the ".utf8)
        var index = 0
        while index + pattern.count < text.count {
            if text[index..<index + pattern.count].elementsEqual(pattern) {
                var cursor = index + pattern.count
                var day = 0
                while cursor < text.count, text[cursor] >= 48, text[cursor] <= 57, day < 100 {
                    day = day * 10 + Int(text[cursor] - 48)
                    cursor += 1
                }
                let suffix = text[cursor..<min(cursor + 2, text.count)]
                if day >= 1, day <= 31, ["st", "nd", "rd", "th"].contains(String(decoding: suffix, as: UTF8.self)) {
                    var month = articleDate.firstOfMonth
                    if day > articleDate.day { month = month.adding(months: -1) }
                    return CalendarDate(year: month.year, month: month.month, day: day)
                }
            }
            index += 1
        }
        return nil
    }
}
