/// Judges each line on its own, from general signals: its length and shape,
/// known widget phrases in several languages, bylines, dates and times, links,
/// captions. `PageCleaner` then judges lines by their position.
enum LineClassifier {
    /// Lines up to this many bytes are matched against the furniture lexicon.
    static let phraseBytes = 96
    /// Lines up to this many bytes and words are scanned for dates.
    static let dateBytes = 600
    static let dateWords = 16

    /// The kind of `line`; `shape` is the line's shape when the caller has it
    /// already (see `LineFeatures.measure`).
    static func classify(_ text: UnsafeBufferPointer<UInt8>, _ line: PageLine, shape: ByteScan.Shape? = nil,
                         tokens: inout [DateToken]) -> ClassifiedLine {
        let features = LineFeatures.measure(text, line.range, shape: shape)
        var result = ClassifiedLine(line: line, kind: .prose, features: features, dateCount: 0, key: nil)
        if line.isEmpty {
            result.kind = .widget
            return result
        }
        let range = line.range
        var otherWords = features.words
        // Datelines and stamps are short: longer lines are not scanned for dates.
        if features.hasDigit, features.bytes <= dateBytes, features.words <= dateWords {
            tokens.removeAll(keepingCapacity: true)
            DateTokenizer.tokenize(text, range, into: &tokens)
            let dates = AbsoluteDateScanner.scan(tokens, partial: false)
            result.dateCount = dates.count
            if !dates.isEmpty { otherWords = wordsOutsideDates(tokens, dates) }
        }
        if features.bytes <= phraseBytes {
            let key = PhraseKey.key(text, range)
            result.key = key
            if let kind = FurnitureLexicon.kind(of: key) {
                result.kind = kind.lineKind
                return result
            }
            // A count next to a widget label ("12 Likes", "I'm sad 3").
            if features.words <= 5, features.firstWordNumeric || features.lastWordNumeric, result.dateCount == 0,
               let stripped = keyWithoutCounts(text, range), FurnitureLexicon.kind(of: stripped) != nil || stripped == emptyKey {
                result.kind = .widget
                return result
            }
        } else {
            result.key = nil
        }
        if features.words <= 12, !features.endsWithTerminal, isMenu(text, range) {
            result.kind = .navigation  // "Home > World > Asia", "News | Business | Sport", "Print Share Comments"
            return result
        }
        if features.words <= 3, !features.endsWithTerminal, features.firstWordNumeric || features.lastWordNumeric, result.dateCount == 0 {
            result.kind = .widget  // bare counts: "0", "3K", "0dog"
            return result
        }
        if features.markers.contains(.cookie), features.bytes <= 1200, isCookieNotice(text, range) {
            result.kind = .cookie
            return result
        }
        if features.hasCopyright, features.words <= 30 {
            result.kind = .stamp
            return result
        }
        if features.words <= 12, isSignOff(text, range) {
            result.kind = .stamp
            return result
        }
        if features.words <= 12, !features.endsWithTerminal || features.hasEmail, isByline(text, range, features) {
            result.kind = result.dateCount > 0 || features.hasTime ? .stamp : .byline
            return result
        }
        if features.words <= 8, features.hasDigit, isRelativeStamp(text, range) {
            result.kind = .stamp  // "John 2 hours ago": a comment's or related item's time
            return result
        }
        if features.hasEmail, features.words <= 12 {
            result.kind = .byline
            return result
        }
        if features.markers.contains(.photo), features.bytes <= dateBytes, isCaption(text, range, words: features.words) {
            result.kind = .caption
            return result
        }
        if features.bytes <= 48, isBracketed(text, range) {
            result.kind = .credit
            return result
        }
        if result.dateCount > 0, otherWords <= 4 {
            result.kind = .dateline
            return result
        }
        if features.words <= 8, features.hasURL || hasFileName(text, range) {
            result.kind = .link
            return result
        }
        if line.linkFraction >= 0.6, features.words < 30 {
            result.kind = .link
            return result
        }
        if features.words <= 16, isPointer(text, range) {
            result.kind = .link
            return result
        }
        if features.endsWithEllipsis, features.words <= 30 {
            result.kind = .teaser
            return result
        }
        if features.words >= 4, isDialogue(text, range, features) {
            result.kind = .dialogue
            return result
        }
        if (features.endsWithTerminal && (features.words >= 6 || features.bytes >= 60)) || features.words >= 25 || features.bytes >= 200 {
            result.kind = .prose
        } else if features.words >= 3 || line.flags.contains(.heading) {
            result.kind = .heading
        } else {
            result.kind = .fragment
        }
        return result
    }

    private static let emptyKey = PhraseKey.key(of: "")

    /// Words of the line that are not part of a date, a time or a date label.
    private static func wordsOutsideDates(_ tokens: [DateToken], _ dates: [DateMention]) -> Int {
        var count = 0
        var mention = 0
        var index = 0
        while index < tokens.count {
            if mention < dates.count, dates[mention].tokens.contains(index) {
                index = dates[mention].tokens.upperBound
                mention += 1
                continue
            }
            if tokens[index].wordKey != nil {
                switch tokens[index].meaning {
                case .label?, .weekday?, .ordinal?, .month?: break
                default:
                    // "14:57:31Updated" glues a time to a label; single letters ("T") are not words.
                    if tokens[index].end - tokens[index].start > 1 { count += 1 }
                }
            }
            index += 1
        }
        return count
    }

    /// The key of the line with leading and trailing count words removed.
    private static func keyWithoutCounts(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isCountWord(_ start: Int, _ end: Int) -> Bool {
            guard start < end, LineFeatures.isDigit(text[start]) else { return false }
            var digits = true
            for index in start..<end where !LineFeatures.isDigit(text[index]) && text[index] != UInt8(ascii: ",") && text[index] != UInt8(ascii: ".") {
                // 3K, 1.2M
                if index == end - 1, text[index] | 0x20 == UInt8(ascii: "k") || text[index] | 0x20 == UInt8(ascii: "m") { continue }
                digits = false
            }
            return digits
        }
        // Leading count.
        var wordEnd = lower
        while wordEnd < upper, text[wordEnd] != 0x20 { wordEnd += 1 }
        if isCountWord(lower, wordEnd) { lower = min(upper, wordEnd + 1) }
        // Trailing count.
        var wordStart = upper
        while wordStart > lower, text[wordStart - 1] != 0x20 { wordStart -= 1 }
        if wordStart < upper, isCountWord(wordStart, upper) { upper = wordStart }
        guard lower != range.lowerBound || upper != range.upperBound else { return nil }
        return PhraseKey.key(text, lower..<max(lower, upper))
    }

    /// A menu or breadcrumb: segments between separators (`|`, `>`, `»`, `/`,
    /// `·`, `•` with spaces around them) — two separators, or one between words
    /// of one or two words ("Politics | Diplomacy") — or words that are nearly
    /// all furniture words ("Print Share Comments", "MENU News Business Sport").
    static func isMenu(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var separators = 0
        var longestSegment = 0
        var segmentWords = 0
        var index = range.lowerBound + 1
        while index + 1 < range.upperBound {
            if text[index - 1] == 0x20 {
                let byte = text[index]
                var width = 0
                if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { width = 1 }
                else if byte == 0xC2, text[index + 1] == 0xBB || text[index + 1] == 0xB7 { width = 2 }  // » ·
                else if byte == 0xE2, index + 2 < range.upperBound, text[index + 1] == 0x80, text[index + 2] == 0xA2 { width = 3 }  // •
                if width > 0, index + width < range.upperBound, text[index + width] == 0x20 {
                    separators += 1
                    longestSegment = max(longestSegment, segmentWords)
                    segmentWords = -1
                } else {
                    segmentWords += 1
                }
            }
            index += 1
        }
        longestSegment = max(longestSegment, segmentWords + 1)
        if separators >= 2 || (separators == 1 && longestSegment <= 2) { return true }
        var words = 0
        var furniture = 0
        var rest = range
        while let word = nextWord(text, rest) {
            words += 1
            if FurnitureLexicon.kind(of: PhraseKey.key(text, word)) != nil { furniture += 1 }
            rest = word.upperBound..<range.upperBound
        }
        return words >= 2 && (furniture == words || (words >= 4 && furniture * 4 >= words * 3))
    }

    /// Words that begin an author line.
    private static let bylineOpeners = HashedWordTable<Bool>(["by", "von", "par", "por", "door", "av", "reporter", "reporters",
        "correspondent", "author", "authors", "autor", "autorul", "автор", "корреспондент", "기자", "특파원", "written by",
        "posted by", "story by", "text by", "words by", "reported by", "report by", "edited by", "by staff"].map { (PhraseKey.key(of: $0), true) })
    /// Words that end a Korean or English author line ("Kim Min-su 기자").
    private static let bylineClosers = HashedWordTable<Bool>(["기자", "특파원", "reporter", "correspondent", "staff writer"].map { (PhraseKey.key(of: $0), true) })
    /// Openers of a sign-off line, as (length in bytes, folded key).
    private static let signOffOpeners: [(count: Int, key: UInt64)] = ["reporting by", "additional reporting by", "editing by",
        "writing by", "compiled by", "translated by", "with reporting by"].map { ($0.utf8.count, PhraseKey.key(of: $0)) }
    /// The first words of those openers.
    private static let signOffFirstWords = HashedWordTable<Bool>(["reporting", "additional", "editing", "writing", "compiled",
        "translated", "with"].map { (PhraseKey.key(of: $0), true) })

    static func isByline(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ features: LineFeatures) -> Bool {
        guard let first = nextWord(text, range) else { return false }
        if bylineOpeners.contains(PhraseKey.key(text, first)), features.words >= 2 { return true }
        if let second = nextWord(text, first.upperBound..<range.upperBound),
           bylineOpeners.contains(PhraseKey.key(text, first.lowerBound..<second.upperBound)) {
            return true
        }
        if features.words <= 6, let last = lastWordRange(text, range), bylineClosers.contains(PhraseKey.key(text, last)) { return true }
        return false
    }

    /// Whether the line's first word opens an author line ("by", "von", "reporter").
    static func startsWithBylineOpener(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = nextWord(text, range) else { return false }
        return bylineOpeners.contains(PhraseKey.key(text, first))
    }

    /// "2 hours ago", "3시간 전", "5 минут назад", "hace 2 días", "il y a 3 heures",
    /// "vor 2 Tagen": a time relative to now, as comment and feed widgets print it.
    static func isRelativeStamp(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if let last = lastWordRange(text, range), relativeLastWords.contains(PhraseKey.key(text, last)) { return true }
        if let first = nextWord(text, range), relativeFirstWords.contains(PhraseKey.key(text, first)) { return true }
        return find(ilYA, in: text, range) == range.lowerBound
    }

    private static let relativeLastWords = HashedWordTable<Bool>(["ago", "전", "назад", "tidligere"].map { (PhraseKey.key(of: $0), true) })
    private static let relativeFirstWords = HashedWordTable<Bool>(["hace", "vor"].map { (PhraseKey.key(of: $0), true) })
    private static let ilYA = Array("il y a ".utf8)

    static func isSignOff(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound, text[start] == UInt8(ascii: "(") || text[start] == UInt8(ascii: "[") { start += 1 }
        guard let first = nextWord(text, start..<range.upperBound),
              signOffFirstWords.contains(PhraseKey.key(text, first)) else { return false }
        for (count, key) in signOffOpeners where start + count <= range.upperBound {
            if PhraseKey.key(text, start..<start + count) == key { return true }
        }
        return false
    }

    /// "(Photo = ...)", "Photo : ...", "[사진=...]", "Фото: ...", "(AP Photo/...)",
    /// "Getty Images": a photo word (or its plural) in brackets, or followed by a
    /// separator, or followed by "by" at the start of a short line. "Photographs
    /// by a photographer" in running text is not a caption.
    static func isCaption(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, words: Int) -> Bool {
        if find(gettyImages, in: text, range) != nil || find(apPhoto, in: text, range) != nil {
            return true
        }
        for pattern in photoWords {
            var searchFrom = range.lowerBound
            while let found = find(pattern, in: text, searchFrom..<range.upperBound) {
                searchFrom = found + 1
                let before = found > range.lowerBound ? text[found - 1] : 0x20
                // The marker must be a word of its own: "photo" or "photos", not "telephoto" or "photographer".
                if before | 0x20 >= 97, before | 0x20 <= 122 { continue }
                var next = found + pattern.count
                if next < range.upperBound, text[next] | 0x20 == UInt8(ascii: "s") { next += 1 }
                if next < range.upperBound, text[next] | 0x20 >= 97, text[next] | 0x20 <= 122 { continue }
                if before == UInt8(ascii: "(") || before == UInt8(ascii: "[") { return true }
                while next < range.upperBound, text[next] == 0x20 { next += 1 }
                guard next < range.upperBound else { continue }
                let separator = text[next]
                if separator == UInt8(ascii: ":") || separator == UInt8(ascii: "=") || separator == UInt8(ascii: "|")
                    || separator == UInt8(ascii: "/") {
                    return true
                }
                let startsLine = found == range.lowerBound
                if startsLine || words <= 30, next + 3 <= range.upperBound, text[next] | 0x20 == UInt8(ascii: "b"),
                   text[next + 1] | 0x20 == UInt8(ascii: "y"), text[next + 2] == 0x20 {
                    return true
                }
            }
        }
        return false
    }

    private static let gettyImages = Array("getty images".utf8)
    private static let apPhoto = Array("ap photo/".utf8)
    private static let fileSuffixes: [[UInt8]] = [".html", ".htm", ".php", ".aspx", ".jsp", ".com/", ".org/", ".net/"].map { Array($0.utf8) }

    private static let photoWords: [[UInt8]] = ["photo", "picture", "image", "foto", "фото", "Фото", "사진"].map { Array($0.utf8) }

    /// A short line wholly in brackets: "[Seoul=Agency]", "(Agency)", "(END)".
    static func isBracketed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        let first = text[range.lowerBound]
        let last = text[range.upperBound - 1]
        return (first == UInt8(ascii: "[") && last == UInt8(ascii: "]")) || (first == UInt8(ascii: "(") && last == UInt8(ascii: ")"))
    }

    /// A word that looks like a file name or host: `name.html`, `site.com/path`.
    static func hasFileName(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        fileSuffixes.contains { find($0, in: text, range) != nil }
    }

    /// "Read more: ...", "Related: ...", "Watch | ...": a pointer prefix followed
    /// by a separator.
    static func isPointer(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 32 {
            let byte = text[index]
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") {
                return FurnitureLexicon.isPointerPrefix(PhraseKey.key(text, range.lowerBound..<index))
            }
            index += 1
        }
        return false
    }

    /// "Q: ...", "E: ...", "Jane Doe (JD): ...": a short speaker label and a colon.
    static func isDialogue(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ features: LineFeatures) -> Bool {
        let colon = features.earlyColon
        guard colon > 0, range.lowerBound + colon + 1 < range.upperBound, text[range.lowerBound + colon + 1] == 0x20 else { return false }
        let label = range.lowerBound..<range.lowerBound + colon
        if label.count <= 3 {
            return text[label.lowerBound] >= 65 && text[label.lowerBound] <= 90
        }
        return text[label.upperBound - 1] == UInt8(ascii: ")") && ByteScan.count(0x20, in: text, label) <= 4
    }

    /// A line about cookies that also speaks of consent, policy or the site.
    static func isCookieNotice(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for word in cookieContext where find(word, in: text, range) != nil {
            return true
        }
        return false
    }

    private static let cookieContext: [[UInt8]] = [
        "consent", "accept", "agree", "privacy", "policy", "website", "this site", "our site", "browsing", "we use",
        "uses cookies", "folosim", "utiliz", "acord", "zustimm", "einverstanden", "verwend", "accepte", "utilis",
        "acepta", "utiliza", "usiamo", "accett", "사용", "동의", "использ", "соглас",
    ].map { Array($0.utf8) }

    // MARK: Helpers

    /// The ranges of the first `limit` space-separated words.
    /// The first space-separated word of `range`.
    static func nextWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound, text[index] == 0x20 { index += 1 }
        let start = index
        while index < range.upperBound, text[index] != 0x20 { index += 1 }
        return index > start ? start..<index : nil
    }

    static func lastWordRange(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, text[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > range.lowerBound, text[start - 1] != 0x20 { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// The first index of `pattern` in `range` (ASCII letters of the pattern match either case).
    static func find(_ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let first = pattern.first, range.count >= pattern.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - pattern.count
        while index <= last {
            if text[index] | (first >= 97 && first <= 122 ? 0x20 : 0) == first {
                var offset = 1
                while offset < pattern.count {
                    let expected = pattern[offset]
                    if text[index + offset] | (expected >= 97 && expected <= 122 ? 0x20 : 0) != expected { break }
                    offset += 1
                }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}

extension FurnitureLexicon.Kind {
    var lineKind: LineKind {
        switch self {
        case .endMarker: .endMarker
        case .widget: .widget
        case .navigation: .navigation
        case .advertisement: .advertisement
        }
    }
}
