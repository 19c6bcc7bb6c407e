import StanceGraphModel
import StanceGraphNetwork

/// Compares two snapshots of a stance graph: actors that appeared or disappeared,
/// relations (pair and stance) that appeared, disappeared, grew or faded, pairs
/// whose polarity flipped, and actors whose centrality rank moved, each with the
/// mentions that account for it.
///
/// Mentions are matched across the two sides by article and evidence position,
/// not by relation id, so two documents extracted separately from the same
/// articles line up even when their relation ids differ. Both snapshots must use
/// the same entity ids: for two documents from different runs, translate the
/// earlier one first with `EntityMatcher`.
public struct GraphDiffer: Sendable {
    /// The metric rank changes are measured by.
    public var metric: CentralityMetric

    public init(metric: CentralityMetric = .degree) {
        self.metric = metric
    }

    /// The changes from `before` to `after`.
    ///
    /// - Throws: `DiffError.reversedSnapshots` when `before` ends after `after`;
    ///   `DiffError.metricUnavailable` when the metric cannot be computed.
    /// - Complexity: O((E + R) log(E + R)) for E edges and R relation mentions on
    ///   both sides, plus the cost of the metric on each side.
    public func diff(_ before: GraphSnapshot, _ after: GraphSnapshot,
                     identityChanges: [IdentityChange] = []) throws -> GraphDiff {
        if let earlier = before.window.to, let later = after.window.to, earlier > later {
            throw DiffError.reversedSnapshots(from: before.window, to: after.window)
        }
        let sides = Sides(before: before, after: after)
        let comparison = RelationComparison(sides)
        var diff = GraphDiff(before: before.summary, after: after.summary, view: ViewSummary(after.options), metric: metric,
                             identityChanges: identityChanges)
        let (beforeRanks, beforeNotes) = try positions(before.graph)
        let (afterRanks, afterNotes) = try positions(after.graph)
        let ranks = (positions: Ranks(before: beforeRanks, after: afterRanks),
                     notes: beforeNotes.map { "before: \($0)" } + afterNotes.map { "after: \($0)" })
        diff.actors = actorChanges(sides, ranks.positions)
        diff.relations = comparison.changes
        diff.pairs = comparison.pairChanges
        diff.flips = comparison.flips
        diff.ranks = rankChanges(sides, ranks.positions, comparison)
        diff.balance = BalanceChange(before: before.graph, after: after.graph)
        diff.notes = ranks.notes
        return diff
    }

    // MARK: Actors

    func actorChanges(_ sides: Sides, _ ranks: Ranks) -> [ActorChange] {
        let beforeIDs = Set(sides.before.graph.nodes.map(\.id))
        let afterIDs = Set(sides.after.graph.nodes.map(\.id))
        var changes: [ActorChange] = []
        let appeared = sides.after.graph.nodes.indices.filter { !beforeIDs.contains(sides.after.graph.nodes[$0].id) }
        let disappeared = sides.before.graph.nodes.indices.filter { !afterIDs.contains(sides.before.graph.nodes[$0].id) }
        for (kind, snapshot, indices, positions) in [(ActorChange.Kind.appeared, sides.after, appeared, ranks.after),
                                                     (.disappeared, sides.before, disappeared, ranks.before)]
            where !indices.isEmpty {
            let incident = Self.incidentEdges(snapshot.graph)
            for index in indices {
                let node = snapshot.graph.nodes[index]
                var change = actorChange(node, edges: incident[index], kind: kind, in: snapshot)
                change.rank = positions[node.id]
                changes.append(change)
            }
        }
        return changes.sorted { lhs, rhs in
            if lhs.kind != rhs.kind { return lhs.kind == .appeared }
            if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
            return lhs.actor.id < rhs.actor.id
        }
    }

    /// The change for a node on the side it is on, citing the articles that name it
    /// inside the window and those that hold its relations.
    func actorChange(_ node: ActorGraph.Node, edges: [Int], kind: ActorChange.Kind, in snapshot: GraphSnapshot) -> ActorChange {
        var articleIDs = Set<ArticleID>()
        if let entity = snapshot.entity(node.id) {
            for mention in entity.mentions where snapshot.window.contains(snapshot.article(mention.article)?.date) {
                articleIDs.insert(mention.article)
            }
        }
        var mentions = 0
        for edgeIndex in edges {
            let edge = snapshot.graph.edges[edgeIndex]
            mentions += edge.count
            for id in edge.relations {
                if let relation = snapshot.relation(id) { articleIDs.insert(relation.article) }
            }
        }
        let articles = articleIDs.map { id in
            snapshot.article(id).map(ArticleReference.init) ?? ArticleReference(id: id, date: nil)
        }.sorted()
        return ActorChange(actor: ActorReference(node), kind: kind, mentions: mentions, articles: articles)
    }

    /// For each node index, the indices of the edges that touch it.
    static func incidentEdges(_ graph: ActorGraph) -> [[Int]] {
        var result = [[Int]](repeating: [], count: graph.nodes.count)
        for (index, edge) in graph.edges.enumerated() {
            result[edge.source].append(index)
            if edge.target != edge.source { result[edge.target].append(index) }
        }
        return result
    }

    // MARK: Ranks

    /// Every actor's rank on both sides.
    struct Ranks {
        var before: [EntityID: RankPosition]
        var after: [EntityID: RankPosition]
    }

    /// The rank of every node of `graph` by the metric, with the calculator's notes
    /// (estimates, convergence).
    func positions(_ graph: ActorGraph) throws -> ([EntityID: RankPosition], [String]) {
        let table = CentralityCalculator().compute(graph, metrics: [metric])
        guard let values = table.values[metric], values.count == graph.nodes.count else {
            throw DiffError.metricUnavailable(metric)
        }
        let ranks = RankPosition.ranks(of: values)
        return (Dictionary(uniqueKeysWithValues: graph.nodes.indices.map { (graph.nodes[$0].id, ranks[$0]) }), table.notes)
    }

    /// Actors in both snapshots whose rank moved. Actors with a zero value on both
    /// sides are left out: they share the last rank, and their "moves" only count
    /// the actors that rose above them.
    func rankChanges(_ sides: Sides, _ ranks: Ranks, _ comparison: RelationComparison) -> [RankChange] {
        let before = ranks.before
        let after = ranks.after
        var touchingByActor: [EntityID: [Int]] = [:]
        for (index, change) in comparison.changes.enumerated() where change.kind != .unchanged || !change.added.isEmpty || !change.removed.isEmpty {
            touchingByActor[change.source.id, default: []].append(index)
            if change.target.id != change.source.id { touchingByActor[change.target.id, default: []].append(index) }
        }
        var changes: [RankChange] = []
        for node in sides.after.graph.nodes {
            guard let old = before[node.id], let new = after[node.id], old.rank != new.rank,
                  old.value != 0 || new.value != 0 else { continue }
            let touching = (touchingByActor[node.id] ?? []).map { comparison.changes[$0] }
            let added = touching.reduce(0) { $0 + $1.added.count }
            let removed = touching.reduce(0) { $0 + $1.removed.count }
            let articles = Set(touching.flatMap { $0.added.map(\.article) + $0.removed.map(\.article) }).sorted()
            changes.append(RankChange(actor: ActorReference(node), metric: metric, before: old, after: new,
                                      addedMentions: added, removedMentions: removed, articles: articles))
        }
        return changes.sorted { lhs, rhs in
            let l = lhs.movement, r = rhs.movement
            if (l > 0) != (r > 0) { return l > 0 }
            if abs(l) != abs(r) { return abs(l) > abs(r) }
            return lhs.actor.id < rhs.actor.id
        }
    }
}

/// The two snapshots of a diff, with name look-up across both.
struct Sides {
    var before: GraphSnapshot
    var after: GraphSnapshot

    /// The actor as the later side names it, else as the earlier side does.
    func reference(_ id: EntityID) -> ActorReference {
        if let index = after.graph.index(of: id) { return ActorReference(after.graph.nodes[index]) }
        if let index = before.graph.index(of: id) { return ActorReference(before.graph.nodes[index]) }
        return ActorReference(id: id, name: id.rawValue, type: .organization)
    }
}
