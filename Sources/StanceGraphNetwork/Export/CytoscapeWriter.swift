import StanceGraphModel

/// Writes an `ExportGraph` as Cytoscape.js elements JSON (Cytoscape.js
/// documentation, "Notation: elements JSON" and `cy.json()`), in the `.cyjs`
/// form Cytoscape desktop imports, in the graph document's JSON style.
///
/// `{"elements": {"nodes": [{"data": {...}, "classes": "..."}], "edges": [...]},
/// "data": {...}, ...}`: a node's data has `id`, `name` and the node attributes,
/// its classes its type; an edge's data has `id`, `source`, `target` and the edge
/// attributes, its classes its stance and `positive` or `negative`, for
/// stylesheets. Each node's data also has `value` (its id) and each edge's `key`
/// (its id), which `networkx.cytoscape_graph` reads; Cytoscape.js keeps them as
/// data. `cytoscape({elements: json.elements})` or `cy.json(json)` loads it.
public struct CytoscapeWriter: Sendable {
    public init() {}

    public func json(_ graph: ExportGraph) -> JSONValue {
        let nodeAttributes = graph.nodeAttributes
        let edgeAttributes = graph.edgeAttributes
        let nodes = graph.nodes.map { node -> JSONValue in
            var data: [String: JSONValue] = ["id": .string(node.id.rawValue), "value": .string(node.id.rawValue),
                                             "name": .string(node.name)]
            for attribute in nodeAttributes { data[attribute.name] = attribute.value(node)?.json }
            return ["data": .object(data), "classes": .string(node.type.rawValue)]
        }
        let edges = graph.edges.map { edge -> JSONValue in
            var data: [String: JSONValue] = [
                "id": .string(edge.id), "key": .string(edge.id),
                "source": .string(graph.nodes[edge.source].id.rawValue),
                "target": .string(graph.nodes[edge.target].id.rawValue),
            ]
            for attribute in edgeAttributes { data[attribute.name] = attribute.value(edge)?.json }
            let polarity = edge.polarity > 0 ? "positive" : "negative"
            return ["data": .object(data), "classes": .string("\(edge.stance.rawValue) \(polarity)")]
        }
        return [
            "format_version": "1.0",
            "generated_by": "StanceGraph",
            "target_cytoscapejs_version": "~3",
            "data": ["name": .string(graph.title)],
            "directed": true,
            "multigraph": true,
            "elements": ["nodes": .array(nodes), "edges": .array(edges)],
        ]
    }

    public func write(_ graph: ExportGraph) -> [UInt8] { json(graph).jsonBytes() }
}
