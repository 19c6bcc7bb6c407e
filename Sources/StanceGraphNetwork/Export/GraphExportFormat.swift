/// The formats `stancegraph export` writes a view in, each for the tools that
/// read it.
public enum GraphExportFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// GraphML (the GraphML primer, Brandes et al.): networkx, igraph, Gephi, yEd, Cytoscape.
    case graphml
    /// GEXF 1.3, dynamic (gexf.net): Gephi, with its timeline; networkx.
    case gexf
    /// networkx's node-link JSON (`networkx.node_link_data`): networkx, D3.
    case nodelink
    /// Cytoscape.js elements JSON (`cy.json()`, the `.cyjs` form): Cytoscape.js, Cytoscape.
    case cytoscape
    /// Node and edge CSV files in `neo4j-admin database import`'s header form.
    case csv

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .graphml: return "graphml"
        case .gexf: return "gexf"
        case .nodelink, .cytoscape: return "json"
        case .csv: return "csv"
        }
    }
}
