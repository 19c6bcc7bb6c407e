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

/// Finds written dates: numeric (`2024-06-22`, `2024.11.15`, `2024/11/15`,
/// `2024. 11. 15.`, `22.06.2024`, `22/06/2024` when unambiguous), with a month
/// name (`June 21, 2024`, `21 June 2024`, `Jun. 21st 2024`, `21. Juni 2024`,
/// `21 de junio de 2024`, `21 июня 2024`), Korean and CJK (`2024년 11월 15일`,
/// `2024年11月15日`), and, for event dates, `June 14`, `14 June`, `June 2024`.
enum AbsoluteDateScanner {
    /// English words that are month or weekday names only when capitalized.
    static let ambiguousWords = HashedWordTable<Bool>(["may", "mar", "march", "sat", "sun", "wed", "mon", "jan", "date", "data", "de", "di"]
        .map { (DateVocabulary.key($0), true) })

    /// The dates in `tokens` (from `DateTokenizer`), in order, not overlapping.
    static func scan(_ tokens: [DateToken], partial: Bool) -> [DateMention] {
        var mentions: [DateMention] = []
        var index = 0
        while index < tokens.count {
            if var mention = match(tokens, at: index, partial: partial) {
                mention.hasTime = timeFollows(tokens, after: mention.tokens.upperBound)
                mention.label = label(tokens, before: index)
                mentions.append(mention)
                index = mention.tokens.upperBound
            } else {
                index += 1
            }
        }
        return mentions
    }

    private static func match(_ tokens: [DateToken], at index: Int, partial: Bool) -> DateMention? {
        let token = tokens[index]
        if let (value, digits) = token.number {
            if digits == 4, let mention = yearFirst(tokens, index, year: value, partial: partial) { return mention }
            if digits <= 2, let mention = dayFirst(tokens, index, day: value, partial: partial) { return mention }
            return nil
        }
        if case .month(let month)? = monthMeaning(token) {
            return monthFirst(tokens, index, month: month, partial: partial)
        }
        return nil
    }

    /// `2024-06-22`, `2024.11.15`, `2024/11/15`, `2024. 11. 15`, `2024년 11월 15일`.
    private static func yearFirst(_ tokens: [DateToken], _ index: Int, year: Int, partial: Bool) -> DateMention? {
        guard (1000...2999).contains(year), index + 2 < tokens.count else { return nil }
        let separator = tokens[index + 1]
        if case .symbol(let symbol) = separator.kind, symbol == UInt8(ascii: "-") || symbol == UInt8(ascii: ".") || symbol == UInt8(ascii: "/"),
           index + 4 < tokens.count, let month = tokens[index + 2].number, month.digits <= 2,
           tokens[index + 3].kind == separator.kind, let day = tokens[index + 4].number, day.digits <= 2,
           tokens[index + 2].start - separator.end <= 1, tokens[index + 4].start - tokens[index + 3].end <= 1,
           CalendarDate(year: year, month: month.value, day: day.value) != nil {
            return mention(tokens, index..<index + 5, year: year, month: month.value, day: day.value, .day)
        }
        // Korean and CJK units.
        if case .unit(.year)? = separator.meaning, let month = tokens[index + 2].number, month.digits <= 2,
           index + 3 < tokens.count, case .unit(.month)? = tokens[index + 3].meaning, (1...12).contains(month.value) {
            if index + 5 < tokens.count, let day = tokens[index + 4].number, day.digits <= 2,
               case .unit(.day)? = tokens[index + 5].meaning, CalendarDate(year: year, month: month.value, day: day.value) != nil {
                return mention(tokens, index..<index + 6, year: year, month: month.value, day: day.value, .day)
            }
            return partial ? mention(tokens, index..<index + 4, year: year, month: month.value, day: nil, .month) : nil
        }
        return nil
    }

    /// `22.06.2024`, `22/06/2024`, `21 June 2024`, `21st of June, 2024`, `21. Juni 2024`, `14 June`.
    private static func dayFirst(_ tokens: [DateToken], _ index: Int, day: Int, partial: Bool) -> DateMention? {
        guard (1...31).contains(day), index + 1 < tokens.count else { return nil }
        let separator = tokens[index + 1]
        if case .symbol(let symbol) = separator.kind, symbol == UInt8(ascii: ".") || symbol == UInt8(ascii: "/") || symbol == UInt8(ascii: "-"),
           index + 4 < tokens.count, let second = tokens[index + 2].number, second.digits <= 2,
           tokens[index + 3].kind == separator.kind, let year = tokens[index + 4].number, year.digits == 4,
           separator.start == tokens[index].end, tokens[index + 3].start == tokens[index + 2].end {
            // Day first, except that a '/' date whose second number cannot be a
            // month is the American month/day/year.
            var (dayValue, monthValue) = (day, second.value)
            if symbol == UInt8(ascii: "/") {
                if second.value > 12, day <= 12 {
                    (dayValue, monthValue) = (second.value, day)
                } else if day <= 12, second.value <= 12, day != second.value {
                    return nil  // ambiguous: 03/04/2024
                }
            }
            guard CalendarDate(year: year.value, month: monthValue, day: dayValue) != nil else { return nil }
            return mention(tokens, index..<index + 5, year: year.value, month: monthValue, day: dayValue, .day)
        }
        // Day, then a month name.
        var cursor = index + 1
        if cursor < tokens.count, case .ordinal? = tokens[cursor].meaning, tokens[cursor].start == tokens[index].end { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].isSymbol(".") { cursor += 1 }
        if cursor < tokens.count, case .filler? = tokens[cursor].meaning { cursor += 1 }
        guard cursor < tokens.count, case .month(let month)? = monthMeaning(tokens[cursor]) else { return nil }
        cursor += 1
        let afterMonth = cursor
        if cursor < tokens.count, tokens[cursor].isSymbol(".") { cursor += 1 }
        if cursor < tokens.count, case .filler? = tokens[cursor].meaning { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].isSymbol(",") { cursor += 1 }
        if cursor < tokens.count, let year = tokens[cursor].number, year.digits == 4, (1000...2999).contains(year.value),
           CalendarDate(year: year.value, month: month, day: day) != nil {
            return mention(tokens, index..<cursor + 1, year: year.value, month: month, day: day, .day)
        }
        guard partial, CalendarDate(year: 2000, month: month, day: day) != nil else { return nil }
        return mention(tokens, index..<afterMonth, year: nil, month: month, day: day, .dayWithoutYear)
    }

    /// `June 21, 2024`, `Jun. 21st 2024`, `June 14`, `June 2024`.
    private static func monthFirst(_ tokens: [DateToken], _ index: Int, month: Int, partial: Bool) -> DateMention? {
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].isSymbol(".") { cursor += 1 }
        guard cursor < tokens.count, let number = tokens[cursor].number else { return nil }
        if number.digits == 4 {
            guard partial, (1000...2999).contains(number.value) else { return nil }
            return mention(tokens, index..<cursor + 1, year: number.value, month: month, day: nil, .month)
        }
        guard number.digits <= 2, (1...31).contains(number.value) else { return nil }
        cursor += 1
        if cursor < tokens.count, case .ordinal? = tokens[cursor].meaning, tokens[cursor].start == tokens[cursor - 1].end { cursor += 1 }
        let afterDay = cursor
        if cursor < tokens.count, tokens[cursor].isSymbol(",") { cursor += 1 }
        if cursor < tokens.count, let year = tokens[cursor].number, year.digits == 4, (1000...2999).contains(year.value),
           CalendarDate(year: year.value, month: month, day: number.value) != nil {
            return mention(tokens, index..<cursor + 1, year: year.value, month: month, day: number.value, .day)
        }
        // "June 14" must not be "June 14:30" or "June 1,000".
        if afterDay < tokens.count, tokens[afterDay].isSymbol(":") { return nil }
        guard partial, CalendarDate(year: 2000, month: month, day: number.value) != nil else { return nil }
        return mention(tokens, index..<afterDay, year: nil, month: month, day: number.value, .dayWithoutYear)
    }

    /// The month a word names, if it does (ambiguous English words only when capitalized).
    static func monthMeaning(_ token: DateToken) -> DateVocabulary.Meaning? {
        guard let key = token.wordKey, case .month? = DateVocabulary.meaning(key) else { return nil }
        if ambiguousWords.contains(key), !token.capitalized { return nil }
        return DateVocabulary.meaning(key)
    }

    private static func mention(_ tokens: [DateToken], _ range: Range<Int>, year: Int?, month: Int, day: Int?,
                                _ precision: DateMention.Precision) -> DateMention {
        return DateMention(year: year, month: month, day: day, precision: precision,
                           range: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end, tokens: range,
                           hasTime: false, label: .none)
    }

    /// Whether a time of day (`14:57`, `T14:57:31`) follows token `index`.
    private static func timeFollows(_ tokens: [DateToken], after index: Int) -> Bool {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].wordKey == DateVocabulary.key("t") { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].isSymbol(",") { cursor += 1 }
        guard cursor + 2 < tokens.count, let hour = tokens[cursor].number, hour.digits <= 2, hour.value < 24,
              tokens[cursor + 1].isSymbol(":"), let minute = tokens[cursor + 2].number, minute.digits == 2 else { return false }
        return true
    }

    /// The label in the three tokens before `index`, if any.
    private static func label(_ tokens: [DateToken], before index: Int) -> DateLabel {
        var cursor = index - 1
        while cursor >= max(0, index - 3) {
            if case .label(let label)? = tokens[cursor].meaning { return label }
            cursor -= 1
        }
        return .none
    }
}
