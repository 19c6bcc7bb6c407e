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
    /// Entities are numbered once, so merging mentions hashes small integer keys
    /// rather than id strings.
    ///
    /// - Complexity: O(N + R log R) for N entities and R relations, plus O(V + E) for
    ///   an ego cut.
    public init(document: GraphDocument, options: GraphViewOptions = GraphViewOptions()) {
        let entities = document.entities
        var entityIndex: [EntityID: Int] = [:]
        entityIndex.reserveCapacity(entities.count)
        for (index, entity) in entities.enumerated() where entityIndex[entity.id] == nil {
            entityIndex[entity.id] = index
        }
        // The entity each entity is drawn as in this view (-1: left out).
        let representative = entities.map { entity -> Int in
            switch entity.type {
            case .place: return -1
            case .agreement: return options.includeAgreements ? entityIndex[entity.id] ?? -1 : -1
            case .person:
                if options.level == .countries, let country = entity.country, let index = entityIndex[country] {
                    return index
                }
                return entityIndex[entity.id] ?? -1
            case .country, .organization: return entityIndex[entity.id] ?? -1
            }
        }

        let stanceRank = Dictionary(uniqueKeysWithValues: Stance.allCases.enumerated().map { ($0.element, $0.offset) })
        struct Key: Hashable { var source: Int32; var target: Int32; var stance: Int8; var directed: Bool }
        struct Pending { var source: Int; var target: Int; var edge: Edge }
        var slot: [Key: Int] = [:]
        var pending: [Pending] = []
        var undated = 0
        for relation in document.relations where relation.kind == .stance {
            guard let stance = relation.stance, options.stances.admits(stance) else { continue }
            guard options.window.contains(relation.date) else {
                if relation.date == nil { undated += 1 }
                continue
            }
            guard let sourceEntity = entityIndex[relation.source], let targetEntity = entityIndex[relation.target] else {
                continue
            }
            var source = representative[sourceEntity], target = representative[targetEntity]
            guard source >= 0, target >= 0, source != target else { continue }
            if !relation.directed, entities[target].id < entities[source].id { swap(&source, &target) }
            let key = Key(source: Int32(truncatingIfNeeded: source), target: Int32(truncatingIfNeeded: target),
                          stance: Int8(truncatingIfNeeded: stanceRank[stance] ?? 0), directed: relation.directed)
            let weight = options.weighting == .mentions ? 1 : relation.confidence
            let tentative = relation.modality != .asserted
            if let index = slot[key] {
                pending[index].edge.count += 1
                pending[index].edge.weight += weight
                pending[index].edge.firstDate = Self.earlier(pending[index].edge.firstDate, relation.date)
                pending[index].edge.lastDate = Self.later(pending[index].edge.lastDate, relation.date)
                pending[index].edge.isTentative = pending[index].edge.isTentative && tentative
                pending[index].edge.relations.append(relation.id)
            } else {
                slot[key] = pending.count
                // Node indices are filled in once the node set is known.
                pending.append(Pending(source: source, target: target, edge: Edge(
                    source: -1, target: -1, stance: stance, directed: relation.directed, count: 1, weight: weight,
                    firstDate: relation.date, lastDate: relation.date, isTentative: tentative, relations: [relation.id])))
            }
        }
        pending.removeAll { $0.edge.weight < options.minimumWeight }

        // Nodes: every actor the window mentions (so actors without edges still count),
        // plus agreements when asked, plus every end of a kept edge.
        var isNode = [Bool](repeating: false, count: entities.count)
        let articleDates = options.window.isUnbounded ? [:]
            : Dictionary(document.articles.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        for (index, entity) in entities.enumerated() {
            let node = representative[index]
            guard node >= 0, entities[node].type.isActor || entities[node].type == .agreement else { continue }
            if !options.window.isUnbounded,
               !entity.mentions.contains(where: { options.window.contains(articleDates[$0.article] ?? nil) }) {
                continue
            }
            isNode[node] = true
        }
        for item in pending {
            isNode[item.source] = true
            isNode[item.target] = true
        }

        if let ego = options.ego {
            let center = entityIndex[ego].map { representative[$0] >= 0 ? representative[$0] : $0 }
            var kept = [Bool](repeating: false, count: entities.count)
            if let center {
                for index in Self.neighbourhood(of: center, depth: options.egoDepth, count: entities.count,
                                                pairs: pending.map { ($0.source, $0.target) }) {
                    kept[index] = true
                }
            }
            for index in isNode.indices where !kept[index] { isNode[index] = false }
            pending.removeAll { !kept[$0.source] || !kept[$0.target] }
        }

        // Documents list entities sorted by id, so sorting is usually a check.
        var nodeEntities = isNode.indices.filter { isNode[$0] }
        if zip(nodeEntities, nodeEntities.dropFirst()).contains(where: { !(entities[$0].id < entities[$1].id) }) {
            nodeEntities.sort { entities[$0].id < entities[$1].id }
        }
        var nodeOf = [Int](repeating: -1, count: entities.count)
        for (position, index) in nodeEntities.enumerated() { nodeOf[index] = position }
        let nodes = nodeEntities.map { index -> Node in
            let entity = entities[index]
            return Node(id: entity.id, name: entity.name, type: entity.type, country: entity.country, role: entity.role)
        }
        var edges = pending.map { item -> Edge in
            var edge = item.edge
            edge.source = nodeOf[item.source]
            edge.target = nodeOf[item.target]
            return edge
        }
        edges.sort { lhs, rhs in
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            if lhs.target != rhs.target { return lhs.target < rhs.target }
            if lhs.stance != rhs.stance { return stanceRank[lhs.stance] ?? 0 < stanceRank[rhs.stance] ?? 0 }
            return !lhs.directed && rhs.directed
        }
        self.init(nodes: nodes, edges: edges, undatedRelationsExcluded: undated)
    }

    /// The entities within `depth` hops of `center`, ignoring direction.
    static func neighbourhood(of center: Int, depth: Int, count: Int, pairs: [(Int, Int)]) -> [Int] {
        var adjacency = [[Int]](repeating: [], count: count)
        for (a, b) in pairs {
            adjacency[a].append(b)
            adjacency[b].append(a)
        }
        var seen = [Bool](repeating: false, count: count)
        seen[center] = true
        var reached = [center]
        var frontier = [center]
        for _ in 0..<max(0, depth) {
            var next: [Int] = []
            for index in frontier {
                for neighbour in adjacency[index] where !seen[neighbour] {
                    seen[neighbour] = true
                    next.append(neighbour)
                }
            }
            reached += next
            frontier = next
        }
        return reached
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
