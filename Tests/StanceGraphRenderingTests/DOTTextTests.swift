import Testing
@testable import StanceGraphRendering

@Suite("DOTText")
struct DOTTextTests {
    @Test("label text escapes quotes, backslashes, ampersands and line breaks", arguments: [
        (#"plain"#, #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        (#"ends with \"#, #""ends with \\""#),
        (#"\N and \G"#, #""\\N and \\G""#),
        ("A & B", #""A &amp; B""#),
        ("two\nlines", #""two\nlines""#),
        ("tab\tNUL\u{0}DEL\u{7F}", #""tab NUL DEL ""#),
        ("<b>not html</b>", #""<b>not html</b>""#),
    ])
    func label(input: String, expected: String) {
        #expect(DOTText.quoted(input, as: .label) == expected)
    }

    @Test("tooltips write each backslash as four, the only form Graphviz neither expands nor drops", arguments: [
        (#"C:\N"#, #""C:\\\\N""#),
        (#"a "b" & c"#, #""a \"b\" &amp; c""#),
        ("line\nbreak", #""line\nbreak""#),
    ])
    func tooltip(input: String, expected: String) {
        #expect(DOTText.quoted(input, as: .tooltip) == expected)
    }

    @Test("identifiers are escaped one-to-one, so different names stay different")
    func identifiersAreInjective() {
        let names = ["a b", "a\nb", #"a\x0Ab"#, "a\\b", "a\"b", "a\u{0}b", "a b "]
        let quoted = names.map { DOTText.quoted($0, as: .identifier) }
        #expect(Set(quoted).count == names.count)
        #expect(DOTText.quoted("a\nb", as: .identifier) == #""a\x0Ab""#)
        #expect(DOTText.quoted(#"a\x0Ab"#, as: .identifier) == #""a\\x0Ab""#)
    }

    @Test("HTML-like label text escapes every markup character")
    func html() {
        #expect(DOTText.html(#"<a href="x">O'Neil & co</a>"#) == "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;")
        #expect(DOTText.html("new\nline") == "new line")
    }

    @Test("a string over Graphviz's 16 KiB token limit is cut at a character boundary with an ellipsis")
    func longStringsAreCut() {
        let long = String(repeating: "é\"", count: 20_000)
        let quoted = DOTText.quoted(long, as: .label)
        #expect(quoted.utf8.count < 16_384)
        #expect(quoted.hasSuffix("…\""))
        #expect(quoted.hasPrefix("\"é\\\"é"))
        // No escape sequence is cut in half: the text before the ellipsis ends with a whole pair.
        let body = quoted.dropFirst().dropLast(2)
        #expect(body.hasSuffix("é\\\"") || body.hasSuffix("é"))
        #expect(!DOTText.quoted(String(repeating: "x", count: 15_000), as: .label).contains("…"))
    }

    @Test("slugs are lower-case words of letters, digits and underscores", arguments: [
        ("person:tony-blinken", "person_tony_blinken"),
        ("country:KOR", "country_kor"),
        ("::", "x"),
        ("Ünïcode name", "n_code_name"),
        ("a->b:support", "a_b_support"),
    ])
    func slug(input: String, expected: String) {
        #expect(DOTText.slug(input) == expected)
    }

    @Test("numbers have at most two decimals, no exponent and no trailing zeros", arguments: [
        (1.0, "1"), (1.5, "1.5"), (15.8133, "15.81"), (0.004, "0"), (-2.25, "-2.25"), (1e20, "1000000000000"),
        (Double.nan, "0"), (0.1, "0.1"), (2.999, "3"),
    ])
    func number(value: Double, expected: String) {
        #expect(DOTText.number(value) == expected)
    }
}
