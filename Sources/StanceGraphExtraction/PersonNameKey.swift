/// The key that makes spellings of one person's name one node: "Cho Tae-yeol" and
/// "Cho Tae-yul", "Tony Blinken" and "Antony Blinken", "Yoon Suk Yeol" and
/// "Yoon Suk-yeol" all share a key.
///
/// The name is lower-cased and stripped of accents, hyphens and spaces; short
/// forms of given names are expanded ("tony" -> "antony"); and vowel spellings that
/// differ between romanizations of Korean (eo/u, ae/e, oo/u) are folded.
public enum PersonNameKey {
    /// Common short forms of given names and the full form they stand for.
    static let givenNameForms: [String: String] = [
        "tony": "antony", "anthony": "antony", "bill": "william", "will": "william", "bob": "robert",
        "rob": "robert", "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph", "tom": "thomas",
        "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward", "dan": "daniel", "dave": "david",
        "steve": "steven", "stephen": "steven", "chris": "christopher", "nick": "nicholas", "alex": "alexander",
        "sasha": "alexander", "andy": "andrew", "ben": "benjamin", "sam": "samuel", "liz": "elizabeth",
        "kate": "katherine", "catherine": "katherine", "kathy": "katherine", "jon": "jonathan", "matt": "matthew",
        "pete": "peter", "volodymyr": "volodymyr", "vladimir": "vladimir", "sergey": "sergei", "andrii": "andriy",
        "andrey": "andrei", "dmitry": "dmitri", "mohammed": "muhammad", "mohammad": "muhammad", "mohamed": "muhammad",
    ]

    /// `givenNameForms` by the hash of the short form, so the look-up needs no String.
    private static let givenNameTable: TokenKeyTable<[UInt8]> = {
        var table = TokenKeyTable<[UInt8]>(minimumCapacity: givenNameForms.count)
        for (short, full) in givenNameForms { table.insert(TokenKey.hash(Array(short.utf8)), Array(full.utf8)) }
        return table
    }()

    /// The key of a person's name, built in one pass over its normalized bytes.
    public static func key(for name: String) -> String {
        key(normalized: TokenKey.normalized(Array(name.utf8)))
    }

    /// The key of a name whose bytes `TokenKey.normalized` has given.
    private static func key(normalized: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(normalized.count + 8)
        var words = 0
        var firstWordEnd = -1
        var inWord = false
        for byte in normalized {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",") {
                if inWord, words == 1 { firstWordEnd = out.count }
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                out.append(byte)
            }
        }
        // A short given name stands for the full one, when a surname follows: "Tony Blinken".
        if words >= 2, firstWordEnd > 0, let full = givenNameTable[TokenKey.hash(out[0..<firstWordEnd])] {
            out.replaceSubrange(0..<firstWordEnd, with: full)
        }
        fold(&out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The key of the surname in a full name: the first word of East Asian names
    /// ("Cho Tae-yul", "Li Qiang": the first word is in `familyNameFirst`, or the
    /// second is a hyphenated given name), else the last word that is not a suffix
    /// ("Jr."). Nil for a single word.
    public static func surnameKey(for name: String, familyNameFirst: TokenKeySet, suffixes: TokenKeySet) -> String? {
        if let ranges = asciiWordRanges(name) {
            return asciiSurnameKey(for: name, words: ranges, familyNameFirst: familyNameFirst, suffixes: suffixes)
        }
        let words = Self.words(of: name).filter { word in
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase
        }
        guard words.count >= 2 else { return nil }
        let firstWord = String(words[0])
        if familyNameFirst.contains(TokenKey.key(firstWord)) { return key(for: firstWord) }
        let second = words[1]
        if let hyphen = second.firstIndex(of: "-"), second[second.index(after: hyphen)...].first?.isLowercase == true {
            return key(for: firstWord)
        }
        var last = words[words.count - 1]
        if words.count >= 3, suffixes.contains(TokenKey.key(String(last))) { last = words[words.count - 2] }
        return key(for: String(last))
    }

    /// `surnameKey` for an ASCII name split into `words` (UTF-8 offsets), over
    /// its bytes: the Character-based version spent over ten thousand
    /// instructions a name (Substring indexing, scalar properties, a String per
    /// word), and the assembler asks it for every full name of the corpus.
    ///
    /// In ASCII each byte is a Character of its own, upper-case letters are
    /// exactly A-Z and lower-case ones a-z, so the tests are the same.
    private static func asciiSurnameKey(for name: String, words ranges: [Range<Int>],
                                        familyNameFirst: TokenKeySet, suffixes: TokenKeySet) -> String? {
        let bytes = Array(name.utf8)
        let words = ranges.filter { bytes[$0.lowerBound] >= UInt8(ascii: "A") && bytes[$0.lowerBound] <= UInt8(ascii: "Z") }
        guard words.count >= 2 else { return nil }
        let firstWord = TokenKey.normalized(Array(bytes[words[0]]))
        if familyNameFirst.contains(TokenKey.hash(firstWord)) { return key(normalized: firstWord) }
        let second = bytes[words[1]]
        if let hyphen = second.firstIndex(of: UInt8(ascii: "-")), hyphen + 1 < second.endIndex,
           second[hyphen + 1] >= UInt8(ascii: "a"), second[hyphen + 1] <= UInt8(ascii: "z") {
            return key(normalized: firstWord)
        }
        var last = TokenKey.normalized(Array(bytes[words[words.count - 1]]))
        if words.count >= 3, suffixes.contains(TokenKey.hash(last)) {
            last = TokenKey.normalized(Array(bytes[words[words.count - 2]]))
        }
        return key(normalized: last)
    }

    /// The words of a name, as `name.split(separator: " ")` gives them.
    ///
    /// ASCII names (nearly all) are split over their UTF-8 bytes: an ASCII space is
    /// always a Character of its own there (no ASCII scalar extends a grapheme), so
    /// the bytes split where the Characters do, without the grapheme breaking that
    /// made the split cost thousands of instructions per name. Other names are
    /// split by Character, since a combining mark after a space joins its Character.
    static func words(of name: String) -> [Substring] {
        guard let ranges = asciiWordRanges(name) else { return name.split(separator: " ") }
        let utf8 = name.utf8
        return ranges.map { range in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                           ..< utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
    }

    /// The number of `words(of: name)`, without building them.
    ///
    /// ASCII names are counted over their bytes, without building the word
    /// ranges: the assembler asks for the count of every new person key.
    static func wordCount(of name: String) -> Int {
        let count = name.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
        return (count ?? nil) ?? name.split(separator: " ").count
    }

    /// The UTF-8 offsets of the space-separated words of an ASCII name held in
    /// contiguous storage; nil for any other name.
    private static func asciiWordRanges(_ name: String) -> [Range<Int>]? {
        let ranges = name.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                guard byte == UInt8(ascii: " ") else { continue }
                if start < index { ranges.append(start ..< index) }
                start = index + 1
            }
            if start < bytes.count { ranges.append(start ..< bytes.count) }
            return ranges
        }
        return ranges ?? nil
    }

    /// Folds romanization variants: eo -> u, ae -> e, oo -> u, ou -> u.
    static func fold(_ bytes: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch (byte, next) {
            case (UInt8(ascii: "e"), UInt8(ascii: "o")), (UInt8(ascii: "o"), UInt8(ascii: "o")), (UInt8(ascii: "o"), UInt8(ascii: "u")):
                out.append(UInt8(ascii: "u"))
                index += 2
            case (UInt8(ascii: "a"), UInt8(ascii: "e")):
                out.append(UInt8(ascii: "e"))
                index += 2
            default:
                out.append(byte)
                index += 1
            }
        }
        bytes = out
    }
}
