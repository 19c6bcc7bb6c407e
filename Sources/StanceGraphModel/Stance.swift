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

    /// The CAMEO root code (two digits) of the stance's default event code
    /// (`EventCode.default(for:)`), after Gerner et al. (2002): 04 consult,
    /// 05 diplomatic cooperation (051 praise or endorse, 057 sign formal
    /// agreement), 06 material cooperation, 10 demand, 11 disapprove, 12 reject,
    /// 13 threaten, 16 reduce relations, 19 fight. Each relation carries its own,
    /// finer code (`Relation.cameo`); this is the code of the stance as a whole.
    public var cameoRoot: String { String(EventCode.default(for: self).rawValue.prefix(2)) }

    /// The PLOVER event type of the stance's default event code (Halterman et al.
    /// 2023): CONSULT, COOPERATE, SUPPORT, AGREE, ACCUSE (concern, condemnation),
    /// REQUEST (demand), SANCTION, THREATEN, ASSAULT (conflict), REJECT (denial).
    public var ploverCategory: String { EventCode.default(for: self).plover ?? "" }

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
