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

    /// The words that open an image credit, before a colon ("Image: Jane Roe") or
    /// before " by " ("Photo by Jane Roe"), as printed (capitalized).
    static let creditWords: [[UInt8]] = ["Image", "Images", "Photo", "Photos", "Photograph", "Picture", "Credit"]
        .map { Array($0.utf8) }

    /// Whether a credit marker occurs anywhere: most articles have none, and then
    /// no paragraph is looked at.
    private static func mayHoldCredit(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { text in creditMarker(in: text, 0..<text.count) != nil }
    }

    /// Whether the paragraph holds a credit marker followed by a credit: at most
    /// eight words, then the paragraph's end.
    private static func holdsCredit(_ text: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        var from = paragraph.lowerBound
        while let markerEnd = creditMarker(in: text, from..<paragraph.upperBound) {
            if wordCount(text, markerEnd..<paragraph.upperBound) <= 8 { return true }
            from = markerEnd
        }
        return false
    }

    /// The end of the first credit marker in `range`: a credit word glued to ":"
    /// or followed by " by ". One pass over the bytes, looking closer only at a
    /// colon or a "by".
    private static func creditMarker(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: ":") {
                if endsCreditWord(text, at: index, from: range.lowerBound) { return index + 1 }
            } else if byte == UInt8(ascii: "b"), index + 2 < range.upperBound, text[index + 1] == UInt8(ascii: "y"),
                      text[index + 2] == UInt8(ascii: " "), index > range.lowerBound, text[index - 1] == UInt8(ascii: " "),
                      endsCreditWord(text, at: index - 1, from: range.lowerBound) {
                return index + 3
            }
            index += 1
        }
        return nil
    }

    /// Whether a credit word ends just before `end` (glued to a caption's last word
    /// or not: "Jo DoeImage: ..." is how some pages print a caption and its credit).
    private static func endsCreditWord(_ text: UnsafeBufferPointer<UInt8>, at end: Int, from lower: Int) -> Bool {
        creditWords.contains { word in
            end - lower >= word.count && (0..<word.count).allSatisfy { text[end - word.count + $0] == word[$0] }
        }
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
