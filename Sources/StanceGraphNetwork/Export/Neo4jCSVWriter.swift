/// Writes an `ExportGraph` as two CSV files, nodes and edges, in the header
/// form of `neo4j-admin database import` (Neo4j Operations Manual, "Import":
/// header files, `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, and typed
/// properties `name:type`).
///
/// Nodes: `id:ID,name,:LABEL,type,country,countryCode,role,firstDate:date,
/// lastDate:date`, then one `:double` column per metric; the label is the type
/// capitalized (`Country`). Edges: `:START_ID,:END_ID,:TYPE,id,stance,
/// polarity:int,directed:boolean,cameo,plover,weight:double,evidenceCount:int,
/// firstDate:date,lastDate:date,tentative:boolean`; the type is the stance in
/// capitals (`CONDEMNATION`), as Neo4j names relationship types. The columns
/// are fixed (metrics come only with `--metrics`); a missing value is an empty
/// field, which the import leaves unset. Fields with a comma, a quote or a line
/// break are quoted, quotes doubled (RFC 4180). Gephi's spreadsheet import and
/// any CSV reader take the same files.
public struct Neo4jCSVWriter: Sendable {
    public init() {}

    /// The two files' text.
    public struct Files: Sendable, Hashable {
        public var nodes: String
        public var edges: String
    }

    public func write(_ graph: ExportGraph) -> Files {
        let nodeAttributes = graph.nodeAttributes
        let edgeAttributes = graph.edgeAttributes
        var nodeLines = [(["id:ID", "name", ":LABEL"] + nodeAttributes.map { $0.name + $0.type.neo4j }).joined(separator: ",")]
        for node in graph.nodes {
            let label = node.type.rawValue.prefix(1).uppercased() + node.type.rawValue.dropFirst()
            let fields = [node.id.rawValue, node.name, label] + nodeAttributes.map { $0.value(node)?.text ?? "" }
            nodeLines.append(fields.map(Self.field).joined(separator: ","))
        }
        var edgeLines = [([":START_ID", ":END_ID", ":TYPE", "id"] + edgeAttributes.map { $0.name + $0.type.neo4j }).joined(separator: ",")]
        for edge in graph.edges {
            let fields = [graph.nodes[edge.source].id.rawValue, graph.nodes[edge.target].id.rawValue,
                          edge.stance.rawValue.uppercased(), edge.id] + edgeAttributes.map { $0.value(edge)?.text ?? "" }
            edgeLines.append(fields.map(Self.field).joined(separator: ","))
        }
        return Files(nodes: nodeLines.joined(separator: "\n") + "\n", edges: edgeLines.joined(separator: "\n") + "\n")
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
