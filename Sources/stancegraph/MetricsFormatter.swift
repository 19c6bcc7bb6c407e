import Foundation
import StanceGraphNetwork

/// Metric tables as text: an aligned table, CSV or JSON.
enum MetricsFormatter {
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.6f", value)
    }

    static func table(_ table: MetricTable, ranking: [Int]) -> String {
        let metrics = table.metrics
        var rows: [[String]] = [["rank", "actor", "type"] + metrics.map(\.rawValue)]
        for (position, node) in ranking.enumerated() {
            rows.append(["\(position + 1)", table.nodes[node].name, table.nodes[node].type.rawValue]
                + metrics.map { format(table.values[$0]?[node] ?? 0) })
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column >= 3 || column == 0 ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    static func csv(_ table: MetricTable, ranking: [Int]) -> String {
        func quote(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        let metrics = table.metrics
        var lines = [(["id", "name", "type"] + metrics.map(\.rawValue)).joined(separator: ",")]
        for node in ranking {
            let entry = table.nodes[node]
            lines.append(([entry.id.rawValue, entry.name, entry.type.rawValue].map(quote)
                + metrics.map { String(table.values[$0]?[node] ?? 0) }).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ table: MetricTable, ranking: [Int]) throws -> String {
        var rows: [[String: Any]] = []
        for node in ranking {
            let entry = table.nodes[node]
            var row: [String: Any] = ["id": entry.id.rawValue, "name": entry.name, "type": entry.type.rawValue]
            for metric in table.metrics { row[metric.rawValue] = table.values[metric]?[node] ?? 0 }
            rows.append(row)
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
