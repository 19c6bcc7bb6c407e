import StanceGraphModel
import StanceGraphNetwork
import Testing

@Suite("ActorGraph views")
struct ActorGraphTests {
    /// Three countries, an organization, two people, an agreement and a city.
    static var world: GraphDocumentBuilder {
        var world = GraphDocumentBuilder()
        world.entity("country:ATL", "Atlantis", .country)
        world.entity("country:BOR", "Borduria", .country)
        world.entity("country:CAR", "Carpathia", .country, mentionedIn: ["a2"])
        world.entity("organization:league", "League of Ports", .organization)
        world.entity("person:ana-ito", "Ana Ito", .person, country: "country:ATL")
        world.entity("person:ben-oru", "Ben Oru", .person, country: "country:BOR", mentionedIn: ["a2"])
        world.entity("agreement:harbour-pact", "Harbour Pact", .agreement)
        world.entity("place:port-city", "Port City", .place)
        world.relation("country:ATL", .cooperation, "country:BOR")
        world.relation("country:BOR", .cooperation, "country:ATL", date: "2024-06-15", article: "a2", confidence: 0.5)
        world.relation("country:ATL", .condemnation, "country:CAR", date: "2024-06-15", article: "a2")
        world.relation("person:ana-ito", .consultation, "person:ben-oru", date: "2024-06-15", article: "a2")
        world.relation("person:ana-ito", .support, "country:ATL")
        world.relation("country:ATL", .agreement, "agreement:harbour-pact")
        world.relation("organization:league", .concern, "country:CAR", date: nil, article: "a3", modality: .hedged)
        world.relation("country:BOR", nil, "organization:league", directed: true, kind: .membership)
        return world
    }

    static func names(_ graph: ActorGraph) -> [String] { graph.nodes.map(\.name) }

    static func pairs(_ graph: ActorGraph) -> [String] {
        graph.edges.map { "\(graph.nodes[$0.source].name)-\(graph.nodes[$0.target].name):\($0.stance.rawValue)x\($0.count)" }
    }

    @Test("the actor view keeps people, countries and organizations, sorted by id, and merges mentions")
    func actorView() {
        let graph = ActorGraph(document: Self.world.document)
        #expect(Self.names(graph) == ["Atlantis", "Borduria", "Carpathia", "League of Ports", "Ana Ito", "Ben Oru"])
        #expect(Self.pairs(graph) == [
            "Atlantis-Borduria:cooperationx2", "Atlantis-Carpathia:condemnationx1", "League of Ports-Carpathia:concernx1",
            "Ana Ito-Atlantis:supportx1", "Ana Ito-Ben Oru:consultationx1",
        ])
        let merged = graph.edges[0]
        #expect(merged.weight == 2)
        #expect(merged.firstDate == CalendarDate(iso: "2024-03-01") && merged.lastDate == CalendarDate(iso: "2024-06-15"))
        #expect(merged.relations.count == 2)
        #expect(graph.edges.first { $0.stance == .concern }?.isTentative == true)
        #expect(graph.edges.first { $0.stance == .support }?.directed == true)
    }

    @Test("agreements become nodes only when asked")
    func agreements() {
        let graph = ActorGraph(document: Self.world.document, options: GraphViewOptions(includeAgreements: true))
        #expect(Self.names(graph).contains("Harbour Pact"))
        #expect(Self.pairs(graph).contains("Harbour Pact-Atlantis:agreementx1"), "a mutual stance runs from the lower id")
    }

    @Test("the country view folds people into their countries and drops the resulting self-loops")
    func countryView() {
        let graph = ActorGraph(document: Self.world.document, options: GraphViewOptions(level: .countries))
        #expect(Self.names(graph) == ["Atlantis", "Borduria", "Carpathia", "League of Ports"])
        #expect(Self.pairs(graph) == [
            "Atlantis-Borduria:cooperationx2", "Atlantis-Borduria:consultationx1", "Atlantis-Carpathia:condemnationx1",
            "League of Ports-Carpathia:concernx1",
        ])
        #expect(graph.edges.allSatisfy { $0.source != $0.target })
    }

    @Test("a stance filter keeps only the chosen stances", arguments: [
        (StanceFilter.negative, ["Atlantis-Carpathia:condemnationx1", "League of Ports-Carpathia:concernx1"]),
        (StanceFilter.only([.cooperation]), ["Atlantis-Borduria:cooperationx2"]),
    ])
    func stanceFilter(filter: StanceFilter, expected: [String]) {
        #expect(Self.pairs(ActorGraph(document: Self.world.document, options: GraphViewOptions(stances: filter))) == expected)
    }

    @Test("a date window keeps relations dated inside it and counts the undated ones it drops")
    func dateWindow() {
        let window = DateWindow(from: CalendarDate(iso: "2024-06-01"), to: CalendarDate(iso: "2024-06-30"))
        let graph = ActorGraph(document: Self.world.document, options: GraphViewOptions(window: window))
        #expect(Self.pairs(graph) == [
            "Atlantis-Borduria:cooperationx1", "Atlantis-Carpathia:condemnationx1", "Ana Ito-Ben Oru:consultationx1",
        ])
        #expect(graph.undatedRelationsExcluded == 1)
        #expect(!Self.names(graph).contains("League of Ports"), "an actor not mentioned in the window is left out")
    }

    @Test("confidence weighting sums the mentions' confidences")
    func confidenceWeighting() {
        let graph = ActorGraph(document: Self.world.document, options: GraphViewOptions(weighting: .confidence))
        #expect(graph.edges[0].weight == 1.5)
        #expect(graph.edges[0].count == 2)
    }

    @Test("an ego network keeps the actors within the given depth", arguments: [
        (0, ["Carpathia"]), (1, ["Atlantis", "Carpathia", "League of Ports"]),
        (2, ["Atlantis", "Borduria", "Carpathia", "League of Ports", "Ana Ito"]),
    ])
    func egoNetwork(depth: Int, expected: [String]) {
        let options = GraphViewOptions(ego: EntityID("country:CAR"), egoDepth: depth)
        #expect(Self.names(ActorGraph(document: Self.world.document, options: options)) == expected)
    }

    @Test("a minimum weight drops lighter merged edges")
    func minimumWeight() {
        let graph = ActorGraph(document: Self.world.document, options: GraphViewOptions(minimumWeight: 2))
        #expect(Self.pairs(graph) == ["Atlantis-Borduria:cooperationx2"])
        #expect(graph.nodes.count == 6, "actors stay as nodes even when their edges are dropped")
    }

    @Test("the undirected graph merges a pair's stances; the directed one keeps direction")
    func compressedGraphs() {
        let graph = ActorGraph(document: Self.world.document, options: GraphViewOptions(level: .countries))
        let undirected = graph.undirectedGraph()
        #expect(undirected.edges == [.init(0, 1, weight: 3), .init(0, 2, weight: 1), .init(2, 3, weight: 1)])
        let directed = graph.directedGraph()
        #expect(directed.edges == [.init(0, 1, weight: 3), .init(0, 2, weight: 1), .init(1, 0, weight: 3), .init(3, 2, weight: 1)])
    }
}
