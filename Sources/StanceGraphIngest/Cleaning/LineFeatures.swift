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

    /// Measures `range` of `text`.
    ///
    /// - Complexity: O(n) in the line's length; words are only examined at their
    ///   first byte, so a long paragraph costs one comparison per byte.
    static func measure(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> LineFeatures {
        var features = LineFeatures()
        features.bytes = range.count
        var index = range.lowerBound
        let end = range.upperBound
        var inWord = false
        var lastWordStart = -1
        while index < end {
            let byte = text[index]
            if byte == 0x20 {
                inWord = false
                index += 1
                continue
            }
            if !inWord {
                inWord = true
                features.words += 1
                lastWordStart = index
                if byte >= 65, byte <= 90 { features.capitalizedWords += 1 }
                else if byte >= 97, byte <= 122 { features.lowercaseWords += 1 }
                else if byte >= 48, byte <= 57 { features.numericWords += 1 }
                if features.words == 1, byte >= 48, byte <= 57 { features.firstWordNumeric = true }
                examineWord(text, index, end, &features)
            } else if byte >= 0x80, text[index - 1] < 0x80, !(text[index - 1] | 0x20 >= 97 && text[index - 1] | 0x20 <= 122) {
                // A non-ASCII word glued to punctuation: "(사진=...".
                examineWord(text, index, end, &features)
            } else if byte | 0x20 >= 97, byte | 0x20 <= 122, !(text[index - 1] | 0x20 >= 97 && text[index - 1] | 0x20 <= 122),
                      text[index - 1] < 0x80 {
                // An ASCII word after punctuation: "(Photo".
                examineWord(text, index, end, &features)
            }
            switch byte {
            case UInt8(ascii: ":"):
                if features.earlyColon < 0, index - range.lowerBound < 48 { features.earlyColon = index - range.lowerBound }
                if index > range.lowerBound, index + 2 < end, isDigit(text[index - 1]), isDigit(text[index + 1]), isDigit(text[index + 2]) {
                    features.hasTime = true
                }
            case UInt8(ascii: "@"):
                if index > range.lowerBound, index + 1 < end, text[index - 1] != 0x20, text[index + 1] != 0x20 {
                    features.hasEmail = true
                }
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if index + 2 < end, text[index + 1] == 0x20, text[index + 2] >= 65, text[index + 2] <= 90 {
                    features.innerSentenceEnds += 1
                }
            case 0xC2:
                if index + 1 < end, text[index + 1] == 0xA9 { features.hasCopyright = true }  // ©
            default:
                break
            }
            index += 1
        }
        if lastWordStart >= 0 {
            let byte = text[lastWordStart]
            features.lastWordNumeric = byte >= 48 && byte <= 57
        }
        // The line's end: skip closing quotes and brackets.
        var tail = end
        while tail > range.lowerBound, isClosing(text[tail - 1]) { tail -= 1 }
        if tail - range.lowerBound >= 3, text[tail - 1] == UInt8(ascii: "."), text[tail - 2] == UInt8(ascii: "."), text[tail - 3] == UInt8(ascii: ".") {
            features.endsWithEllipsis = true
        } else if tail > range.lowerBound {
            let last = text[tail - 1]
            features.endsWithTerminal = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || endsWithCJKTerminal(text, range.lowerBound, tail)
            features.endsWithColon = last == UInt8(ascii: ":")
            features.endsWithQuestion = last == UInt8(ascii: "?")
        }
        return features
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
            if matches("copyright") { features.hasCopyright = true }
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
