import Foundation
@testable import StanceGraphIngest
import Testing

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: [String]
        var testDescription: String { text }
    }

    @Test("splits the hard cases", arguments: [
        // Abbreviations that do not end a sentence.
        Case(text: "The U.S. envoy met Dr. Park in Geneva. They spoke for an hour.",
             expected: ["The U.S. envoy met Dr. Park in Geneva.", "They spoke for an hour."]),
        Case(text: "Gen. Moore and Mr. Lindqvist arrived at the U.N. headquarters.",
             expected: ["Gen. Moore and Mr. Lindqvist arrived at the U.N. headquarters."]),
        Case(text: "Resolution No. 2231 expired on Jan. 5 after a vote.",
             expected: ["Resolution No. 2231 expired on Jan. 5 after a vote."]),
        // An abbreviation that does end one, before a usual opener.
        Case(text: "Sanctions were lifted by the U.S. The ministry welcomed it.",
             expected: ["Sanctions were lifted by the U.S.", "The ministry welcomed it."]),
        Case(text: "The talks ended in Jan. Both sides left.",
             expected: ["The talks ended in Jan.", "Both sides left."]),
        // Initials and decimals.
        Case(text: "George W. Bush and J. R. Ewing were named. Growth was 3.5 percent.",
             expected: ["George W. Bush and J. R. Ewing were named.", "Growth was 3.5 percent."]),
        // Quotes that end a sentence, and quotes that do not.
        Case(text: "He said, \"We will not yield.\" The crowd cheered.",
             expected: ["He said, \"We will not yield.\"", "The crowd cheered."]),
        Case(text: "\"Will they sign?\" she asked. Nobody knew.",
             expected: ["\"Will they sign?\" she asked.", "Nobody knew."]),
        Case(text: "Talks resumed. \"Progress is slow,\" an aide said.",
             expected: ["Talks resumed.", "\"Progress is slow,\" an aide said."]),
        // Parentheses.
        Case(text: "The vote was delayed (again.) Delegates went home.",
             expected: ["The vote was delayed (again.)", "Delegates went home."]),
        Case(text: "The meeting was held on the 14th (local time). It lasted an hour.",
             expected: ["The meeting was held on the 14th (local time).", "It lasted an hour."]),
        // Headlines without a period and bullet lines.
        Case(text: "Leaders Meet in Oslo\nThe summit opened on Monday.",
             expected: ["Leaders Meet in Oslo", "The summit opened on Monday."]),
        Case(text: "Key points:\n- Troops will withdraw\n- Aid will resume\n• Talks continue",
             expected: ["Key points:", "Troops will withdraw", "Aid will resume", "Talks continue"]),
        // Exclamation, ellipsis, web addresses, lower-case continuations.
        Case(text: "Stop the shelling! Civilians are fleeing.", expected: ["Stop the shelling!", "Civilians are fleeing."]),
        Case(text: "He paused... Then he left.", expected: ["He paused...", "Then he left."]),
        Case(text: "See example.org for details. It is updated daily.",
             expected: ["See example.org for details.", "It is updated daily."]),
        Case(text: "The deal covers steel, aluminium, etc. and other metals.",
             expected: ["The deal covers steel, aluminium, etc. and other metals."]),
        // Scripts without case, and CJK stops.
        Case(text: "회담이 열렸다. 양측은 합의했다.", expected: ["회담이 열렸다.", "양측은 합의했다."]),
        Case(text: "Переговоры начались. Стороны договорились.", expected: ["Переговоры начались.", "Стороны договорились."]),
        Case(text: "会谈开始了。双方同意了。", expected: ["会谈开始了。", "双方同意了。"]),
    ])
    func splits(_ example: Case) {
        #expect(sentences(example.text) == example.expected)
    }

    @Test("keeps byte offsets into the text")
    func offsets() {
        let text = "  Les ministres se sont réunis. Ils ont signé.  \nFin"
        let bytes = Array(text.utf8)
        let spans = SentenceSplitter().split(bytes)
        #expect(spans.count == 3)
        for span in spans {
            let piece = String(decoding: bytes[span.range], as: UTF8.self)
            #expect(piece == piece.trimmingCharacters(in: .whitespaces), "trimmed: \(piece)")
            #expect(text.utf8.count >= span.end)
        }
        #expect(String(decoding: bytes[spans[1].range], as: UTF8.self) == "Ils ont signé.")
    }

    @Test("cuts a run-on line into pieces no longer than the limit")
    func runOns() {
        let line = Array(repeating: "the delegates kept on talking, and", count: 400).joined(separator: " ")
        let bytes = Array(line.utf8)
        let spans = SentenceSplitter(maximumBytes: 500).split(bytes)
        #expect(spans.count > 20)
        #expect(spans.allSatisfy { $0.end - $0.start <= 500 })
        // Nothing is lost but the spaces between pieces.
        let kept = spans.reduce(0) { $0 + $1.end - $1.start }
        #expect(kept + spans.count - 1 == bytes.count)
    }

    @Test("empty and blank text has no sentences", arguments: ["", "   ", "\n\n", " \n - \n"])
    func blank(text: String) {
        #expect(sentences(text).isEmpty)
    }
}
