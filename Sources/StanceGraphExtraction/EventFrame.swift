import StanceGraphModel

/// What an argument search found: a group of actors, or another trigger's event
/// ("*cooperation between X and Y* threatens ...", "condemned *the pact signed by X*").
enum ArgumentHit: Equatable {
    case group(Int)
    case event(Int)
}

/// One participant list of a frame with how it was found, for the confidence.
struct ArgumentSet {
    var participants: [Participant] = []
    /// How sure the way it was found is (see `RelationConfidence`).
    var certainty: Double = 0
    /// The farthest token of the argument, for the distance factor.
    var farthest: Int?
    /// For parties from "between X and Y and Z": how many come first and form one
    /// side (see `ActorGroup.firstSide`); nil when all relate to one another.
    var firstSide: Int?

    var isEmpty: Bool { participants.isEmpty }

    mutating func set(_ participants: [Participant], certainty: Double, at token: Int?, firstSide: Int? = nil) {
        self.participants = participants
        self.certainty = certainty
        self.farthest = token
        self.firstSide = firstSide
    }

    /// The pairs the parties form: every pair, or across the two sides.
    func partyPairs() -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for first in participants.indices {
            for second in participants.indices where second > first {
                if let firstSide, (first < firstSide) == (second < firstSide) { continue }
                pairs.append((first, second))
            }
        }
        return pairs
    }
}

/// One trigger in one sentence and what the rules found around it: who takes the
/// stance, toward whom, how firmly.
struct EventFrame {
    var trigger: StanceLexicon.Trigger
    var tokens: Range<Int>
    /// Where the frame's phrase starts: for a noun, its noun phrase's first token
    /// (or that of the agreement name holding it); otherwise the trigger's. Set
    /// by `FrameResolver.resolveLocal`, for the rules between frames.
    ///
    /// Kept in the frame rather than in an array of the resolver: that was one
    /// more allocation per sentence.
    var anchor: Int
    var clause: Int
    /// Used as a noun ("sanctions on X") rather than a verb ("sanctioned X").
    var isNoun: Bool
    /// "was condemned by X", "the pact signed by X and Y".
    var isPassive = false
    /// The verb governing a noun trigger ("*imposed* sanctions", "*expressed* concern").
    var governor: Int?
    /// The governor makes its subject the target ("X's move *drew* criticism").
    var governorIsInverse = false

    /// Who takes the stance; for mutual stances, one side of the pairs.
    var agents = ArgumentSet()
    /// Toward whom; for mutual stances, the other side ("with Y").
    var targets = ArgumentSet()
    /// Mutual stances whose parties all relate to one another ("between X and Y", "X-Y").
    var parties = ArgumentSet()
    /// The group the targets came from, when it was a pronoun (to re-resolve it
    /// once the agents are known).
    var targetPronoun: Int?
    /// The agent position holds another event ("cooperation between X and Y threatens").
    var agentEvent: Int?
    /// The target position holds another event ("condemned the attack by X").
    var targetEvent: Int?
    /// The agreement entity the frame is about ("signed the X Treaty").
    var agreement: Participant?
    /// The group naming that agreement, when it is the frame's object.
    var agreementGroup: Int?

    var negated = false
    /// Under "refused to", "rejected": a rejection of what the trigger says.
    var refused = false
    /// Under "halted", "suspended", "lifted": the relation is being undone.
    var reversed = false
    var modality: Modality = .asserted
    /// Consumed by another frame (a refusal, a reversal) or found to carry no relation.
    var suppressed = false
    /// The speaker whose words the trigger is in, if any.
    var speaker: [Participant] = []

    var stance: Stance { trigger.stance }
    var isSymmetric: Bool { trigger.direction == .symmetric }

    /// Every participant the frame relates (agents, targets and parties).
    var allParticipants: [Participant] { Self.allParticipants(agents, targets, parties) }

    /// The actors a stance toward this event is a stance toward: the agents of a
    /// hostile act ("condemned *Russia's* invasion of Ukraine"), every party of a
    /// mutual or supportive one ("concern over cooperation between *X* and *Y*").
    var accountableParticipants: [Participant] { Self.accountableParticipants(trigger, agents, targets, parties) }

    // The two below take a frame's stored fields, for callers that read a frame
    // stored in an array: a computed property of an array element is read from
    // a copy of the element, which retains and releases each of its arrays.

    /// `allParticipants` of the frame with these argument sets.
    static func allParticipants(_ agents: ArgumentSet, _ targets: ArgumentSet, _ parties: ArgumentSet) -> [Participant] {
        var result = agents.participants
        // One list after the other rather than their concatenation, which
        // allocated an array per call.
        for participant in targets.participants where !result.contains(participant) { result.append(participant) }
        for participant in parties.participants where !result.contains(participant) { result.append(participant) }
        return result
    }

    /// `accountableParticipants` of the frame with this trigger and these argument sets.
    static func accountableParticipants(_ trigger: StanceLexicon.Trigger, _ agents: ArgumentSet, _ targets: ArgumentSet,
                                        _ parties: ArgumentSet) -> [Participant] {
        if trigger.direction != .symmetric, trigger.stance.polarity == .negative { return agents.participants }
        return allParticipants(agents, targets, parties)
    }
}
