import StanceGraphModel

/// Resolves the dates of events named inside a sentence against the article's
/// publication date.
///
/// Conventions (news usage):
/// - "on the 14th (local time)", "of the 14th": the 14th of the publication
///   month, or of the month before when the 14th is still to come;
///   "on the 31st of last month" / "of this month" / "of next month" say which month.
/// - "on Wednesday", "Wednesday": the most recent Wednesday on or before the
///   publication date; "last Wednesday" the Wednesday of an earlier week (ISO
///   weeks, Monday first): the most recent one strictly before the publication
///   date, or the one before that when the most recent is in the same week;
///   "next Wednesday" the first after it; "this Wednesday" the one of the
///   publication date's ISO week.
/// - "yesterday", "today", "tomorrow"; "three days ago", "a week ago".
/// - "June 14", "14 June" without a year: the occurrence nearest the
///   publication date (so "on December 28" in an article of 5 January is the
///   previous December). With a year ("June 14, 2024") no publication date is needed.
/// - Imprecise expressions resolve to a period, not a day: "last week", "this
///   week" (`.week`), "last month", "earlier this month", "in June" (`.month`),
///   "last year", "earlier this year", "in 2017" (`.year`). `resolve` returns only
///   days, so a relation dated by "earlier this year" keeps the article's date;
///   `expressions(in:)` gives the periods to callers that can use them.
/// - Without a publication date only dates written in full resolve.
public struct EventDateResolver: Sendable {
    public var articleDate: CalendarDate?

    public init(articleDate: CalendarDate?) {
        self.articleDate = articleDate
    }

    /// The day-precise event date the sentence states, or nil: the first one,
    /// passing over the date of an attribution ("According to the ministry on the
    /// 15th, the ministers met on the 14th" gives the 14th).
    public func resolve(_ sentence: ArraySlice<UInt8>) -> CalendarDate? {
        guard sentence.withUnsafeBufferPointer(Self.mayStateDay) else { return nil }
        let days = expressions(in: sentence).filter { $0.precision == .day }
        let event = days.first { !Self.isAttribution(sentence, before: $0.range.lowerBound) } ?? days.first
        return event?.date
    }

    /// The weeks, months and years the sentence names that end before the
    /// publication date's own ("in 1944", "last year", "in March" of an article
    /// of May), in order: times of past events, not news of the day. A period
    /// that reaches the present ("since 2014", "until 2020", "earlier this
    /// month", "by next year") is none of them, nor one in an attribution.
    /// Which event a period dates is the caller's to decide (the relation
    /// extractor takes the one in the trigger's clause).
    public func historicalPeriods(in sentence: ArraySlice<UInt8>) -> [EventDate] {
        guard let articleDate else { return [] }
        return expressions(in: sentence).filter { period in
            period.precision != .day && !Self.isAttribution(sentence, before: period.range.lowerBound)
                && !Self.opensOpenPeriod(sentence, at: period.range.lowerBound)
                && period.lastDay < Self.start(of: articleDate, period.precision)
        }
    }

    /// Whether the expression at `position` starts with a word that makes its
    /// period a bound, not the event's time ("since 2014", "until June").
    static func opensOpenPeriod(_ sentence: ArraySlice<UInt8>, at position: Int) -> Bool {
        var end = position
        while end < sentence.endIndex, sentence[end] >= UInt8(ascii: "A") { end += 1 }
        let word = String(decoding: sentence[position..<end], as: UTF8.self).lowercased()
        return ["since", "until", "till", "from", "by", "through", "after", "before"].contains(word)
    }

    /// The first day of the period of `precision` that holds `date`.
    static func start(of date: CalendarDate, _ precision: DatePrecision) -> CalendarDate {
        switch precision {
        case .day: return date
        case .week: return date.adding(days: 1 - date.weekday)
        case .month: return date.firstOfMonth
        case .year: return CalendarDate(year: date.year, month: 1, day: 1) ?? date
        }
    }

    /// Whether "according to" opens the clause that ends at `position`.
    static func isAttribution(_ sentence: ArraySlice<UInt8>, before position: Int) -> Bool {
        var start = position
        while start > sentence.startIndex, position - start < 100 {
            let byte = sentence[start - 1]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".") { break }
            start -= 1
        }
        // "according to" opening the clause, or after a space in it, in either case;
        // searched in place (lower-casing a copy of the clause and searching it with
        // the generic collection algorithms cost tens of thousands of instructions
        // per date).
        return sentence.withUnsafeBufferPointer { buffer in
            let clause = (start - sentence.startIndex)..<(position - sentence.startIndex)
            let opening = clause.lowerBound..<min(clause.upperBound, clause.lowerBound + attributionPhrase.count)
            return LineClassifier.find(attributionPhrase, in: buffer, opening) != nil
                || LineClassifier.find(spacedAttributionPhrase, in: buffer, clause) != nil
        }
    }

    private static let attributionPhrase = Array("according to".utf8)
    private static let spacedAttributionPhrase = Array(" according to".utf8)

    /// Every date expression in `sentence`, in order, with its precision and byte
    /// range (in the slice's indices).
    ///
    /// - Complexity: O(n) in the sentence's length.
    public func expressions(in sentence: ArraySlice<UInt8>) -> [EventDate] {
        sentence.withUnsafeBufferPointer { buffer -> [EventDate] in
            var tokens: [DateToken] = []
            DateTokenizer.tokenize(buffer, 0..<buffer.count, into: &tokens)
            let shift = sentence.startIndex
            return scan(tokens).map { EventDate(date: $0.date, precision: $0.precision, range: ($0.range.lowerBound + shift)..<($0.range.upperBound + shift)) }
        }
    }

    // MARK: Scanning

    private func scan(_ tokens: [DateToken]) -> [EventDate] {
        var results: [EventDate] = []
        let mentions = AbsoluteDateScanner.scan(tokens, partial: true)
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions {
            for index in mention.tokens { covered[index] = true }
            if let resolved = resolve(mention, tokens) { results.append(resolved) }
        }
        var index = 0
        while index < tokens.count {
            if covered[index] {
                index += 1
                continue
            }
            if let (resolved, next) = relative(tokens, at: index, covered: covered) {
                results.append(resolved)
                index = next
            } else {
                index += 1
            }
        }
        return results.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func resolve(_ mention: DateMention, _ tokens: [DateToken]) -> EventDate? {
        switch mention.precision {
        case .day:
            return mention.date.map { EventDate(date: $0, precision: .day, range: mention.range) }
        case .month:
            guard let year = mention.year, let first = CalendarDate(year: year, month: mention.month, day: 1) else { return nil }
            return EventDate(date: first, precision: .month, range: mention.range)
        case .dayWithoutYear:
            guard let articleDate, let day = mention.day else { return nil }
            // The occurrence nearest the publication date.
            let options = (-1...1).compactMap { CalendarDate(year: articleDate.year + $0, month: mention.month, day: day) }
            guard let nearest = options.min(by: { abs($0.daysSinceEpoch - articleDate.daysSinceEpoch) < abs($1.daysSinceEpoch - articleDate.daysSinceEpoch) })
            else { return nil }
            return EventDate(date: nearest, precision: .day, range: mention.range)
        }
    }

    private static func key(_ word: String) -> UInt64 { DateVocabulary.key(word) }
    private static let onKeys = HashedWordTable<Bool>(["on", "of", "since", "until", "till", "from", "by", "before", "after", "through"].map { (key($0), true) })
    private static let monthPrepositions = HashedWordTable<Bool>(["in", "since", "until", "till", "from", "by", "during", "through", "early", "late", "mid", "before", "after"].map { (key($0), true) })
    private static let theKey = key("the")
    private static let ofKey = key("of")
    static let agoKey = key("ago")
    private static let aKey = key("a")
    /// Words that may follow "on the 14th": a day stated as a date, not "the 2nd floor".
    private static let afterOrdinal = HashedWordTable<Bool>(["of", "at", "in", "and", "to", "when", "that", "with", "as", "after",
        "before", "during", "while", "local", "where", "amid", "for", "but", "which", "or", "said", "says", "he", "she",
        "they", "it", "the", "this", "last", "morning", "afternoon", "evening", "night"].map { (key($0), true) })
    private static let unitWords = HashedWordTable<EventDate.Precision>([
        (key("day"), .day), (key("days"), .day), (key("week"), .week), (key("weeks"), .week), (key("month"), .month),
        (key("months"), .month), (key("year"), .year), (key("years"), .year),
    ])
    private static let numberWords = HashedWordTable<Int>(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].enumerated().map { (key($0.element), $0.offset + 1) })

    /// A relative expression starting at token `index`, and the token after it.
    private func relative(_ tokens: [DateToken], at index: Int, covered: [Bool]) -> (EventDate, Int)? {
        guard let articleDate else { return nil }
        let token = tokens[index]
        func free(_ position: Int) -> Bool { position < tokens.count && !covered[position] }
        func span(_ from: Int, _ to: Int) -> Range<Int> { tokens[from].start..<tokens[to].end }
        func day(_ date: CalendarDate, _ from: Int, _ to: Int) -> (EventDate, Int) {
            (EventDate(date: date, precision: .day, range: span(from, to)), to + 1)
        }

        // "on the 14th", "of the 31st of last month".
        if let key = token.wordKey, Self.onKeys.contains(key), free(index + 3), tokens[index + 1].wordKey == Self.theKey,
           let number = tokens[index + 2].number, number.digits <= 2, (1...31).contains(number.value),
           case .ordinal? = tokens[index + 3].meaning, tokens[index + 3].start == tokens[index + 2].end {
            var end = index + 3
            var month = articleDate.firstOfMonth
            var explicitMonth = false
            if free(end + 2), tokens[end + 1].wordKey == Self.ofKey, case .relative(let which)? = tokens[end + 2].meaning,
               free(end + 3), case .relative(.month)? = tokens[end + 3].meaning {
                switch which {
                case .last, .previous: month = month.adding(months: -1)
                case .next: month = month.adding(months: 1)
                case .this: break
                default: return nil
                }
                explicitMonth = true
                end += 3
            } else if end + 1 < tokens.count {
                let next = tokens[end + 1]
                let acceptable = next.wordKey.map { Self.afterOrdinal.contains($0) } ?? !(next.number != nil)
                guard acceptable else { return nil }
            }
            if !explicitMonth, number.value > articleDate.day { month = month.adding(months: -1) }
            guard let date = CalendarDate(year: month.year, month: month.month, day: number.value) else { return nil }
            return day(date, index, end)
        }

        guard let meaning = token.meaning else {
            // "three days ago", "2 weeks ago".
            if let count = token.number.map(\.value) ?? token.wordKey.flatMap({ Self.numberWords[$0] }) ?? (token.wordKey == Self.aKey ? 1 : nil),
               free(index + 2), let unitKey = tokens[index + 1].wordKey, let unit = Self.unitWords[unitKey],
               tokens[index + 2].wordKey == Self.agoKey, count <= 400 {
                return ago(count, unit, articleDate, span(index, index + 2), index + 3)
            }
            // "in 2017": a year.
            if let key = token.wordKey, Self.monthPrepositions.contains(key), free(index + 1),
               let year = tokens[index + 1].number, year.digits == 4, (1900...2100).contains(year.value),
               let first = CalendarDate(year: year.value, month: 1, day: 1) {
                return (EventDate(date: first, precision: .year, range: span(index, index + 1)), index + 2)
            }
            return monthAfterPreposition(tokens, at: index, free: free, span: span)
        }
        switch meaning {
        case .weekday(let weekday):
            guard token.capitalized else { return nil }
            return day(mostRecent(weekday, onOrBefore: articleDate), index, index)
        case .relative(.yesterday):
            return day(articleDate.adding(days: -1), index, index)
        case .relative(.today):
            return day(articleDate, index, index)
        case .relative(.tomorrow):
            return day(articleDate.adding(days: 1), index, index)
        case .relative(let which) where which == .last || which == .this || which == .next || which == .previous:
            guard free(index + 1) else { return nil }
            let next = tokens[index + 1]
            switch next.meaning {
            case .weekday(let weekday)?:
                guard next.capitalized else { return nil }
                let date: CalendarDate
                switch which {
                case .last, .previous:
                    // "last Thursday" is the Thursday of an earlier week: in a Saturday's
                    // article, two days before would be "on Thursday".
                    let recent = mostRecent(weekday, onOrBefore: articleDate.adding(days: -1))
                    date = recent.weekday < articleDate.weekday ? recent.adding(days: -7) : recent
                case .next: date = mostRecent(weekday, onOrBefore: articleDate.adding(days: 7))
                default: date = articleDate.adding(days: weekday - articleDate.weekday)
                }
                return day(date, index, index + 1)
            case .relative(let unit)? where unit == .week || unit == .month || unit == .year:
                let offset = which == .last || which == .previous ? -1 : which == .next ? 1 : 0
                return (period(unit, offset: offset, articleDate, span(index, index + 1)), index + 2)
            case .month(let month)? where next.capitalized || next.wordKey.map { !AbsoluteDateScanner.ambiguousWords.contains($0) } == true:
                let target: CalendarDate?
                switch which {
                case .last, .previous:
                    let year = month < articleDate.month ? articleDate.year : articleDate.year - 1
                    target = CalendarDate(year: year, month: month, day: 1)
                case .next:
                    let year = month > articleDate.month ? articleDate.year : articleDate.year + 1
                    target = CalendarDate(year: year, month: month, day: 1)
                default:
                    target = CalendarDate(year: articleDate.year, month: month, day: 1)
                }
                guard let target else { return nil }
                return (EventDate(date: target, precision: .month, range: span(index, index + 1)), index + 2)
            default:
                return nil
            }
        case .relative(.earlier):
            // "earlier this year", "earlier this month", "earlier this week".
            guard free(index + 2), case .relative(.this)? = tokens[index + 1].meaning,
                  case .relative(let unit)? = tokens[index + 2].meaning, unit == .week || unit == .month || unit == .year else { return nil }
            return (period(unit, offset: 0, articleDate, span(index, index + 2)), index + 3)
        default:
            break
        }
        return monthAfterPreposition(tokens, at: index, free: free, span: span)
    }

    /// "in June", "since March": a month without a day, the occurrence nearest the
    /// publication month.
    private func monthAfterPreposition(
        _ tokens: [DateToken], at index: Int, free: (Int) -> Bool, span: (Int, Int) -> Range<Int>
    ) -> (EventDate, Int)? {
        guard let articleDate, let key = tokens[index].wordKey, Self.monthPrepositions.contains(key), free(index + 1),
              case .month(let month)? = AbsoluteDateScanner.monthMeaning(tokens[index + 1]) else { return nil }
        let options = (-1...1).compactMap { CalendarDate(year: articleDate.year + $0, month: month, day: 1) }
        let reference = articleDate.firstOfMonth.daysSinceEpoch
        guard let nearest = options.min(by: { abs($0.daysSinceEpoch - reference) < abs($1.daysSinceEpoch - reference) }) else { return nil }
        return (EventDate(date: nearest, precision: .month, range: span(index, index + 1)), index + 2)
    }

    /// The most recent day with ISO `weekday` on or before `date`.
    private func mostRecent(_ weekday: Int, onOrBefore date: CalendarDate) -> CalendarDate {
        date.adding(days: -((date.weekday - weekday + 7) % 7))
    }

    /// The week, month or year `offset` periods from the publication date's.
    private func period(_ unit: DateVocabulary.RelativeWord, offset: Int, _ articleDate: CalendarDate, _ range: Range<Int>) -> EventDate {
        switch unit {
        case .week:
            let monday = articleDate.adding(days: 1 - articleDate.weekday)
            return EventDate(date: monday.adding(days: 7 * offset), precision: .week, range: range)
        case .month:
            return EventDate(date: articleDate.firstOfMonth.adding(months: offset), precision: .month, range: range)
        default:
            let first = CalendarDate(year: articleDate.year + offset, month: 1, day: 1) ?? articleDate
            return EventDate(date: first, precision: .year, range: range)
        }
    }

    private func ago(_ count: Int, _ unit: EventDate.Precision, _ articleDate: CalendarDate, _ range: Range<Int>, _ next: Int) -> (EventDate, Int) {
        switch unit {
        case .day:
            return (EventDate(date: articleDate.adding(days: -count), precision: .day, range: range), next)
        case .week:
            return (EventDate(date: articleDate.adding(days: -7 * count), precision: .week, range: range), next)
        case .month:
            return (EventDate(date: articleDate.firstOfMonth.adding(months: -count), precision: .month, range: range), next)
        case .year:
            let first = CalendarDate(year: articleDate.year - count, month: 1, day: 1) ?? articleDate
            return (EventDate(date: first, precision: .year, range: range), next)
        }
    }
}
