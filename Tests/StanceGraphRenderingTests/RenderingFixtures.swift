import Foundation
import StanceGraphModel
import StanceGraphNetwork
@testable import StanceGraphRendering

/// Small graph documents with known content, written for these tests (the
/// sentences are invented; none comes from a real article).
enum RenderingFixtures {
    static func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0)
    }

    static func relation(
        _ id: String, _ source: String, _ target: String, _ stance: Stance, directed: Bool,
        modality: Modality = .asserted, date day: String, article: String, evidence: String
    ) -> Relation {
        Relation(
            id: RelationID(id), source: EntityID(source), target: EntityID(target), stance: stance,
            directed: directed, modality: modality, date: date(day), article: ArticleID(article),
            evidence: Evidence(text: evidence, range: TextRange(start: 0, end: evidence.unicodeScalars.count)),
            confidence: 0.9)
    }

    /// Two articles, five actors with stance edges, one mentioned actor without
    /// any, a merged edge, a tentative edge, mutual and directed stances.
    static let document: GraphDocument = {
        let articles = [
            Article(id: "a1", source: "Example Wire", title: "Ministers meet", date: date("2024-03-01"), text: "…"),
            Article(id: "a2", source: "Sample Times", title: "Sanctions weighed", date: date("2024-04-15"), text: "…"),
        ]
        let entities = [
            Entity(id: "country:DEU", name: "Germany", type: .country, aliases: ["Berlin"], code: "DEU"),
            Entity(id: "country:FRA", name: "France", type: .country, aliases: ["Paris"], code: "FRA"),
            Entity(id: "country:ITA", name: "Italy", type: .country, code: "ITA"),
            Entity(id: "country:RUS", name: "Russia", type: .country, code: "RUS"),
            Entity(id: "organization:european-union", name: "European Union", type: .organization, aliases: ["EU"], code: "EU"),
            Entity(id: "person:marie-durand", name: "Marie Durand", type: .person, country: "country:FRA", role: "foreign minister"),
        ]
        let relations = [
            relation("a1-1", "country:DEU", "country:FRA", .cooperation, directed: false, date: "2024-03-01", article: "a1",
                     evidence: "Germany and France agreed to work together on grid links."),
            relation("a1-2", "country:DEU", "country:FRA", .cooperation, directed: false, date: "2024-03-02", article: "a1",
                     evidence: "The two neighbours will pool their research budgets."),
            relation("a1-3", "person:marie-durand", "country:RUS", .condemnation, directed: true, date: "2024-03-01", article: "a1",
                     evidence: "Durand condemned Russia for the strikes on the port."),
            relation("a2-1", "country:DEU", "country:RUS", .sanction, directed: true, modality: .planned, date: "2024-04-15", article: "a2",
                     evidence: "Berlin plans new sanctions on Russian shipping."),
            relation("a2-2", "organization:european-union", "country:FRA", .consultation, directed: false, date: "2024-04-14", article: "a2",
                     evidence: "EU officials held talks with France on the budget."),
        ]
        return GraphDocument(articles: articles, entities: entities, relations: relations)
    }()

    /// Names that try to break DOT, SVG/XML and HTML.
    static let hostileNames = [
        #"Quote "Q" O'Neil"#,
        #"Back\slash \N \G \"#,
        "<script>alert('x')</script>",
        "Ampersand & &amp; Co",
        "New\nline\tand\rreturn",
        "Nul\u{0}byte",
    ]

    /// Every hostile name as a person, each condemning the next, with hostile evidence.
    static let hostileDocument: GraphDocument = {
        let article = Article(id: "h1", source: #"<b>Bad & "Wire"</b> \N"#, date: date("2024-05-05"), text: "…")
        let entities = hostileNames.enumerated().map { index, name in
            Entity(id: EntityID("person:hostile-\(index)"), name: name, type: .person, role: "role <\(index)> & \"x\"")
        }
        var relations: [Relation] = []
        for index in 0..<(hostileNames.count - 1) {
            relations.append(relation(
                "h1-\(index)", "person:hostile-\(index)", "person:hostile-\(index + 1)", .condemnation, directed: true,
                date: "2024-05-05", article: "h1", evidence: "She said \"</title><script>\" & \\N then\nleft."))
        }
        return GraphDocument(articles: [article], entities: entities, relations: relations)
    }()

    /// A star: one hub cooperating with `leaves` partners, partner i with i+1 mentions.
    static func star(leaves: Int) -> GraphDocument {
        let article = Article(id: "s1", source: "Star Wire", date: date("2024-01-01"), text: "…")
        var entities = [Entity(id: "country:HUB", name: "Hubland", type: .country)]
        var relations: [Relation] = []
        for leaf in 0..<leaves {
            let id = "country:L\(leaf)"
            entities.append(Entity(id: EntityID(id), name: "Leaf \(leaf)", type: .country))
            for mention in 0...leaf {
                relations.append(relation("s1-\(leaf)-\(mention)", "country:HUB", id, .cooperation, directed: false,
                                          date: "2024-01-01", article: "s1", evidence: "Hubland works with leaf \(leaf)."))
            }
        }
        return GraphDocument(articles: [article], entities: entities.sorted { $0.id < $1.id }, relations: relations)
    }

    static func build(_ document: GraphDocument, view: GraphViewOptions = GraphViewOptions(),
                      configure: (inout DiagramOptions) -> Void = { _ in }) -> DiagramBuild {
        var options = DiagramOptions(view: view)
        configure(&options)
        return DiagramBuilder(options: options).build(ActorGraph(document: document, options: view), document: document)
    }
}
