/// Reads person names off tokens: capitalized words that are not common words,
/// hyphenated parts ("Tae-yeol", "al-Assad"), particles between words ("Mohammed
/// bin Salman", "Ursula von der Leyen") and suffixes ("Marcos Jr.").
///
/// Names are at most `maximumWords` words long: a longer run of capitals is a
/// title-case heading, not a name.
struct PersonNameScanner {
    let words: EntityWords
    static let maximumWords = 5

    /// A name found at a position.
    struct Name {
        var tokens: Range<Int>
        /// Space-separated words ("Cho Tae-yeol" has two).
        var wordCount: Int
    }

    /// Whether a token can be a word of a name.
    @inline(__always)
    func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.shape.contains(.digits) else { return false }
        // Acronyms are not name words; initials ("J.") are.
        if token.shape.contains(.allUpper), token.length > 1, !token.shape.contains(.dotted) { return false }
        return !words.notNames.contains(token.key) && token.key != RecognitionState.possessiveKey
    }

    /// The name starting at `start`, if the words there make one. Covered tokens
    /// (already part of another entity) end it.
    func name(in state: RecognitionState, from start: Int) -> Name? {
        let tokens = state.tokens
        var index = start
        var wordCount = 0
        var end = start
        while index < tokens.count, !state.isCovered(index) {
            let token = tokens[index]
            // "Liu He": a short given name that is also a common word, after a family name written first.
            let givenAfterFamily = wordCount == 1 && token.kind == .word && token.isCapitalized
                && !token.shape.contains(.allUpper) && words.shortGivenNames.contains(token.key)
                && words.familyNameFirst.contains(tokens[start].key)
            if isNameWord(token) || givenAfterFamily {
                index += 1
                // Hyphenated parts: "Tae-yeol", "Jean-Noël", "al-Assad" (lower case allowed after the hyphen).
                while index + 1 < tokens.count, tokens[index].key == RecognitionState.hyphenKey, state.touches(index - 1),
                      state.touches(index), tokens[index + 1].kind == .word, !state.isCovered(index + 1) {
                    index += 2
                }
                wordCount += 1
                end = index
                if wordCount > Self.maximumWords { return nil }
            } else if wordCount >= 1, token.kind == .word, words.nameParticles.contains(token.key), !token.isCapitalized,
                      index + 1 < tokens.count, !state.isCovered(index + 1),
                      isNameWord(tokens[index + 1]) || tokens[index + 1].key == RecognitionState.hyphenKey
                        || words.nameParticles.contains(tokens[index + 1].key) {
                // "bin", "von der", "al-": only between name words.
                index += 1
                if tokens[index].key == RecognitionState.hyphenKey, state.touches(index - 1), state.touches(index),
                   index + 1 < tokens.count, isNameWord(tokens[index + 1]) {
                    index += 1
                }
            } else if wordCount >= 2, token.kind == .word, words.nameSuffixes.contains(token.key),
                      token.isCapitalized || token.shape.contains(.allUpper) {
                index += 1
                if state.isKey(index, RecognitionState.periodKey), state.touches(index - 1) { index += 1 }
                end = index
                break
            } else {
                break
            }
        }
        guard wordCount > 0 else { return nil }
        return Name(tokens: start..<end, wordCount: wordCount)
    }

    /// The name that ends just before `end` (exclusive), found by trying the
    /// starts a few tokens back and keeping the longest that reads as a name.
    func name(in state: RecognitionState, endingAt end: Int) -> Name? {
        var best: Name?
        var start = end - 1
        let lowest = max(0, end - 3 * Self.maximumWords)
        while start >= lowest {
            let token = state.tokens[start]
            if state.isCovered(start) { break }
            if token.kind == .punctuation, token.key != RecognitionState.hyphenKey { break }
            if let name = name(in: state, from: start), name.tokens.upperBound == end, isNameWord(token) {
                best = name
            }
            start -= 1
        }
        return best
    }

    /// The token of a full name that is used alone to refer to the person: the
    /// first word for East Asian names ("Cho Tae-yul", "Li Qiang"), else the last
    /// word that is not a suffix.
    func surnameToken(_ tokens: [Token], _ range: Range<Int>) -> Int? {
        // The capitalized words that start a space-separated word, read without building a list.
        var first = -1
        var second = -1
        var last = -1
        var beforeLast = -1
        var count = 0
        for index in range where tokens[index].kind == .word && tokens[index].isCapitalized {
            guard index == range.lowerBound || tokens[index].start != tokens[index - 1].end else { continue }
            if count == 0 { first = index } else if count == 1 { second = index }
            beforeLast = last
            last = index
            count += 1
        }
        guard count >= 2 else { return nil }
        if words.familyNameFirst.contains(tokens[first].key) { return first }
        // A hyphenated given name after the first word marks East Asian order: "Cho Tae-yul".
        if second + 2 < range.upperBound, tokens[second + 1].key == RecognitionState.hyphenKey,
           tokens[second].end == tokens[second + 1].start, tokens[second + 2].kind == .word, !tokens[second + 2].isCapitalized {
            return first
        }
        if words.nameSuffixes.contains(tokens[last].key), count >= 3 { return beforeLast }
        return last
    }
}
