import StanceGraphModel
import StanceGraphNetwork

/// The view options a diff or timeline was computed with, as reports print them.
public struct ViewSummary: Hashable, Sendable, Codable {
    public var level: ViewLevel
    /// The stances the view keeps, in canonical order.
    public var stances: [Stance]
    public var weighting: EdgeWeighting
    public var includeAgreements: Bool
    public var ego: EntityID?
    public var egoDepth: Int?
    public var minimumWeight: Double

    public init(_ options: GraphViewOptions) {
        level = options.level
        stances = Stance.allCases.filter { options.stances.admits($0) }
        weighting = options.weighting
        includeAgreements = options.includeAgreements
        ego = options.ego
        egoDepth = options.ego == nil ? nil : options.egoDepth
        minimumWeight = options.minimumWeight
    }

    /// "actors, all stances, weighted by mentions", plus the ego and minimum weight when set.
    public var description: String {
        var parts = [level.rawValue]
        if stances.count == Stance.allCases.count {
            parts.append("all stances")
        } else if stances == Stance.allCases.filter({ $0.polarity == .positive }) {
            parts.append("positive stances")
        } else if stances == Stance.allCases.filter({ $0.polarity == .negative }) {
            parts.append("negative stances")
        } else {
            parts.append(stances.map(\.rawValue).joined(separator: "+"))
        }
        parts.append("weighted by \(weighting.rawValue)")
        if let ego { parts.append("around \(ego) (\(egoDepth ?? 1) hops)") }
        if minimumWeight > 0 { parts.append("minimum weight \(DiffReportFormatter.number(minimumWeight))") }
        if includeAgreements { parts.append("with agreements") }
        return parts.joined(separator: ", ")
    }
}
