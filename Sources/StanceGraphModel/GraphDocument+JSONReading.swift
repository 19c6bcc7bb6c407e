/// Reads the graph document straight from JSON bytes with `JSONReader`, field by
/// field, with the same defaults as its `Codable` conformance (see
/// `docs/json-format.md`). It is several times faster than `JSONDecoder`, which
/// matters because every command after `extract` starts by reading a document.
extension GraphDocument {
    /// Parses a document. Errors give the line and column and the field's path
    /// (`relations[12].stance`).
    static func parse(_ bytes: [UInt8]) throws -> GraphDocument {
        var reader = JSONReader(bytes)
        var document = GraphDocument()
        document.version = 1
        try reader.readObject { reader, key in
            switch key {
            case "version": document.version = try reader.readInt()
            case "articles":
                var index = 0
                try reader.readArray { reader in
                    document.articles.append(try Article.parse(&reader, path: "articles[\(index)]"))
                    index += 1
                }
            case "entities":
                var index = 0
                try reader.readArray { reader in
                    document.entities.append(try Entity.parse(&reader, path: "entities[\(index)]"))
                    index += 1
                }
            case "relations":
                var index = 0
                try reader.readArray { reader in
                    document.relations.append(try Relation.parse(&reader, path: "relations[\(index)]"))
                    index += 1
                }
            case "links":
                var index = 0
                try reader.readArray { reader in
                    document.links.append(try Relation.parse(&reader, path: "links[\(index)]"))
                    index += 1
                }
            default: try reader.skipValue()
            }
        }
        try reader.expectEnd()
        document.separateLinks()
        return document
    }
}

/// Field readers shared by the document's parts.
private extension JSONReader {
    mutating func optionalString() throws -> String? {
        consumeNull() ? nil : try readString()
    }

    mutating func optionalDate(_ path: String) throws -> CalendarDate? {
        let start = position
        guard let text = try optionalString() else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw failure("\(path): '\(text)' is not a calendar date; write it as YYYY-MM-DD, e.g. 2024-06-21", at: start)
        }
        return date
    }

    mutating func enumeration<Value: RawRepresentable>(_ type: Value.Type, _ path: String, allowed: [String]) throws -> Value
        where Value.RawValue == String {
        let start = position
        let text = try readString()
        guard let value = Value(rawValue: text) else {
            throw failure("\(path): '\(text)' is not one of \(allowed.joined(separator: ", "))", at: start)
        }
        return value
    }

    mutating func optionalEnumeration<Value: RawRepresentable>(_ type: Value.Type, _ path: String, allowed: [String]) throws -> Value?
        where Value.RawValue == String {
        consumeNull() ? nil : try enumeration(type, path, allowed: allowed)
    }

    mutating func strings() throws -> [String] {
        if consumeNull() { return [] }
        var values: [String] = []
        try readArray { reader in values.append(try reader.readString()) }
        return values
    }

    func missing(_ field: String, in path: String) -> Failure {
        failure("\(path): missing field \"\(field)\"")
    }
}

extension Article {
    fileprivate static func parse(_ reader: inout JSONReader, path: String) throws -> Article {
        var id: String?
        var article = Article(id: "", text: "")
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try reader.readString()
            case "path": article.path = try reader.optionalString()
            case "source": article.source = try reader.optionalString()
            case "title": article.title = try reader.optionalString()
            case "byline": article.byline = try reader.optionalString()
            case "date": article.date = try reader.optionalDate("\(path).date")
            case "dateOrigin":
                article.dateOrigin = try reader.optionalEnumeration(DateOrigin.self, "\(path).dateOrigin",
                                                                    allowed: DateOrigin.allCases.map(\.rawValue))
            case "text": article.text = try reader.optionalString() ?? ""
            case "metadata":
                if reader.consumeNull() { break }
                try reader.readObject { reader, name in article.metadata[name] = try reader.readString() }
            default: try reader.skipValue()
            }
        }
        guard let id else { throw reader.missing("id", in: path) }
        article.id = ArticleID(id)
        return article
    }
}

extension Entity {
    fileprivate static func parse(_ reader: inout JSONReader, path: String) throws -> Entity {
        var id: String?
        var name: String?
        var type: EntityType?
        var entity = Entity(id: "", name: "", type: .person)
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try reader.readString()
            case "name": name = try reader.readString()
            case "type":
                type = try reader.enumeration(EntityType.self, "\(path).type", allowed: EntityType.allCases.map(\.rawValue))
            case "aliases": entity.aliases = try reader.strings()
            case "country": entity.country = try reader.optionalString().map { EntityID($0) }
            case "role": entity.role = try reader.optionalString()
            case "code": entity.code = try reader.optionalString()
            case "mentions":
                if reader.consumeNull() { break }
                var index = 0
                try reader.readArray { reader in
                    entity.mentions.append(try Mention.parse(&reader, path: "\(path).mentions[\(index)]"))
                    index += 1
                }
            default: try reader.skipValue()
            }
        }
        guard let id else { throw reader.missing("id", in: path) }
        guard let name else { throw reader.missing("name", in: path) }
        guard let type else { throw reader.missing("type", in: path) }
        entity.id = EntityID(id)
        entity.name = name
        entity.type = type
        return entity
    }
}

extension Mention {
    fileprivate static func parse(_ reader: inout JSONReader, path: String) throws -> Mention {
        var article: String?
        var start: Int?
        var end: Int?
        var text: String?
        try reader.readObject { reader, key in
            switch key {
            case "article": article = try reader.readString()
            case "start": start = try reader.readInt()
            case "end": end = try reader.readInt()
            case "text": text = try reader.readString()
            default: try reader.skipValue()
            }
        }
        guard let article else { throw reader.missing("article", in: path) }
        guard let start else { throw reader.missing("start", in: path) }
        guard let end else { throw reader.missing("end", in: path) }
        guard let text else { throw reader.missing("text", in: path) }
        return Mention(article: ArticleID(article), range: TextRange(start: start, end: end), text: text)
    }
}

extension Relation {
    fileprivate static func parse(_ reader: inout JSONReader, path: String) throws -> Relation {
        var id: String?
        var kind = RelationKind.stance
        var stance: Stance?
        var cameo: EventCode?
        var source: String?
        var target: String?
        var polarity: Int?
        var directed: Bool?
        var modality = Modality.asserted
        var date: CalendarDate?
        var dateOrigin: RelationDateOrigin?
        var datePrecision: DatePrecision?
        var article: String?
        var evidence = Evidence(text: "", range: TextRange(start: 0, end: 0))
        var trigger: String?
        var confidence = 1.0
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try reader.readString()
            case "kind": kind = try reader.enumeration(RelationKind.self, "\(path).kind", allowed: RelationKind.allCases.map(\.rawValue))
            case "stance": stance = try reader.optionalEnumeration(Stance.self, "\(path).stance", allowed: Stance.allCases.map(\.rawValue))
            case "cameo":
                if let text = try reader.optionalString() {
                    guard let code = EventCode(text) else {
                        throw reader.failure("\(path).cameo: '\(text)' is no CAMEO code (two to four digits, root 01 to 20)")
                    }
                    cameo = code
                }
            case "source": source = try reader.readString()
            case "target": target = try reader.readString()
            case "polarity": polarity = reader.consumeNull() ? nil : try reader.readInt()
            case "directed": directed = reader.consumeNull() ? nil : try reader.readBool()
            case "modality":
                modality = try reader.optionalEnumeration(Modality.self, "\(path).modality", allowed: Modality.allCases.map(\.rawValue)) ?? .asserted
            case "date": date = try reader.optionalDate("\(path).date")
            case "dateOrigin":
                dateOrigin = try reader.optionalEnumeration(RelationDateOrigin.self, "\(path).dateOrigin", allowed: ["event", "period", "article"])
            case "datePrecision":
                datePrecision = try reader.optionalEnumeration(DatePrecision.self, "\(path).datePrecision",
                                                               allowed: DatePrecision.allCases.map(\.rawValue))
            case "article": article = try reader.readString()
            case "evidence":
                if reader.consumeNull() { break }
                var text = ""
                var start = 0
                var end = 0
                try reader.readObject { reader, field in
                    switch field {
                    case "text": text = try reader.readString()
                    case "start": start = try reader.readInt()
                    case "end": end = try reader.readInt()
                    default: try reader.skipValue()
                    }
                }
                evidence = Evidence(text: text, range: TextRange(start: start, end: end))
            case "trigger": trigger = try reader.optionalString()
            case "confidence": confidence = reader.consumeNull() ? 1 : try reader.readDouble()
            default: try reader.skipValue()
            }
        }
        guard let id else { throw reader.missing("id", in: path) }
        guard let source else { throw reader.missing("source", in: path) }
        guard let target else { throw reader.missing("target", in: path) }
        guard let article else { throw reader.missing("article", in: path) }
        if kind == .stance, stance == nil {
            throw reader.failure("\(path): relation '\(id)' is a stance relation without a stance; give one of \(Stance.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var relation = Relation(
            id: RelationID(id), kind: kind, source: EntityID(source), target: EntityID(target), stance: stance,
            cameo: cameo, directed: directed ?? !(stance?.isSymmetricByDefault ?? false), modality: modality, date: date,
            dateOrigin: dateOrigin, datePrecision: datePrecision, article: ArticleID(article), evidence: evidence, trigger: trigger, confidence: confidence)
        if let polarity { relation.polarity = polarity }
        return relation
    }
}
