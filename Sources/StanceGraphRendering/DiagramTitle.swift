import StanceGraphModel
import StanceGraphNetwork

/// The title and captions of an actor-graph diagram: which corpus, which dates,
/// what is drawn and what was left out.
enum DiagramTitle {
    /// `--title`, or "Stance network · 4 articles · 2023-09-06 to 2024-11-26".
    static func title(options: DiagramOptions, document: GraphDocument) -> String {
        if let title = options.title { return DiagramText.truncated(DiagramText.oneLine(title), to: 200) }
        var parts = ["Stance network", DiagramText.count(document.articles.count, "article")]
        if let window = windowText(options.view.window, document: document) { parts.append(window) }
        return parts.joined(separator: " · ")
    }

    /// The requested window, or the span of the articles' dates when none was asked.
    static func windowText(_ window: DateWindow, document: GraphDocument) -> String? {
        switch (window.from, window.to) {
        case let (from?, to?): return from == to ? from.iso : "\(from.iso) to \(to.iso)"
        case let (from?, nil): return "from \(from.iso)"
        case let (nil, to?): return "up to \(to.iso)"
        case (nil, nil):
            let dates = document.articles.compactMap(\.date)
            guard let first = dates.min(), let last = dates.max() else { return nil }
            return first == last ? first.iso : "\(first.iso) to \(last.iso)"
        }
    }

    static func captions(build: DiagramBuild, options: DiagramOptions, document: GraphDocument, graph: ActorGraph) -> [String] {
        var captions: [String] = []
        if let sources = sourcesText(document) { captions.append(sources) }

        var view = [
            DiagramText.count(build.shownNodeCount, "actor"),
            DiagramText.count(build.shownEdgeCount, "stance edge"),
            "\(options.view.level.rawValue) view",
        ]
        switch options.view.stances {
        case .all: break
        case .positive: view.append("positive stances")
        case .negative: view.append("negative stances")
        case .only(let stances): view.append("stances: " + stances.sorted().map(\.rawValue).joined(separator: ", "))
        }
        if let ego = options.view.ego {
            let name = document.entitiesByID[ego].map { DiagramText.oneLine($0.name) } ?? ego.rawValue
            view.append("within \(DiagramText.count(options.view.egoDepth, "hop")) of \(DiagramText.truncated(name, to: 60))")
        }
        if options.view.minimumWeight > 0 {
            view.append("edges of weight ≥ \(DiagramText.metric(options.view.minimumWeight))")
        }
        captions.append(view.joined(separator: " · "))

        var leftOut: [String] = []
        if build.isCut {
            let connected = build.totalNodeCount - build.isolatedNodeCount
            let leftNodes = connected - build.shownNodeCount
            let leftEdges = build.totalEdgeCount - build.shownEdgeCount
            leftOut.append("Showing the \(DiagramText.grouped(build.shownNodeCount)) most central of \(DiagramText.count(connected, "connected actor")) by \(build.sizeMetric.rawValue); \(DiagramText.count(leftNodes, "actor")) and \(DiagramText.count(leftEdges, "edge")) left out")
        }
        if build.isolatedNodeCount > 0 {
            leftOut.append("\(DiagramText.count(build.isolatedNodeCount, "actor")) without stance edges not drawn")
        }
        if graph.undatedRelationsExcluded > 0 {
            leftOut.append("\(DiagramText.count(graph.undatedRelationsExcluded, "undated relation")) outside the date window")
        }
        if !leftOut.isEmpty { captions.append(leftOut.joined(separator: " · ")) }
        return captions
    }

    /// "Sources: A, B, C and 4 more sources", most frequent first (ties by name).
    static func sourcesText(_ document: GraphDocument) -> String? {
        var counts: [String: Int] = [:]
        for article in document.articles {
            guard let source = article.source.map(DiagramText.oneLine), !source.isEmpty else { continue }
            counts[source, default: 0] += 1
        }
        guard !counts.isEmpty else { return nil }
        let sorted = counts.sorted { lhs, rhs in
            lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
        }.map { DiagramText.truncated($0.key, to: 60) }
        let shown = sorted.prefix(sorted.count > 4 ? 3 : 4)
        var text = "Sources: " + shown.joined(separator: ", ")
        if sorted.count > shown.count { text += " and \(DiagramText.count(sorted.count - shown.count, "more source"))" }
        return text
    }
}
