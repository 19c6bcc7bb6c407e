/// Turns an `Encodable` value into a `JSONValue`, so that types that describe
/// their JSON form through `Codable` (the diff, the timeline) are written in the
/// document's style by the one `JSONWriter` instead of by Foundation's
/// `JSONEncoder`, whose layout (`"key" : value`, every container spread over
/// lines) differs.
///
/// Keys are the coding keys as the type gives them; `encodeIfPresent` of nil
/// leaves a key out, as the synthesized conformances do for optionals; integers
/// of every width become `.int` (a `UInt64` above `Int.max` a `.double`), floats
/// `.double`.
extension JSONValue {
    /// The JSON form of `value`.
    ///
    /// - Throws: what `value.encode(to:)` throws, or `EncodingError.invalidValue`
    ///   when it encodes nothing at all.
    public init(encoding value: some Encodable) throws {
        let box = ValueBox()
        try encodeValue(value, into: box, codingPath: [])
        guard let result = box.value else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(type(of: value)) encoded no value"))
        }
        self = result
    }
}

/// Where an encoder's value is assembled: containers hand their children boxes
/// and read them back when the whole value is asked for, so a nested container
/// may be filled after it was placed. Children are kept in stored arrays, so
/// adding one is amortized O(1).
private final class ValueBox {
    enum Kind { case empty, scalar, array, object }

    private(set) var kind = Kind.empty
    private var scalar = JSONValue.null
    private var elements: [ValueBox] = []
    private var members: [String: ValueBox] = [:]

    var value: JSONValue? {
        switch kind {
        case .empty: return nil
        case .scalar: return scalar
        case .array: return .array(elements.map { $0.value ?? .null })
        case .object: return .object(members.mapValues { $0.value ?? .null })
        }
    }

    func set(_ value: JSONValue) {
        kind = .scalar
        scalar = value
    }

    func makeObject() { if kind != .object { kind = .object; members = [:] } }

    func makeArray() { if kind != .array { kind = .array; elements = [] } }

    /// A new box for `key` of this object.
    func child(forKey key: String) -> ValueBox {
        makeObject()
        let box = ValueBox()
        members[key] = box
        return box
    }

    /// A new box appended to this array.
    func appendChild() -> ValueBox {
        makeArray()
        let box = ValueBox()
        elements.append(box)
        return box
    }

    var count: Int { elements.count }
}

private struct ValueEncoder: Encoder {
    /// Where this encoder writes: its own box, or the one a container gave it.
    let box: ValueBox
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(codingPath: [any CodingKey], box: ValueBox = ValueBox()) {
        self.codingPath = codingPath
        self.box = box
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.makeObject()
        return KeyedEncodingContainer(KeyedValueContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.makeArray()
        return UnkeyedValueContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(box: box, codingPath: codingPath)
    }
}

/// Encodes `value` into `box`: scalars directly, anything else through its own
/// `encode(to:)`.
private func encodeValue(_ value: some Encodable, into box: ValueBox, codingPath: [any CodingKey]) throws {
    switch value {
    case let json as JSONValue: box.set(json)
    case let string as String: box.set(.string(string))
    case let bool as Bool: box.set(.bool(bool))
    case let int as Int: box.set(.int(int))
    case let double as Double: box.set(.double(double))
    default:
        let encoder = ValueEncoder(codingPath: codingPath, box: box)
        try value.encode(to: encoder)
    }
}

private struct KeyedValueContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ValueBox
    var codingPath: [any CodingKey]

    private func set(_ value: JSONValue, _ key: Key) { box.child(forKey: key.stringValue).set(value) }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(wide(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(wide(value), key) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try encodeValue(value, into: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = box.child(forKey: key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedValueContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = box.child(forKey: key.stringValue)
        child.makeArray()
        return UnkeyedValueContainer(box: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(codingPath: codingPath, box: box.child(forKey: "super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(codingPath: codingPath + [key], box: box.child(forKey: key.stringValue))
    }
}

private struct UnkeyedValueContainer: UnkeyedEncodingContainer {
    let box: ValueBox
    var codingPath: [any CodingKey]
    var count: Int { box.count }

    private func append(_ value: JSONValue) { box.appendChild().set(value) }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.double(value)) }
    mutating func encode(_ value: Float) throws { append(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { append(.int(value)) }
    mutating func encode(_ value: Int8) throws { append(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { append(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { append(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { append(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { append(wide(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { append(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { append(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { append(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { append(wide(value)) }

    mutating func encode(_ value: some Encodable) throws {
        try encodeValue(value, into: box.appendChild(), codingPath: codingPath + [IndexKey(count)])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = box.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(KeyedValueContainer<NestedKey>(box: child, codingPath: codingPath + [IndexKey(count - 1)]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = box.appendChild()
        child.makeArray()
        return UnkeyedValueContainer(box: child, codingPath: codingPath + [IndexKey(count - 1)])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(codingPath: codingPath, box: box.appendChild())
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let box: ValueBox
    var codingPath: [any CodingKey]

    private func set(_ value: JSONValue) { box.set(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.double(value)) }
    mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { set(.int(value)) }
    mutating func encode(_ value: Int8) throws { set(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { set(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { set(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { set(wide(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { set(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { set(wide(value)) }

    mutating func encode(_ value: some Encodable) throws {
        try encodeValue(value, into: box, codingPath: codingPath)
    }
}

/// An array position as a coding key, for coding paths.
private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// An unsigned value as an integer when it fits, else as a double.
private func wide(_ value: UInt64) -> JSONValue {
    value <= UInt64(Int.max) ? .int(Int(value)) : .double(Double(value))
}

extension JSONValue: Encodable {
    /// Encodes the value as it is, so a `JSONValue` can sit inside an `Encodable` type.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .double(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let members):
            var container = encoder.container(keyedBy: MemberKey.self)
            for (key, value) in members { try container.encode(value, forKey: MemberKey(stringValue: key)) }
        }
    }
}

/// An object member's name as a coding key.
private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension JSONValue: Decodable {
    /// Reads any JSON value: `true`/`false` as `.bool`, a number without a
    /// fraction or exponent that fits an `Int` as `.int`, other numbers as
    /// `.double`, and so on.
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        if let object = try? decoder.container(keyedBy: MemberKey.self) {
            var members: [String: JSONValue] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONValue.self, forKey: key) }
            self = .object(members)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int.self) {
            self = .int(value)
        } else if let value = try? single.decode(Double.self) {
            self = .double(value)
        } else {
            self = .string(try single.decode(String.self))
        }
    }
}
