/// Writes an `ExportGraph` as dynamic GEXF 1.3 (the GEXF 1.3 specification and
/// schema, gexf.net; the GEXF Working Group, 2009-2022), so that Gephi's timeline
/// plays the graph through time.
///
/// The graph is `mode="dynamic"` with `timeformat="date"`. Each edge carries one
/// spell per day one of its mentions is dated (`<spell start="D" end="D"/>`,
/// closed intervals as the specification defines them): it is there on the days
/// the news reported it. Each node carries `start` and `end`, the first and last
/// of its edges' days: it is there from its first reported stance to its last.
/// An edge or node without a dated mention has no spell and is there throughout.
/// Attributes are static (`<attributes class="node" mode="static">`), with the
/// names of `ExportGraph.nodeAttributes` and `edgeAttributes` as ids and titles.
///
/// The graph is directed (`defaultedgetype="directed"`); a mutual stance is one
/// edge with the `directed` attribute false, because networkx's GEXF reader
/// refuses a graph that mixes edge types. Each edge has its `weight` (the view's
/// weight) as GEXF's own `weight`, not as an attribute, and its stance as `label`.
public struct GEXFWriter: Sendable {
    public init() {}

    public func write(_ graph: ExportGraph) -> String {
        let nodeAttributes = graph.nodeAttributes
        // The weight is GEXF's own edge attribute; Gephi keeps it in its Weight column.
        let edgeAttributes = graph.edgeAttributes.filter { $0.name != "weight" }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>StanceGraph</creator>",
            "    <description>\(XMLText.escaped(graph.title))</description>",
            "  </meta>",
            #"  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">"#,
            #"    <attributes class="node" mode="static">"#,
        ]
        for attribute in nodeAttributes {
            lines.append("      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.type.gexf)\"/>")
        }
        lines.append("    </attributes>")
        lines.append(#"    <attributes class="edge" mode="static">"#)
        for attribute in edgeAttributes {
            lines.append("      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.type.gexf)\"/>")
        }
        lines.append("    </attributes>")
        lines.append("    <nodes>")
        for node in graph.nodes {
            var opening = "      <node id=\"\(XMLText.escaped(node.id.rawValue))\" label=\"\(XMLText.escaped(node.name))\""
            if let first = node.firstDate { opening += " start=\"\(first.iso)\"" }
            if let last = node.lastDate { opening += " end=\"\(last.iso)\"" }
            lines.append(opening + ">")
            lines += attributeValues(nodeAttributes, of: node)
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for edge in graph.edges {
            let source = XMLText.escaped(graph.nodes[edge.source].id.rawValue)
            let target = XMLText.escaped(graph.nodes[edge.target].id.rawValue)
            lines.append("      <edge id=\"\(edge.id)\" source=\"\(source)\" target=\"\(target)\" label=\"\(edge.stance.rawValue)\" weight=\"\(edge.weight.description)\">")
            lines += attributeValues(edgeAttributes, of: edge)
            if !edge.dates.isEmpty {
                lines.append("        <spells>")
                for date in edge.dates { lines.append("          <spell start=\"\(date.iso)\" end=\"\(date.iso)\"/>") }
                lines.append("        </spells>")
            }
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func attributeValues<Item>(_ attributes: [ExportAttribute<Item>], of item: Item) -> [String] {
        let values = attributes.compactMap { attribute in attribute.value(item).map { (attribute.name, $0) } }
        guard !values.isEmpty else { return [] }
        return ["        <attvalues>"]
            + values.map { "          <attvalue for=\"\($0.0)\" value=\"\(XMLText.escaped($0.1.text))\"/>" }
            + ["        </attvalues>"]
    }
}
