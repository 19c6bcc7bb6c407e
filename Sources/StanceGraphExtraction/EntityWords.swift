import StanceGraphModel

/// The closed word classes the entity recognizer reasons with, read from
/// `Resources/entity-words.tsv` (one `class<TAB>word<TAB>value` a line): words
/// that are never names, name particles, the nouns that make a demonym an actor,
/// agreement head nouns, and so on. Keeping them as data lets a reader see, and a
/// maintainer extend, every list without reading code.
///
/// Words are stored by `TokenKey` so that membership costs one probe per token.
public struct EntityWords: Sendable {
    /// Capitalized words that are never part of a person's name.
    public var notNames = TokenKeySet()
    /// Lower-case words inside names: "bin", "von", "da".
    public var nameParticles = TokenKeySet()
    /// "Jr", "III".
    public var nameSuffixes = TokenKeySet()
    /// Surnames written first ("Kim", "Li"): the first word of the name is the surname.
    public var familyNameFirst = TokenKeySet()
    /// Given names that are also common words ("He" in "Liu He"), names after a family name.
    public var shortGivenNames = TokenKeySet()
    /// "former", "acting": words between a country and a role that change nothing.
    public var roleModifiers = TokenKeySet()
    /// Nouns that make a preceding demonym name the state as an actor.
    public var actorNouns = PhraseTrie<Bool>()
    /// Actor nouns that are also modifiers ("military aid").
    public var adjectivalActorNouns = TokenKeySet()
    /// Words after an adjectival actor noun that show it is the head ("the military said").
    public var actorFollowers = TokenKeySet()
    /// Prepositions that make a capital a location.
    public var locatives = TokenKeySet()
    /// Agreement head nouns, with their family and lemma.
    public var agreementHeads = TokenKeyTable<AgreementHead>()
    /// A 1,024-bit filter of the agreement heads' keys: most tokens are ruled out
    /// with one bit test before the table is probed.
    public var agreementHeadFilter = [UInt64](repeating: 0, count: 16)
    /// Modifiers left out of an agreement's name.
    public var agreementDropped = TokenKeySet()
    /// Words that end an agreement's modifiers on the left.
    public var agreementStops = TokenKeySet()
    /// Words that make a title-case phrase an organization or an event, not an agreement.
    public var notAgreement = TokenKeySet()
    /// "signed", "signing": verbs of concluding an agreement.
    public var signVerbs = TokenKeySet()
    /// "member", "ally".
    public var memberNouns = TokenKeySet()
    /// "join", "joined".
    public var joinVerbs = TokenKeySet()
    /// "accession", "membership".
    public var accessionNouns = TokenKeySet()

    /// An agreement head noun: "treaty" is in family `pact` with lemma "treaty".
    public struct AgreementHead: Sendable, Hashable {
        /// Heads of one family may name the same agreement in one article ("treaty", "pact").
        public var family: String
        /// The singular form used in canonical names ("resolution" for "resolutions").
        public var lemma: String
    }

    public init() {}

    /// False when `key` is surely no agreement head.
    @inline(__always)
    public func mayBeAgreementHead(_ key: UInt64) -> Bool {
        agreementHeadFilter[Int((key >> 54) & 15)] & (1 << (key >> 48 & 63)) != 0
    }

    /// Parses the word list; unknown classes are reported.
    public init(lines: String, file: String, diagnostics: inout [Diagnostic]) {
        var lineNumber = 0
        for line in TabSeparatedText.lines(lines) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("class\t") { continue }
            let fields = TabSeparatedText.fields(line).map(String.init)
            guard fields.count >= 2, !fields[1].isEmpty else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, "expected 'class<TAB>word[<TAB>value]'"))
                continue
            }
            let word = String(decoding: fields[1].utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            let key = TokenKey.key(word)
            switch fields[0] {
            case "not-name": notNames.insert(key)
            case "name-particle": nameParticles.insert(key)
            case "name-suffix": nameSuffixes.insert(key)
            case "family-name-first": familyNameFirst.insert(key)
            case "short-given-name": shortGivenNames.insert(key)
            case "role-modifier": roleModifiers.insert(key)
            case "actor-noun": actorNouns.insert(PhrasePattern(word).keys, payload: true)
            case "adjectival-actor-noun": adjectivalActorNouns.insert(TokenKey.key(word.split(separator: " ").first.map(String.init) ?? word))
            case "actor-follower": actorFollowers.insert(key)
            case "locative": locatives.insert(key)
            case "agreement-head":
                let parts = (fields.count > 2 ? fields[2] : "").split(separator: "/").map(String.init)
                guard parts.count == 2 else {
                    diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, "an agreement head needs 'family/lemma' as its value"))
                    continue
                }
                agreementHeads.insert(key, AgreementHead(family: parts[0], lemma: parts[1]))
                agreementHeadFilter[Int((key >> 54) & 15)] |= 1 << (key >> 48 & 63)
            case "agreement-drop": agreementDropped.insert(key)
            case "agreement-stop": agreementStops.insert(key)
            case "not-agreement": notAgreement.insert(key)
            case "sign-verb": signVerbs.insert(key)
            case "member-noun": memberNouns.insert(key)
            case "join-verb": joinVerbs.insert(key)
            case "accession-noun": accessionNouns.insert(key)
            default:
                diagnostics.append(Diagnostic(.warning, file: file, line: lineNumber, "unknown word class '\(fields[0])' is ignored"))
            }
        }
    }
}
