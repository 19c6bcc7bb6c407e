import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StanceGraphModel
@testable import StanceGraphNetwork

/// The five graph exports on a small document: Avalon and Borduria cooperate
/// (twice, on two days) and Borduria condemns Carpathia's minister, whose name
/// holds characters XML must escape.
@Suite("Graph exports")
struct GraphExportTests {
    static var export: ExportGraph {
        var builder = GraphDocumentBuilder()
        builder.entity("country:AVA", "Avalon", .country)
        builder.entity("country:BOR", "Borduria", .country)
        builder.entity("country:CAR", "Carpathia", .country)
        builder.entity("person:min", "Min <\"Ana\"> & Co\u{1}", .person, country: "country:CAR")
        builder.relation("country:AVA", .cooperation, "country:BOR", date: "2024-03-01")
        builder.relation("country:AVA", .cooperation, "country:BOR", date: "2024-06-15", article: "a2")
        builder.relation("country:BOR", .condemnation, "person:min", date: nil, article: "a3")
        builder.relation("country:BOR", .threat, "country:CAR", date: "2024-06-15", article: "a2")
        var document = builder.document
        for index in document.entities.indices where document.entities[index].type == .country {
            document.entities[index].code = String(document.entities[index].id.rawValue.suffix(3))
        }
        let view = ActorGraph(document: document)
        let table = CentralityCalculator().compute(view, metrics: [.degree, .positiveDegree])
        return ExportGraph(view: view, document: document, metrics: table, title: "test")
    }

    @Test("the export holds the view's nodes and merged edges with codes, weights, counts and dates")
    func model() throws {
        let graph = Self.export
        #expect(graph.nodes.map(\.id.rawValue) == ["country:AVA", "country:BOR", "country:CAR", "person:min"])
        #expect(graph.nodes[3].countryCode == "CAR")
        #expect(graph.edges.count == 3)
        let cooperation = try #require(graph.edges.first { $0.stance == .cooperation })
        #expect(cooperation.evidenceCount == 2)
        #expect(cooperation.cameo.rawValue == "060")
        #expect(cooperation.plover == "COOPERATE")
        #expect(cooperation.dates.map(\.iso) == ["2024-03-01", "2024-06-15"])
        #expect(cooperation.directed == false)
        #expect(graph.nodes[0].firstDate?.iso == "2024-03-01")
        #expect(graph.nodeAttributes.map(\.name).suffix(2) == ["degree", "positiveDegree"])
    }

    /// Parses XML and counts elements by name; fails on a document that is not well formed.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var attributes: [[String: String]] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            self.attributes.append(attributes)
        }
    }

    static func parse(_ text: String) throws -> ElementCounter {
        let parser = XMLParser(data: Data(text.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return counter
    }

    @Test("GraphML declares a key per attribute and is well formed, escaping names")
    func graphML() throws {
        let text = GraphMLWriter().write(Self.export)
        let counter = try Self.parse(text)
        #expect(counter.counts["node"] == 4)
        #expect(counter.counts["edge"] == 3)
        #expect(counter.counts["key"] == 1 + 8 + 10)
        #expect(text.contains("Min &lt;&quot;Ana&quot;&gt; &amp; Co\u{FFFD}"))
        #expect(text.contains("<data key=\"e_cameo\">060</data>"))
        #expect(!text.contains("e_firstDate\"></data>"), "a missing value is no empty element")
    }

    @Test("GEXF is dynamic: one spell per dated day on edges, start and end on nodes")
    func gexf() throws {
        let text = GEXFWriter().write(Self.export)
        let counter = try Self.parse(text)
        #expect(counter.counts["node"] == 4)
        #expect(counter.counts["edge"] == 3)
        #expect(counter.counts["spell"] == 3, "two days of cooperation, one of threat; the undated condemnation has none")
        #expect(text.contains(#"mode="dynamic""#))
        #expect(text.contains(#"<node id="country:AVA" label="Avalon" start="2024-03-01" end="2024-06-15">"#))
    }

    @Test("node-link JSON has networkx's keys and the attributes, missing ones left out")
    func nodeLink() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(NodeLinkWriter().write(Self.export))) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.count == 4)
        #expect(edges.count == 3)
        #expect(nodes[0]["role"] == nil)
        #expect(edges[0]["key"] as? String == "e1")
        #expect(edges.contains { $0["plover"] as? String == "ACCUSE" })
    }

    @Test("Cytoscape.js elements carry data and classes, with networkx's value and key")
    func cytoscape() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(CytoscapeWriter().write(Self.export))) as? [String: Any])
        let elements = try #require(object["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: Any]])
        let edges = try #require(elements["edges"] as? [[String: Any]])
        #expect(nodes.count == 4)
        #expect(edges.count == 3)
        #expect(nodes[0]["classes"] as? String == "country")
        #expect((nodes[0]["data"] as? [String: Any])?["value"] as? String == "country:AVA")
        #expect(edges.contains { $0["classes"] as? String == "threat negative" })
    }

    @Test("the CSV files have neo4j-admin's header form and one row per node and edge")
    func neo4jCSV() {
        let files = Neo4jCSVWriter().write(Self.export)
        let nodes = files.nodes.split(separator: "\n")
        let edges = files.edges.split(separator: "\n")
        #expect(nodes.first == "id:ID,name,:LABEL,type,country,countryCode,role,firstDate:date,lastDate:date,degree:double,positiveDegree:double")
        #expect(edges.first == ":START_ID,:END_ID,:TYPE,id,stance,polarity:int,directed:boolean,cameo,plover,weight:double,evidenceCount:int,firstDate:date,lastDate:date,tentative:boolean")
        #expect(nodes.count == 5)
        #expect(edges.count == 4)
        #expect(nodes[4].hasPrefix("person:min,\"Min <\"\"Ana\"\"> & Co\u{1}\",Person,person,country:CAR,CAR,"))
        #expect(edges.contains { $0.hasPrefix("country:BOR,person:min,CONDEMNATION,") && $0.contains(",111,ACCUSE,1.0,1,,,false") })
    }

    @Test("the same document gives the same bytes")
    func deterministic() {
        #expect(GraphMLWriter().write(Self.export) == GraphMLWriter().write(Self.export))
        #expect(GEXFWriter().write(Self.export) == GEXFWriter().write(Self.export))
        #expect(NodeLinkWriter().write(Self.export) == NodeLinkWriter().write(Self.export))
    }
}
