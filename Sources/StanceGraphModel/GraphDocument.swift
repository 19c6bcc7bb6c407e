import Foundation

/// The interchange format every command reads and writes:
/// `{"articles": [...], "entities": [...], "links": [...], "relations": [...]}`.
///
/// `relations` are the stances actors take toward one another, the graph's edges;
/// `links` are structural facts with the sentence that states them (a person's
/// affiliation to a country, a party to an agreement, a member of an
/// organization): what an actor is part of, never a stance, so they are kept
/// apart from the stances they would otherwise be mistaken for.
///
/// `docs/json-format.md` documents it field by field. Output is deterministic: keys
/// are sorted, articles keep their input order, entities are sorted by id and
/// relations by article order and position, so the same input gives the same bytes.
public struct GraphDocument: Hashable, Sendable, Codable {
    /// The format's version; documents without one are read as version 1.
    public var version: Int
    public var articles: [Article]
    public var entities: [Entity]
    /// Stance relations (`kind == .stance`).
    public var relations: [Relation]
    /// Structural links (`kind` affiliation, party or membership).
    public var links: [Relation]

    /// Version 2 keeps structural links in `links`; version 1 documents, which
    /// kept them among the relations, are read with them moved there.
    public static let currentVersion = 2

    public init(articles: [Article] = [], entities: [Entity] = [], relations: [Relation] = [], links: [Relation] = []) {
        self.version = GraphDocument.currentVersion
        self.articles = articles
        self.entities = entities
        self.relations = relations
        self.links = links
        separateLinks()
    }

    /// Moves structural links found among the relations to `links`, after those
    /// already there, keeping both in order.
    mutating func separateLinks() {
        guard relations.contains(where: { $0.kind != .stance }) else { return }
        links += relations.filter { $0.kind != .stance }
        relations.removeAll { $0.kind != .stance }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        articles = try container.decodeIfPresent([Article].self, forKey: .articles) ?? []
        entities = try container.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        relations = try container.decodeIfPresent([Relation].self, forKey: .relations) ?? []
        links = try container.decodeIfPresent([Relation].self, forKey: .links) ?? []
        separateLinks()
    }

    /// The entities keyed by id, for look-ups.
    public var entitiesByID: [EntityID: Entity] {
        Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The articles keyed by id, for look-ups.
    public var articlesByID: [ArticleID: Article] {
        Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

// MARK: - Reading and writing

extension GraphDocument {
    /// The document as JSON data (see `jsonBytes()`).
    public func jsonData() -> Data {
        Data(jsonBytes())
    }

    /// Reads a document, naming `file` in any error.
    ///
    /// - Throws: `GraphDocumentError` when the data is not a valid document, or a
    ///   relation names an entity or article the document does not contain.
    public init(jsonData data: Data, file: String) throws {
        guard !data.isEmpty else { throw GraphDocumentError.empty(file: file) }
        do {
            self = try GraphDocument.parse([UInt8](data))
        } catch let failure as JSONReader.Failure {
            throw GraphDocumentError.malformed(file: file, reason: "line \(failure.line), column \(failure.column): \(failure.message)")
        }
        try validate(file: file)
    }

    /// Checks that every relation names entities and an article the document holds,
    /// and that ids are unique.
    public func validate(file: String) throws {
        var entityIDs = Set<EntityID>()
        for entity in entities where !entityIDs.insert(entity.id).inserted {
            throw GraphDocumentError.inconsistent(file: file, reason: "entity id '\(entity.id)' appears twice")
        }
        var articleIDs = Set<ArticleID>()
        for article in articles where !articleIDs.insert(article.id).inserted {
            throw GraphDocumentError.inconsistent(file: file, reason: "article id '\(article.id)' appears twice")
        }
        for relation in relations + links {
            for end in [relation.source, relation.target] where !entityIDs.contains(end) {
                throw GraphDocumentError.inconsistent(
                    file: file, reason: "relation '\(relation.id)' names entity '\(end)', which is not in \"entities\"")
            }
            if !articleIDs.contains(relation.article) {
                throw GraphDocumentError.inconsistent(
                    file: file, reason: "relation '\(relation.id)' names article '\(relation.article)', which is not in \"articles\"")
            }
        }
    }
}

/// Why a graph document could not be read.
public enum GraphDocumentError: Error, Equatable, Sendable {
    case empty(file: String)
    case malformed(file: String, reason: String)
    case inconsistent(file: String, reason: String)

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return keys.isEmpty ? "at the top level" : "at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(type). \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "\(path(context)): missing \(type)"
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing field \"\(key.stringValue)\""
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(path(context)): \(underlying ?? context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }
}

extension GraphDocumentError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .empty(let file):
            return "\(file): the file is empty; expected a JSON graph document as written by 'stancegraph extract'"
        case .malformed(let file, let reason):
            return "\(file): not a StanceGraph JSON graph document (\(reason)); produce one with 'stancegraph extract'"
        case .inconsistent(let file, let reason):
            return "\(file): \(reason)"
        }
    }
}
