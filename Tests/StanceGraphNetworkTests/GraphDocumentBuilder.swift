import StanceGraphModel

/// Small graph documents for tests, written in a line per entity or relation.
struct GraphDocumentBuilder {
    private(set) var document = GraphDocument()
    private var relationCount = 0

    init(articles: [(String, String?)] = [("a1", "2024-03-01"), ("a2", "2024-06-15"), ("a3", nil)]) {
        document.articles = articles.map { id, date in
            Article(id: ArticleID(id), date: date.flatMap { CalendarDate(iso: $0) }, text: "A test article.")
        }
    }

    mutating func entity(_ id: String, _ name: String, _ type: EntityType, country: String? = nil,
                         mentionedIn articles: [String] = ["a1"]) {
        document.entities.append(Entity(
            id: EntityID(id), name: name, type: type, country: country.map { EntityID($0) },
            mentions: articles.map { Mention(article: ArticleID($0), range: TextRange(start: 0, end: 1), text: name) }))
        document.entities.sort { $0.id < $1.id }
    }

    mutating func relation(_ source: String, _ stance: Stance?, _ target: String, directed: Bool? = nil,
                           kind: RelationKind = .stance, date: String? = "2024-03-01", article: String = "a1",
                           confidence: Double = 1, modality: Modality = .asserted) {
        relationCount += 1
        document.relations.append(Relation(
            id: RelationID("\(article)-r\(relationCount)"), kind: kind, source: EntityID(source), target: EntityID(target),
            stance: stance, directed: directed ?? !(stance?.isSymmetricByDefault ?? false), modality: modality,
            date: date.flatMap { CalendarDate(iso: $0) }, article: ArticleID(article),
            evidence: Evidence(text: "A test sentence.", range: TextRange(start: 0, end: 16)), confidence: confidence))
    }
}
