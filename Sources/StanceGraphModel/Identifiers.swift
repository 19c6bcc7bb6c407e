/// A string identifier with a type of its own, so an article id can never be
/// passed where an entity id is expected. Encoded in JSON as the bare string.
public protocol TypedIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String {
    init(_ rawValue: String)
}

extension TypedIdentifier {
    public init(rawValue: String) { self.init(rawValue) }
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Identifies an article: the file's name without its extension, or the `id`
/// field of a JSON Lines record.
public struct ArticleID: TypedIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies an entity across the whole document: `country:KOR`,
/// `person:cho-tae-yul`, `organization:un-security-council`, ...
public struct EntityID: TypedIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies one relation mention: the article id and a running number.
public struct RelationID: TypedIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
