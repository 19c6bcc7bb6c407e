import Testing
@testable import StanceGraphModel

@Suite("JSONWriter")
struct JSONWriterTests {
    private func text(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("doubles print as Double.description does", arguments: [
        0.0, -0.0, 1.0, 0.5, 0.9, 0.765, 0.81, 0.6400000000000001, 0.44999999999999996, 0.1 + 0.2, 1.0 / 3.0,
        0.001, 0.000999, 0.0001, 1e-5, 123.456, 999_999.999999, 999_999.9999999, 1_000_000, 1e16, -0.25, Double.leastNonzeroMagnitude,
        Double.greatestFiniteMagnitude, 0.7 * 0.9 * 0.85,
    ])
    func doubleMatchesDescription(value: Double) {
        #expect(text { $0.double(value) } == value.description)
    }

    @Test("doubles on a decimal grid and products of confidences print as Double.description does")
    func doubleGridMatchesDescription() {
        var mismatches: [Double] = []
        for scale in [1.0, 10, 100, 1000, 1_000_000] {
            for units in 0...20_000 where text({ $0.double(Double(units) / scale) }) != (Double(units) / scale).description {
                mismatches.append(Double(units) / scale)
            }
        }
        let factors = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3]
        for first in factors {
            for second in factors {
                for third in factors where text({ $0.double(first * second * third) }) != (first * second * third).description {
                    mismatches.append(first * second * third)
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test("non-finite doubles are written as null")
    func nonFiniteIsNull() {
        #expect(text { $0.double(.infinity) } == "null")
        #expect(text { $0.double(.nan) } == "null")
    }

    @Test("integers print as String(_:) does", arguments: [0, 1, -1, 9, 10, -10, 1_234_567, Int.max, Int.min])
    func intMatchesString(value: Int) {
        #expect(text { $0.int(value) } == String(value))
    }

    @Test("integers of every digit count, written two digits at a time, print as String(_:) does")
    func intGridMatchesString() {
        var values = Array(-1_000...20_000)
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power, power * 9 + 12_345 % power]
        }
        let mismatches = values.filter { value in text { $0.int(value) } != String(value) }
        #expect(mismatches.isEmpty)
        #expect(text { $0.beginObject(inline: true); $0.member("n", 1_234_567); $0.endObject() } == "{\"n\": 1234567}")
    }

    @Test("dates are written as their ISO text", arguments: ["2024-06-21", "0024-01-09", "1999-12-31"])
    func dateMatchesISO(iso: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(text { $0.date(date) } == "\"\(date.iso)\"")
    }

    @Test("strings escape quotes, backslashes and control characters wherever they fall in the 8-byte scan")
    func escapesAtEveryOffset() {
        let specials: [(String, String)] = [
            ("\"", "\\\""), ("\\", "\\\\"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"), ("\u{01}", "\\u0001"),
            ("\u{1F}", "\\u001f"), ("\u{7F}", "\u{7F}"), ("é", "é"), ("서울", "서울"), (" ", " "), ("#", "#"),
        ]
        for (raw, escaped) in specials {
            for offset in 0..<20 {
                let padding = String(repeating: "a", count: offset)
                let tail = String(repeating: "z", count: 19 - offset)
                #expect(text { $0.string(padding + raw + tail) } == "\"" + padding + escaped + tail + "\"")
            }
        }
        #expect(text { $0.string("") } == "\"\"")
    }

    @Test("the word test flags exactly the words holding a byte to escape")
    func wordTest() {
        for byte in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 8)
                bytes[position] = UInt8(byte)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let needs = byte < 0x20 || byte == Int(UInt8(ascii: "\"")) || byte == Int(UInt8(ascii: "\\"))
                #expect(JSONWriter.mayNeedEscaping(word) == needs, "byte \(byte) at \(position)")
            }
        }
    }

    @Test("objects are indented, inline containers stay on one line, keys from data are escaped")
    func layout() {
        let written = text { writer in
            writer.beginObject()
            writer.member("a", 1)
            writer.key("list")
            writer.beginArray()
            writer.element()
            writer.beginObject(inline: true)
            writer.member("x", true)
            writer.key(text: "q\"k")
            writer.beginArray()
            writer.element()
            writer.null()
            writer.element()
            writer.string("s")
            writer.endArray()
            writer.endObject()
            writer.endArray()
            writer.key("empty")
            writer.beginArray()
            writer.endArray()
            writer.member("names", strings: ["p", "q"])
            writer.endObject()
        }
        #expect(written == """
        {
          "a": 1,
          "list": [
            {"x": true, "q\\"k": [null, "s"]}
          ],
          "empty": [],
          "names": ["p", "q"]
        }
        """)
    }

    @Test("elements written in chunks on several threads give the bytes of one thread")
    func chunkedElementsAreThreadIndependent() {
        let items = Array(0..<1_000)
        func written(threads: Int) -> [UInt8] {
            var output: [UInt8] = []
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("items")
            writer.elements(of: items, threads: threads, flushingTo: { output.append(contentsOf: $0) }) { item, writer in
                writer.beginObject(inline: item % 2 == 0)
                writer.member("n", item)
                writer.member("c", Double(item) / 7)
                writer.endObject()
            }
            writer.key("none")
            writer.elements(of: [Int](), threads: threads, flushingTo: { output.append(contentsOf: $0) }) { _, _ in }
            writer.endObject()
            writer.flush { output.append(contentsOf: $0) }
            return output
        }
        #expect(written(threads: 1) == written(threads: 3))
        #expect(String(decoding: written(threads: 1), as: UTF8.self).hasSuffix("\n  ],\n  \"none\": []\n}"))
    }
}
