import StanceGraphIngest

/// The sentences of an article that belong to a picture's caption, which states
/// nothing: "Protesters outside the embassy. Image: Jane Roe." shows people, it does
/// not report that they protested, and a caption with two leaders in one photo is
/// no meeting.
///
/// A caption is a paragraph (text between line breaks) that carries an image
/// credit: "Image:", "Photo:", "Picture:", "Credit:" or "Photo by" followed by a
/// name, as news sites and Wikinews print them under pictures, or that is glued to
/// one ("Jo DoeImage: Campaign of Jo Doe."). A credit can also close the last
/// sentence of a paragraph of prose; that paragraph is then a caption too,
/// because a page prints credits under pictures and nowhere else.
///
/// - Complexity: O(n) in the article's bytes.
struct CaptionParagraphs {
    /// For each sentence of the article, whether it is part of a caption.
    let isCaption: [Bool]

    init(bytes: [UInt8], sentences: [SentenceSpan]) {
        var flags = [Bool](repeating: false, count: sentences.count)
        guard Self.mayHoldCredit(bytes) else {
            isCaption = flags
            return
        }
        var sentence = 0
        var paragraphStart = 0
        bytes.withUnsafeBufferPointer { text in
            while paragraphStart < text.count, sentence < sentences.count {
                var paragraphEnd = paragraphStart
                while paragraphEnd < text.count, text[paragraphEnd] != UInt8(ascii: "\n") { paragraphEnd += 1 }
                let first = sentence
                while sentence < sentences.count, sentences[sentence].start < paragraphEnd { sentence += 1 }
                if sentence > first, Self.holdsCredit(text, paragraphStart..<paragraphEnd) {
                    for index in first..<sentence { flags[index] = true }
                }
                paragraphStart = paragraphEnd + 1
            }
        }
        isCaption = flags
    }

    /// The markers that open an image credit, as printed (capitalized).
    static let markers: [[UInt8]] = ["Image:", "Images:", "Photo:", "Photos:", "Photograph:", "Picture:", "Credit:",
                                     "Photo by ", "Image by ", "(Photo:", "(Image:", "(Photo by "].map { Array($0.utf8) }

    /// Whether a credit marker occurs anywhere: most articles have none, and then
    /// no paragraph is looked at.
    private static func mayHoldCredit(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { text in
            markers.contains { find($0, in: text, 0..<text.count) != nil }
        }
    }

    /// Whether the paragraph holds a marker followed by a credit: at most eight
    /// words, then the paragraph's end.
    private static func holdsCredit(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        for marker in markers {
            var searchFrom = paragraph.lowerBound
            while let found = find(marker, in: text, searchFrom..<paragraph.upperBound) {
                if wordCount(text, (found + marker.count)..<paragraph.upperBound) <= 8 { return true }
                searchFrom = found + 1
            }
        }
        return false
    }

    /// The first position of `pattern` in `range` of `text`, byte for byte.
    private static func find(_ pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let first = pattern.first, range.count >= pattern.count else { return nil }
        var index = range.lowerBound
        while index <= range.upperBound - pattern.count {
            if text[index] == first, (1..<pattern.count).allSatisfy({ text[index + $0] == pattern[$0] }) { return index }
            index += 1
        }
        return nil
    }

    private static func wordCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for index in range {
            let isSpace = text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t")
            if !isSpace, !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
