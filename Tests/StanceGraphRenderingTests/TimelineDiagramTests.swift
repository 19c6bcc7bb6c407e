import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork
import StanceGraphRendering

@Suite("TimelineDiagramBuilder")
struct TimelineDiagramBuilderTests {
    static func timeline(actor: EntityID? = nil) throws -> (Timeline, [ActorGraph]) {
        let document = DiffRenderingFixtures.document
        let builder = TimelineBuilder(granularity: .month, actor: actor)
        let timeline = try builder.build(document)
        return (timeline, builder.graphs(of: timeline, in: document))
    }

    @Test("one box per period with relations, in time order, each node and edge inside its box")
    func boxes() throws {
        let (timeline, graphs) = try Self.timeline()
        let diagram = TimelineDiagramBuilder().build(timeline, graphs: graphs)
        #expect(diagram.clusters.map(\.label) == ["2024-01 · 5 mentions", "2024-03 · 6 mentions"])
        #expect(diagram.captions.contains("1 period without relations not drawn"))
        #expect(diagram.nodes.allSatisfy { node in node.cluster.map { node.id.hasPrefix($0 + "|") } ?? false })
        let order = diagram.edges.filter { $0.classes == ["order"] }
        #expect(order.count == 1)
        #expect(order.first?.attributes["style"] == "invis")
        #expect(order.first.map { $0.source.hasPrefix("period-0|") && $0.target.hasPrefix("period-2|") } == true)
    }

    @Test("a pair is coloured by its most mentioned stance and dashed when mostly hostile")
    func pairStyle() throws {
        let (timeline, graphs) = try Self.timeline()
        let diagram = TimelineDiagramBuilder().build(timeline, graphs: graphs)
        let palette = DiagramPalette.standard
        let januaryAB = try #require(diagram.edges.first { $0.id == "period-0|country:ALB--country:BOR" })
        #expect(januaryAB.color == palette.color(of: .threat), "two threats outnumber one cooperation")
        #expect(januaryAB.lineStyle == .dashed)
        let marchAB = try #require(diagram.edges.first { $0.id == "period-2|country:ALB--country:BOR" })
        #expect(marchAB.color == palette.color(of: .cooperation))
        #expect(marchAB.lineStyle == .solid)
    }

    @Test("past the period limit the busiest periods are drawn, still in time order")
    func periodLimit() throws {
        let (timeline, graphs) = try Self.timeline()
        let diagram = TimelineDiagramBuilder(periodLimit: 1).build(timeline, graphs: graphs)
        #expect(diagram.clusters.map(\.label) == ["2024-03 · 6 mentions"])
        #expect(diagram.captions.contains("the 1 busiest of 2 periods with relations; see the table for all"))
    }

    @Test("the small multiples are laid out by Graphviz")
    func drawable() throws {
        let (timeline, graphs) = try Self.timeline()
        let diagram = TimelineDiagramBuilder().build(timeline, graphs: graphs)
        let dot = DOTWriter().write(diagram)
        #expect(dot == DOTWriter().write(TimelineDiagramBuilder().build(timeline, graphs: graphs)))
        let svg = try GraphvizRenderer().render(dot: dot, layout: diagram.layout, format: .svg)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("cluster_period_0"))
    }
}

@Suite("TimelineChart")
struct TimelineChartTests {
    @Test("the followed actor's values are plotted, with ranks in tooltips and names escaped")
    func chart() throws {
        let (timeline, _) = try TimelineDiagramBuilderTests.timeline(actor: "person:ana-vell")
        let svg = try #require(TimelineChart().svg(timeline))
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("Ana &lt;Vell&gt; &amp; Co: degree by month"))
        #expect(svg.contains("<title>2024-03: degree 1, rank"))
        #expect(!svg.contains("<polyline"), "one point only: no line to draw")
        #expect(svg.contains("2 of 3 periods without Ana &lt;Vell&gt; &amp; Co: the line breaks there"))
        #expect(svg == TimelineChart().svg(timeline))
        let parsed = XMLParser(data: Data(svg.utf8))
        #expect(parsed.parse(), "well-formed XML")
    }

    @Test("a timeline that follows no actor has no chart")
    func noActor() throws {
        let (timeline, _) = try TimelineDiagramBuilderTests.timeline()
        #expect(TimelineChart().svg(timeline) == nil)
    }

    @Test("the line joins consecutive periods the actor is in")
    func line() throws {
        let (timeline, _) = try TimelineDiagramBuilderTests.timeline(actor: "country:ALB")
        let svg = try #require(TimelineChart().svg(timeline))
        // Alba is in January and March, not February: two separate points, no line.
        #expect(!svg.contains("<polyline"))
        let cumulative = try TimelineBuilder(granularity: .month, cumulative: true, actor: "country:ALB")
            .build(DiffRenderingFixtures.document)
        let joined = try #require(TimelineChart().svg(cumulative))
        #expect(joined.components(separatedBy: "<polyline").count == 2, "in every cumulative period: one line")
    }
}
