import Foundation
import StanceGraphModel
import StanceGraphNetwork
import Testing
@testable import StanceGraphRendering

@Suite("DOTWriter")
struct DOTWriterTests {
    @Test("the DOT of the fixture graph matches the golden file")
    func golden() throws {
        let build = RenderingFixtures.build(RenderingFixtures.document) { $0.sizeBy = .strength }
        try GoldenFile.check(DOTWriter().write(build.diagram), against: "fixture-graph.dot")
    }

    @Test("the DOT of the fixture graph clustered by country matches the golden file")
    func goldenClusters() throws {
        let build = RenderingFixtures.build(RenderingFixtures.document) {
            $0.sizeBy = .strength
            $0.clustering = .countries
        }
        try GoldenFile.check(DOTWriter().write(build.diagram), against: "fixture-graph-clusters.dot")
    }

    @Test("the same diagram always gives the same bytes")
    func deterministic() {
        let first = DOTWriter().write(RenderingFixtures.build(RenderingFixtures.document).diagram)
        let second = DOTWriter().write(RenderingFixtures.build(RenderingFixtures.document).diagram)
        #expect(first == second)
        #expect(first.hasPrefix("digraph \"stancegraph\" {\n"))
    }

    @Test("hostile names stay text in the DOT: every quote inside a string is escaped")
    func hostileDOT() {
        let dot = DOTWriter().write(RenderingFixtures.build(RenderingFixtures.hostileDocument).diagram)
        #expect(!dot.contains("\u{0}"))
        #expect(dot.contains(#"label="Quote \"Q\" O'Neil""#))
        #expect(dot.contains(#"label="Back\\slash \\N \\G \\""#))
        #expect(dot.contains(#"label="Ampersand &amp; &amp;amp; Co""#))
        #expect(dot.contains(#"label="New line and return""#))
        // Every line is a statement or a brace: no string spilled over a line break.
        for line in dot.split(separator: "\n") where !line.hasPrefix("    ") {
            #expect(line.hasSuffix(";") || line.hasSuffix("{") || line.hasSuffix("}") || line.hasSuffix("["), "\(line)")
        }
    }

    @Test("hostile names render through Graphviz as the exact text, in well-formed SVG without markup from the input")
    func hostileSVG() throws {
        let build = RenderingFixtures.build(RenderingFixtures.hostileDocument)
        let dot = DOTWriter().write(build.diagram)
        let rendered = try GraphvizRenderer().render(dot: dot, layout: .dot, format: .svg)
        let svg = SVGDocument(rendered.data)
        #expect(svg.isWellFormed)
        #expect(!svg.elementNames.contains("script"))
        let expected = [#"Quote "Q" O'Neil"#, #"Back\slash \N \G \"#, "<script>alert('x')</script>",
                        "Ampersand & &amp; Co", "New line and return", "Nul byte"]
        for name in expected {
            #expect(svg.texts.contains(name), "no <text> reads \(name)")
            #expect(svg.tooltips.contains(where: { $0.hasPrefix(name + "\n") }), "no tooltip starts with \(name)")
        }
        #expect(svg.tooltips.contains(where: { $0.contains(#"“She said "</title><script>" & \N then left.”"#) }))
        #expect(svg.texts.contains(where: { $0.contains(#"<b>Bad & "Wire"</b> \N"#) }), "the source caption is drawn as text")
        #expect(svg.tooltips.contains(where: { $0.hasSuffix(#"(<b>Bad & "Wire"</b> \N, 2024-05-05)"#) }))
    }

    @Test("nodes, edges and clusters get stable, unique, XML-safe element ids and their classes")
    func elementIDs() throws {
        let build = RenderingFixtures.build(RenderingFixtures.document) { $0.clustering = .countries }
        let rendered = try GraphvizRenderer().render(dot: DOTWriter().write(build.diagram), layout: .fdp, format: .svg)
        let svg = SVGDocument(rendered.data)
        for id in ["node_country_deu", "node_person_marie_durand", "cluster_country_fra",
                   "edge_country_deu_country_fra_cooperation_mutual", "edge_person_marie_durand_country_rus_condemnation"] {
            #expect(svg.ids.contains(id), "missing element id \(id)")
        }
        let elementIDs = svg.ids.filter { $0.hasPrefix("node_") || $0.hasPrefix("edge_") || $0.hasPrefix("cluster_") }
        #expect(Set(elementIDs).count == elementIDs.count)
        #expect(svg.classes.contains("node actor person"))
        #expect(svg.classes.contains("edge stance stance-sanction negative tentative"))
    }

    @Test("ids that slug alike are told apart by a suffix")
    func collidingIDs() {
        let diagram = Diagram(nodes: [DiagramNode(id: "a:b", label: "one"), DiagramNode(id: "a-b", label: "two"),
                                      DiagramNode(id: "a b", label: "three")])
        let dot = DOTWriter().write(diagram)
        #expect(dot.contains(#"id="node_a_b""#))
        #expect(dot.contains(#"id="node_a_b_2""#))
        #expect(dot.contains(#"id="node_a_b_3""#))
    }

    @Test("undirected edges have no arrowheads and tentative ones are dashed")
    func edgeStyles() {
        let diagram = Diagram(
            nodes: [DiagramNode(id: "a", label: "A"), DiagramNode(id: "b", label: "B")],
            edges: [DiagramEdge(id: "1", source: "a", target: "b", isDirected: false),
                    DiagramEdge(id: "2", source: "a", target: "b", isDirected: true, lineStyle: .dashed)])
        let lines = DOTWriter().write(diagram).split(separator: "\n").filter { $0.contains("->") }
        #expect(lines.count == 2)
        #expect(lines[0].contains(#"dir="none""#))
        #expect(!lines[1].contains("dir="))
        #expect(lines[1].contains(#"style="dashed""#))
    }

    @Test("the legend lists each entry's text, escaped, inside the graph label")
    func legendMarkup() {
        var diagram = Diagram(title: "T & <t>")
        diagram.legend = DiagramLegend(sections: [
            .init(title: "Stances", entries: [.init(.line(color: .black, style: .dashed, directed: true), "a <b> & c")]),
        ])
        let dot = DOTWriter().write(diagram)
        #expect(dot.contains("T &amp; &lt;t&gt;"))
        #expect(dot.contains("a &lt;b&gt; &amp; c"))
        #expect(dot.contains("label=<<TABLE"))
    }
}
