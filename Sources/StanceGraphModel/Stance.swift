/// The sign of a stance: whether it draws two actors together or apart.
public enum Polarity: Int, Sendable, Codable, Hashable, CaseIterable {
    case negative = -1
    case neutral = 0
    case positive = 1
}

/// What one actor's words or deeds say about its position toward another.
///
/// The eleven stances are a coarse, documented grouping of the event categories
/// used by CAMEO (Gerner et al. 2002) and PLOVER (Halterman et al. 2023), so that
/// results line up with GDELT, ICEWS and POLECAT data. `docs/stances.md` gives each
/// one's definition, trigger examples and nearest CAMEO root code and PLOVER category.
public enum Stance: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case cooperation
    case consultation
    case support
    case agreement
    case concern
    case condemnation
    case demand
    case sanction
    case threat
    case conflict
    case denial

    /// +1 for cooperation, consultation, support and agreement; -1 for the rest.
    public var polarity: Polarity {
        switch self {
        case .cooperation, .consultation, .support, .agreement: return .positive
        case .concern, .condemnation, .demand, .sanction, .threat, .conflict, .denial: return .negative
        }
    }

    /// Whether the stance is usually mutual ("X and Y cooperate", "talks between X
    /// and Y") rather than taken by one actor toward another ("X condemned Y").
    public var isSymmetricByDefault: Bool {
        switch self {
        case .cooperation, .consultation, .agreement, .conflict: return true
        case .support, .concern, .condemnation, .demand, .sanction, .threat, .denial: return false
        }
    }

    /// The nearest CAMEO root code (two digits).
    public var cameoRoot: String {
        switch self {
        case .consultation: return "04"
        case .cooperation: return "05"
        case .support: return "07"
        case .agreement: return "06"
        case .concern: return "11"
        case .condemnation: return "11"
        case .demand: return "10"
        case .sanction: return "16"
        case .threat: return "13"
        case .conflict: return "19"
        case .denial: return "12"
        }
    }

    /// The nearest PLOVER event category.
    public var ploverCategory: String {
        switch self {
        case .consultation: return "CONSULT"
        case .cooperation: return "COOPERATE"
        case .support: return "AID"
        case .agreement: return "AGREE"
        case .concern: return "ACCUSE"
        case .condemnation: return "ACCUSE"
        case .demand: return "DEMAND"
        case .sanction: return "SANCTION"
        case .threat: return "THREATEN"
        case .conflict: return "FIGHT"
        case .denial: return "REJECT"
        }
    }

    public static func < (lhs: Stance, rhs: Stance) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int { Stance.allCases.firstIndex(of: self) ?? 0 }
}

/// How firmly the source sentence asserts a relation.
public enum Modality: String, Sendable, Codable, Hashable, CaseIterable {
    /// Stated as fact: "Cho and Blinken condemned ...".
    case asserted
    /// Possible or speculated: "could", "may", "possible", "reportedly".
    case hedged
    /// Announced for the future: "plans to", "will", "is expected to", "agreed to".
    case planned
    /// Denied by a party: "have denied they were in arms negotiations".
    case disputed

    /// The factor a relation's confidence is multiplied by.
    public var confidenceFactor: Double {
        switch self {
        case .asserted: return 1.0
        case .planned: return 0.8
        case .hedged: return 0.6
        case .disputed: return 0.3
        }
    }
}
