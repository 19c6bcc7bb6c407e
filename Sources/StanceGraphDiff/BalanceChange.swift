import StanceGraphModel

/// Structural balance on both sides of a diff (filled in once the metrics module
/// provides it).
public struct BalanceChange: Hashable, Sendable, Codable {
    public var isUnchanged: Bool { true }
    var summaryLine: String? { nil }
    var reportLines: [String] { [] }
}
