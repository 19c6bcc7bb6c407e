import StanceGraphModel

/// The knowledge shipped with StanceGraph: the text files under `Resources/`,
/// compiled into the binary so that the tool needs nothing beside it.
///
/// | file | holds |
/// |---|---|
/// | `countries.tsv` | every UN member and observer state, Taiwan and Kosovo |
/// | `places.tsv` | regions, cities, seas and disputed areas |
/// | `organizations.tsv` | international organizations, armed groups, national institutions |
/// | `agreements.tsv` | named treaties, accords and initiatives, with their parties |
/// | `people.tsv` | heads of state and government, ministers, heads of organizations |
/// | `roles.tsv` | role titles that introduce people |
/// | `institutions.tsv` | institutions found by pattern ("foreign ministry") |
/// | `contextual-names.tsv` | names that need a context ("the North") |
/// | `entity-words.tsv` | the recognizer's word classes |
///
/// The actor files share the `ActorDictionary` format; see `docs/actors.md`.
public enum BuiltInKnowledge {
    /// The built-in knowledge base.
    public static func load() -> KnowledgeBase {
        var diagnostics: [Diagnostic] = []
        var records: [ActorRecord] = []
        for (file, bytes) in actorFiles {
            records += ActorDictionary.parse(String(decoding: bytes, as: UTF8.self), file: file, diagnostics: &diagnostics)
        }
        let words = EntityWords(lines: String(decoding: PackageResources.entity_words_tsv, as: UTF8.self),
                                file: "entity-words.tsv", diagnostics: &diagnostics)
        assert(diagnostics.isEmpty, "built-in dictionaries have errors: \(diagnostics)")
        return KnowledgeBase(actors: records, roleTitles: roleTitles(), institutions: institutionPatterns(),
                             contextualNames: contextualNames(), words: words, lexicon: StanceLexicon.builtIn())
    }

    /// The built-in knowledge base extended (and overridden) by a user's dictionary.
    public static func load(extendedBy userRecords: [ActorRecord]) -> KnowledgeBase {
        load().adding(userRecords)
    }

    static var actorFiles: [(String, [UInt8])] {
        [
            ("countries.tsv", PackageResources.countries_tsv),
            ("places.tsv", PackageResources.places_tsv),
            ("organizations.tsv", PackageResources.organizations_tsv),
            ("agreements.tsv", PackageResources.agreements_tsv),
            ("people.tsv", PackageResources.people_tsv),
        ]
    }

    /// `roles.tsv`: phrase, role ("-" for an honorific), alone (yes/no), portfolio.
    static func roleTitles() -> [KnowledgeBase.RoleTitle] {
        rows(PackageResources.roles_tsv, header: "phrase\t").compactMap { fields in
            guard let phrase = fields.first, !phrase.isEmpty else { return nil }
            let role = fields.count > 1 && !fields[1].isEmpty ? fields[1] : phrase.lowercased()
            return KnowledgeBase.RoleTitle(
                phrase: phrase, role: role == "-" ? nil : role,
                alone: fields.count > 2 ? fields[2] == "yes" : true,
                portfolio: fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil)
        }
    }

    /// The role lines as (phrase, role) pairs.
    static func roleLines() -> [(phrase: String, role: String)] {
        roleTitles().map { ($0.phrase, $0.role ?? "") }
    }

    /// `institutions.tsv`: phrase, name, portfolio.
    static func institutionPatterns() -> [KnowledgeBase.InstitutionPattern] {
        rows(PackageResources.institutions_tsv, header: "phrase\t").compactMap { fields in
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else { return nil }
            return KnowledgeBase.InstitutionPattern(
                phrase: fields[0], name: fields[1], portfolio: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil)
        }
    }

    /// `contextual-names.tsv`: phrase, actor, context actors.
    static func contextualNames() -> [KnowledgeBase.ContextualName] {
        rows(PackageResources.contextual_names_tsv, header: "phrase\t").compactMap { fields in
            guard fields.count >= 3, !fields[0].isEmpty else { return nil }
            return KnowledgeBase.ContextualName(
                phrase: fields[0], actor: fields[1], context: fields[2].split(separator: "|").map(String.init))
        }
    }

    /// The tab-separated fields of each line that is not blank, a comment or the header.
    private static func rows(_ bytes: [UInt8], header: String) -> [[String]] {
        TabSeparatedText.lines(String(decoding: bytes, as: UTF8.self)).compactMap { line in
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(header) { return nil }
            return TabSeparatedText.fields(line).map(String.init)
        }
    }
}
