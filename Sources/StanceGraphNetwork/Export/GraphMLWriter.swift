/// Writes an `ExportGraph` as GraphML (U. Brandes, M. Eiglsperger, J. Lerner,
/// C. Pich, *Graph Markup Language (GraphML)*, Handbook of Graph Drawing and
/// Visualization, 2013; the GraphML primer at graphml.graphdrawing.org).
///
/// One `<key>` per attribute (`attr.name` the attribute's name, `attr.type` its
/// GraphML type; ids `v_NAME` for nodes, `e_NAME` for edges), declared before
/// the graph as the schema requires. The graph is directed
/// (`edgedefault="directed"`); a mutual stance is one edge with `directed`
/// false, because networkx and igraph refuse graphs that mix directed and
/// undirected edges. Nodes carry their name as `label`, which Gephi and yEd show.
/// Parallel edges (two stances between one pair) each have their own `id`.
/// A missing value is a missing `<data>`, never an empty one.
public struct GraphMLWriter: Sendable {
    public init() {}

    public func write(_ graph: ExportGraph) -> String {
        let nodeAttributes = graph.nodeAttributes
        let edgeAttributes = graph.edgeAttributes
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
            #"  <key id="v_label" for="node" attr.name="label" attr.type="string"/>"#,
        ]
        for attribute in nodeAttributes {
            lines.append("  <key id=\"v_\(attribute.name)\" for=\"node\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.type.graphML)\"/>")
        }
        for attribute in edgeAttributes {
            lines.append("  <key id=\"e_\(attribute.name)\" for=\"edge\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.type.graphML)\"/>")
        }
        lines.append("  <graph id=\"G\" edgedefault=\"directed\">")
        lines.append("    <desc>\(XMLText.escaped(graph.title))</desc>")
        for node in graph.nodes {
            lines.append("    <node id=\"\(XMLText.escaped(node.id.rawValue))\">")
            lines.append("      <data key=\"v_label\">\(XMLText.escaped(node.name))</data>")
            for attribute in nodeAttributes {
                guard let value = attribute.value(node) else { continue }
                lines.append("      <data key=\"v_\(attribute.name)\">\(XMLText.escaped(value.text))</data>")
            }
            lines.append("    </node>")
        }
        for edge in graph.edges {
            let source = XMLText.escaped(graph.nodes[edge.source].id.rawValue)
            let target = XMLText.escaped(graph.nodes[edge.target].id.rawValue)
            lines.append("    <edge id=\"\(edge.id)\" source=\"\(source)\" target=\"\(target)\">")
            for attribute in edgeAttributes {
                guard let value = attribute.value(edge) else { continue }
                lines.append("      <data key=\"e_\(attribute.name)\">\(XMLText.escaped(value.text))</data>")
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }
}
