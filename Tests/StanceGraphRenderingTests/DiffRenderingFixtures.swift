import StanceGraphModel

/// The dated document the diff and timeline drawing tests share: January and March
/// 2024 of three imaginary countries and one person. Alba and Borea cooperate more,
/// Alba's condemnation of Caldor gives way to an agreement (a flip), Borea and
/// Caldor stop talking, Alba's threats against Borea fade, and Ana Vell appears in
/// March. Every sentence is made up from its relation.
enum DiffRenderingFixtures {
    static var document: GraphDocument {
        var relations: [Relation] = []
        var articles: [Article] = []
        func article(_ id: String, _ date: String, _ statements: [(String, Stance, String, Bool)]) {
            var text = ""
            for (number, (source, stance, target, directed)) in statements.enumerated() {
                let sentence = "\(source) \(stance.rawValue) \(target) (\(id) \(number))."
                let start = text.unicodeScalars.count
                text += sentence + " "
                relations.append(Relation(
                    id: RelationID("\(id)#\(number + 1)"), source: EntityID(source), target: EntityID(target),
                    stance: stance, directed: directed, date: CalendarDate(iso: date), dateOrigin: .article,
                    article: ArticleID(id),
                    evidence: Evidence(text: sentence, range: TextRange(start: start, end: start + sentence.unicodeScalars.count)),
                    confidence: 1))
            }
            articles.append(Article(id: ArticleID(id), date: CalendarDate(iso: date), text: text))
        }
        article("jan", "2024-01-10", [
            ("country:ALB", .cooperation, "country:BOR", false),
            ("country:ALB", .condemnation, "country:CAL", true),
            ("country:BOR", .consultation, "country:CAL", false),
            ("country:ALB", .threat, "country:BOR", true),
            ("country:ALB", .threat, "country:BOR", true),
        ])
        article("mar", "2024-03-04", [
            ("country:ALB", .cooperation, "country:BOR", false),
            ("country:ALB", .cooperation, "country:BOR", false),
            ("country:ALB", .agreement, "country:CAL", false),
            ("country:ALB", .agreement, "country:CAL", false),
            ("country:ALB", .threat, "country:BOR", true),
            ("person:ana-vell", .support, "country:CAL", true),
        ])
        let entities = [
            Entity(id: "country:ALB", name: "Alba", type: .country),
            Entity(id: "country:BOR", name: "Borea", type: .country),
            Entity(id: "country:CAL", name: "Caldor \"the Old\"", type: .country),
            Entity(id: "person:ana-vell", name: "Ana <Vell> & Co", type: .person),
        ]
        return GraphDocument(articles: articles, entities: entities, relations: relations)
    }
}
