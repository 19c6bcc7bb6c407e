@testable import StanceGraphIngest
import Testing

/// The vector scans count whole blocks and then one block that overlaps the
/// last whole one: these compare them with byte-by-byte counts at every length
/// and every position, so a lane counted twice or missed shows.
@Suite("ByteScan: vector scans agree with byte-by-byte scans")
struct ByteScanTests {
    /// A deterministic pseudo-random generator (xorshift), so failures repeat.
    struct Bytes: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    /// The shape of `bytes` counted one byte at a time.
    func slowShape(_ bytes: [UInt8]) -> ByteScan.Shape {
        var shape = ByteScan.Shape()
        for (index, byte) in bytes.enumerated() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let afterNext = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0x20 { shape.spaces += 1 }
            if byte == 0x20, (0x41...0x5A).contains(next) { shape.capitalAfterSpace += 1 }
            if [0x2E, 0x21, 0x3F].contains(byte), next == 0x20, (0x41...0x5A).contains(afterNext) { shape.sentenceBreaks += 1 }
            if (0x30...0x39).contains(byte) { shape.presence.digit = true }
            if byte == 0x3A || byte == 0x40 { shape.presence.rare = true }
            if byte == 0xC2 { shape.presence.latinSupplement = true }
            if (0xEA...0xED).contains(byte) { shape.presence.hangul = true }
            if byte == 0xD0 || byte == 0xD1 { shape.presence.cyrillic = true }
            if byte < 0x20 || byte > 0x7E || (byte == 0x20 && next == 0x20) { shape.presence.notPlain = true }
        }
        return shape
    }

    @Test("shape: the counts and the kinds of bytes, at every length up to 600")
    func shape() {
        var random = Bytes(state: 0x9E37_79B9_7F4A_7C15)
        // Spaces, capitals and stops often, so every count is exercised.
        let alphabet: [UInt8] = Array(" .!?AZaz09:@".utf8) + [0xC2, 0xA9, 0xEA, 0xD0, 0x80]
        // Control bytes rarely, so that many lines have none.
        let controls: [UInt8] = [0x09, 0x0A, 0x1F, 0x7F, 0x00]
        for length in 0...600 {
            let control = length % 3 == 0 ? controls[length % controls.count] : nil
            var bytes = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
            if let control, length > 0 { bytes[Int.random(in: 0..<length, using: &random)] = control }
            // The range also starts past the buffer's start, as a line inside a page does.
            let padded = Array("xy".utf8) + bytes + Array("Zq".utf8)
            let expected = slowShape(bytes)
            let shape = padded.withUnsafeBufferPointer { ByteScan.shape(in: $0, 2..<2 + length) }
            #expect(shape.spaces == expected.spaces, "length \(length)")
            #expect(shape.capitalAfterSpace == expected.capitalAfterSpace, "length \(length)")
            #expect(shape.sentenceBreaks == expected.sentenceBreaks, "length \(length)")
            #expect(shape.presence.digit == expected.presence.digit, "length \(length)")
            #expect(shape.presence.notPlain == expected.presence.notPlain, "length \(length)")
            #expect(shape.presence.rare == expected.presence.rare, "length \(length)")
            #expect(shape.presence.latinSupplement == expected.presence.latinSupplement, "length \(length)")
            #expect(shape.presence.hangul == expected.presence.hangul, "length \(length)")
            #expect(shape.presence.cyrillic == expected.presence.cyrillic, "length \(length)")
        }
    }

    @Test("the normal-form check answers the same from a paragraph's shape as from its own scan, at every length up to 300")
    func normalizedParagraphFromShape() {
        var random = Bytes(state: 0x0123_4567_89AB_CDEF)
        // Mostly plain words and single spaces (normalized), with now and then
        // a double space, a control byte, a kept or a changed multi-byte
        // character, or a list marker at the start.
        let plain = ["word", "Word", " ", "a", ".", ",", "9"].map { Array($0.utf8) }
        let rare = ["  ", "\t", "\n", "\u{7F}", "\u{E9}", "\u{201C}", "\u{00A0}", "e\u{301}", "\u{2022}", "\u{FF01}"].map { Array($0.utf8) }
        for length in 0...300 {
            for variant in 0..<4 {
                var bytes: [UInt8] = variant == 3 ? Array("- ".utf8) : []
                while bytes.count < length {
                    let piece = variant > 0 && Int.random(in: 0..<40, using: &random) == 0
                        ? rare.randomElement(using: &random)! : plain.randomElement(using: &random)!
                    bytes += piece
                }
                let (scanned, fromShape) = bytes.withUnsafeBufferPointer { input in
                    (TextNormalizer.isNormalizedParagraph(input),
                     TextNormalizer.isNormalizedParagraph(input, shape: ByteScan.shape(in: input, 0..<input.count)))
                }
                #expect(scanned == fromShape, "length \(bytes.count), variant \(variant): \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test("shape: a long line of spaces counts past 255 blocks")
    func longShape() {
        let line = Array(String(repeating: "a B. Cd ", count: 2000).utf8)
        let shape = line.withUnsafeBufferPointer { ByteScan.shape(in: $0, 0..<$0.count) }
        let expected = slowShape(line)
        #expect(shape.spaces == expected.spaces)
        #expect(shape.capitalAfterSpace == expected.capitalAfterSpace)
        #expect(shape.sentenceBreaks == expected.sentenceBreaks)
    }

    @Test("marker words are found at every position of lines of every length", arguments: [
        ("cookie", true, false), ("COOKIE", true, false), ("photo", false, true), ("Picture", false, true), ("image", false, true),
        ("foto", false, true), ("Getty", false, true), ("cooki", false, false), ("phot", false, false), ("getta", false, false),
    ])
    func markerWords(word: String, cookie: Bool, photo: Bool) {
        for length in word.utf8.count...60 {
            for position in 0...(length - word.utf8.count) {
                var line = Array(repeating: UInt8(ascii: "x"), count: length)
                line.replaceSubrange(position..<position + word.utf8.count, with: Array(word.utf8))
                let found = line.withUnsafeBufferPointer { ByteScan.markerWords(in: $0, 0..<$0.count) }
                #expect(found.cookie == cookie && found.photo == photo, "\(word) at \(position) of \(length)")
            }
        }
    }

    @Test("the one marker-word scan finds what the plain copyright search finds, at every position and length", arguments: [
        "copyright", "Copyright", "COPYRIGHT", "all rights reserved", "All Rights Reserved", "copyrigh", "all rights reserve",
        "all  rights reserved", "allrights reserved", "cookie copyright", "getty all rights reserved",
    ])
    func copyrightPhrases(phrase: String) {
        let bytes = Array(phrase.utf8)
        for length in bytes.count...60 {
            for position in 0...(length - bytes.count) {
                var line = Array(repeating: UInt8(ascii: "c"), count: length)
                line.replaceSubrange(position..<position + bytes.count, with: bytes)
                // Inside a page: the line starts past the buffer's start.
                let page = Array("ab".utf8) + line + Array("yz".utf8)
                let range = 2..<2 + length
                let found = page.withUnsafeBufferPointer { ByteScan.markerWords(in: $0, range) }
                let copyright = contains("copyright", line)
                let reserved = contains("all rights reserved", line)
                #expect(found.copyright == copyright && found.rightsReserved == reserved, "\(phrase) at \(position) of \(length)")
            }
        }
    }

    /// Whether `line` holds `word` (lower-case ASCII), ASCII case ignored: the
    /// plain search the vector scans are checked against.
    func contains(_ word: String, _ line: [UInt8]) -> Bool {
        let needle = Array(word.utf8)
        guard line.count >= needle.count else { return false }
        return (0...(line.count - needle.count)).contains { start in
            needle.indices.allSatisfy { offset in
                let wanted = needle[offset]
                let byte = line[start + offset]
                return (wanted >= 97 && wanted <= 122 ? byte | 0x20 : byte) == wanted
            }
        }
    }

    @Test("the marker-word scan agrees with a byte-by-byte search on random lines of every length")
    func markerWordsAtRandom() {
        var random = Bytes(state: 0x2545_F491_4F6C_DD1D)
        // Fragments of every word, so filters pass often, and a few whole words, so matches happen.
        let pieces = ["co", "ok", "ie", "py", "right", "ph", "oto", "pic", "ture", "im", "age", "fo", "get", "ty", "all", " r",
                      "ights", " res", "erved", "C", "A", " ", "x", "Copyright", "all rights reserved", "cookie", "image"].map { Array($0.utf8) }
        for length in 0...300 {
            var line: [UInt8] = []
            while line.count < length { line += pieces.randomElement(using: &random)! }
            line = Array(line.prefix(length))
            let found = line.withUnsafeBufferPointer { ByteScan.markerWords(in: $0, 0..<$0.count) }
            let photo = ["photo", "picture", "image", "foto", "getty"].contains { contains($0, line) }
            #expect(found.cookie == contains("cookie", line), "length \(length)")
            #expect(found.photo == photo, "length \(length)")
            #expect(found.copyright == contains("copyright", line), "length \(length)")
            #expect(found.rightsReserved == contains("all rights reserved", line), "length \(length)")
        }
    }

    @Test("the next dash start is the first 0xE2 or space before '-', never past the end")
    func dashStarts() {
        let text = Array("Word-word, words and more words - then \u{2014} the end -".utf8)
        var expected: [Int] = []
        for index in text.indices where text[index] == 0xE2 || (text[index] == 0x20 && index + 1 < text.count && text[index + 1] == 0x2D) {
            expected.append(index)
        }
        for end in 0...text.count {
            for start in 0...end {
                let found = text.withUnsafeBufferPointer { ByteScan.nextDashStart(in: $0, from: start, to: end) }
                let wanted = expected.first { $0 >= start && ($0 < end && (text[$0] == 0xE2 || $0 + 1 < end)) } ?? end
                #expect(found == wanted, "from \(start) to \(end)")
            }
        }
    }

    @Test("the next quote or escape and whether the bytes before it are ASCII")
    func quotes() {
        let text = Array(#"plain ascii text, then "a quote and é then \ an escape"#.utf8)
        for start in 0...text.count {
            let found = text.withUnsafeBufferPointer { ByteScan.nextQuoteOrEscape(in: $0, from: start, to: $0.count) }
            let index = text[start...].firstIndex { $0 == 0x22 || $0 == 0x5C } ?? text.count
            #expect(found.index == index, "from \(start)")
            #expect(found.isASCII == text[start..<index].allSatisfy { $0 < 0x80 }, "from \(start)")
        }
    }
}
