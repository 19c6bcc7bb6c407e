import StanceGraphModel
import StanceGraphNetwork

/// Writes a `GraphDiff` as a report a person reads: plain text (the default) or
/// Markdown.
///
/// Every change is followed by the mentions that support it (date, article id and
/// sentence), up to `evidenceLimit` sentences each; the rest are named by article,
/// so that no supporting article goes unmentioned. Long sentences are shortened at
/// a word boundary in the text report; the JSON report always has them whole.
public struct DiffReportFormatter: Sendable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case text
        case markdown
    }

    public var style: Style
    /// Sentences quoted per change; the remaining supporting articles are listed by id.
    public var evidenceLimit: Int
    /// Rank movers shown in each direction, and pairs shown in the pair table.
    public var topLimit: Int
    /// Sentences longer than this (in characters) are shortened in text output.
    public var sentenceLength: Int

    public init(style: Style = .text, evidenceLimit: Int = 2, topLimit: Int = 10, sentenceLength: Int = 160) {
        self.style = style
        self.evidenceLimit = max(0, evidenceLimit)
        self.topLimit = max(1, topLimit)
        self.sentenceLength = max(40, sentenceLength)
    }

    /// The report.
    public func format(_ diff: GraphDiff) -> String {
        var out = Output(style: style)
        header(diff, &out)
        if diff.isEmpty {
            out.paragraph("No changes: both snapshots hold the same actors and relations with the same mention counts.")
        }
        identities(diff, &out)
        actors(diff, &out)
        relations(diff, &out)
        pairs(diff, &out)
        flips(diff, &out)
        ranks(diff, &out)
        balance(diff, &out)
        notes(diff, &out)
        return out.text
    }

    // MARK: Sections

    private func header(_ diff: GraphDiff, _ out: inout Output) {
        out.title("StanceGraph diff: \(diff.before.label) → \(diff.after.label)")
        let rows = [diff.before, diff.after].enumerated().map { index, side -> [String] in
            [index == 0 ? "before" : "after", side.label, "\(side.articles)", "\(side.actors)", "\(side.relations)", "\(side.mentions)"]
        }
        out.table(["", "snapshot", "articles", "actors", "relations", "mentions"], rows, rightAligned: [2, 3, 4, 5])
        out.paragraph("View: \(diff.view.description). Relations are (pair, stance) edges; mentions are the statements behind them. Ranks by \(diff.metric.rawValue).")

        guard !diff.isEmpty else { return }
        out.heading("Summary")
        func count(_ kind: RelationChange.Kind) -> Int { diff.relations.lazy.filter { $0.kind == kind }.count }
        var lines = [
            "actors: \(diff.actors(.appeared).count) appeared, \(diff.actors(.disappeared).count) disappeared",
            "relations: \(count(.appeared)) appeared, \(count(.grew)) grew, \(count(.faded)) faded, \(count(.disappeared)) disappeared, \(count(.unchanged)) unchanged",
            "polarity: \(diff.flips.count) \(diff.flips.count == 1 ? "pair" : "pairs") flipped",
            "ranks by \(diff.metric.rawValue): \(diff.ranks.filter { $0.movement > 0 }.count) moved up, \(diff.ranks.filter { $0.movement < 0 }.count) moved down",
        ]
        if !diff.identityChanges.isEmpty {
            lines.insert("identities: \(diff.identityChanges.filter { $0.kind == .renamed }.count) renamed, \(diff.identityChanges.filter { $0.kind == .merged }.count) merged", at: 0)
        }
        if let balance = diff.balance, !balance.isUnchanged {
            lines.append("structural balance: \(Self.balance(balance.before)) → \(Self.balance(balance.after)); \(balance.newlyUnbalanced.count) newly unbalanced, \(balance.noLongerUnbalanced.count) no longer")
        }
        out.list(lines)
    }

    private func identities(_ diff: GraphDiff, _ out: inout Output) {
        guard !diff.identityChanges.isEmpty else { return }
        out.heading("Renamed or merged entities (\(diff.identityChanges.count))")
        out.paragraph("Entities of the earlier document that the later one knows by another id; they are compared as one actor.")
        for change in diff.identityChanges {
            let before = change.before.map { out.actor($0, withID: true) }.joined(separator: ", ")
            let keys = change.matchedBy.isEmpty ? "" : " (same name: \(change.matchedBy.map { out.quote($0) }.joined(separator: ", ")))"
            out.item("\(change.kind.rawValue): \(before) → \(out.actor(change.after, withID: true))\(keys)")
        }
    }

    private func actors(_ diff: GraphDiff, _ out: inout Output) {
        for kind in ActorChange.Kind.allCases {
            let changes = diff.actors(kind)
            guard !changes.isEmpty else { continue }
            out.heading("Actors that \(kind.rawValue) (\(changes.count))")
            for change in changes {
                let marker = kind == .appeared ? "+" : "-"
                let mentions = change.mentions == 0 ? "no stance relation" : "\(change.mentions) \(change.mentions == 1 ? "mention" : "mentions") in relations"
                var rank = ""
                if let position = change.rank, position.value != 0 {
                    rank = ", rank \(position.rank) of \(position.of) by \(diff.metric.rawValue)"
                }
                out.item("\(marker) \(out.actor(change.actor, withID: true)) [\(change.actor.type.rawValue)]: \(mentions)\(rank)")
                out.subitem("articles: " + articleList(change.articles, out: out))
            }
        }
    }

    private func relations(_ diff: GraphDiff, _ out: inout Output) {
        let markers: [RelationChange.Kind: String] = [.appeared: "+", .grew: "↑", .faded: "↓", .disappeared: "-"]
        for kind in RelationChange.Kind.allCases where kind != .unchanged {
            let changes = diff.relations(kind)
            guard !changes.isEmpty else { continue }
            out.heading("Relations that \(kind.rawValue) (\(changes.count))")
            for change in changes {
                var span = ""
                if let first = change.firstDate, let last = change.lastDate {
                    span = first == last ? ", \(first)" : ", \(first)..\(last)"
                }
                out.item("\(markers[kind] ?? "") \(relationName(change, out: out)): \(change.stance.rawValue), \(change.before) → \(change.after) \(change.after == 1 && change.before <= 1 ? "mention" : "mentions")\(span)")
                if !change.added.isEmpty {
                    cite(change.added, label: change.removed.isEmpty ? nil : "added", &out)
                }
                if !change.removed.isEmpty {
                    cite(change.removed, label: change.added.isEmpty ? (kind == .disappeared ? "was" : "gone") : "gone", &out)
                }
            }
        }
    }

    private func pairs(_ diff: GraphDiff, _ out: inout Output) {
        guard !diff.pairs.isEmpty else { return }
        let shown = diff.pairs.prefix(topLimit)
        out.heading("Pairs with the largest change in mentions (\(shown.count) of \(diff.pairs.count))")
        let rows = shown.map { pair -> [String] in
            ["\(out.plain(pair.a.name)) — \(out.plain(pair.b.name))", "\(pair.before.mentions) → \(pair.after.mentions)",
             "\(Self.signed(pair.delta))", "\(Self.signed(pair.before.net)) → \(Self.signed(pair.after.net))",
             Self.signed(pair.added.net)]
        }
        out.table(["pair", "mentions", "change", "net polarity", "net of added"], rows, rightAligned: [1, 2, 3, 4])
    }

    private func flips(_ diff: GraphDiff, _ out: inout Output) {
        guard !diff.flips.isEmpty else { return }
        out.heading("Polarity flips (\(diff.flips.count))")
        out.paragraph("Pairs whose relations before and the relations added since have opposite net polarity.")
        for flip in diff.flips {
            out.item("~ \(out.actor(flip.a)) — \(out.actor(flip.b)): \(flip.from.word) → \(flip.to.word) (net \(Self.signed(flip.netBefore)) before, \(Self.signed(flip.netAdded)) added, \(Self.signed(flip.netAfter)) after)")
            cite(flip.beforeEvidence, label: "before", &out)
            cite(flip.afterEvidence, label: "after", &out)
        }
    }

    private func ranks(_ diff: GraphDiff, _ out: inout Output) {
        guard !diff.ranks.isEmpty else { return }
        let up = diff.ranks.filter { $0.movement > 0 }.prefix(topLimit)
        let down = diff.ranks.filter { $0.movement < 0 }.prefix(topLimit)
        out.heading("Rank changes by \(diff.metric.rawValue) (top \(topLimit) each way)")
        for (title, movers) in [("up", Array(up)), ("down", Array(down))] where !movers.isEmpty {
            out.paragraph("Moved \(title):")
            for mover in movers {
                let arrow = mover.movement > 0 ? "▲" : "▼"
                out.item("\(arrow) \(abs(mover.movement)) \(out.actor(mover.actor)): rank \(mover.before.rank) of \(mover.before.of) → \(mover.after.rank) of \(mover.after.of) (\(diff.metric.rawValue) \(Self.number(mover.before.value)) → \(Self.number(mover.after.value)))")
                var why: [String] = []
                if mover.addedMentions > 0 { why.append("\(mover.addedMentions) added \(mover.addedMentions == 1 ? "mention" : "mentions")") }
                if mover.removedMentions > 0 { why.append("\(mover.removedMentions) removed") }
                if why.isEmpty {
                    out.subitem("no relation of its own changed: other actors' changes moved it")
                } else {
                    let drivers = diff.relations.filter { $0.kind != .unchanged && $0.involves(mover.actor.id) }
                    let named = drivers.prefix(3).map { "\(relationName($0, out: out)) \($0.stance.rawValue) \($0.before)→\($0.after)" }
                    let more = drivers.count > 3 ? ", and \(drivers.count - 3) more" : ""
                    out.subitem("\(why.joined(separator: ", ")) in \(mover.articles.map { out.code($0.rawValue) }.joined(separator: ", ")): \(named.joined(separator: "; "))\(more)")
                }
            }
        }
    }

    private func balance(_ diff: GraphDiff, _ out: inout Output) {
        guard let balance = diff.balance, !balance.isUnchanged else { return }
        out.heading("Structural balance")
        out.paragraph("Triangles of actors whose three pairs all lean one way (net positive or negative); a triangle is balanced when an even number of its ties are negative (Cartwright & Harary 1956).")
        out.list(["before: \(Self.balance(balance.before))", "after: \(Self.balance(balance.after))"])
        for (title, triangles) in [("Newly unbalanced", balance.newlyUnbalanced), ("No longer unbalanced", balance.noLongerUnbalanced)]
            where !triangles.isEmpty {
            out.paragraph("\(title) (\(triangles.count)):")
            for triangle in triangles.prefix(topLimit) {
                let ties = triangle.ties.map { "\(out.actor($0.a)) – \(out.actor($0.b)) \($0.sign > 0 ? "+" : ($0.sign < 0 ? "−" : "0"))" }
                out.item("\(triangle.actors.map { out.actor($0) }.joined(separator: ", ")): \(ties.joined(separator: ", "))")
            }
            if triangles.count > topLimit { out.item("and \(triangles.count - topLimit) more (see --format json)") }
        }
    }

    /// "6 triangles, 83% balanced" or "no triangles".
    static func balance(_ side: BalanceChange.Side) -> String {
        guard let share = side.balancedShare else { return "no triangles" }
        let percent = Int((share * 100).rounded())
        return "\(side.triangles) \(side.triangles == 1 ? "triangle" : "triangles"), \(percent)% balanced"
    }

    private func notes(_ diff: GraphDiff, _ out: inout Output) {
        var lines: [String] = []
        let sides = [("before", diff.before), ("after", diff.after)]
        if diff.before.undated == diff.after.undated, let note = diff.before.undated.note {
            lines.append("\(note) (both snapshots): \(diff.before.undated.articles.prefix(10).map { out.code($0.rawValue) }.joined(separator: ", "))\(diff.before.undated.articles.count > 10 ? ", …" : "")")
        } else {
            for (name, side) in sides {
                if let note = side.undated.note {
                    lines.append("\(name): \(note): \(side.undated.articles.prefix(10).map { out.code($0.rawValue) }.joined(separator: ", "))\(side.undated.articles.count > 10 ? ", …" : "")")
                }
            }
        }
        lines += diff.notes
        let unchanged = diff.relations(.unchanged).count
        if unchanged > 0, !diff.isEmpty {
            lines.append("\(unchanged) \(unchanged == 1 ? "relation is" : "relations are") unchanged and not listed (see --format json).")
        }
        guard !lines.isEmpty else { return }
        out.heading("Notes")
        out.list(lines)
    }

    // MARK: Pieces

    /// "North Korea — Russia" for a mutual relation, "South Korea → Russia" for a directed one.
    private func relationName(_ change: RelationChange, out: Output) -> String {
        "\(out.actor(change.source)) \(change.directed ? "→" : "—") \(out.actor(change.target))"
    }

    /// Quotes up to `evidenceLimit` sentences, one line each (a sentence behind several
    /// mentions is quoted once, with their number), and names the articles of the rest.
    private func cite(_ citations: [Citation], label: String?, _ out: inout Output) {
        let prefix = label.map { "\($0): " } ?? ""
        var sentences: [(citation: Citation, count: Int)] = []
        var position: [SentenceKey: Int] = [:]
        for citation in citations {
            let key = SentenceKey(article: citation.article, start: citation.start, end: citation.end)
            if let index = position[key] {
                sentences[index].count += 1
            } else {
                position[key] = sentences.count
                sentences.append((citation, 1))
            }
        }
        for (citation, count) in sentences.prefix(evidenceLimit) {
            let date = citation.date?.iso ?? "undated"
            let times = count > 1 ? " (\(count) mentions)" : ""
            out.subitem("\(prefix)\(date) \(out.code(citation.article.rawValue)) \(out.quote(shorten(citation.sentence)))\(times)")
        }
        let rest = sentences.dropFirst(evidenceLimit)
        guard !rest.isEmpty else { return }
        var perArticle: [(article: ArticleID, count: Int)] = []
        var articlePosition: [ArticleID: Int] = [:]
        for (citation, count) in rest {
            if let index = articlePosition[citation.article] {
                perArticle[index].count += count
            } else {
                articlePosition[citation.article] = perArticle.count
                perArticle.append((citation.article, count))
            }
        }
        let total = rest.reduce(0) { $0 + $1.count }
        let articles = perArticle.map { "\(out.code($0.article.rawValue))\($0.count > 1 ? " ×\($0.count)" : "")" }
            .joined(separator: ", ")
        let lead = evidenceLimit == 0 ? "" : "and \(total) more \(total == 1 ? "mention" : "mentions") in "
        out.subitem("\(prefix)\(lead)\(articles)")
    }

    private struct SentenceKey: Hashable {
        var article: ArticleID
        var start: Int
        var end: Int
    }

    private func articleList(_ articles: [ArticleReference], out: Output) -> String {
        let limit = 6
        var parts = articles.prefix(limit).map { "\(out.code($0.id.rawValue)) (\($0.date?.iso ?? "undated"))" }
        if articles.count > limit { parts.append("and \(articles.count - limit) more") }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// The sentence on one line, shortened at a word boundary with an ellipsis.
    func shorten(_ sentence: String) -> String {
        let flat = sentence.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        guard flat.count > sentenceLength else { return flat }
        var cut = String(flat.prefix(sentenceLength))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > sentenceLength / 2 {
            cut = String(cut[..<space])
        }
        return cut.trimmingTrailingPunctuation() + " …"
    }

    /// A number without a trailing `.0`, at most two decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let scaled = (value * 100).rounded() / 100
        var text = String(scaled)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func signed(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : (value < 0 ? "−" + number(-value) : "0")
    }

    static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : (value < 0 ? "−\(-value)" : "0")
    }
}

extension Polarity {
    /// "positive", "negative", "neutral".
    var word: String {
        switch self {
        case .positive: return "positive"
        case .negative: return "negative"
        case .neutral: return "neutral"
        }
    }
}

extension String {
    func trimmingTrailingPunctuation() -> String {
        var result = Substring(self)
        while let last = result.last, last == "," || last == ";" || last == ":" || last == " " { result.removeLast() }
        return String(result)
    }
}
