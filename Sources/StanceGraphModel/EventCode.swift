/// A CAMEO event code ("112", "0841"), with the PLOVER category and the stance it
/// falls under.
///
/// CAMEO (Gerner, Schrodt, Yilmaz and Abu-Jabr 2002, *Conflict and Mediation Event
/// Observations: A New Event Coding Scheme*; codebook 1.1b3, 2012) files events
/// under 20 root categories of two digits, refined by a third and fourth digit.
/// GDELT and ICEWS code in it. PLOVER (Halterman et al. 2023, *PLOVER and POLECAT:
/// A New Political Event Ontology and Dataset*) regroups them into 16 event types;
/// POLECAT codes in those. Carrying both on every relation lets a user of any of
/// these data sets join on the code they know.
///
/// The code is kept as written, so that sub-codes survive a round trip.
public struct EventCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The digits: two to four of them, the first two a root from 01 to 20.
    public let rawValue: String

    /// A code from its digits, or nil unless it is two to four digits with a root
    /// from 01 to 20.
    public init?(_ rawValue: String) {
        guard (2...4).contains(rawValue.utf8.count), rawValue.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let root = Int(rawValue.prefix(2)), (1...20).contains(root) else { return nil }
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = EventCode(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is no CAMEO code (two to four digits, root 01-20)")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: EventCode, rhs: EventCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The root category, 1 to 20.
    public var root: Int { Int(rawValue.prefix(2)) ?? 0 }

    /// The first three digits ("112" of "1124"), or the root for a two-digit code.
    public var base: Int { Int(rawValue.prefix(3)) ?? root * 10 }

    /// The PLOVER event type (Halterman et al. 2023, the Open Event Data Alliance's
    /// CAMEO crosswalk): nil for public statements (01), which PLOVER does not code.
    /// Within 08, releasing, easing sanctions and de-escalating are RETREAT and
    /// the other concessions CONCEDE; signing a formal agreement (057) is AGREE.
    public var plover: String? {
        switch root {
        case 1: return nil
        case 2, 10: return "REQUEST"
        case 3: return "AGREE"
        case 4: return "CONSULT"
        case 5: return base == 57 ? "AGREE" : "SUPPORT"
        case 6: return "COOPERATE"
        case 7: return "AID"
        case 8: return [84, 85, 87].contains(base) ? "RETREAT" : "CONCEDE"
        case 9, 11: return "ACCUSE"
        case 12: return "REJECT"
        case 13: return "THREATEN"
        case 14: return "PROTEST"
        case 15: return "MOBILIZE"
        case 16: return "SANCTION"
        case 17: return "COERCE"
        default: return "ASSAULT"
        }
    }

    /// CAMEO's quad class: 1 verbal cooperation (01-05), 2 material cooperation
    /// (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
    public var quadClass: Int {
        switch root {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }

    /// The stance this code falls under (`docs/annotation.md` gives the table):
    /// disapproval not specified further (110) is concern, criticism and
    /// accusation (111-116) condemnation. Nil
    /// for plain statements (010, 011, 014-017, 019), which relate no one.
    /// A trigger may still choose another stance where the code's root is wider
    /// than the word (the lexicon says which).
    public var stance: Stance? {
        switch root {
        case 1:
            switch base {
            case 12: return .concern
            case 13, 18: return .support
            default: return nil
            }
        case 2, 10: return .demand
        case 4: return .consultation
        case 5: return base == 57 ? .agreement : .support
        case 3, 6, 8: return .cooperation
        case 7: return .support
        case 9: return .concern
        // 110, disapproval not specified, is how concern is coded (`default(for: .concern)`).
        case 11: return base == 110 ? .concern : .condemnation
        case 14: return .condemnation
        case 12: return .denial
        case 13, 15: return .threat
        case 16: return .sanction
        case 17: return base == 175 ? .conflict : .sanction
        default: return .conflict
        }
    }

    /// The code a stance gets when nothing finer is known: its CAMEO root with
    /// "0" ("110" for concern: disapprove, not specified), or the precise code where
    /// the stance is one ("057" for agreement, "051" for support).
    public static func `default`(for stance: Stance) -> EventCode {
        switch stance {
        case .cooperation: return EventCode(uncheckedDigits: "060")
        case .consultation: return EventCode(uncheckedDigits: "040")
        case .support: return EventCode(uncheckedDigits: "051")
        case .agreement: return EventCode(uncheckedDigits: "057")
        case .concern: return EventCode(uncheckedDigits: "110")
        case .condemnation: return EventCode(uncheckedDigits: "111")
        case .demand: return EventCode(uncheckedDigits: "100")
        case .sanction: return EventCode(uncheckedDigits: "160")
        case .threat: return EventCode(uncheckedDigits: "130")
        case .conflict: return EventCode(uncheckedDigits: "190")
        case .denial: return EventCode(uncheckedDigits: "120")
        }
    }

    /// The sixteen PLOVER event types (Halterman et al. 2023, the PLOVER
    /// codebook), in the codebook's order from cooperation to conflict.
    public static let ploverTypes = [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]

    /// The crosswalk from PLOVER to CAMEO, for records coded in PLOVER only
    /// (POLECAT): the CAMEO code that stands for the type, nil for a name that is
    /// no PLOVER type (any case is read). Each code is one whose `plover` is the
    /// type, so the type survives the round trip, and whose `stance` is the
    /// type's stance: AGREE 057 (agreement), CONSULT 040 (consultation), SUPPORT
    /// 051 and AID 070 (support), CONCEDE 080, COOPERATE 060 and RETREAT 087
    /// (cooperation), REQUEST 100 (demand), ACCUSE 111 and PROTEST 140
    /// (condemnation), REJECT 120 (denial), THREATEN 130 and MOBILIZE 150
    /// (threat), SANCTION 160 and COERCE 170 (sanction), ASSAULT 190 (conflict).
    /// Where PLOVER joins CAMEO categories of different stances (ACCUSE holds
    /// investigations, 09, which are concern), the code is the one most records
    /// of the type stand for.
    public static func representative(forPLOVER type: String) -> EventCode? {
        switch type.uppercased() {
        case "AGREE": return EventCode(uncheckedDigits: "057")
        case "CONSULT": return EventCode(uncheckedDigits: "040")
        case "SUPPORT": return EventCode(uncheckedDigits: "051")
        case "CONCEDE": return EventCode(uncheckedDigits: "080")
        case "COOPERATE": return EventCode(uncheckedDigits: "060")
        case "AID": return EventCode(uncheckedDigits: "070")
        case "RETREAT": return EventCode(uncheckedDigits: "087")
        case "REQUEST": return EventCode(uncheckedDigits: "100")
        case "ACCUSE": return EventCode(uncheckedDigits: "111")
        case "REJECT": return EventCode(uncheckedDigits: "120")
        case "THREATEN": return EventCode(uncheckedDigits: "130")
        case "PROTEST": return EventCode(uncheckedDigits: "140")
        case "SANCTION": return EventCode(uncheckedDigits: "160")
        case "MOBILIZE": return EventCode(uncheckedDigits: "150")
        case "COERCE": return EventCode(uncheckedDigits: "170")
        case "ASSAULT": return EventCode(uncheckedDigits: "190")
        default: return nil
        }
    }

    private init(uncheckedDigits: String) { rawValue = uncheckedDigits }
}
