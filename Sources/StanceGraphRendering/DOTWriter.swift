/// Writes a `Diagram` as DOT text (Graphviz's graph language).
///
/// The output is deterministic: nodes, edges and clusters in the diagram's order,
/// attributes in key order, numbers with at most two decimals, so the same
/// diagram always gives the same bytes and can be compared with a golden file.
///
/// Every string is quoted and escaped for the attribute it goes into (see
/// `DOTText`), so names with quotes, backslashes, angle brackets, ampersands or
/// newlines are drawn as text and never break the file. The title, captions and
/// legend are one HTML-like table in the graph's label, which every layout engine
/// places the same way (above the drawing).
///
/// Every node, edge and cluster gets a stable SVG element id derived from its
/// diagram id (`node_…`, `edge_…`, `cluster_…`), unique within the diagram, and
/// its classes, so SVG output can be styled and scripted.
///
/// - Complexity: O(size of the output).
public struct DOTWriter: Sendable {
    public init() {}

    public func write(_ diagram: Diagram) -> String {
        var output = DOTOutput()
        var elementIDs = ElementIDs()
        output.line("digraph \(DOTText.quoted(diagram.name, as: .identifier)) {")

        var graph = attributesOfGraph(diagram)
        graph.merge(diagram.attributes.mapValues { Attribute.plain($0) }) { _, extra in extra }
        output.line("  graph [")
        for (key, value) in graph.sorted(by: { $0.key < $1.key }) {
            output.line("    \(key)=\(value.dot)")
        }
        output.line("  ];")
        let font = Attribute.plain(diagram.fontName).dot
        output.line("  node [fontname=\(font), style=\"filled\", fillcolor=\"#ffffff\", color=\"#444444\"];")
        output.line("  edge [fontname=\(font), color=\"#666666\"];")

        let clusterIDs = Set(diagram.clusters.map(\.id))
        for cluster in diagram.clusters {
            output.line("  subgraph \(DOTText.quoted("cluster_" + cluster.id, as: .identifier)) {")
            output.line("    graph [\(attributeList(attributes(of: cluster, id: elementIDs.unique("cluster", cluster.id))))];")
            for node in diagram.nodes where node.cluster == cluster.id {
                output.line("    \(statement(for: node, elementIDs: &elementIDs))")
            }
            output.line("  }")
        }
        for node in diagram.nodes where node.cluster.map({ !clusterIDs.contains($0) }) ?? true {
            output.line("  \(statement(for: node, elementIDs: &elementIDs))")
        }
        for edge in diagram.edges {
            let ends = "\(DOTText.quoted(edge.source, as: .identifier)) -> \(DOTText.quoted(edge.target, as: .identifier))"
            let id = elementIDs.unique("edge", edge.id)
            output.line("  \(ends) [\(attributeList(attributes(of: edge, id: id)))];")
        }
        output.line("}")
        return output.text
    }

    // MARK: - Attributes

    /// An attribute value and how it is escaped.
    enum Attribute: Hashable {
        case text(String)
        case tooltip(String)
        case plain(String)
        /// Markup already escaped with `DOTText.html`, written between `<` and `>`.
        case html(String)

        static func number(_ value: Double) -> Attribute { .plain(DOTText.number(value)) }
        static func color(_ value: DiagramColor) -> Attribute { .plain(value.description) }

        var dot: String {
            switch self {
            case .text(let text): return DOTText.quoted(text, as: .label)
            case .tooltip(let text): return DOTText.quoted(text, as: .tooltip)
            case .plain(let text): return DOTText.quoted(text, as: .plain)
            case .html(let markup): return "<" + markup + ">"
            }
        }
    }

    private func attributeList(_ attributes: [String: Attribute]) -> String {
        attributes.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value.dot)" }.joined(separator: ", ")
    }

    private func attributesOfGraph(_ diagram: Diagram) -> [String: Attribute] {
        var attributes: [String: Attribute] = [
            "fontname": .plain(diagram.fontName),
            "layout": .plain(diagram.layout.rawValue),
            "outputorder": .plain("edgesfirst"),
            "pad": .plain("0.3"),
        ]
        if let background = diagram.background { attributes["bgcolor"] = .color(background) }
        if let heading = DiagramHeading(diagram: diagram).markup {
            attributes["label"] = .html(heading)
            attributes["labelloc"] = .plain("t")
            attributes["labeljust"] = .plain("l")
        }
        return attributes
    }

    private func statement(for node: DiagramNode, elementIDs: inout ElementIDs) -> String {
        let id = elementIDs.unique("node", node.id)
        return "\(DOTText.quoted(node.id, as: .identifier)) [\(attributeList(attributes(of: node, id: id)))];"
    }

    private func attributes(of node: DiagramNode, id: String) -> [String: Attribute] {
        var attributes: [String: Attribute] = [
            "id": .plain(id),
            "label": .text(node.shape == .dot ? "" : node.label),
            "shape": .plain(node.shape.graphvizShape),
        ]
        var styles = ["filled"]
        if node.shape == .roundedBox { styles.append("rounded") }
        if node.lineStyle != .solid { styles.append(node.lineStyle.rawValue) }
        attributes["style"] = .plain(styles.joined(separator: ","))
        if node.shape == .dot {
            attributes["fixedsize"] = .plain("true")
            attributes["width"] = .number(node.minimumWidth ?? 0.12)
            attributes["height"] = .number(node.minimumHeight ?? node.minimumWidth ?? 0.12)
        } else {
            if let width = node.minimumWidth { attributes["width"] = .number(width) }
            if let height = node.minimumHeight { attributes["height"] = .number(height) }
        }
        if let tooltip = node.tooltip { attributes["tooltip"] = .tooltip(tooltip) }
        if let color = node.fillColor { attributes["fillcolor"] = .color(color) }
        if let color = node.strokeColor { attributes["color"] = .color(color) }
        if let color = node.fontColor { attributes["fontcolor"] = .color(color) }
        if let size = node.fontSize { attributes["fontsize"] = .number(size) }
        if let width = node.penWidth { attributes["penwidth"] = .number(width) }
        if let classes = classAttribute(node.classes) { attributes["class"] = classes }
        for (key, value) in node.attributes { attributes[key] = .plain(value) }
        return attributes
    }

    private func attributes(of edge: DiagramEdge, id: String) -> [String: Attribute] {
        var attributes: [String: Attribute] = ["id": .plain(id)]
        if !edge.isDirected { attributes["dir"] = .plain("none") }
        if let label = edge.label { attributes["label"] = .text(label) }
        if let tooltip = edge.tooltip {
            attributes["tooltip"] = .tooltip(tooltip)
            // Graphviz draws a label outside the edge's link, so it needs its own.
            if edge.label != nil { attributes["labeltooltip"] = .tooltip(tooltip) }
        }
        if let color = edge.color { attributes["color"] = .color(color) }
        if let color = edge.fontColor ?? edge.color { attributes["fontcolor"] = .color(color) }
        if let size = edge.fontSize { attributes["fontsize"] = .number(size) }
        if let width = edge.penWidth { attributes["penwidth"] = .number(width) }
        if edge.lineStyle != .solid { attributes["style"] = .plain(edge.lineStyle.rawValue) }
        if let size = edge.arrowSize { attributes["arrowsize"] = .number(size) }
        if let weight = edge.layoutWeight { attributes["weight"] = .number(weight) }
        if let classes = classAttribute(edge.classes) { attributes["class"] = classes }
        for (key, value) in edge.attributes { attributes[key] = .plain(value) }
        return attributes
    }

    private func attributes(of cluster: DiagramCluster, id: String) -> [String: Attribute] {
        var attributes: [String: Attribute] = [
            "id": .plain(id),
            "label": .text(cluster.label),
            "style": .plain("rounded,filled"),
            "labeljust": .plain("l"),
        ]
        if let tooltip = cluster.tooltip { attributes["tooltip"] = .tooltip(tooltip) }
        if let color = cluster.fillColor { attributes["fillcolor"] = .color(color) }
        if let color = cluster.strokeColor { attributes["color"] = .color(color) }
        if let color = cluster.fontColor { attributes["fontcolor"] = .color(color) }
        if let size = cluster.fontSize { attributes["fontsize"] = .number(size) }
        if let classes = classAttribute(cluster.classes) { attributes["class"] = classes }
        return attributes
    }

    private func classAttribute(_ classes: [String]) -> Attribute? {
        let names = classes.map(DOTText.className).filter { !$0.isEmpty }
        return names.isEmpty ? nil : .plain(names.joined(separator: " "))
    }
}

/// The DOT text being written, line by line.
private struct DOTOutput {
    var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }
}

/// Hands out SVG element ids (`node_…`, `edge_…`) that are unique within one
/// diagram, in the order they are asked for, so they are stable for a stable
/// diagram.
struct ElementIDs {
    private var used: Set<String> = []

    mutating func unique(_ prefix: String, _ id: String) -> String {
        let base = prefix + "_" + DOTText.slug(id)
        var candidate = base
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = base + "_" + String(suffix)
            suffix += 1
        }
        return candidate
    }
}
