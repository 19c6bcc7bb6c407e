import Foundation
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

/// Draws a `GraphDiff` as a `Diagram`: the two snapshots in one picture, every
/// relation coloured by how it changed.
///
/// - Edges, one per pair of actors (its relations of every stance and direction
///   together, so that a busy pair stays one readable line): appeared and grew in
///   blue, faded in light orange, disappeared dashed in a pale orange, unchanged
///   thin and grey, by the pair's total mentions; labelled with each stance that
///   changed (`cooperation +6`, `support 2→5`, `threat −1`); as wide as the larger
///   total; with an arrowhead when every relation of the pair runs the same way.
/// - Pairs whose polarity flipped get a broad purple band under their edges.
/// - Nodes keep StanceGraph's shapes and fills by actor type; an actor that
///   appeared has a bold blue outline, one that disappeared a dashed orange one
///   and pale text; an actor whose rank moved carries `▲N` or `▼N`.
/// - Tooltips give each relation's counts, dates and the sentences behind the
///   change (article and date), and each actor's change and rank.
///
/// Colours run along a blue–orange axis, which survives the common forms of
/// colour blindness (Okabe & Ito 2008), and line style repeats the meaning
/// (dashed means gone), so colour is never the only cue.
///
/// Large diffs are cut to the actors with the largest changes
/// (`DiagramOptions.readableNodeCount` unless told otherwise).
///
/// - Complexity: O(C log C) for C relation changes.
public struct DiffDiagramBuilder: Sendable {
    /// How a diff diagram is drawn.
    public struct Options: Sendable, Hashable {
        public var layout: LayoutEngine?
        public var nodeLimit: DiagramOptions.NodeLimit
        /// Replaces the generated title.
        public var title: String?
        /// Draw relations whose mention count did not change (grey).
        public var showsUnchanged: Bool
        public var showsLegend: Bool
        /// How many evidence sentences an edge's tooltip quotes for each side.
        public var evidencePerEdge: Int
        public var palette: DiagramPalette

        public init(layout: LayoutEngine? = nil, nodeLimit: DiagramOptions.NodeLimit = .automatic, title: String? = nil,
                    showsUnchanged: Bool = true, showsLegend: Bool = true, evidencePerEdge: Int = 3,
                    palette: DiagramPalette = .standard) {
            self.layout = layout
            self.nodeLimit = nodeLimit
            self.title = title
            self.showsUnchanged = showsUnchanged
            self.showsLegend = showsLegend
            self.evidencePerEdge = evidencePerEdge
            self.palette = palette
        }
    }

    /// The colours of change.
    public enum ChangeColor {
        public static let added = DiagramColor(red: 0x21, green: 0x66, blue: 0xAC)
        public static let faded = DiagramColor(red: 0xF4, green: 0xA5, blue: 0x3C)
        public static let removed = DiagramColor(red: 0xE6, green: 0x61, blue: 0x01).withAlpha(0x99)
        public static let unchanged = DiagramColor(red: 0xB4, green: 0xB4, blue: 0xB4)
        public static let flipped = DiagramColor(red: 0x7B, green: 0x32, blue: 0x94).withAlpha(0x59)
        static let paleText = DiagramColor(red: 0x8C, green: 0x8C, blue: 0x8C)
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The diagram of `diff`.
    public func build(_ diff: GraphDiff) -> DiagramBuild {
        let drawn = diff.relations.filter { options.showsUnchanged || $0.kind != .unchanged }

        // Every actor at the end of a drawn relation, scored by how much changed around it.
        var actors: [EntityID: ActorReference] = [:]
        var score: [EntityID: Int] = [:]
        var mentions: [EntityID: Int] = [:]
        for change in drawn {
            for actor in [change.source, change.target] {
                actors[actor.id] = actor
                score[actor.id, default: 0] += abs(change.delta)
                mentions[actor.id, default: 0] += max(change.before, change.after)
            }
        }
        for flip in diff.flips {
            score[flip.a.id, default: 0] += 3
            score[flip.b.id, default: 0] += 3
        }
        let status = Dictionary(diff.actors.map { ($0.actor.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranked = actors.keys.sorted { lhs, rhs in
            let l = score[lhs] ?? 0, r = score[rhs] ?? 0
            if l != r { return l > r }
            let lm = mentions[lhs] ?? 0, rm = mentions[rhs] ?? 0
            if lm != rm { return lm > rm }
            return lhs < rhs
        }
        let limit: Int
        switch options.nodeLimit {
        case .automatic: limit = DiagramOptions.readableNodeCount
        case .top(let count): limit = max(1, count)
        case .unlimited: limit = ranked.count
        }
        let kept = Set(ranked.prefix(limit))
        let keptRelations = drawn.filter { kept.contains($0.source.id) && kept.contains($0.target.id) }
        var linked = Set<EntityID>()
        for change in keptRelations {
            linked.insert(change.source.id)
            linked.insert(change.target.id)
        }
        let shown = ranked.filter { linked.contains($0) }.sorted()
        let labelsEdges = shown.count <= DiagramOptions.edgeLabelNodeCount

        var diagram = Diagram(name: "stancegraph-diff")
        let moves = Dictionary(diff.ranks.map { ($0.actor.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in shown {
            guard let actor = actors[id] else { continue }
            diagram.nodes.append(node(actor, change: status[id], move: moves[id], metric: diff.metric))
        }
        let shownSet = Set(shown)
        for flip in diff.flips where shownSet.contains(flip.a.id) && shownSet.contains(flip.b.id) {
            diagram.edges.append(band(flip))
        }
        for pair in Self.pairs(keptRelations) {
            diagram.edges.append(edge(pair, labelled: labelsEdges))
        }

        let layout = options.layout ?? LayoutEngine.automatic(nodeCount: shown.count, clustered: false, egoCentered: false)
        diagram.layout = layout
        diagram.attributes = layout.recommendedAttributes(nodeCount: shown.count, edgeCount: diagram.edges.count)
        diagram.headingScale = min(2.2, max(1, (Double(shown.count) / 40).squareRoot()))
        diagram.title = options.title ?? "Changes: \(diff.before.label) → \(diff.after.label)"
        diagram.captions = captions(diff, shown: shown.count, total: actors.count, drawn: drawn)
        if options.showsLegend { diagram.legend = legend(diff, diagram: diagram) }

        var notes: [String] = []
        let unlinked = diff.actors.filter { $0.mentions == 0 }.count
        if unlinked > 0 {
            notes.append("\(DiagramText.count(unlinked, "actor")) that appeared or disappeared without any stance relation \(unlinked == 1 ? "is" : "are") listed in the report, not drawn")
        }
        return DiagramBuild(diagram: diagram, sizeMetric: diff.metric, totalNodeCount: actors.count, isolatedNodeCount: 0,
                            shownNodeCount: shown.count, totalEdgeCount: drawn.count, shownEdgeCount: keptRelations.count,
                            notes: notes)
    }

    // MARK: - Nodes

    private func node(_ actor: ActorReference, change: ActorChange?, move: RankChange?, metric: CentralityMetric) -> DiagramNode {
        let style = options.palette.style(of: actor.type)
        var label = DiagramText.truncated(DiagramText.oneLine(actor.name), to: 40)
        if let move { label += move.movement > 0 ? " ▲\(move.movement)" : " ▼\(-move.movement)" }
        var node = DiagramNode(
            id: actor.id.rawValue, label: label, tooltip: tooltip(actor, change: change, move: move, metric: metric),
            shape: style.shape, fillColor: style.fill, strokeColor: style.stroke, fontColor: options.palette.fontColor,
            fontSize: 12, penWidth: 1, classes: ["actor", actor.type.rawValue])
        switch change?.kind {
        case .appeared?:
            node.strokeColor = ChangeColor.added
            node.penWidth = 2.5
            node.classes.append("appeared")
        case .disappeared?:
            node.strokeColor = ChangeColor.removed
            node.lineStyle = .dashed
            node.fillColor = .white
            node.fontColor = ChangeColor.paleText
            node.classes.append("disappeared")
        case nil:
            break
        }
        if let move { node.classes.append(move.movement > 0 ? "rank-up" : "rank-down") }
        return node
    }

    private func tooltip(_ actor: ActorReference, change: ActorChange?, move: RankChange?, metric: CentralityMetric) -> String {
        var lines = ["\(DiagramText.truncated(DiagramText.oneLine(actor.name), to: 200)) (\(actor.type.rawValue))"]
        if let change {
            let articles = change.articles.prefix(5).map { "\($0.id.rawValue)\($0.date.map { " \($0.iso)" } ?? "")" }
            lines.append("\(change.kind.rawValue) · \(DiagramText.count(change.mentions, "mention")) in \(articles.joined(separator: ", "))\(change.articles.count > 5 ? ", …" : "")")
        }
        if let move {
            lines.append("rank by \(metric.rawValue): \(move.before.rank) → \(move.after.rank) (\(DiagramText.metric(move.before.value)) → \(DiagramText.metric(move.after.value)))")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Edges

    /// The relations between two actors, drawn as one edge.
    struct Pair {
        var a: ActorReference
        var b: ActorReference
        var relations: [RelationChange]

        var before: Int { relations.reduce(0) { $0 + $1.before } }
        var after: Int { relations.reduce(0) { $0 + $1.after } }

        /// The pair's change by its total mentions. A pair whose totals are equal but
        /// whose stances changed (one appeared as another disappeared) is drawn as
        /// grown: something new happened there, and the label tells what.
        var kind: RelationChange.Kind {
            if relations.allSatisfy({ $0.kind == .unchanged }) { return .unchanged }
            let kind = RelationChange.Kind(before: before, after: after)
            return kind == .unchanged ? .grew : kind
        }

        /// Whether the totals are equal while some stance changed.
        var isMixed: Bool { before == after && relations.contains { $0.kind != .unchanged } }

        /// The direction all relations share, as (source, target), or nil when any is
        /// mutual or they point both ways.
        var direction: (ActorReference, ActorReference)? {
            guard let first = relations.first, relations.allSatisfy({ $0.directed && $0.source.id == first.source.id }) else { return nil }
            return (first.source, first.target)
        }
    }

    /// `relations` grouped by unordered pair, in the order of the pairs' ids; within a
    /// pair in stance order, then direction.
    static func pairs(_ relations: [RelationChange]) -> [Pair] {
        var groups: [String: Pair] = [:]
        var order: [(EntityID, EntityID, String)] = []
        for change in relations {
            let (a, b) = change.source.id < change.target.id ? (change.source, change.target) : (change.target, change.source)
            let key = a.id.rawValue + "\u{0}" + b.id.rawValue
            if groups[key] == nil {
                groups[key] = Pair(a: a, b: b, relations: [])
                order.append((a.id, b.id, key))
            }
            groups[key]?.relations.append(change)
        }
        return order.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.compactMap { groups[$0.2] }.map { pair in
            var pair = pair
            pair.relations.sort { ($0.stance, $0.source.id, $0.directed ? 1 : 0) < ($1.stance, $1.source.id, $1.directed ? 1 : 0) }
            return pair
        }
    }

    private func edge(_ pair: Pair, labelled: Bool) -> DiagramEdge {
        let width = 1 + 1.4 * log2(Double(max(1, max(pair.before, pair.after))))
        let direction = pair.direction
        let (source, target) = direction ?? (pair.a, pair.b)
        var edge = DiagramEdge(
            id: "pair:\(pair.a.id.rawValue)--\(pair.b.id.rawValue)",
            source: source.id.rawValue, target: target.id.rawValue, isDirected: direction != nil,
            tooltip: tooltip(pair), fontSize: 9, penWidth: width, arrowSize: 0.8,
            classes: ["change", pair.isMixed ? "mixed" : pair.kind.rawValue] + pair.relations.map { "stance-" + $0.stance.rawValue })
        switch pair.kind {
        case .appeared, .grew: edge.color = ChangeColor.added
        case .faded: edge.color = ChangeColor.faded
        case .disappeared:
            edge.color = ChangeColor.removed
            edge.lineStyle = .dashed
        case .unchanged:
            edge.color = ChangeColor.unchanged
            edge.penWidth = 1
        }
        edge.fontColor = pair.kind == .unchanged ? ChangeColor.paleText : edge.color?.withAlpha(255)
        let changed = pair.relations.filter { $0.kind != .unchanged }
        if labelled, !changed.isEmpty {
            let shown = changed.sorted { abs($0.delta) != abs($1.delta) ? abs($0.delta) > abs($1.delta) : $0.stance < $1.stance }
            var lines = shown.prefix(4).map(Self.label)
            if shown.count > 4 { lines.append("+\(shown.count - 4) more") }
            edge.label = lines.joined(separator: "\n")
        }
        edge.classes = Array(Set(edge.classes)).sorted()
        return edge
    }

    /// `cooperation +6`, `support 2→5`, `threat −1`.
    static func label(_ change: RelationChange) -> String {
        switch change.kind {
        case .appeared: return "\(change.stance.rawValue) +\(change.after)"
        case .disappeared: return "\(change.stance.rawValue) −\(change.before)"
        default: return "\(change.stance.rawValue) \(change.before)→\(change.after)"
        }
    }

    /// The purple band drawn under a flipped pair.
    private func band(_ flip: PolarityFlip) -> DiagramEdge {
        let lines = [
            "\(DiagramText.oneLine(flip.a.name)) — \(DiagramText.oneLine(flip.b.name)): polarity flipped \(flip.from == .positive ? "positive → negative" : "negative → positive")",
            "net \(DiagramText.metric(flip.netBefore)) before, \(DiagramText.metric(flip.netAdded)) added",
        ] + quotes(flip.beforeEvidence, "before") + quotes(flip.afterEvidence, "after")
        return DiagramEdge(
            id: "flip:\(flip.a.id.rawValue)--\(flip.b.id.rawValue)", source: flip.a.id.rawValue, target: flip.b.id.rawValue,
            isDirected: false, tooltip: lines.joined(separator: "\n"), color: ChangeColor.flipped, penWidth: 10,
            layoutWeight: 2, classes: ["flip"])
    }

    private func tooltip(_ pair: Pair) -> String {
        var lines = ["\(DiagramText.oneLine(pair.a.name)) — \(DiagramText.oneLine(pair.b.name)): \(pair.before) → \(pair.after) mentions"]
        for change in pair.relations {
            var facts = ["\(DiagramText.oneLine(change.source.name)) \(change.directed ? "→" : "—") \(DiagramText.oneLine(change.target.name)) \(change.stance.rawValue): \(change.kind.rawValue), \(change.before) → \(change.after)"]
            switch (change.firstDate, change.lastDate) {
            case let (first?, last?) where first != last: facts.append("\(first.iso) to \(last.iso)")
            case let (first?, _): facts.append(first.iso)
            default: break
            }
            lines.append(facts.joined(separator: " · "))
            lines += quotes(change.added, "  added")
            lines += quotes(change.removed, "  gone")
        }
        return lines.joined(separator: "\n")
    }

    private func quotes(_ citations: [Citation], _ label: String) -> [String] {
        var lines: [String] = []
        var seen = Set<String>()
        for citation in citations {
            guard seen.count < options.evidencePerEdge else { break }
            let sentence = DiagramText.oneLine(citation.sentence)
            guard seen.insert(sentence).inserted else { continue }
            lines.append("\(label): “\(DiagramText.truncated(sentence, to: 240))” (\(citation.article.rawValue)\(citation.date.map { ", \($0.iso)" } ?? ""))")
        }
        let rest = citations.filter { !seen.contains(DiagramText.oneLine($0.sentence)) }.count
        if !lines.isEmpty, rest > 0 { lines.append("… and \(DiagramText.count(rest, "more mention"))") }
        return lines
    }

    // MARK: - Heading

    private func captions(_ diff: GraphDiff, shown: Int, total: Int, drawn: [RelationChange]) -> [String] {
        func count(_ kind: RelationChange.Kind) -> Int { diff.relations.lazy.filter { $0.kind == kind }.count }
        var captions = [
            "\(diff.view.description) · \(DiagramText.count(diff.before.mentions, "mention")) → \(DiagramText.count(diff.after.mentions, "mention"))",
            "relations: \(count(.appeared)) appeared, \(count(.grew)) grew, \(count(.faded)) faded, \(count(.disappeared)) disappeared · \(DiagramText.count(diff.flips.count, "polarity flip"))",
        ]
        if shown < total {
            captions.append("the \(shown) actors with the largest changes of \(total); see the report for the rest")
        }
        let undated = max(diff.before.undated.relations, diff.after.undated.relations)
        if undated > 0 {
            captions.append("\(DiagramText.count(undated, "undated relation")) left out")
        }
        if drawn.isEmpty {
            captions.append("nothing to draw: no relation on either side")
        }
        return captions
    }

    private func legend(_ diff: GraphDiff, diagram: Diagram) -> DiagramLegend {
        // What is drawn, from the classes the pair edges carry.
        let drawnClasses = Set(diagram.edges.filter { $0.classes.contains("change") }.flatMap(\.classes))
        let directed = diagram.edges.contains { $0.classes.contains("change") && $0.isDirected }
        var change: [DiagramLegend.Entry] = []
        if !drawnClasses.isDisjoint(with: ["appeared", "grew", "mixed"]) {
            change.append(.init(.line(color: ChangeColor.added, style: .solid, directed: directed), "appeared or grew"))
        }
        if drawnClasses.contains("faded") {
            change.append(.init(.line(color: ChangeColor.faded, style: .solid, directed: directed), "faded (fewer mentions)"))
        }
        if drawnClasses.contains("disappeared") {
            change.append(.init(.line(color: ChangeColor.removed, style: .dashed, directed: directed), "disappeared"))
        }
        if drawnClasses.contains("unchanged") {
            change.append(.init(.line(color: ChangeColor.unchanged, style: .solid, directed: false), "unchanged"))
        }
        if diagram.edges.contains(where: { $0.classes.contains("flip") }) {
            change.append(.init(.swatch(ChangeColor.flipped), "polarity flipped"))
        }
        var actors: [DiagramLegend.Entry] = []
        if diagram.nodes.contains(where: { $0.classes.contains("appeared") }) {
            actors.append(.init(.node(shape: .ellipse, color: ChangeColor.added), "appeared"))
        }
        if diagram.nodes.contains(where: { $0.classes.contains("disappeared") }) {
            actors.append(.init(.node(shape: .ellipse, color: ChangeColor.removed), "disappeared (dashed)"))
        }
        let types = Set(diagram.nodes.compactMap { node in node.classes.compactMap { EntityType(rawValue: $0) }.first })
        for type in EntityType.allCases where types.contains(type) {
            let style = options.palette.style(of: type)
            actors.append(.init(.node(shape: style.shape, color: style.stroke), type.rawValue))
        }
        var reading: [DiagramLegend.Entry] = []
        reading.append(.init(.text, "one line per pair: colour by its total mentions"))
        if diagram.edges.contains(where: { $0.label != nil }) {
            reading.append(.init(.text, "label: stances that changed, mentions before→after"))
        }
        if !drawnClasses.isEmpty { reading.append(.init(.text, "line width: mentions")) }
        if diagram.nodes.contains(where: { $0.classes.contains("rank-up") || $0.classes.contains("rank-down") }) {
            reading.append(.init(.text, "▲N / ▼N: rank by \(diff.metric.rawValue) moved N places"))
        }
        return DiagramLegend(sections: [
            .init(title: "Change", entries: change),
            .init(title: "Actors", entries: actors),
            .init(title: "Reading", entries: reading),
        ])
    }
}
