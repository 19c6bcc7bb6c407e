import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

/// Draws a `Timeline` as small multiples: one box per period with relations, left
/// to right in time, each holding that period's most central actors and the
/// stances between them, drawn in one picture so the periods can be compared at
/// a glance.
///
/// Each box is a cluster of the `dot` layout. Inside, nodes keep StanceGraph's
/// shapes and fills by actor type; one edge per pair is coloured by the stance
/// with the most mentions between them (`DiagramPalette`), as wide as the pair's
/// mentions, dashed when hostile stances outnumber cooperative ones. Invisible
/// edges between the boxes keep them in time order.
///
/// - Complexity: O(P · (k log k + E)) for P periods, k actors kept per period and
///   E edges of a period's view.
public struct TimelineDiagramBuilder: Sendable {
    /// Actors drawn per period.
    public var actorsPerPeriod: Int
    /// Periods drawn at most (the busiest, in time order); the rest are named in a caption.
    public var periodLimit: Int
    public var palette: DiagramPalette
    public var title: String?

    public init(actorsPerPeriod: Int = 8, periodLimit: Int = 24, palette: DiagramPalette = .standard, title: String? = nil) {
        self.actorsPerPeriod = max(2, actorsPerPeriod)
        self.periodLimit = max(1, periodLimit)
        self.palette = palette
        self.title = title
    }

    /// The diagram of `timeline`, whose period views are `graphs` (in period order,
    /// from `TimelineBuilder.graphs(of:in:)`).
    public func build(_ timeline: Timeline, graphs: [ActorGraph]) -> Diagram {
        var diagram = Diagram(name: "stancegraph-timeline", layout: .dot)
        diagram.attributes = ["rankdir": "TB", "nodesep": "0.25", "ranksep": "0.45", "newrank": "true",
                              "splines": "true", "compound": "true"]
        var busy = timeline.periods.indices.filter { $0 < graphs.count && timeline.periods[$0].mentions > 0 }
        let left = busy.count
        if busy.count > periodLimit {
            busy = Array(busy.sorted { timeline.periods[$0].mentions != timeline.periods[$1].mentions
                ? timeline.periods[$0].mentions > timeline.periods[$1].mentions : $0 < $1 }.prefix(periodLimit)).sorted()
        }

        var stancesDrawn = Set<Stance>()
        var typesDrawn = Set<EntityType>()
        var anchors: [String] = []
        for index in busy {
            let period = timeline.periods[index]
            let graph = graphs[index]
            let clusterID = "period-\(index)"
            diagram.clusters.append(DiagramCluster(
                id: clusterID, label: "\(period.label) · \(DiagramText.count(period.mentions, "mention"))",
                tooltip: "\(period.label): \(period.positive) cooperative, \(period.negative) hostile mentions",
                fillColor: palette.clusterFill, strokeColor: palette.clusterStroke, fontSize: 13, classes: ["period"]))

            // The period's most central actors: those the timeline lists first (by its
            // metric), then the rest by mentions.
            let ordered = Array(keptActors(period, graph).prefix(actorsPerPeriod))
            let keptIndices = Set(ordered)
            var pairs: [PairKey: [ActorGraph.Edge]] = [:]
            for edge in graph.edges where keptIndices.contains(edge.source) && keptIndices.contains(edge.target) {
                pairs[PairKey(edge.source, edge.target), default: []].append(edge)
            }
            var linked = Set<Int>()
            for key in pairs.keys { linked.insert(key.a); linked.insert(key.b) }
            let nodes = ordered.filter { linked.contains($0) }.sorted { graph.nodes[$0].id < graph.nodes[$1].id }
            for node in nodes {
                let actor = graph.nodes[node]
                let style = palette.style(of: actor.type)
                typesDrawn.insert(actor.type)
                diagram.nodes.append(DiagramNode(
                    id: "\(clusterID)|\(actor.id.rawValue)", label: DiagramText.truncated(DiagramText.oneLine(actor.name), to: 28),
                    tooltip: "\(DiagramText.oneLine(actor.name)) in \(period.label)", shape: style.shape, fillColor: style.fill,
                    strokeColor: style.stroke, fontColor: palette.fontColor, fontSize: 10, cluster: clusterID,
                    classes: ["actor", actor.type.rawValue]))
            }
            if let first = nodes.first { anchors.append("\(clusterID)|\(graph.nodes[first].id.rawValue)") }
            for key in pairs.keys.sorted() {
                let edges = pairs[key] ?? []
                let count = edges.reduce(0) { $0 + $1.count }
                let positive = edges.filter { $0.polarity == .positive }.reduce(0) { $0 + $1.count }
                // The stance with the most mentions, ties to the canonical order.
                var byStance: [Stance: Int] = [:]
                for edge in edges { byStance[edge.stance, default: 0] += edge.count }
                let stance = byStance.keys.sorted { byStance[$0] != byStance[$1] ? (byStance[$0] ?? 0) > (byStance[$1] ?? 0) : $0 < $1 }.first ?? .cooperation
                stancesDrawn.insert(stance)
                let a = graph.nodes[key.a], b = graph.nodes[key.b]
                let detail = Stance.allCases.compactMap { s in byStance[s].map { "\(s.rawValue) \($0)" } }.joined(separator: ", ")
                diagram.edges.append(DiagramEdge(
                    id: "\(clusterID)|\(a.id.rawValue)--\(b.id.rawValue)", source: "\(clusterID)|\(a.id.rawValue)",
                    target: "\(clusterID)|\(b.id.rawValue)", isDirected: false,
                    tooltip: "\(DiagramText.oneLine(a.name)) — \(DiagramText.oneLine(b.name)) in \(period.label): \(detail)",
                    color: palette.color(of: stance), penWidth: min(6, 1 + 1.3 * Double(count).squareRoot()),
                    lineStyle: positive * 2 < count ? .dashed : .solid, classes: ["stance-" + stance.rawValue]))
            }
        }
        // Invisible links from one box to the next keep the periods in time order: a
        // zero-length edge joins two nodes on one rank, and dot draws such flat edges
        // from left to right.
        for (from, to) in zip(anchors, anchors.dropFirst()) {
            diagram.edges.append(DiagramEdge(id: "order|\(from)->\(to)", source: from, target: to, isDirected: false,
                                             layoutWeight: 0, classes: ["order"], attributes: ["style": "invis", "minlen": "0"]))
        }

        diagram.title = title ?? "Timeline by \(timeline.granularity.rawValue): \(timeline.periods.first?.label ?? "") to \(timeline.periods.last?.label ?? "")"
        var captions = ["\(timeline.view.description) · up to \(actorsPerPeriod) actors per period by \(timeline.metric.rawValue)\(timeline.cumulative ? " · each period holds everything up to its end" : "")"]
        if busy.count < left {
            captions.append("the \(busy.count) busiest of \(left) periods with relations; see the table for all")
        }
        let empty = timeline.periods.count - left
        if empty > 0 { captions.append("\(DiagramText.count(empty, "period")) without relations not drawn") }
        diagram.captions = captions
        diagram.legend = DiagramLegend(sections: [
            .init(title: "Stance (most mentions in the pair)", entries: Stance.allCases.filter { stancesDrawn.contains($0) }.map {
                .init(.line(color: palette.color(of: $0), style: .solid, directed: false), $0.rawValue)
            }),
            .init(title: "Actors", entries: EntityType.allCases.filter { typesDrawn.contains($0) }.map {
                .init(.node(shape: palette.style(of: $0).shape, color: palette.style(of: $0).stroke), $0.rawValue)
            }),
            .init(title: "Reading", entries: [
                .init(.text, "one box per period, in time order"),
                .init(.text, "line width: mentions between the pair"),
                .init(.line(color: DiagramColor(red: 0x66, green: 0x66, blue: 0x66), style: .dashed, directed: false), "mostly hostile"),
            ]),
        ])
        return diagram
    }

    private struct PairKey: Hashable, Comparable {
        var a: Int
        var b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
        static func < (lhs: PairKey, rhs: PairKey) -> Bool { (lhs.a, lhs.b) < (rhs.a, rhs.b) }
    }

    /// The nodes of a period's view with stance edges, the timeline's top actors
    /// first in their order, then the others by mentions, ties by id.
    private func keptActors(_ period: TimelinePeriod, _ graph: ActorGraph) -> [Int] {
        var mentions = [Int](repeating: 0, count: graph.nodes.count)
        for edge in graph.edges where edge.source != edge.target {
            mentions[edge.source] += edge.count
            mentions[edge.target] += edge.count
        }
        let listed = period.topActors.compactMap { graph.index(of: $0.actor.id) }.filter { mentions[$0] > 0 }
        let listedSet = Set(listed)
        let others = graph.nodes.indices.filter { mentions[$0] > 0 && !listedSet.contains($0) }
            .sorted { mentions[$0] != mentions[$1] ? mentions[$0] > mentions[$1] : graph.nodes[$0].id < graph.nodes[$1].id }
        return listed + others
    }
}
