import StanceGraphModel

/// A view of a graph document with everything the graph exports write: each
/// node with its type, country and role (and metric values when asked for), each
/// merged stance edge with its stance, polarity, CAMEO and PLOVER codes, weight,
/// evidence count and dates. Built once and handed to every export writer
/// (`GraphMLWriter`, `GEXFWriter`, `NodeLinkWriter`, `CytoscapeWriter`,
/// `Neo4jCSVWriter`), so the five formats say the same thing.
///
/// Attribute names are the graph document's camelCase ones (`countryCode`,
/// `evidenceCount`, `firstDate`); metric attributes are `CentralityMetric.jsonKey`.
/// Nodes keep the view's order (by entity id), edges theirs (by source, target,
/// stance); edge ids are `e1`, `e2`, ... in that order, so the same document
/// and options always give the same bytes.
public struct ExportGraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        public var id: EntityID
        public var name: String
        public var type: EntityType
        /// The country the actor belongs to (for a country, nil).
        public var country: EntityID?
        /// The ISO 3166-1 alpha-3 code of the actor's country (its own for a country).
        public var countryCode: String?
        public var role: String?
        /// Metric values, in `ExportGraph.metrics` order; empty unless metrics were asked for.
        public var metricValues: [Double]
        /// The first and last dates of the node's edges (nil when none is dated).
        public var firstDate: CalendarDate?
        public var lastDate: CalendarDate?
    }

    public struct Edge: Sendable, Hashable {
        /// `e1`, `e2`, ... in the view's edge order.
        public var id: String
        /// Node indices.
        public var source: Int
        public var target: Int
        public var stance: Stance
        /// +1 or -1.
        public var polarity: Int
        /// Whether one actor took the stance toward the other (false: a mutual
        /// stance, written once from the lower id to the higher).
        public var directed: Bool
        /// The CAMEO code most of the merged mentions carry (ties: the lowest code).
        public var cameo: EventCode
        /// `cameo`'s PLOVER type; nil for CAMEO 01.
        public var plover: String? { cameo.plover }
        /// The view's weight (mentions, or summed confidence).
        public var weight: Double
        /// The number of mentions merged, each with its evidence sentence.
        public var evidenceCount: Int
        public var firstDate: CalendarDate?
        public var lastDate: CalendarDate?
        /// Every day a merged mention is dated, sorted and distinct: GEXF's spells.
        public var dates: [CalendarDate]
        /// Whether every mention was hedged, planned or disputed.
        public var isTentative: Bool
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// The metrics whose values the nodes carry, in canonical order.
    public var metrics: [CentralityMetric]
    /// A title for the graph: the view and its window.
    public var title: String

    /// The export of `view`, a view of `document`, with the values of `table`
    /// (computed on the same view) when given.
    ///
    /// - Complexity: O(R + E log E) for R relations and E edges.
    public init(view: ActorGraph, document: GraphDocument, metrics table: MetricTable? = nil, title: String = "StanceGraph") {
        let entities = document.entitiesByID
        var relations: [RelationID: Relation] = [:]
        relations.reserveCapacity(document.relations.count)
        for relation in document.relations where relation.kind == .stance { relations[relation.id] = relation }

        let metrics = table?.metrics ?? []
        var nodes = view.nodes.enumerated().map { index, node -> Node in
            let countryCode: String?
            if node.type == .country {
                countryCode = entities[node.id]?.code
            } else {
                countryCode = node.country.flatMap { entities[$0]?.code }
            }
            return Node(id: node.id, name: node.name, type: node.type, country: node.country, countryCode: countryCode,
                        role: node.role, metricValues: metrics.map { table?.values[$0]?[index] ?? 0 },
                        firstDate: nil, lastDate: nil)
        }
        var edges: [Edge] = []
        edges.reserveCapacity(view.edges.count)
        for (position, edge) in view.edges.enumerated() {
            var codeCounts: [EventCode: Int] = [:]
            var dates = Set<CalendarDate>()
            for id in edge.relations {
                guard let relation = relations[id] else { continue }
                if let code = relation.cameo { codeCounts[code, default: 0] += 1 }
                if let date = relation.date { dates.insert(date) }
            }
            let cameo = codeCounts.max { lhs, rhs in
                lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key
            }?.key ?? EventCode.default(for: edge.stance)
            edges.append(Edge(
                id: "e\(position + 1)", source: edge.source, target: edge.target, stance: edge.stance,
                polarity: edge.stance.polarity.rawValue, directed: edge.directed, cameo: cameo, weight: edge.weight,
                evidenceCount: edge.count, firstDate: edge.firstDate, lastDate: edge.lastDate, dates: dates.sorted(),
                isTentative: edge.isTentative))
            for end in [edge.source, edge.target] {
                if let first = edge.firstDate, nodes[end].firstDate.map({ first < $0 }) ?? true { nodes[end].firstDate = first }
                if let last = edge.lastDate, nodes[end].lastDate.map({ last > $0 }) ?? true { nodes[end].lastDate = last }
            }
        }
        self.nodes = nodes
        self.edges = edges
        self.metrics = metrics
        self.title = title
    }
}
