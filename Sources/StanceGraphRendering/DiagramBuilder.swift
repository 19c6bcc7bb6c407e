import Foundation
import StanceGraphModel
import StanceGraphNetwork

/// Draws an `ActorGraph` as a `Diagram`: StanceGraph's visual encoding of actors
/// and stances.
///
/// - Nodes: shape and colour by actor type, size by a centrality (`sizeBy`),
///   labelled with the canonical name; people and institutions inside a box for
///   their country when clustering by country.
/// - Edges: colour by stance (`DiagramPalette`), width by mention count, dashed
///   when every mention was hedged, planned or disputed, arrowheads only on
///   directed stances, `×N` beside edges merged from N mentions.
/// - Tooltips on every node (name, type, role, country, centrality) and edge
///   (stance, dates, count, the first evidence sentences with their sources).
/// - A title naming the corpus and date window, captions, and a legend of the
///   stances and actor types actually drawn.
///
/// Large views are cut to the most central actors (`DiagramOptions.NodeLimit`);
/// the ego of an ego network is always kept.
///
/// - Complexity: O(V log V + E + R) for V nodes, E edges and R relations in the
///   document, plus the cost of the centrality.
public struct DiagramBuilder: Sendable {
    public var options: DiagramOptions

    public init(options: DiagramOptions = DiagramOptions()) {
        self.options = options
    }

    /// Builds the diagram of `graph`, a view of `document` (which supplies names,
    /// evidence, sources and dates). `metrics`, when given, must be a table for
    /// `graph`; otherwise the builder computes what it needs.
    public func build(_ graph: ActorGraph, document: GraphDocument, metrics: MetricTable? = nil) -> DiagramBuild {
        var notes: [String] = []
        let table = metrics ?? CentralityCalculator().compute(
            graph, metrics: [options.sizeBy, options.fallbackSizeMetric, .degree])
        let sizeMetric = chooseSizeMetric(table, nodeCount: graph.nodes.count, notes: &notes)
        let ranking = table.ranking(by: sizeMetric)
        let ego = egoIndex(in: graph, document: document)

        // Which nodes are drawn: actors with stance edges (or all of them), the most
        // central first, then cut to the limit.
        var connected = [Bool](repeating: options.showsIsolatedActors, count: graph.nodes.count)
        for edge in graph.edges {
            connected[edge.source] = true
            connected[edge.target] = true
        }
        if let ego { connected[ego] = true }
        let candidates = ranking.filter { connected[$0] }
        var keptRanking = cut(candidates, ego: ego)
        var isKept = [Bool](repeating: false, count: graph.nodes.count)
        for node in keptRanking { isKept[node] = true }
        let keptEdges = graph.edges.filter { isKept[$0.source] && isKept[$0.target] }
        if keptRanking.count < candidates.count, !options.showsIsolatedActors {
            // A cut can strand an actor whose every partner was left out; a lone
            // node says nothing about stances, so it goes too.
            var linked = [Bool](repeating: false, count: graph.nodes.count)
            for edge in keptEdges {
                linked[edge.source] = true
                linked[edge.target] = true
            }
            keptRanking = keptRanking.filter { linked[$0] || $0 == ego }
            isKept = [Bool](repeating: false, count: graph.nodes.count)
            for node in keptRanking { isKept[node] = true }
        }
        var rankOf = [Int](repeating: 0, count: graph.nodes.count)
        for (rank, node) in ranking.enumerated() { rankOf[node] = rank }
        var drawnRankOf = [Int](repeating: Int.max, count: graph.nodes.count)
        for (rank, node) in keptRanking.enumerated() { drawnRankOf[node] = rank }
        let shownCount = keptRanking.count

        let clustered = options.clustering == .countries
        if clustered, options.view.level == .countries {
            notes.append("clusters by country apply to the actors view; in the countries view people are already folded into their countries")
        }
        let layout = options.layout ?? LayoutEngine.automatic(
            nodeCount: shownCount, clustered: clustered && options.view.level == .actors, egoCentered: ego != nil)

        let context = Context(
            graph: graph, document: document, table: table, sizeMetric: sizeMetric,
            rankOf: rankOf, drawnRankOf: drawnRankOf, ego: ego, shownNodeCount: shownCount)
        var diagram = Diagram(layout: layout)
        for index in graph.nodes.indices where isKept[index] {
            diagram.nodes.append(node(index, context: context))
        }
        if clustered, options.view.level == .actors {
            diagram.clusters = clusters(for: &diagram.nodes, graph: graph, isKept: isKept, context: context)
            if !diagram.clusters.isEmpty, !layout.drawsClusters {
                notes.append("the \(layout.rawValue) layout does not draw clusters; use the dot or fdp layout to see countries as boxes")
            }
        }
        for edge in keptEdges {
            diagram.edges.append(self.edge(edge, context: context))
        }
        // The heading grows with the drawing (which grows with the square root of
        // the node count), up to 2.2 times its size.
        diagram.headingScale = min(2.2, max(1, (Double(shownCount) / 40).squareRoot()))
        let root = ego.map { graph.nodes[$0].id.rawValue }
        diagram.attributes = layout.recommendedAttributes(
            nodeCount: shownCount, edgeCount: keptEdges.count, root: layout == .twopi ? root : nil)
        if layout == .twopi, root == nil, let center = ranking.first(where: { isKept[$0] }) {
            diagram.attributes["root"] = graph.nodes[center].id.rawValue
        }

        let build = DiagramBuild(
            diagram: diagram, sizeMetric: sizeMetric, totalNodeCount: graph.nodes.count,
            isolatedNodeCount: graph.nodes.count - candidates.count, shownNodeCount: shownCount,
            totalEdgeCount: graph.edges.count, shownEdgeCount: keptEdges.count, notes: notes)
        var result = build
        result.diagram.title = DiagramTitle.title(options: options, document: document)
        result.diagram.captions = DiagramTitle.captions(build: build, options: options, document: document, graph: graph)
        if options.showsLegend {
            result.diagram.legend = legend(for: result.diagram, keptEdges: keptEdges, sizeMetric: sizeMetric)
        }
        return result
    }

    // MARK: - Selection

    private func chooseSizeMetric(_ table: MetricTable, nodeCount: Int, notes: inout [String]) -> CentralityMetric {
        func available(_ metric: CentralityMetric) -> Bool { table.values[metric]?.count == nodeCount }
        if available(options.sizeBy) { return options.sizeBy }
        let fallback = available(options.fallbackSizeMetric) ? options.fallbackSizeMetric : .degree
        if nodeCount > 0 {
            notes.append("\(options.sizeBy.rawValue) is not available; nodes are sized by \(fallback.rawValue) instead")
        }
        return fallback
    }

    private func egoIndex(in graph: ActorGraph, document: GraphDocument) -> Int? {
        guard let ego = options.view.ego else { return nil }
        if let index = graph.index(of: ego) { return index }
        // In the countries view a person is drawn as their country.
        if let country = document.entities.first(where: { $0.id == ego })?.country { return graph.index(of: country) }
        return nil
    }

    /// The node indices drawn, most central first, the ego always among them.
    private func cut(_ ranking: [Int], ego: Int?) -> [Int] {
        let limit: Int
        switch options.nodeLimit {
        case .automatic: limit = DiagramOptions.readableNodeCount
        case .top(let count): limit = max(1, count)
        case .unlimited: limit = ranking.count
        }
        guard ranking.count > limit else { return ranking }
        var kept = Array(ranking.prefix(limit))
        if let ego, !kept.contains(ego) {
            kept.removeLast()
            kept.insert(ego, at: 0)
        }
        return kept
    }

    // MARK: - Nodes

    /// Everything the node and edge styling needs to look up.
    struct Context {
        var graph: ActorGraph
        var document: GraphDocument
        var table: MetricTable
        var sizeMetric: CentralityMetric
        /// Each node's rank in the whole view, and among the drawn nodes.
        var rankOf: [Int]
        var drawnRankOf: [Int]
        var ego: Int?
        var shownNodeCount: Int
        var entities: [EntityID: Entity]
        var relations: [RelationID: Relation]
        var articles: [ArticleID: Article]
        var largestValue: Double

        init(graph: ActorGraph, document: GraphDocument, table: MetricTable, sizeMetric: CentralityMetric,
             rankOf: [Int], drawnRankOf: [Int], ego: Int?, shownNodeCount: Int) {
            self.graph = graph
            self.document = document
            self.table = table
            self.sizeMetric = sizeMetric
            self.rankOf = rankOf
            self.drawnRankOf = drawnRankOf
            self.ego = ego
            self.shownNodeCount = shownNodeCount
            self.entities = document.entitiesByID
            self.relations = Dictionary(document.relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            self.articles = document.articlesByID
            self.largestValue = (table.values[sizeMetric] ?? []).reduce(0) { max($0, $1.isFinite ? $1 : 0) }
        }

        /// The node's centrality scaled to 0...1 (square root, so that area rather
        /// than width follows the value).
        func scale(of node: Int) -> Double {
            guard largestValue > 0, let value = table.value(sizeMetric, of: node), value.isFinite, value > 0 else { return 0 }
            return min(1, (value / largestValue).squareRoot())
        }

        func name(of id: EntityID?) -> String? {
            guard let id else { return nil }
            return entities[id].map { DiagramText.oneLine($0.name) } ?? graph.index(of: id).map { DiagramText.oneLine(graph.nodes[$0].name) }
        }

        var isLarge: Bool { shownNodeCount > LayoutEngine.largeGraphThreshold }
    }

    private func node(_ index: Int, context: Context) -> DiagramNode {
        let actor = context.graph.nodes[index]
        let style = options.palette.style(of: actor.type)
        let scale = context.scale(of: index)
        let name = DiagramText.oneLine(actor.name)
        let labelled = context.drawnRankOf[index] < DiagramOptions.labelledNodeCount || index == context.ego
        var node = DiagramNode(
            id: actor.id.rawValue, label: DiagramText.truncated(name, to: 40), tooltip: tooltip(ofNode: index, context: context),
            shape: labelled ? style.shape : .dot, fillColor: style.fill, strokeColor: style.stroke,
            fontColor: options.palette.fontColor, classes: ["actor", actor.type.rawValue])
        if labelled {
            node.fontSize = (context.isLarge ? 9 : 11) + (context.isLarge ? 7 : 9) * scale
            node.penWidth = 1 + scale
        } else {
            node.fillColor = style.stroke
            node.minimumWidth = 0.08 + 0.22 * scale
            node.penWidth = 0.5
        }
        if index == context.ego {
            node.penWidth = 3
            node.classes.append("ego")
        }
        return node
    }

    private func tooltip(ofNode index: Int, context: Context) -> String {
        let actor = context.graph.nodes[index]
        var lines = [DiagramText.truncated(DiagramText.oneLine(actor.name), to: 200)]
        var kind = [actor.type.rawValue]
        if let role = actor.role.map(DiagramText.oneLine), !role.isEmpty { kind.append(DiagramText.truncated(role, to: 80)) }
        if let country = context.name(of: actor.country), actor.country != actor.id { kind.append(DiagramText.truncated(country, to: 80)) }
        lines.append(kind.joined(separator: " · "))
        if let entity = context.entities[actor.id], !entity.aliases.isEmpty {
            let aliases = entity.aliases.prefix(5).map { DiagramText.truncated(DiagramText.oneLine($0), to: 60) }
            lines.append("also: " + aliases.joined(separator: ", ") + (entity.aliases.count > 5 ? ", …" : ""))
        }
        if let value = context.table.value(context.sizeMetric, of: index) {
            lines.append("\(context.sizeMetric.rawValue) \(DiagramText.metric(value)) · rank \(DiagramText.grouped(context.rankOf[index] + 1)) of \(DiagramText.grouped(context.graph.nodes.count))")
        }
        if context.sizeMetric != .degree, let degree = context.table.value(.degree, of: index) {
            lines.append("degree \(DiagramText.metric(degree))")
        }
        return lines.joined(separator: "\n")
    }

    private func clusters(for nodes: inout [DiagramNode], graph: ActorGraph, isKept: [Bool], context: Context) -> [DiagramCluster] {
        // A country's box holds its people and institutions, and the country itself
        // when it is drawn; a country with no members gets no box.
        var members: [EntityID: Int] = [:]
        for index in graph.nodes.indices where isKept[index] {
            let actor = graph.nodes[index]
            guard actor.type == .person || actor.type == .organization, let country = actor.country else { continue }
            members[country, default: 0] += 1
        }
        var clusters: [DiagramCluster] = []
        for country in members.keys.sorted() {
            let name = DiagramText.truncated(context.name(of: country) ?? country.rawValue, to: 60)
            clusters.append(DiagramCluster(
                id: country.rawValue, label: name,
                tooltip: "\(name): \(DiagramText.count(members[country] ?? 0, "person or institution", "people and institutions")) drawn",
                fillColor: options.palette.clusterFill, strokeColor: options.palette.clusterStroke,
                fontColor: options.palette.style(of: .country).stroke, fontSize: 12, classes: ["country-cluster"]))
        }
        for position in nodes.indices {
            guard let index = graph.index(of: EntityID(nodes[position].id)) else { continue }
            let actor = graph.nodes[index]
            if actor.type == .country, members[actor.id] != nil {
                nodes[position].cluster = actor.id.rawValue
            } else if actor.type == .person || actor.type == .organization, let country = actor.country {
                nodes[position].cluster = country.rawValue
            }
        }
        return clusters
    }

    // MARK: - Edges

    private func edge(_ edge: ActorGraph.Edge, context: Context) -> DiagramEdge {
        let source = context.graph.nodes[edge.source]
        let target = context.graph.nodes[edge.target]
        var color = options.palette.color(of: edge.stance)
        if context.isLarge { color = color.withAlpha(0xB0) }
        let widest = context.shownNodeCount > 60 ? 4.5 : 7
        let width = min(widest, 1 + 1.6 * log2(Double(max(1, edge.count))))
        var classes = ["stance", "stance-" + edge.stance.rawValue, edge.polarity == .positive ? "positive" : "negative"]
        if edge.isTentative { classes.append("tentative") }
        let showsCount = edge.count > 1 && context.shownNodeCount <= DiagramOptions.edgeLabelNodeCount
        return DiagramEdge(
            id: "\(source.id.rawValue)->\(target.id.rawValue):\(edge.stance.rawValue)\(edge.directed ? "" : ":mutual")",
            source: source.id.rawValue, target: target.id.rawValue, isDirected: edge.directed,
            label: showsCount ? "×\(edge.count)" : nil, tooltip: tooltip(ofEdge: edge, context: context),
            color: color, fontSize: 9, penWidth: context.isLarge ? max(0.6, width * 0.6) : width,
            lineStyle: edge.isTentative ? .dashed : .solid, arrowSize: 0.8, classes: classes)
    }

    private func tooltip(ofEdge edge: ActorGraph.Edge, context: Context) -> String {
        let source = DiagramText.truncated(DiagramText.oneLine(context.graph.nodes[edge.source].name), to: 80)
        let target = DiagramText.truncated(DiagramText.oneLine(context.graph.nodes[edge.target].name), to: 80)
        var lines = ["\(source) \(edge.directed ? "→" : "—") \(target): \(edge.stance.rawValue)"]
        var facts = [DiagramText.count(edge.count, "mention")]
        switch (edge.firstDate, edge.lastDate) {
        case let (first?, last?) where first != last: facts.append("\(first.iso) to \(last.iso)")
        case let (first?, _): facts.append(first.iso)
        default: facts.append("undated")
        }
        let relations = edge.relations.compactMap { context.relations[$0] }
        let modalities = Modality.allCases.compactMap { modality -> String? in
            let count = relations.filter { $0.modality == modality }.count
            return count > 0 && modality != .asserted ? "\(count) \(modality.rawValue)" : nil
        }
        facts.append(contentsOf: modalities)
        lines.append(facts.joined(separator: " · "))
        var quoted = Set<String>()
        for relation in relations {
            guard quoted.count < options.evidencePerEdge else { break }
            let sentence = DiagramText.oneLine(relation.evidence.text)
            guard !sentence.isEmpty, quoted.insert(sentence).inserted else { continue }
            var origin: [String] = []
            if let article = context.articles[relation.article] {
                if let source = article.source.map(DiagramText.oneLine), !source.isEmpty {
                    origin.append(DiagramText.truncated(source, to: 60))
                }
                if let date = article.date { origin.append(date.iso) }
            }
            if origin.isEmpty { origin.append(relation.article.rawValue) }
            lines.append("“\(DiagramText.truncated(sentence, to: 300))” (\(origin.joined(separator: ", ")))")
        }
        let remaining = edge.count - quoted.count
        if !quoted.isEmpty, remaining > 0 { lines.append("… and \(DiagramText.count(remaining, "more mention"))") }
        return lines.joined(separator: "\n")
    }

    // MARK: - Legend

    private func legend(for diagram: Diagram, keptEdges: [ActorGraph.Edge], sizeMetric: CentralityMetric) -> DiagramLegend {
        var stances: [DiagramLegend.Entry] = []
        for stance in Stance.allCases {
            let edges = keptEdges.filter { $0.stance == stance }
            guard !edges.isEmpty else { continue }
            let directed = edges.contains(where: \.directed)
            stances.append(.init(.line(color: options.palette.color(of: stance), style: .solid, directed: directed), stance.rawValue))
        }
        var actors: [DiagramLegend.Entry] = []
        let types = Set(diagram.nodes.compactMap { node in
            node.classes.compactMap { EntityType(rawValue: $0) }.first
        })
        for type in EntityType.allCases where types.contains(type) {
            let style = options.palette.style(of: type)
            actors.append(.init(.node(shape: style.shape, color: style.stroke), type.rawValue))
        }
        var reading: [DiagramLegend.Entry] = []
        let grey = DiagramColor(red: 0x66, green: 0x66, blue: 0x66)
        if !keptEdges.isEmpty {
            reading.append(.init(.text, "line width: mentions"))
        }
        if diagram.edges.contains(where: { $0.label != nil }) {
            reading.append(.init(.text, "×N: N mentions merged"))
        }
        if keptEdges.contains(where: \.isTentative) {
            reading.append(.init(.line(color: grey, style: .dashed, directed: false), "hedged or planned"))
        }
        if keptEdges.contains(where: \.directed) {
            reading.append(.init(.line(color: grey, style: .solid, directed: true), "directed stance"))
        }
        if !diagram.nodes.isEmpty {
            reading.append(.init(.text, "node size: \(sizeMetric.rawValue)"))
        }
        if diagram.nodes.contains(where: { $0.shape == .dot }) {
            reading.append(.init(.text, "dots: less central actors (hover for names)"))
        }
        return DiagramLegend(sections: [
            .init(title: "Stances", entries: stances),
            .init(title: "Actors", entries: actors),
            .init(title: "Reading", entries: reading),
        ])
    }
}
