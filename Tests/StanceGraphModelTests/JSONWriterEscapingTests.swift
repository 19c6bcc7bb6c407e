import Testing
@testable import StanceGraphModel

/// The block-wise string copy (16-byte blocks, an overlapping last block, two
/// overlapping words below sixteen bytes) against a plain byte-by-byte escaper.
@Suite("JSONWriter escaping")
struct JSONWriterEscapingTests {
    private func written(_ value: String) -> String {
        var writer = JSONWriter()
        writer.string(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The escaping RFC 8259 asks for, one character at a time.
    private func expected(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    @Test("the empty string")
    func empty() {
        #expect(written("") == "\"\"")
    }

    @Test("strings of every length up to 70 with nothing to escape are copied as they are")
    func plainAtEveryLength() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 -.,:;!?()[]{}/ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for length in 0...70 {
            let value = String((0..<length).map { alphabet[$0 % alphabet.count] })
            #expect(written(value) == "\"" + value + "\"", "length \(length)")
        }
    }

    @Test("a byte to escape is found at every position of strings of every length up to 70", arguments: [
        "\"", "\\", "\n", "\r", "\t", "\u{00}", "\u{01}", "\u{08}", "\u{0C}", "\u{1F}",
    ])
    func specialAtEveryPosition(special: String) {
        for length in 1...70 {
            for position in 0..<length {
                let value = String(repeating: "a", count: position) + special + String(repeating: "z", count: length - position - 1)
                #expect(written(value) == expected(value), "length \(length), position \(position)")
            }
        }
    }

    @Test("escapes at the boundaries of the 8- and 16-byte blocks")
    func boundaries() {
        // 16 bytes with a control character in the last byte of the first word and
        // the first byte of the second.
        #expect(written("abcdefg\u{01}hijklmno") == "\"abcdefg\\u0001hijklmno\"")
        #expect(written("abcdefgh\u{1F}ijklmno") == "\"abcdefgh\\u001fijklmno\"")
        // A quote as the very last byte, after one whole block and in the overlapped tail.
        #expect(written("0123456789abcdefXYZ\"") == "\"0123456789abcdefXYZ\\\"\"")
        #expect(written("0123456789abcdef\"") == "\"0123456789abcdef\\\"\"")
        // A backslash as the first byte of the second block.
        #expect(written("0123456789abcdef\\0123456789abcdef") == "\"0123456789abcdef\\\\0123456789abcdef\"")
        // Two escapes in one block, and escapes in consecutive blocks.
        #expect(written("\"quoted\" and \\back\\slashed\\ text\n\n")
            == "\"\\\"quoted\\\" and \\\\back\\\\slashed\\\\ text\\n\\n\"")
        // Nothing but escapes.
        let tabs = String(repeating: "\t", count: 40)
        #expect(written(tabs) == "\"" + String(repeating: "\\t", count: 40) + "\"")
    }

    @Test("non-ASCII text is copied as it is, next to escapes and across block boundaries")
    func nonASCII() {
        let samples = [
            "서울", "Москва", "é", "naïve café", "한국어 텍스트와 \"따옴표\"", "Київ\nХарків", "𝄞 music", "\u{7F}",
            "ελληνικά κείμενα με πολλά γράμματα", "日本語の文章です。\t次の文。",
        ]
        for sample in samples {
            #expect(written(sample) == expected(sample), "\(sample)")
            for padding in 1...17 {
                let value = String(repeating: "x", count: padding) + sample
                #expect(written(value) == expected(value), "\(padding) + \(sample)")
            }
        }
    }

    @Test("a long text with rare escapes matches the byte-by-byte escaper")
    func longText() {
        var value = ""
        for index in 0..<500 {
            value += "Sentence \(index) says \"something\" about Seoul (서울)."
            if index % 7 == 0 { value += "\n" }
            if index % 11 == 0 { value += "\u{02}" }
        }
        #expect(written(value) == expected(value))
    }

    @Test("a member's key and value are written together, escaped")
    func memberWithEscapes() {
        var writer = JSONWriter()
        writer.beginObject(inline: true)
        writer.member("a", "x\"y")
        writer.member("b", "")
        writer.member("c", "0123456789abcdef\u{7}")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"a\": \"x\\\"y\", \"b\": \"\", \"c\": \"0123456789abcdef\\u0007\"}")
    }

    @Test("indentation deeper than sixteen levels")
    func deepIndentation() {
        var writer = JSONWriter()
        let depth = 20
        for level in 0..<depth {
            if level > 0 { writer.element() }
            writer.beginArray()
        }
        writer.element()
        writer.int(1)
        for _ in 0..<depth { writer.endArray() }
        var expected = ""
        for level in 0..<depth {
            if level > 0 { expected += "\n" + String(repeating: "  ", count: level) }
            expected += "["
        }
        expected += "\n" + String(repeating: "  ", count: depth) + "1"
        for level in stride(from: depth - 1, through: 0, by: -1) {
            expected += "\n" + String(repeating: "  ", count: level) + "]"
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }
}
