import Foundation
import StanceGraphModel

/// The words that signal each stance, with the frame each one sets up: whether it
/// is a verb or a noun, whether the relation is mutual or runs one way, and how
/// its target attaches ("sanctions *on* X", "support *for* X", "condemned X").
///
/// Triggers are matched on lemma-like stems (`Token.stem`), so "condemns",
/// "condemned" and "condemning" are one trigger and British and American
/// spellings ("criticised", "criticized") meet. A phrase written with a leading
/// `=` matches its surface forms only ("=backed" is not "back").
///
/// `Resources/stance-lexicon.tsv` lists one trigger a line, tab-separated:
///
/// | column | values |
/// |---|---|
/// | `stance` | one of `Stance` |
/// | `phrase` | the words, lower case; `=` in front for surface matching |
/// | `form` | `verb`, `noun`, or `any` (decided in context: "US support for" vs "France supports") |
/// | `direction` | `directed`, `symmetric`, or `inverse` (the grammatical subject is the target and the agent is the speaker: "... must stop") |
/// | `targets` | how the target attaches, `|`-separated: `_` for a direct object, else prepositions from `targetPrepositions` |
/// | `weight` | how reliably the phrase signals the stance, in (0, 1] |
/// | `cameo` | the CAMEO event code of what the phrase says happened ("173" arrest); empty: the stance's default (`EventCode.default(for:)`) |
public struct StanceLexicon: Sendable {
    /// Whether a trigger acts as a verb, a noun, or either depending on context.
    public enum Form: String, Sendable, Hashable {
        case verb
        case noun
        case any
    }

    /// Which way a trigger's relation runs.
    public enum Direction: String, Sendable, Hashable {
        /// From the agent (subject, possessor) to the target (object).
        case directed
        /// Mutual between all parties ("X and Y held talks").
        case symmetric
        /// The subject is the target and the speaker the agent ("X must stop").
        case inverse
    }

    /// The prepositions a trigger's target may follow.
    public static let targetPrepositions = ["with", "between", "among", "for", "to", "on", "against", "over", "about",
                                            "at", "regarding", "of", "from", "by", "into", "in", "toward", "towards",
                                            "near", "around", "off", "along", "across"]
    private static let prepositionBits: TokenKeyTable<UInt32> = {
        var table = TokenKeyTable<UInt32>()
        for (index, word) in targetPrepositions.enumerated() { table.insert(TokenKey.key(word), 1 << UInt32(index)) }
        return table
    }()

    /// One trigger's frame: plain data, cheap to copy.
    public struct Trigger: Sendable, Hashable {
        public var stance: Stance
        public var form: Form
        public var direction: Direction
        /// Whether a direct object is the target ("condemned X").
        public var takesObject: Bool
        /// Bit i set: `targetPrepositions[i]` introduces the target.
        public var prepositions: UInt32
        /// How reliably the phrase signals the stance, in (0, 1].
        public var weight: Double
        /// The CAMEO code of what the phrase says happened.
        public var cameo: EventCode
        /// Whether only the surface forms match.
        public var isExact: Bool
        /// The line's index in `entries`.
        public var entry: Int32

        public var symmetric: Bool { direction == .symmetric }

        /// Whether `key` introduces this trigger's target.
        @inline(__always)
        public func takesPreposition(_ key: UInt64) -> Bool {
            guard let bit = StanceLexicon.prepositionBits[key] else { return false }
            return prepositions & bit != 0
        }
    }

    /// A lexicon line's phrase, for display and matching.
    public struct Entry: Sendable, Hashable {
        public var phrase: String
        /// The phrase's surface keys: they must match for a surface-matched phrase
        /// ("=met"), and pick between entries that share stems ("meeting" the noun,
        /// "meet" the verb).
        public var surfaceKeys: [UInt64]
        /// The keys of the regular inflections of the phrase's last word ("meets",
        /// "meeted", "meeting" of "meet"): when no entry is written as the text is,
        /// the one the text inflects is picked ("meets" is "meet", not "meeting").
        public var inflectionKeys: [UInt64]

        init(phrase: String) {
            self.phrase = phrase
            surfaceKeys = PhrasePattern(phrase).keys
            let last = phrase.split(separator: " ").last.map(String.init) ?? phrase
            let stem = last.hasSuffix("e") ? String(last.dropLast()) : last
            inflectionKeys = [last + "s", last + "es", last + "d", last + "ed", stem + "ing", stem + "ed"]
                .map { TokenKey.key($0) }
        }
    }

    public private(set) var triggers = PhraseTrie<Trigger>()
    public private(set) var entries: [Entry] = []
    public var count: Int { entries.count }
    /// How many triggers each stance has.
    public private(set) var countByStance: [Stance: Int] = [:]

    public static let header = "stance\tphrase\tform\tdirection\ttargets\tweight\tcameo"

    /// One line of a lexicon file, parsed: the phrase as written and its frame.
    /// A `nil` trigger (stance `none`) removes the phrase from the lexicon it
    /// overrides.
    public struct Definition: Sendable, Hashable {
        /// The phrase in lower case, without the leading "=".
        public var phrase: String
        public var isExact: Bool
        public var form: Form
        public var trigger: Optional<Trigger>

        /// What an overriding line replaces: the same words, matched the same way, in the same form.
        var identity: String { (isExact ? "=" : "") + phrase + "\t" + form.rawValue }
    }

    /// Every line of the lexicon that became a trigger, in file order.
    public private(set) var definitions: [Definition] = []

    public init(lines: String, file: String, diagnostics: inout [Diagnostic]) {
        self.init(definitions: Self.parse(lines, file: file, diagnostics: &diagnostics).filter { $0.trigger != nil })
    }

    /// A lexicon of these definitions (those with a trigger), in order.
    public init(definitions: [Definition]) {
        for var definition in definitions {
            guard var trigger = definition.trigger else { continue }
            trigger.entry = Int32(entries.count)
            definition.trigger = trigger
            self.definitions.append(definition)
            entries.append(Entry(phrase: definition.phrase))
            triggers.insert(PhrasePattern(definition.phrase, stems: true).keys, payload: trigger)
            countByStance[trigger.stance, default: 0] += 1
        }
    }

    /// This lexicon with a user's lines laid over it, as `--lexicon FILE` does: a
    /// line whose phrase (with or without "=") and form are already here replaces
    /// the line here; stance `none` removes it; other lines are added.
    ///
    /// - Complexity: O(n + m) in the two lexicons' lines, and the trie rebuilt.
    public func overriding(with user: [Definition]) -> StanceLexicon {
        let replaced = Set(user.map(\.identity))
        var merged = definitions.filter { !replaced.contains($0.identity) }
        merged += user.filter { $0.trigger != nil }
        return StanceLexicon(definitions: merged)
    }

    /// Reads a lexicon file's lines. Each line with a problem is reported and
    /// skipped; the others are kept. Stance `none` gives a definition without a
    /// trigger (see `overriding(with:)`).
    public static func parse(_ lines: String, file: String, diagnostics: inout [Diagnostic]) -> [Definition] {
        var result: [Definition] = []
        var lineNumber = 0
        for line in TabSeparatedText.lines(lines) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") || line.hasPrefix("stance\t") { continue }
            let fields = TabSeparatedText.fields(line).map(String.init)
            let removes = fields.first == "none"
            guard fields.count >= 2, removes || Stance(rawValue: fields[0]) != nil, !fields[1].isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "expected '\(Self.header)' (a known stance, or none, and a phrase at least); the line is skipped"))
                continue
            }
            let stance = Stance(rawValue: fields[0]) ?? .support
            func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
            let form = field(2).isEmpty ? Form.any : Form(rawValue: field(2))
            let direction = field(3).isEmpty
                ? (stance.isSymmetricByDefault ? Direction.symmetric : .directed) : Direction(rawValue: field(3))
            let weight = field(5).isEmpty ? 0.7 : Double(field(5))
            guard let form, let direction, let weight, weight > 0, weight <= 1 else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "form must be verb|noun|any, direction directed|symmetric|inverse and weight a number in (0, 1]; the line is skipped"))
                continue
            }
            let cameo = field(6).isEmpty ? EventCode.default(for: stance) : EventCode(field(6))
            guard let cameo else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "cameo must be a CAMEO event code (two to four digits, root 01 to 20) or empty; the line is skipped"))
                continue
            }
            var prepositions: UInt32 = 0
            var takesObject = false
            var unknown: [String] = []
            for target in field(4).split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !target.isEmpty {
                if target == "_" { takesObject = true; continue }
                guard let bit = Self.prepositionBits[TokenKey.key(target)] else { unknown.append(target); continue }
                prepositions |= bit
            }
            guard unknown.isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "unknown target preposition \(unknown.joined(separator: ", ")); use _ or one of \(Self.targetPrepositions.joined(separator: ", ")); the line is skipped"))
                continue
            }
            var phrase = fields[1].lowercased()
            let exact = phrase.hasPrefix("=")
            if exact { phrase.removeFirst() }
            guard !PhrasePattern(phrase, stems: true).keys.isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, "the phrase has no words; the line is skipped"))
                continue
            }
            let trigger = Trigger(stance: stance, form: form, direction: direction, takesObject: takesObject,
                                  prepositions: prepositions, weight: weight, cameo: cameo, isExact: exact, entry: 0)
            result.append(Definition(phrase: phrase, isExact: exact, form: form, trigger: removes ? nil : trigger))
        }
        return result
    }

    /// Reads a user's lexicon file (`--lexicon`), in the built-in lexicon's format.
    public static func load(path: String, diagnostics: inout [Diagnostic]) throws -> [Definition] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError.unreadableLexicon(path: path)
        }
        return parse(String(decoding: data, as: UTF8.self), file: path, diagnostics: &diagnostics)
    }

    /// The phrase a trigger was written as.
    public func phrase(of trigger: Trigger) -> String { entries[Int(trigger.entry)].phrase }

    /// The longest trigger starting at `tokens[start]` and ending before `end`, if
    /// any; among triggers sharing the stems, the one written as the text is, else
    /// one the text inflects ("meets" is the verb "meet", not the noun "meeting").
    ///
    /// - Complexity: O(phrase length), through the trie.
    @inline(__always)
    public func longestMatch(in tokens: [Token], at start: Int, until end: Int) -> (length: Int, trigger: Trigger)? {
        var found: (length: Int, trigger: Trigger)?
        triggers.matches(in: tokens, from: start, until: end, key: { $0.stem }) { length, payloads in
            var best: Trigger?
            var bestInflects = false
            for trigger in payloads {
                let entry = entries[Int(trigger.entry)]
                let surface = entry.surfaceKeys
                let sameSurface = surface.count == length && (0..<length).allSatisfy { tokens[start + $0].key == surface[$0] }
                if trigger.isExact, !sameSurface { continue }
                if sameSurface { best = trigger; break }
                let inflects = surface.count == length && (0..<(length - 1)).allSatisfy { tokens[start + $0].key == surface[$0] }
                    && entry.inflectionKeys.contains(tokens[start + length - 1].key)
                if best == nil || inflects && !bestInflects {
                    best = trigger
                    bestInflects = inflects
                }
            }
            if let best { found = (length, best) }
        }
        return found
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
