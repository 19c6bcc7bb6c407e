/// Reads person names off tokens: capitalized words, joined by hyphens
/// ("Tae-yeol"), that are not common words.
enum PersonNameScanner {
    static let possessiveKey = TokenKey.key("'s")
    static let hyphenKey = TokenKey.key("-")

    /// Capitalized words that start sentences or headings and are never names.
    static let notNames: Set<UInt64> = Set([
        "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "with", "by", "from", "as",
        "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our",
        "said", "says", "told", "also", "meanwhile", "however", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "minister", "president", "secretary",
        "government", "ministry", "office", "state", "foreign", "affairs", "defense", "defence", "news", "photo",
    ].map { TokenKey.key($0) })

    /// Surnames that come first in the name (East Asian order).
    static let familyNameFirst: Set<UInt64> = Set([
        "kim", "lee", "yi", "park", "pak", "choi", "cho", "jo", "chung", "jung", "kang", "yoon", "yun", "jang",
        "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "hong", "moon", "yang", "ko", "baek",
        "xi", "li", "wang", "zhang", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "guo",
        "he", "ma", "lin", "deng", "cai", "han", "wen", "jiang", "qin",
    ].map { TokenKey.key($0) })

    static func isNameWord(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.kind == .word && token.isCapitalized && !token.shape.contains(.digits)
            && !notNames.contains(token.key) && token.key != possessiveKey
    }

    /// The end (exclusive) of a name of up to four words starting at `start`.
    static func nameEnd(_ tokens: [Token], _ bytes: [UInt8], from start: Int, covered: [Bool]) -> Int {
        var index = start
        var words = 0
        while index < tokens.count, !covered[index], words < 4 {
            let token = tokens[index]
            // Acronyms are not name words; initials ("J.") are.
            let isAcronym = token.shape.contains(.allUpper) && token.length > 1 && !token.shape.contains(.dotted)
            guard isNameWord(token, bytes), !isAcronym else { break }
            index += 1
            words += 1
            // Hyphenated given names: "Tae-yeol", "Suk-yeol" (the part after the hyphen may be lower case).
            while index + 1 < tokens.count, tokens[index].key == hyphenKey, tokens[index].start == tokens[index - 1].end,
                  tokens[index + 1].kind == .word, tokens[index + 1].start == tokens[index].end {
                index += 2
            }
        }
        return index
    }

    /// The number of space-separated words in a name.
    static func wordCount(_ tokens: [Token], _ range: Range<Int>, _ bytes: [UInt8]) -> Int {
        var count = 0
        for index in range where tokens[index].kind == .word {
            if index == range.lowerBound || tokens[index].start != tokens[index - 1].end { count += 1 }
        }
        return count
    }

    /// The token of a full name that is used alone to refer to the person.
    static func surnameToken(_ tokens: [Token], _ range: Range<Int>, _ bytes: [UInt8]) -> Int? {
        let words = range.filter { tokens[$0].kind == .word }
        guard let first = words.first, let last = words.last, words.count >= 2 else { return nil }
        if familyNameFirst.contains(tokens[first].key) { return first }
        // A hyphenated given name after the first word marks East Asian order: "Cho Tae-yul".
        if range.contains(where: { tokens[$0].key == hyphenKey }) , tokens[first + 1].kind == .word,
           range.upperBound - range.lowerBound >= 3 {
            return first
        }
        return last
    }
}
