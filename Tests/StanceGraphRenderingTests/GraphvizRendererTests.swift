import Foundation
import StanceGraphModel
import Testing
@testable import StanceGraphRendering

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    static let fixtureDOT = DOTWriter().write(RenderingFixtures.build(RenderingFixtures.document).diagram)

    @Test("every layout engine draws the fixture as SVG naming every actor", arguments: LayoutEngine.allCases)
    func svg(engine: LayoutEngine) throws {
        let rendered = try GraphvizRenderer().render(dot: Self.fixtureDOT, layout: engine, format: .svg)
        let svg = SVGDocument(rendered.data)
        #expect(svg.isWellFormed)
        for name in ["Germany", "France", "Russia", "European Union", "Marie Durand"] {
            #expect(svg.texts.contains(name), "\(engine) SVG lacks \(name)")
        }
        #expect(svg.elementNames.filter { $0 == "path" || $0 == "polygon" }.count > 10)
    }

    @Test("every layout engine draws the fixture as a PNG of a sensible size", arguments: LayoutEngine.allCases)
    func png(engine: LayoutEngine) throws {
        let rendered = try GraphvizRenderer().render(dot: Self.fixtureDOT, layout: engine, format: .png)
        let size = try #require(PNGSize(rendered.data), "not a PNG")
        #expect(size.width > 300 && size.height > 200)
        #expect(rendered.data.count > 20_000)
    }

    @Test("PDF output is a PDF document")
    func pdf() throws {
        let rendered = try GraphvizRenderer().render(dot: Self.fixtureDOT, layout: .neato, format: .pdf)
        #expect(rendered.data.prefix(5) == Data("%PDF-".utf8))
        #expect(rendered.data.count > 5_000)
    }

    @Test("the resolution scales PNG output")
    func dpi() throws {
        let normal = try #require(PNGSize(GraphvizRenderer().render(dot: Self.fixtureDOT, layout: .dot, format: .png).data))
        let double = try #require(PNGSize(GraphvizRenderer().render(dot: Self.fixtureDOT, layout: .dot, format: .png, dpi: 192).data))
        #expect(abs(Double(double.width) / Double(normal.width) - 2) < 0.05)
    }

    @Test("text Graphviz cannot read is reported with Graphviz's message, and the next render still works")
    func invalidDOT() throws {
        #expect {
            try GraphvizRenderer().render(dot: "digraph \"x\" { a -> ; }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .invalidDOT(let messages)? = error as? RenderingError else { return false }
            return messages.contains(where: { $0.contains("syntax error in line 1") })
        }
        let rendered = try GraphvizRenderer().render(dot: "digraph \"x\" { a -> b; }", layout: .dot, format: .svg)
        #expect(SVGDocument(rendered.data).texts == ["a", "b"])
    }

    @Test("text after the graph on its closing line is rejected and never leaks into the next render")
    func trailingText() throws {
        #expect {
            try GraphvizRenderer().render(dot: "digraph \"x\" { a -> b; } digraph \"y\" { c -> d; }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .invalidDOT(let messages)? = error as? RenderingError else { return false }
            return messages.contains(where: { $0.contains("holds 2 graphs") })
        }
        #expect(throws: RenderingError.self) {
            try GraphvizRenderer().render(dot: "digraph \"x\" { a -> b; } junk {", layout: .dot, format: .svg)
        }
        let rendered = try GraphvizRenderer().render(dot: "digraph \"z\" { e -> f; }\n\n", layout: .dot, format: .svg)
        #expect(SVGDocument(rendered.data).texts == ["e", "f"])
        #expect {
            try GraphvizRenderer().render(dot: "digraph \"x\" {\n  a;\n  b -> ;\n}", layout: .dot, format: .svg)
        } throws: { error in
            guard case .invalidDOT(let messages)? = error as? RenderingError else { return false }
            return messages.contains(where: { $0.contains("syntax error in line 3") })
        }
    }

    @Test("an error inside a readable graph fails the render instead of drawing a wrong picture")
    func errorInsideGraph() {
        #expect(throws: RenderingError.self) {
            try GraphvizRenderer().render(dot: "digraph \"x\" { a [label=<<B>unclosed>]; }", layout: .dot, format: .svg)
        }
    }

    @Test("warnings are captured and returned, not printed, and the picture is still drawn")
    func warnings() throws {
        let rendered = try GraphvizRenderer().render(dot: "digraph \"x\" { a [shape=\"no-such-shape\"]; }", layout: .dot, format: .svg)
        #expect(rendered.warnings.contains(where: { $0.contains("no-such-shape") }))
        #expect(SVGDocument(rendered.data).isWellFormed)
        let clean = try GraphvizRenderer().render(dot: "digraph \"x\" { a; }", layout: .dot, format: .svg)
        #expect(clean.warnings.isEmpty)
    }

    @Test("concurrent renders are serialised and each gets the same picture")
    func concurrent() async throws {
        let pictures = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<6 {
                group.addTask { try GraphvizRenderer().render(dot: Self.fixtureDOT, layout: .neato, format: .svg).data }
            }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(pictures.count == 6)
        #expect(Set(pictures).count == 1)
    }

    @Test("the graph's name, not a per-process one, titles the SVG")
    func namedGraph() throws {
        let rendered = try GraphvizRenderer().render(dot: Self.fixtureDOT, layout: .dot, format: .svg)
        #expect(String(decoding: rendered.data, as: UTF8.self).contains("<title>stancegraph</title>"))
    }
}
