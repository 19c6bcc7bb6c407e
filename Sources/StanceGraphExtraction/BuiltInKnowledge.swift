import StanceGraphModel

/// The knowledge shipped with StanceGraph: the text files under `Resources/`,
/// compiled into the binary so that the tool needs nothing beside it.
public enum BuiltInKnowledge {
    /// The built-in knowledge base.
    public static func load() -> KnowledgeBase {
        var diagnostics: [Diagnostic] = []
        var records: [ActorRecord] = []
        for (file, bytes) in actorFiles {
            records += ActorDictionary.parse(String(decoding: bytes, as: UTF8.self), file: file, diagnostics: &diagnostics)
        }
        assert(diagnostics.isEmpty, "built-in dictionaries have errors: \(diagnostics)")
        return KnowledgeBase(actors: records, roles: roleLines(), lexicon: StanceLexicon.builtIn())
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
            ("people.tsv", PackageResources.people_tsv),
        ]
    }

    /// `roles.tsv`: a role phrase and its normalized role, tab-separated.
    static func roleLines() -> [(phrase: String, role: String)] {
        var lines: [(phrase: String, role: String)] = []
        for line in String(decoding: PackageResources.roles_tsv, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") || line.hasPrefix("phrase\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let phrase = fields.first, !phrase.isEmpty else { continue }
            let role = fields.count > 1 && !fields[1].isEmpty ? String(fields[1]) : String(phrase)
            lines.append((String(phrase), role))
        }
        return lines
    }
}
