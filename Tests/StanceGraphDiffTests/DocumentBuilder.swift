import StanceGraphModel

/// Builds small graph documents by hand for the diff tests: dated articles whose
/// text is made of the sentences given for each relation, so that every relation
/// carries real evidence with correct offsets. All sentences are written for
/// these tests.
struct DocumentBuilder {
    private(set) var articles: [Article] = []
    private(set) var entities: [EntityID: Entity] = [:]
    private(set) var relations: [Relation] = []

    /// Adds an entity (a country unless told otherwise).
    mutating func entity(_ id: EntityID, _ name: String, type: EntityType = .country, aliases: [String] = [],
                         country: EntityID? = nil) {
        entities[id] = Entity(id: id, name: name, type: type, aliases: aliases, country: country)
    }

    /// Adds an article dated `date` (nil for unknown) whose body is `sentences`,
    /// each a stance between two entities, or a bare mention of entities.
    mutating func article(_ id: ArticleID, date: String?, _ sentences: [Sentence]) {
        var text = ""
        var count = 0
        for sentence in sentences {
            let start = text.unicodeScalars.count
            text += sentence.text + " "
            let end = start + sentence.text.unicodeScalars.count
            for mentioned in sentence.mentions {
                guard var entity = entities[mentioned] else { continue }
                entity.mentions.append(Mention(article: id, range: TextRange(start: start, end: end), text: entity.name))
                entities[mentioned] = entity
            }
            guard let stance = sentence.stance, let source = sentence.source, let target = sentence.target else { continue }
            count += 1
            let eventDate = sentence.eventDate.flatMap { CalendarDate(iso: $0) }
            let articleDate = date.flatMap { CalendarDate(iso: $0) }
            relations.append(Relation(
                id: RelationID("\(id)#\(count)"), source: source, target: target, stance: stance,
                directed: sentence.directed ?? !stance.isSymmetricByDefault,
                date: eventDate ?? articleDate, dateOrigin: eventDate != nil ? .event : (articleDate != nil ? .article : nil),
                article: id, evidence: Evidence(text: sentence.text, range: TextRange(start: start, end: end)),
                confidence: sentence.confidence))
        }
        articles.append(Article(id: id, date: date.flatMap { CalendarDate(iso: $0) }, dateOrigin: date == nil ? nil : .manifest,
                                text: text))
    }

    var document: GraphDocument {
        GraphDocument(articles: articles, entities: entities.values.sorted { $0.id < $1.id }, relations: relations)
    }
}

/// One sentence of a test article.
struct Sentence {
    var text: String
    var source: EntityID?
    var target: EntityID?
    var stance: Stance?
    var directed: Bool?
    var eventDate: String?
    var confidence: Double = 1
    /// Entities named by the sentence (the relation's ends, or bare mentions).
    var mentions: [EntityID]

    /// A stance sentence.
    static func stance(_ source: EntityID, _ stance: Stance, _ target: EntityID, _ text: String,
                       on eventDate: String? = nil, directed: Bool? = nil, confidence: Double = 1) -> Sentence {
        Sentence(text: text, source: source, target: target, stance: stance, directed: directed, eventDate: eventDate,
                 confidence: confidence, mentions: [source, target])
    }

    /// A sentence that only names entities.
    static func mention(_ ids: EntityID..., text: String) -> Sentence {
        Sentence(text: text, mentions: ids)
    }
}
