import Foundation
import StanceGraphExtraction
import StanceGraphModel

/// Turns event records into a graph document, and says what it left out.
///
/// Each record becomes one article (`FORMAT-ID`, e.g. `gdelt-1171234567`, with
/// `-2`, `-3` added should an id repeat) and one stance relation `ARTICLE#1`
/// from the first actor to the second: directed, asserted, confidence 1, dated
/// with the event's day (`dateOrigin: event`), its CAMEO code the record's and
/// its stance the code's (`EventCode.stance`). The article has no text of its
/// own: its text is one line that states the record ("GDELT 2.0 event 1171234567
/// on 2024-06-19: UNITED STATES (USA) to CHINA (CHN), CAMEO 112 ...", with the
/// URL when there is one), which is also the relation's evidence, so every
/// report that quotes evidence quotes the record. The article keeps the data
/// set's ids, URL and scores as metadata (`url`, `dataset`, and the columns
/// under their own names); its date is the publication day when the record
/// gives one, else the event's.
///
/// Left out, and counted: records whose code relates no one (CAMEO 01 public
/// statements and other codes without a stance), records with a side missing
/// or unresolved (`ActorResolver`), and records whose two sides are one entity
/// (a government and its police both stand for the state).
public struct EventImport: Sendable {
    /// What was left out, for the notes a command prints.
    public struct Summary: Sendable, Hashable {
        public var records = 0
        public var imported = 0
        public var withoutStance = 0
        public var missingActor = 0
        public var unresolvedActor = 0
        public var sameActor = 0
        /// Unresolved actor names (or codes), most frequent first, ties by name.
        public var unresolvedNames: [UnresolvedActor] = []
        public var repeatedIDs = 0

        /// One line per kind of record left out.
        public var notes: [String] {
            var notes: [String] = []
            if withoutStance > 0 { notes.append("\(withoutStance) event(s) left out: their code relates no one (CAMEO 01 statements and the like)") }
            if missingActor > 0 { notes.append("\(missingActor) event(s) left out: one side is not named") }
            if unresolvedActor > 0 {
                let names = unresolvedNames.prefix(5).map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
                notes.append("\(unresolvedActor) event(s) left out: an actor is no known country, organization or person (\(names)\(unresolvedNames.count > 5 ? ", ..." : "")); add them with --actors")
            }
            if sameActor > 0 { notes.append("\(sameActor) event(s) left out: both sides are the same actor (\"domestic\" events)") }
            if repeatedIDs > 0 { notes.append("\(repeatedIDs) event id(s) repeat; their articles get -2, -3, ... after the id") }
            return notes
        }
    }

    /// An actor name no known entity has, and how many events named it.
    public struct UnresolvedActor: Sendable, Hashable {
        public var name: String
        public var count: Int
    }

    public let resolver: ActorResolver

    public init(resolver: ActorResolver) {
        self.resolver = resolver
    }

    /// The document of `records`; each article's `path` is its record's file.
    public func document(_ records: [EventRecord]) -> (document: GraphDocument, summary: Summary) {
        var summary = Summary()
        var articles: [Article] = []
        var relations: [Relation] = []
        var entities: [EntityID: Entity] = [:]
        var usedIDs = Set<ArticleID>()
        var unresolved: [String: Int] = [:]
        for record in records {
            summary.records += 1
            guard let stance = record.code.stance else {
                summary.withoutStance += 1
                continue
            }
            guard !record.source.isEmpty, !record.target.isEmpty else {
                summary.missingActor += 1
                continue
            }
            let ends = [record.source, record.target].map { ($0, resolver.resolve($0)) }
            var resolved: [EntityID] = []
            for (actor, match) in ends {
                guard let match else {
                    unresolved[actor.name ?? actor.countryCode ?? actor.countryName ?? actor.code ?? "?", default: 0] += 1
                    continue
                }
                add(match, to: &entities)
                resolved.append(match.id)
            }
            guard resolved.count == 2 else {
                summary.unresolvedActor += 1
                continue
            }
            guard resolved[0] != resolved[1] else {
                summary.sameActor += 1
                continue
            }
            var articleID = ArticleID("\(record.format.rawValue)-\(record.id)")
            if usedIDs.contains(articleID) {
                summary.repeatedIDs += 1
                var suffix = 2
                while usedIDs.contains(ArticleID("\(articleID.rawValue)-\(suffix)")) { suffix += 1 }
                articleID = ArticleID("\(articleID.rawValue)-\(suffix)")
            }
            usedIDs.insert(articleID)
            let text = line(record)
            var metadata = record.metadata
            metadata["dataset"] = record.format.datasetName
            if let url = record.url { metadata["url"] = url }
            articles.append(Article(id: articleID, path: record.file, source: record.publisher,
                                    date: record.publicationDate ?? record.date, dateOrigin: .metadata,
                                    text: text, metadata: metadata))
            relations.append(Relation(
                id: RelationID("\(articleID.rawValue)#1"), source: resolved[0], target: resolved[1], stance: stance,
                cameo: record.code, directed: true, date: record.date, dateOrigin: .event, article: articleID,
                evidence: Evidence(text: text, range: TextRange(start: 0, end: text.unicodeScalars.count)),
                trigger: record.eventText, confidence: 1))
            summary.imported += 1
        }
        summary.unresolvedNames = unresolved.map { UnresolvedActor(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        let document = GraphDocument(articles: articles, entities: entities.values.sorted { $0.id < $1.id }, relations: relations)
        return (document, summary)
    }

    /// The entity of `record`, and its country's, once each.
    private func add(_ record: ActorRecord, to entities: inout [EntityID: Entity]) {
        guard entities[record.id] == nil else { return }
        entities[record.id] = Entity(id: record.id, name: record.name, type: record.type, aliases: record.aliases.sorted(),
                                     country: record.country, role: record.role, code: record.code)
        if let country = record.country, let countryRecord = resolver.record(country) { add(countryRecord, to: &entities) }
    }

    /// The line that states a record: data set, id, day, sides, code, URL.
    func line(_ record: EventRecord) -> String {
        var text = "\(record.format.datasetName) event \(record.id) on \(record.date.iso): "
            + "\(record.source.label) to \(record.target.label), "
        if let type = record.ploverType {
            text += "PLOVER \(type)"
        } else {
            text += "CAMEO \(record.code.rawValue)"
        }
        if let words = record.eventText, record.ploverType == nil || words.lowercased() != record.ploverType?.lowercased() {
            text += " (\(words))"
        }
        text += "."
        if let url = record.url { text += " Source: \(url)" } else if let publisher = record.publisher { text += " Source: \(publisher)." }
        return text
    }
}
