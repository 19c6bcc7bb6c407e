import StanceGraphModel

/// Writes an `ExportGraph` as networkx's node-link JSON (networkx
/// `node_link_data` / `node_link_graph`, networkx 3.x documentation), in the
/// graph document's JSON style (`JSONValue`).
///
/// `{"directed": true, "multigraph": true, "graph": {...}, "nodes": [...],
/// "edges": [...]}`: nodes have `id`, `name` and the node attributes; edges
/// `source`, `target`, `key` (the edge id, distinguishing two stances between
/// one pair) and the edge attributes. Missing values are left out. The edge list
/// is under `edges`, the default of `networkx.node_link_graph` from networkx 3.6
/// on; networkx 3.4-3.5 read it with `edges="edges"`, earlier releases with
/// `link="edges"`.
public struct NodeLinkWriter: Sendable {
    public init() {}

    public func json(_ graph: ExportGraph) -> JSONValue {
        let nodeAttributes = graph.nodeAttributes
        let edgeAttributes = graph.edgeAttributes
        let nodes = graph.nodes.map { node -> JSONValue in
            var fields: [String: JSONValue] = ["id": .string(node.id.rawValue), "name": .string(node.name)]
            for attribute in nodeAttributes { fields[attribute.name] = attribute.value(node)?.json }
            return .object(fields)
        }
        let edges = graph.edges.map { edge -> JSONValue in
            var fields: [String: JSONValue] = [
                "source": .string(graph.nodes[edge.source].id.rawValue),
                "target": .string(graph.nodes[edge.target].id.rawValue),
                "key": .string(edge.id),
            ]
            for attribute in edgeAttributes { fields[attribute.name] = attribute.value(edge)?.json }
            return .object(fields)
        }
        return [
            "directed": true,
            "multigraph": true,
            "graph": ["name": .string(graph.title)],
            "nodes": .array(nodes),
            "edges": .array(edges),
        ]
    }

    public func write(_ graph: ExportGraph) -> [UInt8] { json(graph).jsonBytes() }
}
