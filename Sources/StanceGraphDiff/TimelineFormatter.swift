import Foundation
import StanceGraphModel

/// Writes a `Timeline` as a table: plain text, Markdown or CSV (JSON is `Timeline`'s
/// `Codable` form, see `jsonData()`).
///
/// One row per period: mentions in all, cooperative (+) and hostile (−) mentions,
/// mentions of each stance (in text and Markdown the stances that occur anywhere
/// on the timeline; in CSV all eleven, so the columns are fixed), the most
/// central actors and, when one is followed, that actor's rank and value. In text and
/// Markdown a run of periods without relations is one row, so a timeline by day
/// over years stays readable; CSV keeps every period for plotting.
public struct TimelineFormatter: Sendable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case text
        case markdown
        case csv
    }

    public var style: Style

    public init(style: Style = .text) {
        self.style = style
    }

    public func format(_ timeline: Timeline) -> String {
        style == .csv ? csv(timeline) : table(timeline)
    }

    /// The stances that occur in some period, in canonical order.
    private func stances(_ timeline: Timeline) -> [Stance] {
        Stance.allCases.filter { stance in timeline.periods.contains { $0.count(stance) > 0 } }
    }

    private func table(_ timeline: Timeline) -> String {
        var out = Output(style: style == .markdown ? .markdown : .text)
        let first = timeline.periods.first?.label ?? ""
        let last = timeline.periods.last?.label ?? ""
        let active = timeline.periods.filter { $0.mentions > 0 }.count
        out.title("StanceGraph timeline by \(timeline.granularity.rawValue): \(first) to \(last)")
        out.paragraph("\(timeline.periods.count) \(timeline.periods.count == 1 ? "period" : "periods"), \(active) with relations\(timeline.cumulative ? "; each period holds everything up to its end" : ""). View: \(timeline.view.description). Top actors by \(timeline.metric.rawValue).")

        let stances = stances(timeline)
        var header = ["period", "mentions", "+", "−"] + stances.map(\.rawValue)
        if let actor = timeline.actor { header += ["\(actor.name) rank", timeline.metric.rawValue] }
        header.append("top actors")
        let numeric = Set(1..<(header.count - 1))

        var rows: [[String]] = []
        var index = 0
        let periods = timeline.periods
        while index < periods.count {
            let period = periods[index]
            if period.mentions == 0, period.actor == nil {
                // Gather the run of empty periods.
                var end = index
                while end + 1 < periods.count, periods[end + 1].mentions == 0, periods[end + 1].actor == nil { end += 1 }
                let label = end == index ? period.label : "\(period.label) – \(periods[end].label)"
                var row = [label, "0", "", ""] + stances.map { _ in "" }
                if timeline.actor != nil { row += ["", ""] }
                row.append("(no relations)")
                rows.append(row)
                index = end + 1
                continue
            }
            var row = [period.label, "\(period.mentions)", "\(period.positive)", "\(period.negative)"]
                + stances.map { "\(period.count($0))" }
            if timeline.actor != nil {
                row += [period.actor.map { "\($0.rank) of \($0.of)" } ?? "–",
                        period.actor.map { DiffReportFormatter.number($0.value) } ?? "–"]
            }
            row.append(period.topActors.map { "\(out.plain($0.actor.name)) (\(DiffReportFormatter.number($0.rank.value)))" }
                .joined(separator: ", "))
            rows.append(row)
            index += 1
        }
        out.table(header, rows, rightAligned: numeric)
        if let note = timeline.undated.note {
            out.paragraph("Note: \(note).")
        }
        return out.text
    }

    private func csv(_ timeline: Timeline) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        // Every stance, whether it occurs or not, so the columns never depend on the data.
        let stances = Stance.allCases
        var header = ["period", "from", "to", "mentions", "positive", "negative"] + stances.map(\.rawValue) + ["active_actors"]
        if timeline.actor != nil { header += ["actor_rank", "actor_\(timeline.metric.rawValue)"] }
        header.append("top_actors")
        var lines = [header.joined(separator: ",")]
        for period in timeline.periods {
            var row = [period.label, period.window.from?.iso ?? "", period.window.to?.iso ?? "", "\(period.mentions)",
                       "\(period.positive)", "\(period.negative)"] + stances.map { "\(period.count($0))" }
                + ["\(period.activeActors)"]
            if timeline.actor != nil {
                row += [period.actor.map { "\($0.rank)" } ?? "", period.actor.map { String($0.value) } ?? ""]
            }
            row.append(period.topActors.map { "\($0.actor.id)=\(DiffReportFormatter.number($0.rank.value))" }.joined(separator: ";"))
            lines.append(row.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Timeline {
    /// The timeline as JSON in the graph document's style (`JSONValue`): keys
    /// sorted, two-space indentation, dates as `YYYY-MM-DD`.
    public func jsonData() throws -> Data {
        Data(try JSONValue(encoding: self).jsonBytes())
    }
}
