import Foundation
import Testing
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork
import StanceGraphRendering

@Suite("DiffDiagramBuilder")
struct DiffDiagramBuilderTests {
    static var diff: GraphDiff {
        get throws {
            let january = DateWindow(from: CalendarDate(iso: "2024-01-01"), to: CalendarDate(iso: "2024-01-31"))
            let march = DateWindow(from: CalendarDate(iso: "2024-03-01"), to: CalendarDate(iso: "2024-03-31"))
            return try GraphDiffer().diff(GraphSnapshot(document: DiffRenderingFixtures.document, window: january),
                                          GraphSnapshot(document: DiffRenderingFixtures.document, window: march))
        }
    }

    func edge(_ diagram: Diagram, _ id: String) -> DiagramEdge? {
        diagram.edges.first { $0.id == id }
    }

    @Test("each pair is one edge coloured by its change, labelled with the stances that changed")
    func pairEdges() throws {
        let diagram = DiffDiagramBuilder().build(try Self.diff).diagram
        let grew = try #require(edge(diagram, "pair:country:ALB--country:BOR"))
        #expect(grew.color == DiffDiagramBuilder.ChangeColor.added)
        #expect(grew.label == "cooperation 1→2\nthreat 2→1")
        #expect(!grew.isDirected, "cooperation is mutual, so the pair has no single direction")
        let gone = try #require(edge(diagram, "pair:country:BOR--country:CAL"))
        #expect(gone.lineStyle == .dashed)
        #expect(gone.color == DiffDiagramBuilder.ChangeColor.removed)
        #expect(gone.label == "consultation −1")
        let appeared = try #require(edge(diagram, "pair:country:CAL--person:ana-vell"))
        #expect(appeared.isDirected && appeared.source == "person:ana-vell" && appeared.target == "country:CAL")
        #expect(appeared.tooltip?.contains("added: “person:ana-vell support country:CAL (mar 5).” (mar, 2024-03-04)") == true)
    }

    @Test("a flipped pair gets a band under its edge, with evidence from both sides")
    func flipBand() throws {
        let diagram = DiffDiagramBuilder().build(try Self.diff).diagram
        let band = try #require(edge(diagram, "flip:country:ALB--country:CAL"))
        #expect(band.classes == ["flip"])
        #expect(band.tooltip?.contains("before: “country:ALB condemnation country:CAL (jan 1).”") == true)
        #expect(band.tooltip?.contains("after: “country:ALB agreement country:CAL (mar 2).”") == true)
        let bandIndex = try #require(diagram.edges.firstIndex { $0.id == band.id })
        let pairIndex = try #require(diagram.edges.firstIndex { $0.id == "pair:country:ALB--country:CAL" })
        #expect(bandIndex < pairIndex, "the band is drawn first, under the pair's edge")
    }

    @Test("appeared actors are outlined, rank moves are marked, and the legend names what is drawn")
    func nodesAndLegend() throws {
        let diagram = DiffDiagramBuilder().build(try Self.diff).diagram
        let ana = try #require(diagram.nodes.first { $0.id == "person:ana-vell" })
        #expect(ana.classes.contains("appeared"))
        #expect(ana.strokeColor == DiffDiagramBuilder.ChangeColor.added)
        // January: Alba, Borea and Caldor tie at degree 2; March: Alba and Caldor 2, Borea 1.
        #expect(diagram.nodes.first { $0.id == "country:BOR" }?.label == "Borea ▼2")
        #expect(diagram.nodes.first { $0.id == "country:ALB" }?.label == "Alba", "tied first before and after: no move")
        let legend = try #require(diagram.legend)
        let change = legend.sections.first { $0.title == "Change" }?.entries.map(\.label) ?? []
        #expect(change == ["appeared or grew", "disappeared", "polarity flipped"])
        #expect(diagram.title == "Changes: 2024-01-01..2024-01-31 → 2024-03-01..2024-03-31")
    }

    @Test("unchanged relations are grey, or left out when asked")
    func unchanged() throws {
        var diff = try Self.diff
        // Make the two sides the same: every relation unchanged.
        diff.relations = diff.relations.map { change in
            var change = change
            change.before = max(change.before, change.after)
            change.after = change.before
            change.kind = .unchanged
            return change
        }
        diff.flips = []
        let diagram = DiffDiagramBuilder().build(diff).diagram
        #expect(diagram.edges.allSatisfy { $0.color == DiffDiagramBuilder.ChangeColor.unchanged && $0.label == nil })
        let changesOnly = DiffDiagramBuilder(options: .init(showsUnchanged: false)).build(diff)
        #expect(changesOnly.diagram.edges.isEmpty)
        #expect(changesOnly.diagram.captions.contains("nothing to draw: no relation on either side"))
    }

    @Test("a node limit keeps the actors with the largest changes")
    func nodeLimit() throws {
        let build = DiffDiagramBuilder(options: .init(nodeLimit: .top(2))).build(try Self.diff)
        // Alba and Caldor carry the flip and most of the changed mentions.
        #expect(build.diagram.nodes.map(\.id) == ["country:ALB", "country:CAL"])
        #expect(build.shownNodeCount == 2 && build.totalNodeCount == 4)
        #expect(build.diagram.captions.contains { $0.contains("the 2 actors with the largest changes of 4") })
    }

    @Test("the same diff gives the same DOT, which Graphviz draws with names escaped")
    func deterministicAndDrawable() throws {
        let first = DOTWriter().write(DiffDiagramBuilder().build(try Self.diff).diagram)
        let second = DOTWriter().write(DiffDiagramBuilder().build(try Self.diff).diagram)
        #expect(first == second)
        #expect(first.contains(#"label="Caldor \"the Old\"""#))
        let diagram = DiffDiagramBuilder().build(try Self.diff).diagram
        let svg = try GraphvizRenderer().render(dot: first, layout: diagram.layout, format: .svg)
        let text = String(decoding: svg.data, as: UTF8.self)
        #expect(text.contains("<svg"))
        #expect(text.contains("edge_flip_country_alb_country_cal"))
    }
}
