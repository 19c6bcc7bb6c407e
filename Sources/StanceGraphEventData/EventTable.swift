import Foundation
import StanceGraphModel

/// A graph document's stance relations as an event table: one row per stance
/// relation, in document order, with a fixed set of columns (`columns`), the
/// form event researchers know from GDELT, ICEWS and POLECAT: who (id, name,
/// country), did what (stance, polarity, CAMEO, PLOVER, modality, confidence),
/// to whom, when, and where it was read (article id and URL, the evidence
/// sentence and its code-point offsets). `docs/interop.md` documents every
/// column.
///
/// Written as CSV (RFC 4180: a header row, fields with a comma, quote or line
/// break quoted, quotes doubled, missing values empty) or as JSON Lines (one
/// object a line in the graph document's style, missing values `null`, numbers
/// and booleans as JSON numbers and booleans). Column names are the document's
/// camelCase field names, the same in both forms.
public struct EventTable: Sendable, Hashable {
    /// The columns, in order. Never depends on the data.
    public static let columns = [
        "id", "date", "dateOrigin", "datePrecision",
        "sourceId", "sourceName", "sourceCountry", "targetId", "targetName", "targetCountry",
        "stance", "polarity", "cameo", "plover", "directed", "modality", "confidence", "trigger",
        "articleId", "articleUrl", "evidence", "evidenceStart", "evidenceEnd",
    ]

    /// One row: a value per column, in `columns` order (nil where there is none).
    public var rows: [[JSONValue]]

    /// The stance relations of `document` dated inside `window` (every one,
    /// undated too, when it is unbounded) whose stance `admits` accepts.
    public init(document: GraphDocument, window: DateWindow = .unbounded, admits: (Stance) -> Bool = { _ in true }) {
        let entities = document.entitiesByID
        let articles = document.articlesByID
        func countryCode(_ id: EntityID) -> JSONValue {
            guard let entity = entities[id] else { return .null }
            if entity.type == .country { return .string(entity.code) }
            return .string(entity.country.flatMap { entities[$0]?.code })
        }
        rows = document.relations.compactMap { relation -> [JSONValue]? in
            guard relation.kind == .stance, let stance = relation.stance, admits(stance),
                  window.contains(relation.date) else { return nil }
            return [
                .string(relation.id.rawValue), .string(relation.date?.iso), .string(relation.dateOrigin?.rawValue),
                .string(relation.datePrecision?.rawValue),
                .string(relation.source.rawValue), .string(entities[relation.source]?.name), countryCode(relation.source),
                .string(relation.target.rawValue), .string(entities[relation.target]?.name), countryCode(relation.target),
                .string(stance.rawValue), .int(relation.polarity), .string(relation.cameo?.rawValue),
                .string(relation.cameo?.plover), .bool(relation.directed), .string(relation.modality.rawValue),
                .double(relation.confidence), .string(relation.trigger),
                .string(relation.article.rawValue), .string(articles[relation.article]?.url),
                .string(relation.evidence.text), .int(relation.evidence.start), .int(relation.evidence.end),
            ]
        }
    }

    /// The table as CSV, header first.
    public func csv() -> String {
        var lines = [Self.columns.joined(separator: ",")]
        lines.reserveCapacity(rows.count + 1)
        for row in rows { lines.append(row.map(Self.csvField).joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as JSON Lines: one object per row.
    public func jsonLines() -> [UInt8] {
        var bytes: [UInt8] = []
        for row in rows {
            bytes += JSONValue.object(Dictionary(uniqueKeysWithValues: zip(Self.columns, row))).jsonLineBytes()
        }
        return bytes
    }

    /// A value as a CSV field (RFC 4180).
    static func csvField(_ value: JSONValue) -> String {
        let text: String
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number.description
        case .string(let string): text = string
        case .array, .object: return ""
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
