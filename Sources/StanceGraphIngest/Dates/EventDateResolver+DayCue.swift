extension EventDateResolver {
    /// Whether `sentence` holds something a day-precise date is written with: an
    /// ASCII digit, a weekday, "yesterday", "today", "tomorrow" or "ago".
    ///
    /// Every day `resolve` can return needs one of them (a number for "June 14",
    /// "2024-06-14" and "on the 14th", the word for "on Wednesday", "yesterday" and
    /// "three days ago"), so a sentence without any has no day and skips the date
    /// scan. Words are cut and keyed as `DateTokenizer` cuts and keys them, so the
    /// answer agrees with the scan; the pass allocates nothing.
    ///
    /// - Complexity: O(n) in the sentence's length, one table lookup per word.
    static func mayStateDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.count
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte >= 48, byte <= 57 { return true }
            guard DateTokenizer.isLetterStart(bytes, index, end) else {
                index += byte < 0x80 ? 1 : DateTokenizer.sequenceLength(byte)
                continue
            }
            let start = index
            index = DateTokenizer.wordEnd(bytes, from: index, end)
            let key = DateVocabulary.key(bytes, start..<index)
            if key == Self.agoKey { return true }
            switch DateVocabulary.meaning(key) {
            case .weekday?, .relative(.yesterday)?, .relative(.today)?, .relative(.tomorrow)?:
                return true
            default:
                continue
            }
        }
        return false
    }
}
