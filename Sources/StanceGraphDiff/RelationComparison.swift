import StanceGraphModel
import StanceGraphNetwork

/// The edge-by-edge comparison behind a diff: relation changes, pair totals and
/// polarity flips, computed in one pass over the edges of both snapshots.
struct RelationComparison {
    private(set) var changes: [RelationChange] = []
    private(set) var pairChanges: [PairChange] = []
    private(set) var flips: [PolarityFlip] = []

    /// A merged edge named by entity ids, so that edges of two views can be matched.
    struct EdgeKey: Hashable, Comparable {
        var source: EntityID
        var target: EntityID
        var stance: Stance
        var directed: Bool

        static func < (lhs: EdgeKey, rhs: EdgeKey) -> Bool {
            (lhs.source, lhs.target, lhs.stance, lhs.directed ? 1 : 0) < (rhs.source, rhs.target, rhs.stance, rhs.directed ? 1 : 0)
        }
    }

    /// An unordered pair of actors, `a < b`.
    struct PairKey: Hashable, Comparable {
        var a: EntityID
        var b: EntityID

        init(_ x: EntityID, _ y: EntityID) {
            a = min(x, y)
            b = max(x, y)
        }

        static func < (lhs: PairKey, rhs: PairKey) -> Bool { (lhs.a, lhs.b) < (rhs.a, rhs.b) }
    }

    /// What identifies one mention across two documents: its article and sentence.
    struct MentionKey: Hashable {
        var article: ArticleID
        var start: Int
        var end: Int

        init(_ relation: Relation) {
            article = relation.article
            start = relation.evidence.start
            end = relation.evidence.end
        }
    }

    /// Everything known about one pair on both sides.
    struct PairRecord {
        var before = PairTally()
        var after = PairTally()
        var added = PairTally()
        var removed = PairTally()
        var beforeMentions: [Relation] = []
        var addedMentions: [Relation] = []
    }

    init(_ sides: Sides) {
        let beforeEdges = Self.edges(of: sides.before)
        let afterEdges = Self.edges(of: sides.after)
        let keys = Set(beforeEdges.keys).union(afterEdges.keys).sorted()
        var pairs: [PairKey: PairRecord] = [:]

        for key in keys {
            let old = beforeEdges[key]
            let new = afterEdges[key]
            let oldMentions = old.map { Self.relations(of: $0, in: sides.before) } ?? []
            let newMentions = new.map { Self.relations(of: $0, in: sides.after) } ?? []
            let added = Self.difference(newMentions, minus: oldMentions)
            let removed = Self.difference(oldMentions, minus: newMentions)

            let pair = PairKey(key.source, key.target)
            var record = pairs[pair] ?? PairRecord()
            let beforeWeight = Self.weigher(sides.before)
            let afterWeight = Self.weigher(sides.after)
            for relation in oldMentions { record.before.add(polarity: key.stance.polarity, weight: beforeWeight(relation)) }
            for relation in newMentions { record.after.add(polarity: key.stance.polarity, weight: afterWeight(relation)) }
            for relation in added { record.added.add(polarity: key.stance.polarity, weight: afterWeight(relation)) }
            for relation in removed { record.removed.add(polarity: key.stance.polarity, weight: beforeWeight(relation)) }
            record.beforeMentions += oldMentions
            record.addedMentions += added
            pairs[pair] = record

            let dated = new ?? old
            changes.append(RelationChange(
                source: sides.reference(key.source), target: sides.reference(key.target), stance: key.stance,
                directed: key.directed, before: old?.count ?? 0, after: new?.count ?? 0,
                weightBefore: old?.weight ?? 0, weightAfter: new?.weight ?? 0,
                firstDate: dated?.firstDate, lastDate: dated?.lastDate,
                added: added.map(Citation.init).sorted(), removed: removed.map(Citation.init).sorted()))
        }

        changes.sort { lhs, rhs in
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            if abs(lhs.delta) != abs(rhs.delta) { return abs(lhs.delta) > abs(rhs.delta) }
            return EdgeKey(source: lhs.source.id, target: lhs.target.id, stance: lhs.stance, directed: lhs.directed)
                < EdgeKey(source: rhs.source.id, target: rhs.target.id, stance: rhs.stance, directed: rhs.directed)
        }

        for pair in pairs.keys.sorted() {
            guard let record = pairs[pair] else { continue }
            let a = sides.reference(pair.a), b = sides.reference(pair.b)
            if record.before.mentions != record.after.mentions {
                pairChanges.append(PairChange(a: a, b: b, before: record.before, after: record.after,
                                              added: record.added, removed: record.removed))
            }
            let from = record.before.polarity, to = record.added.polarity
            if from != .neutral, to != .neutral, from != to {
                flips.append(PolarityFlip(
                    a: a, b: b, from: from, to: to, netBefore: record.before.net, netAdded: record.added.net,
                    netAfter: record.after.net,
                    beforeEvidence: record.beforeMentions.filter { $0.stance?.polarity == from }.map(Citation.init).sorted(),
                    afterEvidence: record.addedMentions.filter { $0.stance?.polarity == to }.map(Citation.init).sorted()))
            }
        }
        pairChanges.sort { lhs, rhs in
            if abs(lhs.delta) != abs(rhs.delta) { return abs(lhs.delta) > abs(rhs.delta) }
            return PairKey(lhs.a.id, lhs.b.id) < PairKey(rhs.a.id, rhs.b.id)
        }
        flips.sort { lhs, rhs in
            let l = abs(lhs.netBefore) + abs(lhs.netAdded), r = abs(rhs.netBefore) + abs(rhs.netAdded)
            if l != r { return l > r }
            return PairKey(lhs.a.id, lhs.b.id) < PairKey(rhs.a.id, rhs.b.id)
        }
    }

    /// The view's edges keyed by entity ids.
    static func edges(of snapshot: GraphSnapshot) -> [EdgeKey: ActorGraph.Edge] {
        var result: [EdgeKey: ActorGraph.Edge] = [:]
        let nodes = snapshot.graph.nodes
        for edge in snapshot.graph.edges {
            let key = EdgeKey(source: nodes[edge.source].id, target: nodes[edge.target].id,
                              stance: edge.stance, directed: edge.directed)
            result[key] = edge
        }
        return result
    }

    /// The relation mentions merged into an edge, in document order.
    static func relations(of edge: ActorGraph.Edge, in snapshot: GraphSnapshot) -> [Relation] {
        edge.relations.compactMap { snapshot.relation($0) }
    }

    /// The mentions of `first` that `second` lacks, as a multiset difference on
    /// (article, sentence position), keeping `first`'s order.
    static func difference(_ first: [Relation], minus second: [Relation]) -> [Relation] {
        guard !second.isEmpty else { return first }
        var remaining: [MentionKey: Int] = [:]
        for relation in second { remaining[MentionKey(relation), default: 0] += 1 }
        var result: [Relation] = []
        for relation in first {
            let key = MentionKey(relation)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                result.append(relation)
            }
        }
        return result
    }

    /// The weight one mention adds to an edge in this snapshot's view.
    static func weigher(_ snapshot: GraphSnapshot) -> (Relation) -> Double {
        switch snapshot.options.weighting {
        case .mentions: return { _ in 1 }
        case .confidence: return { $0.confidence }
        }
    }
}
