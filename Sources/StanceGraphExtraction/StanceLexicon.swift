import StanceGraphModel

/// The words that signal each stance, matched on lemma-like stems so that
/// "condemns", "condemned" and "condemning" are one trigger.
///
/// `Resources/stance-lexicon.tsv` lists one trigger a line: the stance, the phrase,
/// and its direction (`symmetric` when the phrase states a mutual relation, as in
/// "held talks"; `directed` when one actor takes it toward another, as in
/// "condemned"; empty for the stance's default).
public struct StanceLexicon: Sendable {
    public struct Trigger: Sendable, Hashable {
        public var stance: Stance
        public var phrase: String
        /// Whether the trigger states a mutual relation.
        public var symmetric: Bool
        public var pattern: PhrasePattern
    }

    public private(set) var triggers = PhraseTrie<Trigger>()
    public private(set) var count = 0

    public init(lines: String, file: String, diagnostics: inout [Diagnostic]) {
        var lineNumber = 0
        for line in lines.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("stance\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let stance = Stance(rawValue: fields[0]), !fields[1].isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "expected 'stance<TAB>phrase[<TAB>symmetric|directed]'; the line is skipped"))
                continue
            }
            let direction = fields.count > 2 ? fields[2] : ""
            let symmetric = direction == "symmetric" || (direction.isEmpty && stance.isSymmetricByDefault)
            let pattern = PhrasePattern(fields[1].lowercased(), stems: true)
            triggers.insert(pattern.keys, payload: Trigger(stance: stance, phrase: fields[1], symmetric: symmetric, pattern: pattern))
            count += 1
        }
    }

    /// The lexicon shipped with StanceGraph.
    public static func builtIn() -> StanceLexicon {
        var diagnostics: [Diagnostic] = []
        let lexicon = StanceLexicon(lines: String(decoding: PackageResources.stance_lexicon_tsv, as: UTF8.self),
                                    file: "stance-lexicon.tsv", diagnostics: &diagnostics)
        assert(diagnostics.isEmpty, "built-in stance lexicon has errors: \(diagnostics)")
        return lexicon
    }
}
