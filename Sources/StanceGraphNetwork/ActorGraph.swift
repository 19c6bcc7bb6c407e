import StanceGraphModel

/// A view of a graph document as actors and merged stance edges: the graph that
/// metrics are computed on, diagrams are drawn from and diffs compare.
///
/// Nodes are sorted by entity id and edges by (source, target, stance), so every
/// consumer sees the same order for the same document. All mentions of the same
/// stance between the same pair (in the same direction, or both undirected) are
/// merged into one `Edge` with a count, a weight, first and last dates and the ids
/// of every relation behind it; the document itself keeps each mention.
///
/// Structural links (affiliation, party, membership) never become edges here.
public struct ActorGraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable, Identifiable {
        public var id: EntityID
        public var name: String
        public var type: EntityType
        public var country: EntityID?
        public var role: String?
    }

    public struct Edge: Sendable, Hashable {
        /// Node indices. For undirected edges `source < target`.
        public var source: Int
        public var target: Int
        public var stance: Stance
        public var directed: Bool
        /// How many relation mentions were merged.
        public var count: Int
        /// The mention count, or the summed confidence (see `EdgeWeighting`).
        public var weight: Double
        public var firstDate: CalendarDate?
        public var lastDate: CalendarDate?
        /// Whether every mention was hedged, planned or disputed rather than asserted.
        public var isTentative: Bool
        /// The merged relations, in document order.
        public var relations: [RelationID]

        public var polarity: Polarity { stance.polarity }
    }

    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    /// How many stance relations the window left out because their date was unknown.
    public private(set) var undatedRelationsExcluded: Int
    private var indexByID: [EntityID: Int]

    /// The node index of an entity, or nil when the view does not hold it.
    public func index(of id: EntityID) -> Int? { indexByID[id] }

    public init(nodes: [Node], edges: [Edge], undatedRelationsExcluded: Int = 0) {
        self.nodes = nodes
        self.edges = edges
        self.undatedRelationsExcluded = undatedRelationsExcluded
        self.indexByID = Dictionary(nodes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// Builds the view of `document` that `options` describe.
    ///
    /// - Complexity: O(R log R) for R relations, plus O(V + E) for an ego cut.
    public init(document: GraphDocument, options: GraphViewOptions = GraphViewOptions()) {
        let entities = document.entitiesByID

        /// The node an entity is drawn as in this view, or nil when it is left out.
        func representative(_ id: EntityID) -> EntityID? {
            guard let entity = entities[id] else { return nil }
            switch entity.type {
            case .place: return nil
            case .agreement: return options.includeAgreements ? id : nil
            case .person:
                if options.level == .countries, let country = entity.country, entities[country] != nil { return country }
                return id
            case .country, .organization: return id
            }
        }

        struct Key: Hashable { var source: EntityID; var target: EntityID; var stance: Stance; var directed: Bool }
        var merged: [Key: (edge: Edge, order: Int)] = [:]
        var undated = 0
        var order = 0
        for relation in document.relations where relation.kind == .stance {
            guard let stance = relation.stance, options.stances.admits(stance) else { continue }
            guard options.window.contains(relation.date) else {
                if relation.date == nil { undated += 1 }
                continue
            }
            guard var source = representative(relation.source), var target = representative(relation.target),
                  source != target else { continue }
            if !relation.directed, target < source { swap(&source, &target) }
            let key = Key(source: source, target: target, stance: stance, directed: relation.directed)
            let weight = options.weighting == .mentions ? 1 : relation.confidence
            let tentative = relation.modality != .asserted
            if var entry = merged[key] {
                entry.edge.count += 1
                entry.edge.weight += weight
                entry.edge.firstDate = Self.earlier(entry.edge.firstDate, relation.date)
                entry.edge.lastDate = Self.later(entry.edge.lastDate, relation.date)
                entry.edge.isTentative = entry.edge.isTentative && tentative
                entry.edge.relations.append(relation.id)
                merged[key] = entry
            } else {
                // Node indices are filled in once the node set is known.
                let edge = Edge(source: -1, target: -1, stance: stance, directed: relation.directed, count: 1,
                                weight: weight, firstDate: relation.date, lastDate: relation.date,
                                isTentative: tentative, relations: [relation.id])
                merged[key] = (edge, order)
                order += 1
            }
        }

        var keys = merged.keys.filter { merged[$0]!.edge.weight >= options.minimumWeight }
        // Nodes: every actor the window mentions (so actors without edges still count),
        // plus agreements when asked, plus every end of a kept edge.
        let articleDates = Dictionary(document.articles.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        var nodeIDs = Set<EntityID>()
        for entity in document.entities {
            guard let id = representative(entity.id), let node = entities[id],
                  node.type.isActor || node.type == .agreement else { continue }
            if !options.window.isUnbounded,
               !entity.mentions.contains(where: { options.window.contains(articleDates[$0.article] ?? nil) }) {
                continue
            }
            nodeIDs.insert(id)
        }
        for key in keys {
            nodeIDs.insert(key.source)
            nodeIDs.insert(key.target)
        }

        if let ego = options.ego {
            let kept = Self.neighbourhood(of: representative(ego) ?? ego, depth: options.egoDepth,
                                          pairs: keys.map { ($0.source, $0.target) })
            nodeIDs = nodeIDs.intersection(kept)
            keys = keys.filter { kept.contains($0.source) && kept.contains($0.target) }
        }

        let sortedIDs = nodeIDs.sorted()
        let nodes = sortedIDs.map { id -> Node in
            let entity = entities[id]
            return Node(id: id, name: entity?.name ?? id.rawValue, type: entity?.type ?? .organization,
                        country: entity?.country, role: entity?.role)
        }
        let index = Dictionary(uniqueKeysWithValues: sortedIDs.enumerated().map { ($0.element, $0.offset) })
        var edges = keys.map { key -> Edge in
            var edge = merged[key]!.edge
            edge.source = index[key.source]!
            edge.target = index[key.target]!
            return edge
        }
        edges.sort { lhs, rhs in
            (lhs.source, lhs.target, lhs.stance, lhs.directed ? 1 : 0) < (rhs.source, rhs.target, rhs.stance, rhs.directed ? 1 : 0)
        }
        self.init(nodes: nodes, edges: edges, undatedRelationsExcluded: undated)
    }

    /// The ids within `depth` hops of `center`, ignoring direction.
    static func neighbourhood(of center: EntityID, depth: Int, pairs: [(EntityID, EntityID)]) -> Set<EntityID> {
        var adjacency: [EntityID: [EntityID]] = [:]
        for (a, b) in pairs {
            adjacency[a, default: []].append(b)
            adjacency[b, default: []].append(a)
        }
        var seen: Set<EntityID> = [center]
        var frontier = [center]
        for _ in 0..<max(0, depth) {
            var next: [EntityID] = []
            for id in frontier {
                for neighbour in adjacency[id] ?? [] where seen.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return seen
    }

    static func earlier(_ a: CalendarDate?, _ b: CalendarDate?) -> CalendarDate? {
        switch (a, b) {
        case let (a?, b?): return min(a, b)
        default: return a ?? b
        }
    }

    static func later(_ a: CalendarDate?, _ b: CalendarDate?) -> CalendarDate? {
        switch (a, b) {
        case let (a?, b?): return max(a, b)
        default: return a ?? b
        }
    }
}
