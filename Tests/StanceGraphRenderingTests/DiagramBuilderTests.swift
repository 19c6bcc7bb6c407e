import Foundation
import StanceGraphModel
import StanceGraphNetwork
import Testing
@testable import StanceGraphRendering

@Suite("DiagramBuilder")
struct DiagramBuilderTests {
    let build = RenderingFixtures.build(RenderingFixtures.document)

    func node(_ id: String, in diagram: Diagram) throws -> DiagramNode {
        try #require(diagram.nodes.first(where: { $0.id == id }), "no node \(id)")
    }

    func edge(_ id: String, in diagram: Diagram) throws -> DiagramEdge {
        try #require(diagram.edges.first(where: { $0.id == id }), "no edge \(id)")
    }

    @Test("each actor type has its own shape and colours", arguments: [
        ("country:DEU", EntityType.country), ("person:marie-durand", .person), ("organization:european-union", .organization),
    ])
    func actorStyles(id: String, type: EntityType) throws {
        let node = try node(id, in: build.diagram)
        let style = DiagramPalette.standard.style(of: type)
        #expect(node.shape == style.shape)
        #expect(node.fillColor == style.fill)
        #expect(node.strokeColor == style.stroke)
        #expect(node.classes.contains(type.rawValue))
    }

    @Test("labels are canonical names and node size follows the size metric")
    func sizing() throws {
        let build = RenderingFixtures.build(RenderingFixtures.document) { $0.sizeBy = .degree }
        let germany = try node("country:DEU", in: build.diagram)   // degree 2
        let union = try node("organization:european-union", in: build.diagram)  // degree 1
        #expect(germany.label == "Germany")
        #expect((germany.fontSize ?? 0) > (union.fontSize ?? 0))
        #expect(build.sizeMetric == .degree)
    }

    @Test("edges are coloured by stance, as wide as their mentions, with a count when merged")
    func edgeEncoding() throws {
        let merged = try edge("country:DEU->country:FRA:cooperation:mutual", in: build.diagram)
        let single = try edge("country:FRA->organization:european-union:consultation:mutual", in: build.diagram)
        #expect(merged.color == DiagramPalette.standard.color(of: .cooperation))
        #expect(single.color == DiagramPalette.standard.color(of: .consultation))
        #expect(merged.label == "×2")
        #expect(single.label == nil)
        #expect((merged.penWidth ?? 0) > (single.penWidth ?? 0))
        #expect(!merged.isDirected)
    }

    @Test("directed stances have arrowheads and tentative ones are dashed")
    func directionAndModality() throws {
        let condemnation = try edge("person:marie-durand->country:RUS:condemnation", in: build.diagram)
        let sanction = try edge("country:DEU->country:RUS:sanction", in: build.diagram)
        #expect(condemnation.isDirected && condemnation.lineStyle == .solid)
        #expect(sanction.isDirected && sanction.lineStyle == .dashed)
        #expect(sanction.classes.contains("tentative"))
    }

    @Test("node tooltips give type, role, country and centrality")
    func nodeTooltip() throws {
        let tooltip = try #require(try node("person:marie-durand", in: build.diagram).tooltip)
        let lines = tooltip.split(separator: "\n").map(String.init)
        #expect(lines.first == "Marie Durand")
        #expect(lines.contains("person · foreign minister · France"))
        #expect(lines.contains(where: { $0.hasPrefix("\(build.sizeMetric.rawValue) ") && $0.contains("rank") }))
    }

    @Test("edge tooltips give the stance, dates, count, modality and evidence with its source")
    func edgeTooltip() throws {
        let merged = try #require(try edge("country:DEU->country:FRA:cooperation:mutual", in: build.diagram).tooltip)
        #expect(merged.hasPrefix("Germany — France: cooperation\n2 mentions · 2024-03-01 to 2024-03-02"))
        #expect(merged.contains("“Germany and France agreed to work together on grid links.” (Example Wire, 2024-03-01)"))
        #expect(merged.contains("“The two neighbours will pool their research budgets.”"))
        let sanction = try #require(try edge("country:DEU->country:RUS:sanction", in: build.diagram).tooltip)
        #expect(sanction.hasPrefix("Germany → Russia: sanction\n1 mention · 2024-04-15 · 1 planned"))
    }

    @Test("evidence is limited to the first sentences, each of bounded length")
    func evidenceLimit() throws {
        let document = RenderingFixtures.star(leaves: 5)
        let build = RenderingFixtures.build(document) { $0.evidencePerEdge = 1 }
        let tooltip = try #require(try edge("country:HUB->country:L4:cooperation:mutual", in: build.diagram).tooltip)
        // All five mentions share one sentence: it is quoted once.
        #expect(tooltip.components(separatedBy: "“").count == 2)
        #expect(tooltip.hasSuffix("… and 4 more mentions"))
    }

    @Test("actors without stance edges are left out unless asked for, and the caption says so")
    func isolatedActors() throws {
        #expect(!build.diagram.nodes.contains(where: { $0.id == "country:ITA" }))
        #expect(build.isolatedNodeCount == 1)
        #expect(build.diagram.captions.contains(where: { $0.contains("1 actor without stance edges not drawn") }))
        let all = RenderingFixtures.build(RenderingFixtures.document) { $0.showsIsolatedActors = true }
        #expect(all.diagram.nodes.contains(where: { $0.id == "country:ITA" }))
        #expect(all.isolatedNodeCount == 0)
    }

    @Test("the title names the corpus and its date window")
    func title() {
        #expect(build.diagram.title == "Stance network · 2 articles · 2024-03-01 to 2024-04-15")
        #expect(build.diagram.captions.first == "Sources: Example Wire, Sample Times")
        let windowed = RenderingFixtures.build(
            RenderingFixtures.document,
            view: GraphViewOptions(window: DateWindow(from: RenderingFixtures.date("2024-03-01"), to: RenderingFixtures.date("2024-03-31"))))
        #expect(windowed.diagram.title == "Stance network · 2 articles · 2024-03-01 to 2024-03-31")
        let custom = RenderingFixtures.build(RenderingFixtures.document) { $0.title = "My\ntitle" }
        #expect(custom.diagram.title == "My title")
    }

    @Test("the legend shows the stances and actor types drawn, and only those")
    func legend() throws {
        let legend = try #require(build.diagram.legend)
        let sections = Dictionary(uniqueKeysWithValues: legend.sections.map { ($0.title, $0.entries.map(\.label)) })
        #expect(sections["Stances"] == ["cooperation", "consultation", "condemnation", "sanction"])
        #expect(sections["Actors"] == ["person", "country", "organization"])
        #expect(sections["Reading"]?.contains("hedged or planned") == true)
        #expect(sections["Reading"]?.contains("×N: N mentions merged") == true)
        let bare = RenderingFixtures.build(RenderingFixtures.document) { $0.showsLegend = false }
        #expect(bare.diagram.legend == nil)
    }

    @Test("a cut keeps the N most central actors and says what it left out")
    func topN() throws {
        let document = RenderingFixtures.star(leaves: 10)
        let build = RenderingFixtures.build(document) {
            $0.sizeBy = .strength
            $0.nodeLimit = .top(4)
        }
        #expect(build.diagram.nodes.map(\.id) == ["country:HUB", "country:L7", "country:L8", "country:L9"])
        #expect(build.diagram.edges.count == 3)
        #expect(build.isCut)
        #expect(build.diagram.captions.contains(
            "Showing the 4 most central of 11 connected actors by strength; 7 actors and 7 edges left out"))
        let whole = RenderingFixtures.build(document) { $0.nodeLimit = .unlimited }
        #expect(whole.diagram.nodes.count == 11 && !whole.isCut)
    }

    @Test("without a limit, views above the readable size are cut to it")
    func automaticLimit() {
        let document = RenderingFixtures.star(leaves: DiagramOptions.readableNodeCount + 20)
        let build = RenderingFixtures.build(document)
        #expect(build.shownNodeCount == DiagramOptions.readableNodeCount)
        #expect(build.totalNodeCount == DiagramOptions.readableNodeCount + 21)
    }

    @Test("an ego network keeps and highlights the ego, and twopi centres on it")
    func egoNetwork() throws {
        let view = GraphViewOptions(ego: "person:marie-durand", egoDepth: 1)
        let build = RenderingFixtures.build(RenderingFixtures.document, view: view)
        #expect(build.diagram.nodes.map(\.id) == ["country:RUS", "person:marie-durand"])
        let ego = try node("person:marie-durand", in: build.diagram)
        #expect(ego.classes.contains("ego"))
        #expect(ego.penWidth == 3)
        #expect(build.diagram.layout == .twopi)
        #expect(build.diagram.attributes["root"] == "person:marie-durand")
        #expect(build.diagram.captions.contains(where: { $0.contains("within 1 hop of Marie Durand") }))
    }

    @Test("a cut never drops the ego")
    func egoSurvivesCut() throws {
        let view = GraphViewOptions(ego: "country:L0", egoDepth: 1)
        let build = RenderingFixtures.build(RenderingFixtures.star(leaves: 8), view: view) {
            $0.sizeBy = .strength
            $0.nodeLimit = .top(2)
        }
        #expect(Set(build.diagram.nodes.map(\.id)) == ["country:HUB", "country:L0"])
    }

    @Test("clustering by country boxes people with their country and picks a layout that draws boxes")
    func clusters() throws {
        let build = RenderingFixtures.build(RenderingFixtures.document) {
            $0.sizeBy = .degree
            $0.clustering = .countries
        }
        #expect(build.diagram.clusters.map(\.id) == ["country:FRA"])
        #expect(build.diagram.clusters.first?.label == "France")
        #expect(try node("person:marie-durand", in: build.diagram).cluster == "country:FRA")
        #expect(try node("country:FRA", in: build.diagram).cluster == "country:FRA")
        #expect(try node("country:DEU", in: build.diagram).cluster == nil)
        #expect(build.diagram.layout == .fdp)
        #expect(build.notes.isEmpty)
        let dot = DOTWriter().write(build.diagram)
        #expect(dot.contains("subgraph \"cluster_country:FRA\" {"))

        let neato = RenderingFixtures.build(RenderingFixtures.document) {
            $0.clustering = .countries
            $0.layout = .neato
        }
        #expect(neato.notes.contains(where: { $0.contains("does not draw clusters") }))
    }

    @Test("a size metric the table lacks falls back, with a note")
    func fallbackMetric() throws {
        let graph = ActorGraph(document: RenderingFixtures.document)
        let table = CentralityCalculator().compute(graph, metrics: [.degree])
        let builder = DiagramBuilder(options: DiagramOptions(sizeBy: .eigenvector, fallbackSizeMetric: .degree))
        let build = builder.build(graph, document: RenderingFixtures.document, metrics: table)
        #expect(build.sizeMetric == .degree)
        #expect(build.notes == ["eigenvector is not available; nodes are sized by degree instead"])
    }

    @Test("in large diagrams only the most central actors carry labels; the rest are dots with tooltips")
    func largeDiagrams() throws {
        let build = RenderingFixtures.build(RenderingFixtures.star(leaves: 400)) { $0.nodeLimit = .unlimited }
        #expect(build.diagram.layout == .sfdp)
        let labelled = build.diagram.nodes.filter { $0.shape != .dot }
        #expect(labelled.count == DiagramOptions.labelledNodeCount)
        #expect(build.diagram.nodes.filter { $0.shape == .dot }.allSatisfy { $0.tooltip?.hasPrefix("Leaf ") == true })
        #expect(build.diagram.edges.allSatisfy { $0.label == nil })
        #expect(build.diagram.attributes["splines"] == "false")
    }

    @Test("names are tidied to one line and long ones shortened, in full in the tooltip")
    func longNames() throws {
        let long = String(repeating: "Very Long Name ", count: 10)
        var document = RenderingFixtures.document
        document.entities[0].name = "Multi\nline\t" + long
        let build = RenderingFixtures.build(document)
        let germany = try node("country:DEU", in: build.diagram)
        #expect(germany.label.count <= 40 && germany.label.hasSuffix("…") && !germany.label.contains("\n"))
        #expect(germany.tooltip?.hasPrefix("Multi line Very Long Name") == true)
    }
}

@Suite("LayoutEngine")
struct LayoutEngineTests {
    @Test("auto picks by size and kind", arguments: [
        (10, false, false, LayoutEngine.neato), (10, true, false, .fdp), (10, false, true, .twopi),
        (10, true, true, .fdp), (301, false, false, .sfdp), (5_000, true, true, .sfdp),
    ])
    func automatic(nodes: Int, clustered: Bool, ego: Bool, expected: LayoutEngine) {
        #expect(LayoutEngine.automatic(nodeCount: nodes, clustered: clustered, egoCentered: ego) == expected)
    }

    @Test("only dot and fdp draw clusters")
    func clusters() {
        #expect(LayoutEngine.allCases.filter(\.drawsClusters) == [.dot, .fdp])
    }

    @Test("overlap removal for the force-directed engines, straight edges for large graphs")
    func attributes() {
        #expect(LayoutEngine.sfdp.recommendedAttributes(nodeCount: 2_000, edgeCount: 5_000)["overlap"] == "prism50")
        #expect(LayoutEngine.sfdp.recommendedAttributes(nodeCount: 200, edgeCount: 500)["overlap"] == "prism")
        #expect(LayoutEngine.sfdp.recommendedAttributes(nodeCount: 2_000, edgeCount: 5_000)["splines"] == "false")
        #expect(LayoutEngine.neato.recommendedAttributes(nodeCount: 20, edgeCount: 30)["splines"] == "true")
        #expect(LayoutEngine.twopi.recommendedAttributes(nodeCount: 20, edgeCount: 30, root: "x")["root"] == "x")
    }
}
