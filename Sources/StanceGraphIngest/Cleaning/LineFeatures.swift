import Foundation

/// Shallow text features of one line, measured in one pass over its bytes: the
/// kind of evidence boilerplate detection relies on (Kohlschütter, Fankhauser
/// and Nejdl, "Boilerplate Detection using Shallow Text Features", WSDM 2010:
/// word counts, link density, position).
struct LineFeatures: Equatable {
    var bytes = 0
    var words = 0
    /// Words that start with an upper-case ASCII letter.
    var capitalizedWords = 0
    /// Words that start with a lower-case ASCII letter.
    var lowercaseWords = 0
    /// Words that start with a digit.
    var numericWords = 0
    /// Any ASCII digit.
    var hasDigit = false
    /// The line ends with `.`, `!`, `?` (or their CJK forms), perhaps followed by
    /// closing quotes or brackets, and not with an ellipsis.
    var endsWithTerminal = false
    var endsWithEllipsis = false
    var endsWithColon = false
    var endsWithQuestion = false
    /// Sentence ends inside the line (punctuation, space, capital).
    var innerSentenceEnds = 0
    /// A time of day such as `14:57`.
    var hasTime = false
    var hasURL = false
    /// An e-mail address or a scraped e-mail placeholder ("[email protected]").
    var hasEmail = false
    var hasCopyright = false
    /// First and last word start with a digit (counts such as "0", "3K", "0dog").
    var firstWordNumeric = false
    var lastWordNumeric = false
    /// The byte offset of the first `:` in the first 48 bytes, or -1.
    var earlyColon = -1
    /// Words met that call for a closer look.
    var markers: Markers = []

    /// Words that call for a closer look at a line.
    struct Markers: OptionSet, Equatable {
        let rawValue: UInt8
        /// "cookie", "쿠키", "куки".
        static let cookie = Markers(rawValue: 1 << 0)
        /// "photo", "picture", "image", "foto", "фото", "사진", "getty".
        static let photo = Markers(rawValue: 1 << 1)
    }

    /// Measures `range` of `text`; `shape` is the range's shape when the caller
    /// has it already (`shapeBytes` decides which lines it is measured for).
    ///
    /// - Complexity: O(n) in the line's length; words are only examined at their
    ///   first byte, so a long paragraph costs one comparison per byte.
    static func measure(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, shape known: ByteScan.Shape? = nil) -> LineFeatures {
        // Normalized lines are trimmed with single spaces: words are spaces + 1.
        if range.count > shapeBytes {
            let shape = known ?? ByteScan.shape(in: text, range)
            if shape.spaces + 1 > detailedWords { return measureLong(text, range, shape: shape) }
        }
        var features = LineFeatures()
        features.bytes = range.count
        let end = range.upperBound
        var previous = ByteClass.space
        var lastWordStart = -1
        var index = range.lowerBound
        let classes = ByteClass.table
        while index < end {
            let byte = text[index]
            let current = ByteClass(rawValue: classes[Int(byte)]) ?? .punctuation
            switch current {
            case .space:
                break
            case .lower, .upper, .digit, .high:
                if previous == .space {
                    // A word starts.
                    features.words += 1
                    lastWordStart = index
                    switch current {
                    case .upper: features.capitalizedWords += 1
                    case .lower: features.lowercaseWords += 1
                    case .digit:
                        features.numericWords += 1
                        if features.words == 1 { features.firstWordNumeric = true }
                    default: break
                    }
                    if current != .digit { examineWord(text, index, end, &features) }
                } else if previous == .punctuation || previous == .stop || previous == .colon, current != .digit {
                    // A word glued to punctuation: "(Photo", "(사진=".
                    examineWord(text, index, end, &features)
                }
                if current == .digit { features.hasDigit = true }
            case .punctuation, .stop, .colon:
                if previous == .space {
                    features.words += 1
                    lastWordStart = index
                }
                if current == .colon {
                    if features.earlyColon < 0, index - range.lowerBound < 48 { features.earlyColon = index - range.lowerBound }
                    if index > range.lowerBound, index + 2 < end, isDigit(text[index - 1]), isDigit(text[index + 1]), isDigit(text[index + 2]) {
                        features.hasTime = true
                    }
                } else if current == .stop {
                    if index + 2 < end, text[index + 1] == 0x20, text[index + 2] >= 65, text[index + 2] <= 90 {
                        features.innerSentenceEnds += 1
                    }
                } else if byte == UInt8(ascii: "@") {
                    if index > range.lowerBound, index + 1 < end, text[index - 1] != 0x20, text[index + 1] != 0x20 {
                        features.hasEmail = true
                    }
                }
            }
            if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA9 { features.hasCopyright = true }  // ©
            previous = current
            index += 1
        }
        if lastWordStart >= 0 {
            features.lastWordNumeric = isDigit(text[lastWordStart])
        }
        if features.words > 0, features.words <= 8 {
            // "http", "www." are only worth looking for in short lines.
            features.hasURL = containsURL(text, range)
        }
        analyzeEnd(text, range, &features)
        return features
    }

    /// Lines longer than this many bytes have their `ByteScan.Shape` measured
    /// (shorter ones are measured byte by byte).
    static let shapeBytes = 64

    /// Lines of more words than this are measured with vector scans
    /// (`measureLong`), which leave out what only matters for short lines
    /// (lower-case and numeric word counts, times, e-mail addresses, URLs).
    static let detailedWords = 12

    /// The features of a longer line: words, capitals and sentence breaks, its
    /// end, its first colon, copyright signs, and the cookie and photo words (in
    /// lines short enough to be a notice or caption), found with vector scans
    /// instead of a loop that branches on every byte.
    private static func measureLong(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, shape: ByteScan.Shape) -> LineFeatures {
        var features = LineFeatures()
        features.bytes = range.count
        features.words = shape.spaces + 1
        let first = text[range.lowerBound]
        features.capitalizedWords = shape.capitalAfterSpace + (first >= 65 && first <= 90 ? 1 : 0)
        features.innerSentenceEnds = shape.sentenceBreaks
        let presence = shape.presence
        // Copyright notices are only looked for in lines short enough to be one,
        // cookie and photo words in lines short enough to be a notice or caption;
        // one scan finds both.
        let scansCopyright = features.words <= 30
        let scansMarkers = range.count <= 1200
        let words = scansCopyright || scansMarkers ? ByteScan.markerWords(in: text, range) : ByteScan.MarkerWords()
        if scansCopyright {
            features.hasCopyright = (words.copyright && copyrightNotice(text, range))
                || words.rightsReserved
                || (presence.latinSupplement && LineClassifier.find(copyrightSign, in: text, range) != nil)
                || (presence.hangul && koreanCopyright.contains { LineClassifier.find($0, in: text, range) != nil })
        }
        features.hasDigit = presence.digit
        features.firstWordNumeric = isDigit(text[range.lowerBound])
        if let last = LineClassifier.lastWordRange(text, range) { features.lastWordNumeric = isDigit(text[last.lowerBound]) }
        if presence.rare {
            var index = range.lowerBound
            while index < min(range.upperBound, range.lowerBound + 48) {
                if text[index] == UInt8(ascii: ":") {
                    features.earlyColon = index - range.lowerBound
                    break
                }
                index += 1
            }
        }
        if scansMarkers {
            if words.cookie { features.markers.insert(.cookie) }
            if words.photo { features.markers.insert(.photo) }
            if presence.hangul || presence.cyrillic {
                for (word, marker) in nonASCIIMarkers where LineClassifier.find(word, in: text, range) != nil {
                    features.markers.insert(marker)
                }
            }
        }
        analyzeEnd(text, range, &features)
        return features
    }

    private static let copyrightSign: [UInt8] = [0xC2, 0xA9]
    private static let copyrightWord: [UInt8] = Array("copyright".utf8)
    private static let koreanCopyright: [[UInt8]] = [Array("무단".utf8), Array("재배포".utf8)]

    private static let nonASCIIMarkers: [([UInt8], Markers)] = {
        let words: [(String, Markers)] = [
            ("쿠키", .cookie), ("куки", .cookie), ("Куки", .cookie), ("사진", .photo), ("фото", .photo), ("Фото", .photo),
        ]
        return words.map { (Array($0.0.utf8), $0.1) }
    }()

    /// Sets the features of the line's end: sentence punctuation, ellipsis, colon, question.
    private static func analyzeEnd(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ features: inout LineFeatures) {
        let end = range.upperBound
        var tail = end
        while tail > range.lowerBound, isClosing(text[tail - 1]) { tail -= 1 }
        if tail - range.lowerBound >= 3, text[tail - 1] == UInt8(ascii: "."), text[tail - 2] == UInt8(ascii: "."), text[tail - 3] == UInt8(ascii: ".") {
            // A teaser's cut ends the line; an ellipsis inside a closing quote is a quotation's.
            features.endsWithEllipsis = tail == end
            features.endsWithTerminal = tail != end
        } else if tail > range.lowerBound {
            let last = text[tail - 1]
            features.endsWithTerminal = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || endsWithCJKTerminal(text, range.lowerBound, tail)
            features.endsWithColon = last == UInt8(ascii: ":")
            features.endsWithQuestion = last == UInt8(ascii: "?")
        }
    }

    /// "Copyright 2024", "Copyright © Agency": the word followed closely by a year
    /// or a sign, not "copyright law".
    static func copyrightNotice(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let start = LineClassifier.find(copyrightWord, in: text, range) else { return false }
        var index = start + 9
        var spaces = 0
        while index < range.upperBound, index < start + 20 {
            let byte = text[index]
            if isDigit(byte) || byte == 0xC2 || byte == UInt8(ascii: "(") { return true }
            if byte == 0x20 { spaces += 1 } else if spaces > 0 { return false }
            index += 1
        }
        return index >= range.upperBound
    }

    /// What a byte is, for word and punctuation counting.
    enum ByteClass: UInt8 {
        case space, lower, upper, digit, high, punctuation, stop, colon

        /// The class of every byte value, by raw value.
        static let table: [UInt8] = (0..<256).map { value -> UInt8 in
            switch value {
            case 0x20, 0x09, 0x0A, 0x0D: ByteClass.space.rawValue
            case 97...122: ByteClass.lower.rawValue
            case 65...90: ByteClass.upper.rawValue
            case 48...57: ByteClass.digit.rawValue
            case 0x80...: ByteClass.high.rawValue
            case 0x2E, 0x21, 0x3F: ByteClass.stop.rawValue
            case 0x3A: ByteClass.colon.rawValue
            default: ByteClass.punctuation.rawValue
            }
        }
    }

    /// Whether `range` holds `http://`, `https://` or `www.`.
    private static func containsURL(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 4 <= range.upperBound {
            let byte = text[index] | 0x20
            if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w"), startsURL(text, index, range.upperBound) { return true }
            index += 1
        }
        return false
    }

    /// Checks the word starting at `index` against the marker words.
    @inline(__always)
    private static func examineWord(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ features: inout LineFeatures) {
        func matches(_ pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard index + count <= end else { return false }
            return pattern.withUTF8Buffer { expected in
                var offset = 0
                while offset < count {
                    let wanted = expected[offset]
                    let folded = wanted >= 97 && wanted <= 122 ? text[index + offset] | 0x20 : text[index + offset]
                    if folded != wanted { return false }
                    offset += 1
                }
                return true
            }
        }
        let first = text[index]
        switch first < 0x80 ? first | 0x20 : first {
        case UInt8(ascii: "c"):
            if matches("cookie") { features.markers.insert(.cookie) }
            if matches("copyright"), copyrightNotice(text, index..<end) { features.hasCopyright = true }
        case UInt8(ascii: "a"):
            if matches("all rights reserved") { features.hasCopyright = true }
        case UInt8(ascii: "p"):
            if matches("photo") || matches("picture") { features.markers.insert(.photo) }
        case UInt8(ascii: "i"):
            if matches("image") { features.markers.insert(.photo) }
        case UInt8(ascii: "f"):
            if matches("foto") { features.markers.insert(.photo) }
        case UInt8(ascii: "g"):
            if matches("getty") { features.markers.insert(.photo) }
        case UInt8(ascii: "e"):
            if matches("email protected") || matches("email&#160;protected") { features.hasEmail = true }
        case 0xEC:
            if matches("쿠키") { features.markers.insert(.cookie) }
            if matches("사진") { features.markers.insert(.photo) }
            if matches("재배포") { features.hasCopyright = true }
        case 0xEB:
            if matches("무단") { features.hasCopyright = true }
        case 0xD0:
            if matches("куки") || matches("Куки") { features.markers.insert(.cookie) }
            if matches("Фото") { features.markers.insert(.photo) }
        case 0xD1:
            if matches("фото") { features.markers.insert(.photo) }
        default:
            break
        }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    @inline(__always)
    static func isClosing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
    }

    /// 。！？ (U+3002, U+FF01, U+FF1F) at the end.
    private static func endsWithCJKTerminal(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ tail: Int) -> Bool {
        guard tail - start >= 3 else { return false }
        let (a, b, c) = (text[tail - 3], text[tail - 2], text[tail - 1])
        return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F))
    }

    /// `http://`, `https://` or `www.` at `index`.
    private static func startsURL(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        func matches(_ pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard index + count <= end else { return false }
            return pattern.withUTF8Buffer { expected in
                (0..<count).allSatisfy { text[index + $0] | (expected[$0] >= 97 ? 0x20 : 0) == expected[$0] }
            }
        }
        return matches("http://") || matches("https://") || matches("www.")
    }

}
