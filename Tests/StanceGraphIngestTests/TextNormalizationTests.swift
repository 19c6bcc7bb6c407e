@testable import StanceGraphIngest
import Testing

@Suite("Text normalization")
struct TextNormalizationTests {
    /// The body of a one-line page.
    func normalized(_ text: String) -> String {
        clean(text).body
    }

    @Test("normalizes quotes, spaces, ellipses, hyphens and controls", arguments: [
        ("North Korea\u{2019}s \u{201C}troops\u{201D} and \u{2018}envoys\u{2019} arrived in town.", "North Korea's \"troops\" and 'envoys' arrived in town."),
        ("They waited\u{2026} and waited for the delegation to come.", "They waited... and waited for the delegation to come."),
        ("A\u{00A0}no-break\u{2009}thin\u{3000}ideographic space line here today.", "A no-break thin ideographic space line here today."),
        ("Zero\u{200B}width\u{FEFF}marks and soft\u{00AD}hyphen are removed now.", "Zerowidthmarks and softhyphen are removed now."),
        ("Tabs\tand   runs   of spaces collapse into one space.", "Tabs and runs of spaces collapse into one space."),
        ("Non\u{2011}breaking hyphen becomes a hyphen in this line.", "Non-breaking hyphen becomes a hyphen in this line."),
        ("Control\u{0007} characters are dropped from this line.\u{0085}A next line follows it here.",
         "Control characters are dropped from this line.\nA next line follows it here."),
    ])
    func normalizes(input: String, expected: String) {
        #expect(normalized(input) == expected)
    }

    @Test("composes decomposed text to NFC")
    func composes() {
        let decomposed = "Les ministres ont e\u{0301}te\u{0301} re\u{0301}unis a\u{0300} Gene\u{0300}ve pour des pourparlers."
        let result = normalized(decomposed)
        #expect(result == "Les ministres ont été réunis à Genève pour des pourparlers.")
        #expect(result.unicodeScalars.count == result.count)
    }

    @Test("keeps Korean, Cyrillic and other scripts intact")
    func keepsScripts() {
        let korean = "외교부 장관은 15일 기자회견에서 양국 관계 발전을 위해 긴밀히 협력하기로 했다고 밝혔다."
        let russian = "Министры иностранных дел встретились в Женеве и договорились продолжить переговоры."
        #expect(normalized(korean) == korean)
        #expect(normalized(russian) == russian)
    }

    @Test("bullet glyphs and list markers leave the line; inner bullets split lines")
    func bullets() {
        let page = clean("\(PageFixtures.paragraphs[0])\n• Ministers agreed to meet again next month in Oslo.\n- A joint group will report by the end of the year.\nTopics • Fisheries • Research")
        let lines = page.body.split(separator: "\n").map(String.init)
        #expect(lines.contains("Ministers agreed to meet again next month in Oslo."))
        #expect(lines.contains("A joint group will report by the end of the year."))
        #expect(!page.body.contains("•"))
    }

    @Test("line endings: CRLF, CR and Unicode separators")
    func lineEndings() {
        let page = clean("\(PageFixtures.paragraphs[0])\r\n\(PageFixtures.paragraphs[1])\r\(PageFixtures.paragraphs[2])\u{2029}\(PageFixtures.paragraphs[3])")
        #expect(page.body == PageFixtures.paragraphs.joined(separator: "\n"))
    }
}

@Suite("ScalarOffsets")
struct ScalarOffsetsTests {
    @Test("byte offsets become code point offsets, as Python counts them")
    func codePoints() {
        let text = "Cho’s visit — 외교부 “talks” 🙂 end"
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(utf8: bytes)
        var scalarIndex = 0
        var byteIndex = 0
        for scalar in text.unicodeScalars {
            #expect(offsets.scalarOffset(ofByte: byteIndex) == scalarIndex)
            byteIndex += String(scalar).utf8.count
            scalarIndex += 1
        }
        #expect(offsets.scalarOffset(ofByte: bytes.count) == text.unicodeScalars.count)
    }

    @Test("ASCII text stores nothing and maps bytes to themselves")
    func ascii() {
        let offsets = ScalarOffsets(utf8: Array("plain ascii text".utf8))
        #expect(offsets == ScalarOffsets(utf8: []))
        #expect(offsets.scalarOffset(ofByte: 7) == 7)
    }
}
