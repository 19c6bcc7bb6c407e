import Foundation
import Testing
import StanceGraphExtraction
import StanceGraphModel

@Suite("Stance lexicon")
struct StanceLexiconTests {
    @Test("the built-in lexicon loads without errors and covers every stance")
    func builtIn() {
        let lexicon = StanceLexicon.builtIn()
        #expect(lexicon.count > 150)
        for stance in Stance.allCases {
            #expect(lexicon.countByStance[stance, default: 0] >= 5, "\(stance) has few triggers")
        }
    }

    /// The built-in lexicon as written: `Resources/stance-lexicon.tsv` beside the sources.
    static let builtInText: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Sources/StanceGraphExtraction/Resources/stance-lexicon.tsv")
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }()

    /// One data line of the built-in lexicon, its fields as written.
    struct Line {
        var number: Int
        var fields: [String]
        /// The CAMEO root of the section the line stands in ("# 04 CONSULT ...").
        var section: Int?
    }

    /// The data lines, and the documented exceptions (`# exception: CODE STANCE why`).
    static func builtInLines() -> (lines: [Line], exceptions: Set<String>) {
        var lines: [Line] = []
        var exceptions: Set<String> = []
        var section: Int?
        for (offset, text) in builtInText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if text.hasPrefix("# exception: ") {
                let words = text.dropFirst("# exception: ".count).split(separator: " ", omittingEmptySubsequences: true)
                if words.count >= 2 { exceptions.insert("\(words[0]) \(words[1])") }
                continue
            }
            if text.hasPrefix("# "), text.count > 5, let root = Int(text.dropFirst(2).prefix(2)),
               text.dropFirst(4).first == " ", text.dropFirst(5).first?.isUppercase == true {
                section = root
                continue
            }
            if text.hasPrefix("#") || text.allSatisfy(\.isWhitespace) || text.hasPrefix("stance\t") { continue }
            lines.append(Line(number: offset + 1, fields: text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init),
                              section: section))
        }
        return (lines, exceptions)
    }

    @Test("every line of the built-in lexicon parses, and the built-in lexicon holds them all")
    func builtInParses() {
        let (lines, _) = Self.builtInLines()
        #expect(lines.count > 600)
        var diagnostics: [Diagnostic] = []
        let parsed = StanceLexicon(lines: Self.builtInText, file: "stance-lexicon.tsv", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(parsed.count == lines.count)
        #expect(StanceLexicon.builtIn().count == lines.count)
        for line in lines {
            #expect(line.fields.count == 7, "line \(line.number): \(line.fields.count) fields")
        }
    }

    @Test("each line has a CAMEO code of its section's root, and the stance of its code unless documented otherwise")
    func builtInCodes() {
        let (lines, exceptions) = Self.builtInLines()
        for line in lines where line.fields.count == 7 {
            let phrase = line.fields[1]
            guard let stance = Stance(rawValue: line.fields[0]), let code = EventCode(line.fields[6]) else {
                Issue.record("line \(line.number) (\(phrase)): no stance or no CAMEO code")
                continue
            }
            #expect(line.section == code.root, "line \(line.number) (\(phrase)): code \(code) under section \(line.section ?? 0)")
            let documented = exceptions.contains("\(code.rawValue) \(stance.rawValue)")
            #expect(code.stance == stance || documented,
                    "line \(line.number) (\(phrase)): \(stance) but CAMEO \(code) is \(code.stance.map(\.rawValue) ?? "no stance")")
        }
        // Every exception is used, so that none outlives its lines.
        for exception in exceptions {
            #expect(lines.contains { $0.fields.count == 7 && "\($0.fields[6]) \($0.fields[0])" == exception }, "unused exception \(exception)")
        }
    }

    @Test("no phrase is listed twice with the same form (after stemming, unless matched on its surface)")
    func builtInDuplicates() {
        var seen: [String: Int] = [:]
        for line in Self.builtInLines().lines where line.fields.count >= 3 {
            var phrase = line.fields[1].lowercased()
            let exact = phrase.hasPrefix("=")
            if exact { phrase.removeFirst() }
            let keys = PhrasePattern(phrase, stems: !exact).keys.map(String.init).joined(separator: " ")
            let key = "\(exact ? "=" : "~")\(keys) \(line.fields[2])"
            if let first = seen[key] {
                Issue.record("line \(line.number) (\(line.fields[1]), \(line.fields[2])) repeats line \(first)")
            }
            seen[key] = line.number
        }
    }

    @Test("each stance's default CAMEO code falls under that stance", arguments: Stance.allCases)
    func defaultCode(_ stance: Stance) {
        #expect(EventCode.default(for: stance).stance == stance)
    }

    @Test("every CAMEO root category has triggers")
    func builtInCoverage() {
        let roots = Set(Self.builtInLines().lines.compactMap { $0.fields.count == 7 ? EventCode($0.fields[6])?.root : nil })
        #expect(roots == Set(1...20), "missing roots: \(Set(1...20).subtracting(roots).sorted())")
    }

    @Test("a malformed line is reported with its line number and skipped")
    func malformed() {
        var diagnostics: [Diagnostic] = []
        let lexicon = StanceLexicon(lines: "stance\tphrase\tform\tdirection\ttargets\tweight\nrage\tshouted\nsupport\tbacked\tadverb\n"
                                         + "sanction\tembargo\tnoun\tdirected\ton\t1.5\nconcern\tfretted\tverb\tdirected\t_\t0.5\n",
                                    file: "mine.tsv", diagnostics: &diagnostics)
        #expect(lexicon.count == 1)
        #expect(diagnostics.map(\.line) == [2, 3, 4])
        #expect(diagnostics.allSatisfy { $0.file == "mine.tsv" })
    }

    @Test("triggers match on stems; a phrase written with '=' matches its surface only")
    func matching() throws {
        var diagnostics: [Diagnostic] = []
        let lexicon = StanceLexicon(lines: "support\t=backed\tverb\tdirected\t_\t0.8\ncondemnation\tcriticise\tverb\tdirected\t_\t0.9\n",
                                    file: "mine.tsv", diagnostics: &diagnostics)
        let tokenizer = Tokenizer()
        for (text, expected) in [("backed", true), ("back", false), ("criticized", true), ("criticising", true)] {
            let tokens = tokenizer.tokenize(Array(text.utf8))
            #expect((lexicon.longestMatch(in: tokens, at: 0, until: tokens.count) != nil) == expected, "\(text)")
        }
    }

    @Test("among entries sharing a stem, the one the text inflects is picked: \"meets\" is the verb, \"meeting\" the noun")
    func inflectionPicksEntry() {
        var diagnostics: [Diagnostic] = []
        let lexicon = StanceLexicon(lines: "consultation\tmeeting\tnoun\tsymmetric\twith\t0.8\nconsultation\tmeet\tverb\tsymmetric\t_|with\t0.8\n",
                                    file: "mine.tsv", diagnostics: &diagnostics)
        let tokenizer = Tokenizer()
        for (text, expected) in [("meets", StanceLexicon.Form.verb), ("meet", .verb), ("meeting", .noun)] {
            let tokens = tokenizer.tokenize(Array(text.utf8))
            let found = lexicon.longestMatch(in: tokens, at: 0, until: tokens.count)?.trigger.form
            #expect(found == expected, "\(text)")
        }
    }

    @Test("every stance maps to a two-digit CAMEO root and a PLOVER category", arguments: Stance.allCases)
    func mapping(_ stance: Stance) {
        #expect(stance.cameoRoot.count == 2 && stance.cameoRoot.allSatisfy(\.isNumber))
        let plover: Set<String> = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
                                   "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]
        #expect(plover.contains(stance.ploverCategory))
    }
}
