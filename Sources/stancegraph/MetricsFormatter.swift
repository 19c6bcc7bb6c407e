import Foundation
import StanceGraphModel
import StanceGraphNetwork

/// Metric tables as text: an aligned table, CSV or JSON, plus the graph-level
/// results (structural balance, blocs) when asked for.
///
/// Numbers are written the same way in CSV and JSON: whole values as integers,
/// others in the shortest form that reads back to the same double. The table
/// rounds to six decimals for reading.
enum MetricsFormatter {
    /// Graph-level results to print after the per-actor ranking.
    struct Summary {
        var balance: StructuralBalance?
        var blocs: Blocs?

        var isEmpty: Bool { balance == nil && blocs == nil }
    }

    /// How many unbalanced triangles the table lists before summarizing the rest.
    static let unbalancedShownInTable = 20

    /// A value for CSV and JSON.
    static func exact(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A value for the aligned table.
    static func rounded(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.6f", value)
    }

    // MARK: - Table

    static func table(_ table: MetricTable, ranking: [Int], summary: Summary = Summary()) -> String {
        let metrics = table.metrics
        var rows: [[String]] = [["rank", "actor", "type"] + metrics.map(\.rawValue)]
        for (position, node) in ranking.enumerated() {
            rows.append(["\(position + 1)", table.nodes[node].name, table.nodes[node].type.rawValue]
                + metrics.map { rounded(table.values[$0]?[node] ?? 0) })
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column >= 3 || column == 0 ? padding + cell : cell + padding
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        if ranking.isEmpty { lines.append("(no actors in this view)") }
        if let balance = summary.balance { lines += [""] + balanceLines(balance, nodes: table.nodes) }
        if let blocs = summary.blocs { lines += [""] + blocLines(blocs, nodes: table.nodes) }
        return lines.joined(separator: "\n")
    }

    static func balanceLines(_ balance: StructuralBalance, nodes: [ActorGraph.Node]) -> [String] {
        var lines = ["Structural balance (triangles of signed ties; Cartwright & Harary 1956)"]
        guard let share = balance.balancedShare else {
            return lines + ["  no triangle of signed ties in this view"]
        }
        let counts = balance.countsByNegativeTies
        lines.append("  triangles: \(balance.triangleCount), balanced: \(balance.balancedCount) "
            + "(\(String(format: "%.1f", share * 100))%), unbalanced: \(balance.unbalanced.count)")
        lines.append("  by negative ties: none \(counts[0]), one \(counts[1]), two \(counts[2]), three \(counts[3])")
        if !balance.unbalanced.isEmpty {
            lines.append("  unbalanced triangles:")
            for triangle in balance.unbalanced.prefix(unbalancedShownInTable) {
                let names = [triangle.a, triangle.b, triangle.c].map { nodes[$0].name }.joined(separator: ", ")
                lines.append("    \(names) (\(triangle.negativeTies) negative)")
            }
            let rest = balance.unbalanced.count - unbalancedShownInTable
            if rest > 0 { lines.append("    ... and \(rest) more (--format json lists them all)") }
        }
        return lines
    }

    static func blocLines(_ blocs: Blocs, nodes: [ActorGraph.Node]) -> [String] {
        var lines = ["Blocs (Louvain communities of positive ties; modularity \(String(format: "%.3f", blocs.modularity)))"]
        if blocs.blocs.isEmpty { lines.append("  no two actors share a positive tie in this view") }
        for (index, bloc) in blocs.blocs.enumerated() {
            let names = bloc.members.map { nodes[$0].name }.joined(separator: ", ")
            lines.append("  \(index + 1). \(bloc.members.count) actors, \(bloc.positiveTies) positive and "
                + "\(bloc.negativeTies) negative ties inside: \(names)")
        }
        lines.append("  between blocs: \(blocs.positiveTiesBetween) positive, \(blocs.negativeTiesBetween) negative ties")
        if !blocs.unaffiliated.isEmpty {
            lines.append("  in no bloc: " + blocs.unaffiliated.map { nodes[$0].name }.joined(separator: ", "))
        }
        return lines
    }

    // MARK: - CSV

    static func csv(_ table: MetricTable, ranking: [Int]) -> String {
        func quote(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        let metrics = table.metrics
        var lines = [(["id", "name", "type"] + metrics.map(\.rawValue)).joined(separator: ",")]
        for node in ranking {
            let entry = table.nodes[node]
            lines.append(([entry.id.rawValue, entry.name, entry.type.rawValue].map(quote)
                + metrics.map { exact(table.values[$0]?[node] ?? 0) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - JSON

    /// The per-actor array, one object a line (`JSONValue`, the graph document's
    /// style and camelCase keys: `positiveDegree`); wrapped in an object with the
    /// graph-level results when there are any.
    static func json(_ table: MetricTable, ranking: [Int], summary: Summary = Summary()) -> String {
        jsonValue(table, ranking: ranking, summary: summary).jsonText
    }

    static func jsonValue(_ table: MetricTable, ranking: [Int], summary: Summary = Summary()) -> JSONValue {
        let metrics = table.metrics
        let actors = JSONValue.array(ranking.map { node in
            let entry = table.nodes[node]
            var fields: [String: JSONValue] = ["id": .string(entry.id.rawValue), "name": .string(entry.name),
                                               "type": .string(entry.type.rawValue)]
            for metric in metrics { fields[metric.jsonKey] = .number(table.values[metric]?[node] ?? 0) }
            return .object(fields)
        })
        guard !summary.isEmpty else { return actors }
        var fields: [String: JSONValue] = ["actors": actors]
        if let balance = summary.balance { fields["balance"] = balanceJSON(balance, nodes: table.nodes) }
        if let blocs = summary.blocs { fields["blocs"] = blocsJSON(blocs, nodes: table.nodes) }
        return .object(fields)
    }

    static func balanceJSON(_ balance: StructuralBalance, nodes: [ActorGraph.Node]) -> JSONValue {
        [
            "triangles": .int(balance.triangleCount),
            "balanced": .int(balance.balancedCount),
            "balancedShare": balance.balancedShare.map(JSONValue.number) ?? .null,
            "byNegativeTies": .array(balance.countsByNegativeTies.map(JSONValue.int)),
            "unbalanced": .array(balance.unbalanced.map { triangle in
                ["actors": .array([triangle.a, triangle.b, triangle.c].map { .string(nodes[$0].id.rawValue) }),
                 "negativeTies": .int(triangle.negativeTies)]
            }),
        ]
    }

    static func blocsJSON(_ blocs: Blocs, nodes: [ActorGraph.Node]) -> JSONValue {
        [
            "modularity": .number(blocs.modularity),
            "blocs": .array(blocs.blocs.enumerated().map { index, bloc in
                ["bloc": .int(index + 1), "size": .int(bloc.members.count),
                 "members": .array(bloc.members.map { .string(nodes[$0].id.rawValue) }),
                 "positiveTies": .int(bloc.positiveTies), "negativeTies": .int(bloc.negativeTies)]
            }),
            "unaffiliated": .array(blocs.unaffiliated.map { .string(nodes[$0].id.rawValue) }),
            "positiveTiesBetween": .int(blocs.positiveTiesBetween),
            "negativeTiesBetween": .int(blocs.negativeTiesBetween),
        ]
    }
}

private extension String {
    /// The text without trailing spaces (leading ones keep right-aligned columns aligned).
    var trailingSpacesRemoved: String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
