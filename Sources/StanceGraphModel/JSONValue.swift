/// A JSON value, written in the graph document's style by the one `JSONWriter`:
/// keys sorted, two-space indentation, a container that holds no other container
/// on one line, text as UTF-8 (never `\u`-escaped), a final newline.
///
/// Every JSON output of StanceGraph that is not the graph document itself (the
/// metrics, the diff, the timeline, the exports, the event table as JSON Lines)
/// is built as a `JSONValue` and written through it, so that all of them look
/// alike: the style is decided once, here. `JSONValue(encoding:)` turns any
/// `Encodable` into one.
///
/// The layout rule is the one the document's writer follows by hand: a mention,
/// an evidence object, a metadata object and an alias list hold only scalars and
/// sit on one line; an article, an entity and a relation hold containers and are
/// spread over lines. `JSONValueTests` checks that a document encoded as a
/// `JSONValue` gives the document writer's bytes.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A finite double, written as `Double.description` writes it (`1.0`, `0.25`);
    /// a non-finite one is written as `null`.
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// An object; its keys are written sorted, whatever order they were given in.
    case object([String: JSONValue])

    /// Whether the value is no container.
    public var isScalar: Bool {
        switch self {
        case .array, .object: return false
        case .null, .bool, .int, .double, .string: return true
        }
    }

    /// A number as the metrics write one: a whole value below 2^53 as an
    /// integer (`3`, not `3.0`), any other as the shortest double that reads back.
    public static func number(_ value: Double) -> JSONValue {
        if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return .int(Int(value)) }
        return .double(value)
    }

    /// A string, or `null` when there is none.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

// MARK: - Writing

extension JSONValue {
    /// The value as a JSON text in the document's style, with a final newline.
    ///
    /// - Complexity: O(size of the output + k log k for the k keys of each object).
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter()
        write(to: &writer)
        writer.newlineAtEnd()
        return writer.bytes
    }

    /// The value on one line with a final newline: one record of a JSON Lines
    /// file (`{"a": 1, "b": [2, 3]}`), the inline form of the document's style.
    public func jsonLineBytes() -> [UInt8] {
        var writer = JSONWriter()
        write(to: &writer, inline: true)
        writer.newlineAtEnd()
        return writer.bytes
    }

    /// The text of `jsonBytes()`.
    public var jsonText: String { String(decoding: jsonBytes(), as: UTF8.self) }

    func write(to writer: inout JSONWriter, inline: Bool = false) {
        switch self {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .int(let value): writer.int(value)
        case .double(let value): writer.double(value)
        case .string(let value): writer.string(value)
        case .array(let items):
            writer.beginArray(inline: inline || items.allSatisfy(\.isScalar))
            for item in items {
                writer.element()
                item.write(to: &writer, inline: inline)
            }
            writer.endArray()
        case .object(let members):
            writer.beginObject(inline: inline || members.values.allSatisfy(\.isScalar))
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                writer.key(text: key)
                value.write(to: &writer, inline: inline)
            }
            writer.endObject()
        }
    }
}
