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
