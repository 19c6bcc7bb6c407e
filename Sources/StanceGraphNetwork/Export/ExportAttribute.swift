import StanceGraphModel

/// A typed value of a node or edge attribute.
public enum ExportValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// A day, written `YYYY-MM-DD` (a string where the format has no date type).
    case date(CalendarDate)

    /// The value as text: `Double.description` for doubles, `true`/`false`.
    public var text: String {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return value.description
        case .bool(let value): return value ? "true" : "false"
        case .date(let value): return value.iso
        }
    }

    /// The value in JSON.
    public var json: JSONValue {
        switch self {
        case .string(let value): return .string(value)
        case .int(let value): return .int(value)
        case .double(let value): return .double(value)
        case .bool(let value): return .bool(value)
        case .date(let value): return .string(value.iso)
        }
    }
}

/// The type of an attribute, as each format declares it.
public enum ExportValueType: Sendable, Hashable {
    case string, int, double, bool, date

    /// GraphML's `attr.type` (the GraphML primer, section 4: boolean, int, long,
    /// float, double, string); dates are strings.
    var graphML: String {
        switch self {
        case .string, .date: return "string"
        case .int: return "int"
        case .double: return "double"
        case .bool: return "boolean"
        }
    }

    /// GEXF 1.3's attribute `type` (integer, long, double, float, boolean,
    /// string, ...); dates are strings.
    var gexf: String {
        switch self {
        case .string, .date: return "string"
        case .int: return "integer"
        case .double: return "double"
        case .bool: return "boolean"
        }
    }

    /// The type suffix of a `neo4j-admin database import` header field (none
    /// for strings, the default).
    var neo4j: String {
        switch self {
        case .string: return ""
        case .int: return ":int"
        case .double: return ":double"
        case .bool: return ":boolean"
        case .date: return ":date"
        }
    }
}

/// One attribute the exports write for every node or edge: its name, its type
/// and how to read it (nil where an item has no value, which every format
/// writes as a missing value, never as an empty string or a zero).
public struct ExportAttribute<Item>: Sendable {
    public var name: String
    public var type: ExportValueType
    public var value: @Sendable (Item) -> ExportValue?
}

extension ExportGraph {
    /// The node attributes, in the order every format writes them: `type`,
    /// `country`, `countryCode`, `role`, `firstDate`, `lastDate`, then the metrics.
    public var nodeAttributes: [ExportAttribute<Node>] {
        var attributes: [ExportAttribute<Node>] = [
            ExportAttribute(name: "type", type: .string) { .string($0.type.rawValue) },
            ExportAttribute(name: "country", type: .string) { $0.country.map { .string($0.rawValue) } },
            ExportAttribute(name: "countryCode", type: .string) { $0.countryCode.map(ExportValue.string) },
            ExportAttribute(name: "role", type: .string) { $0.role.map(ExportValue.string) },
            ExportAttribute(name: "firstDate", type: .date) { $0.firstDate.map(ExportValue.date) },
            ExportAttribute(name: "lastDate", type: .date) { $0.lastDate.map(ExportValue.date) },
        ]
        for (index, metric) in metrics.enumerated() {
            attributes.append(ExportAttribute(name: metric.jsonKey, type: .double) { .double($0.metricValues[index]) })
        }
        return attributes
    }

    /// The edge attributes, in the order every format writes them.
    public var edgeAttributes: [ExportAttribute<Edge>] {
        [
            ExportAttribute(name: "stance", type: .string) { .string($0.stance.rawValue) },
            ExportAttribute(name: "polarity", type: .int) { .int($0.polarity) },
            ExportAttribute(name: "directed", type: .bool) { .bool($0.directed) },
            ExportAttribute(name: "cameo", type: .string) { .string($0.cameo.rawValue) },
            ExportAttribute(name: "plover", type: .string) { $0.plover.map(ExportValue.string) },
            ExportAttribute(name: "weight", type: .double) { .double($0.weight) },
            ExportAttribute(name: "evidenceCount", type: .int) { .int($0.evidenceCount) },
            ExportAttribute(name: "firstDate", type: .date) { $0.firstDate.map(ExportValue.date) },
            ExportAttribute(name: "lastDate", type: .date) { $0.lastDate.map(ExportValue.date) },
            ExportAttribute(name: "tentative", type: .bool) { .bool($0.isTentative) },
        ]
    }
}
