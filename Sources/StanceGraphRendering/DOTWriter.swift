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
        output.append("digraph ")
        output.append(quoted: diagram.name, as: .identifier)
        output.append(" {\n")

        var graph = attributesOfGraph(diagram)
        for (key, value) in diagram.attributes { graph.set(key, .plain(value)) }
        output.append("  graph [\n")
        for (key, value) in graph.sorted {
            output.append("    ")
            output.append(key)
            output.append("=")
            output.append(value)
            output.append("\n")
        }
        output.append("  ];\n")
        output.append("  node [fontname=")
        output.append(quoted: diagram.fontName, as: .plain)
        output.append(", style=\"filled\", fillcolor=\"#ffffff\", color=\"#444444\"];\n")
        output.append("  edge [fontname=")
        output.append(quoted: diagram.fontName, as: .plain)
        output.append(", color=\"#666666\"];\n")

        // Nodes are written inside their cluster, in diagram order.
        let clusterIDs = Set(diagram.clusters.map(\.id))
        var members: [String: [Int]] = [:]
        var loose: [Int] = []
        for (index, node) in diagram.nodes.enumerated() {
            if let cluster = node.cluster, clusterIDs.contains(cluster) {
                members[cluster, default: []].append(index)
            } else {
                loose.append(index)
            }
        }
        for cluster in diagram.clusters {
            output.append("  subgraph ")
            output.append(quoted: "cluster_" + cluster.id, as: .identifier)
            output.append(" {\n    graph [")
            output.append(attributes(of: cluster, id: elementIDs.unique("cluster", cluster.id)))
            output.append("];\n")
            for index in members[cluster.id] ?? [] {
                output.append("    ")
                statement(for: diagram.nodes[index], elementIDs: &elementIDs, to: &output)
            }
            output.append("  }\n")
            members[cluster.id] = nil
        }
        for index in loose {
            output.append("  ")
            statement(for: diagram.nodes[index], elementIDs: &elementIDs, to: &output)
        }
        for edge in diagram.edges {
            output.append("  ")
            output.append(quoted: edge.source, as: .identifier)
            output.append(" -> ")
            output.append(quoted: edge.target, as: .identifier)
            output.append(" [")
            output.append(attributes(of: edge, id: elementIDs.unique("edge", edge.id)))
            output.append("];\n")
        }
        output.append("}\n")
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
        case number(Double)
        case color(DiagramColor)
    }

    /// A node's, edge's or graph's attributes, written in key order.
    struct Attributes {
        private var entries: [(key: String, value: Attribute)] = []

        /// Sets `key`, replacing any earlier value.
        mutating func set(_ key: String, _ value: Attribute) {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = value
            } else {
                entries.append((key, value))
            }
        }

        var sorted: [(key: String, value: Attribute)] { entries.sorted { $0.key < $1.key } }
    }

    private func attributesOfGraph(_ diagram: Diagram) -> Attributes {
        var attributes = Attributes()
        if let background = diagram.background { attributes.set("bgcolor", .color(background)) }
        attributes.set("fontname", .plain(diagram.fontName))
        attributes.set("layout", .plain(diagram.layout.rawValue))
        attributes.set("outputorder", .plain("edgesfirst"))
        attributes.set("pad", .plain("0.3"))
        if let heading = DiagramHeading(diagram: diagram).markup {
            attributes.set("label", .html(heading))
            attributes.set("labelloc", .plain("t"))
            attributes.set("labeljust", .plain("l"))
        }
        return attributes
    }

    private func statement(for node: DiagramNode, elementIDs: inout ElementIDs, to output: inout DOTOutput) {
        output.append(quoted: node.id, as: .identifier)
        output.append(" [")
        output.append(attributes(of: node, id: elementIDs.unique("node", node.id)))
        output.append("];\n")
    }

    private func attributes(of node: DiagramNode, id: String) -> Attributes {
        var attributes = Attributes()
        attributes.set("id", .plain(id))
        attributes.set("label", .text(node.shape == .dot ? "" : node.label))
        attributes.set("shape", .plain(node.shape.graphvizShape))
        var style = "filled"
        if node.shape == .roundedBox { style += ",rounded" }
        if node.lineStyle != .solid { style += "," + node.lineStyle.rawValue }
        attributes.set("style", .plain(style))
        if node.shape == .dot {
            attributes.set("fixedsize", .plain("true"))
            attributes.set("width", .number(node.minimumWidth ?? 0.12))
            attributes.set("height", .number(node.minimumHeight ?? node.minimumWidth ?? 0.12))
        } else {
            if let width = node.minimumWidth { attributes.set("width", .number(width)) }
            if let height = node.minimumHeight { attributes.set("height", .number(height)) }
        }
        if let tooltip = node.tooltip { attributes.set("tooltip", .tooltip(tooltip)) }
        if let color = node.fillColor { attributes.set("fillcolor", .color(color)) }
        if let color = node.strokeColor { attributes.set("color", .color(color)) }
        if let color = node.fontColor { attributes.set("fontcolor", .color(color)) }
        if let size = node.fontSize { attributes.set("fontsize", .number(size)) }
        if let width = node.penWidth { attributes.set("penwidth", .number(width)) }
        if let classes = classAttribute(node.classes) { attributes.set("class", classes) }
        for (key, value) in node.attributes { attributes.set(key, .plain(value)) }
        return attributes
    }

    private func attributes(of edge: DiagramEdge, id: String) -> Attributes {
        var attributes = Attributes()
        attributes.set("id", .plain(id))
        if !edge.isDirected { attributes.set("dir", .plain("none")) }
        if let label = edge.label { attributes.set("label", .text(label)) }
        if let tooltip = edge.tooltip {
            attributes.set("tooltip", .tooltip(tooltip))
            // Graphviz draws a label outside the edge's link, so it needs its own.
            if edge.label != nil { attributes.set("labeltooltip", .tooltip(tooltip)) }
        }
        if let color = edge.color { attributes.set("color", .color(color)) }
        if let color = edge.fontColor ?? edge.color { attributes.set("fontcolor", .color(color)) }
        if let size = edge.fontSize { attributes.set("fontsize", .number(size)) }
        if let width = edge.penWidth { attributes.set("penwidth", .number(width)) }
        if edge.lineStyle != .solid { attributes.set("style", .plain(edge.lineStyle.rawValue)) }
        if let size = edge.arrowSize { attributes.set("arrowsize", .number(size)) }
        if let weight = edge.layoutWeight { attributes.set("weight", .number(weight)) }
        if let classes = classAttribute(edge.classes) { attributes.set("class", classes) }
        for (key, value) in edge.attributes { attributes.set(key, .plain(value)) }
        return attributes
    }

    private func attributes(of cluster: DiagramCluster, id: String) -> Attributes {
        var attributes = Attributes()
        attributes.set("id", .plain(id))
        attributes.set("label", .text(cluster.label))
        attributes.set("style", .plain("rounded,filled"))
        attributes.set("labeljust", .plain("l"))
        if let tooltip = cluster.tooltip { attributes.set("tooltip", .tooltip(tooltip)) }
        if let color = cluster.fillColor { attributes.set("fillcolor", .color(color)) }
        if let color = cluster.strokeColor { attributes.set("color", .color(color)) }
        if let color = cluster.fontColor { attributes.set("fontcolor", .color(color)) }
        if let size = cluster.fontSize { attributes.set("fontsize", .number(size)) }
        if let classes = classAttribute(cluster.classes) { attributes.set("class", classes) }
        return attributes
    }

    private func classAttribute(_ classes: [String]) -> Attribute? {
        let names = classes.map(DOTText.className).filter { !$0.isEmpty }
        return names.isEmpty ? nil : .plain(names.joined(separator: " "))
    }
}

/// The DOT text being written, as UTF-8 bytes.
struct DOTOutput {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 16) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(quoted text: String, as kind: DOTText.Kind) {
        DOTText.appendQuoted(text, as: kind, to: &bytes)
    }

    mutating func append(_ value: DOTWriter.Attribute) {
        switch value {
        case .text(let text): append(quoted: text, as: .label)
        case .tooltip(let text): append(quoted: text, as: .tooltip)
        case .plain(let text): append(quoted: text, as: .plain)
        case .number(let number): append(quoted: DOTText.number(number), as: .plain)
        case .color(let color):
            bytes.append(UInt8(ascii: "\""))
            color.appendHex(to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        case .html(let markup):
            bytes.append(UInt8(ascii: "<"))
            bytes.append(contentsOf: markup.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
    }

    /// `key="value", …` in key order.
    mutating func append(_ attributes: DOTWriter.Attributes) {
        for (position, entry) in attributes.sorted.enumerated() {
            if position > 0 { append(", ") }
            append(entry.key)
            bytes.append(UInt8(ascii: "="))
            append(entry.value)
        }
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
