import StanceGraphModel

/// Resolves the frames of one sentence into relation mentions.
///
/// First each frame's own arguments (`resolveLocal`): for a noun trigger, the
/// possessor or modifier ("Seoul's sanctions", "US support", "ROK-US meeting"),
/// "by"/"from" phrases and the subject of the verb that governs it ("Cho and
/// Kamikawa *expressed* concern"); for a verb, its subject and object (or, when
/// passive, the "by" phrase and the subject); for both, the trigger's
/// prepositions ("on Russia", "with Blinken") and "between X and Y". Then the
/// rules that connect frames (`connectFrames`): events as arguments, shared
/// agents and partners, speakers, refusals, denials, reversals and negation.
struct FrameResolver {
    var analysis: SentenceAnalysis
    let speech: ReportedSpeech
    var memory: DiscourseMemory

    /// A stance the rules derive from another frame: the speaker's concern about
    /// what they call a threat or "illegal".
    struct DerivedStance {
        var stance: Stance
        var agents: [Participant]
        var targets: [Participant]
        var certainty: Double
        var frame: Int
    }

    private(set) var derived: [DerivedStance] = []

    init(analysis: SentenceAnalysis, speech: ReportedSpeech, memory: DiscourseMemory) {
        self.analysis = analysis
        self.speech = speech
        self.memory = memory
    }

    mutating func resolve() {
        for index in analysis.frames.indices { resolveLocal(index) }
        connectFrames()
    }

    // MARK: Participants

    private mutating func participants(_ group: Int) -> [Participant] {
        let speech = self.speech
        return analysis.members(of: group, memory: memory, speaker: { speech.speaker(at: $0) })
    }

    private func certainty(_ group: Int) -> Double {
        let group = analysis.groups[group]
        switch group.head {
        case .pronoun: return RelationConfidence.pronoun
        case .counted: return RelationConfidence.discourse
        case .actors: return group.isWeak ? 0.7 : RelationConfidence.named
        }
    }

    // MARK: One frame

    private mutating func resolveLocal(_ index: Int) {
        var frame = analysis.frames[index]
        // Looked up once, for both the speaker and the hedge.
        let content = speech.content(at: frame.tokens.lowerBound)
        let reportedAsHedged = content?.isHedged ?? false
        frame.speaker = content?.speaker ?? []
        // A trigger inside an agreement's name ("the ROK-U.S. alliance", "the Oslo
        // Accords"): the parties are those the name gives, and nothing else.
        if let group = analysis.group(at: frame.tokens.lowerBound), analysis.groups[group].isAgreement {
            // Only parties the sentence names: "the gas pact" alone restates nothing.
            let named = Set(analysis.groups.filter { !$0.isAgreement }.flatMap(\.members))
            let parties = analysis.groups[group].agreementParties.filter { named.contains($0) }
            if parties.count > 1 {
                frame.parties.set(parties, certainty: RelationConfidence.modifier, at: nil)
                frame.agreement = analysis.groups[group].members.first
            } else {
                frame.suppressed = true
            }
            frame.modality = ModalityDetector.modality(analysis, frame: frame, anchor: analysis.groups[group].tokens.lowerBound,
                                                       reportedAsHedged: reportedAsHedged)
            frame.anchor = analysis.groups[group].tokens.lowerBound
            swap(&analysis.frames[index], &frame)
            return
        }
        // "U.S.-backed forces", "Saudi-led coalition": the actor before the hyphen
        // acts on the phrase the compound modifies.
        if !frame.isNoun, let compound = compoundAgent(of: frame) {
            frame.agents.set(participants(compound), certainty: certainty(compound), at: analysis.groups[compound].tokens.lowerBound)
            // The phrase it modifies, after modifiers and a role noun or two: "the
            // Sanders-backed candidate Jamal Doe", "Saudi-led coalition forces".
            var next = frame.tokens.upperBound
            var nouns = 0
            while next < analysis.range.upperBound, analysis.group(at: next) == nil {
                if analysis.isModifier(next) {
                    next += 1
                } else if nouns < 2, analysis.isBareWord(next) || analysis.classes(next).contains(.actorNoun) {
                    nouns += 1
                    next += 1
                } else if nouns > 0, analysis.key(next) == SentenceAnalysis.ofKey {
                    // "the Chilean-backed government of Peru".
                    next += 1
                } else {
                    break
                }
            }
            if next < analysis.range.upperBound, let target = analysis.group(at: next), !analysis.groups[target].isWeak,
               !analysis.groups[target].isAgreement {
                frame.targets.set(participants(target), certainty: certainty(target), at: next)
            }
            frame.modality = ModalityDetector.modality(analysis, frame: frame, anchor: frame.tokens.lowerBound, reportedAsHedged: false)
            swap(&analysis.frames[index], &frame)
            return
        }
        let right = analysis.rightArguments(of: index)
        var anchor = frame.tokens.lowerBound
        if frame.isNoun {
            anchor = analysis.nounPhraseStart(of: frame)
            if let owner = analysis.premodifier(of: frame) {
                let members = participants(owner)
                let isCompound = analysis.groups[owner].isCompound
                if !isCompound, members.count > 1, frame.stance == .conflict, Self.isPlural(frame, analysis) {
                    // "the Iraq and Afghanistan wars": one war each, not one between them;
                    // the names say where, not who fought.
                } else if isCompound || frame.isSymmetric && members.count > 1 {
                    frame.parties.set(members, certainty: certainty(owner), at: analysis.groups[owner].tokens.lowerBound)
                } else {
                    frame.agents.set(members, certainty: certainty(owner), at: analysis.groups[owner].tokens.lowerBound)
                }
            }
            if let governor = analysis.governor(before: anchor) {
                frame.governor = governor
                let classes = analysis.classes(governor)
                if classes.contains(.inverseLightVerb) {
                    frame.governorIsInverse = true
                    switch analysis.subject(of: governor) {
                    case .group(let group)?:
                        frame.targets.set(participants(group), certainty: certainty(group) * RelationConfidence.lightVerbSubject,
                                          at: analysis.groups[group].tokens.lowerBound)
                    case .event(let event)?:
                        frame.targetEvent = event
                    case nil:
                        break
                    }
                } else if classes.contains(.lightVerb) || classes.contains(.reversal) || classes.contains(.refusal)
                            || ModalityDetector.requestStems.contains(analysis.tokens[governor].stem), frame.agents.isEmpty {
                    let subject = analysis.subject(of: governor)
                    if subject == nil, frame.stance == .threat, let demonym = analysis.demonymSubject(of: governor) {
                        frame.agents.set(participants(demonym), certainty: RelationConfidence.modifier * 0.8,
                                         at: analysis.groups[demonym].tokens.lowerBound)
                    }
                    switch subject {
                    case .group(let group)?:
                        frame.agents.set(participants(group), certainty: certainty(group) * RelationConfidence.lightVerbSubject,
                                         at: analysis.groups[group].tokens.lowerBound)
                    case .event(let event)?:
                        frame.agentEvent = event
                    case nil:
                        break
                    }
                }
            }
            if frame.agents.isEmpty, let agent = right.agent {
                frame.agents.set(participants(agent), certainty: certainty(agent), at: analysis.groups[agent].tokens.upperBound - 1)
            }
            if frame.governorIsInverse, frame.agents.isEmpty, let holders = right.holders {
                frame.agents.set(participants(holders), certainty: certainty(holders), at: analysis.groups[holders].tokens.upperBound - 1)
            }
        } else if frame.trigger.direction == .inverse || frame.isPassive {
            if frame.isPassive, let agent = right.agent {
                frame.agents.set(participants(agent), certainty: certainty(agent), at: analysis.groups[agent].tokens.upperBound - 1)
            }
            // A mutual verb in the passive relates its subject to the "by" agent ("Peru's
            // delegation was hosted by Chile"); an event as its subject ("the talks
            // were held by X and Y") is no party.
            let subject = analysis.subject(of: frame.tokens.lowerBound)
            switch subject {
            case .group(let group)?:
                if !(frame.isPassive && frame.isSymmetric && frame.agents.isEmpty) {
                    frame.targets.set(participants(group), certainty: certainty(group), at: analysis.groups[group].tokens.lowerBound)
                }
            case .event(let event)?:
                if !(frame.isPassive && frame.isSymmetric) { frame.targetEvent = event }
            case nil:
                break
            }
        } else {
            switch analysis.subject(of: frame.tokens.lowerBound) {
            case .group(let group)?:
                frame.agents.set(participants(group), certainty: certainty(group), at: analysis.groups[group].tokens.lowerBound)
            case .event(let event)?:
                // What one actor did does not agree, meet or cooperate: in "X's
                // deployment of troops to Y is a threat ..., and agreed to" someone
                // else agrees. (A meeting does: "X meets Y and signs a pact".)
                let ownedEvent = analysis.frames[event].isNoun && analysis.premodifier(of: analysis.frames[event]) != nil
                if !(frame.isSymmetric && ownedEvent) { frame.agentEvent = event }
            case nil:
                break
            }
        }
        if frame.targets.isEmpty, frame.targetEvent == nil, let target = right.target {
            switch target {
            case .group(let group):
                if case .pronoun = analysis.groups[group].head { frame.targetPronoun = group }
                frame.targets.set(participants(group), certainty: certainty(group), at: right.targetToken)
            case .event(let event):
                frame.targetEvent = event
            }
        }
        // "bombings in Tunisia", "launched attacks in Nigeria": an act of force with no
        // other target hit the state it happened in (as event coders code it).
        if frame.targets.isEmpty, frame.targetEvent == nil, frame.stance == .conflict, frame.trigger.direction == .directed,
           let location = right.location {
            let members = participants(location).filter { place in !frame.agents.participants.contains { $0.isSameSide(as: place) } }
            frame.targets.set(members, certainty: RelationConfidence.carriedOver, at: analysis.groups[location].tokens.upperBound - 1)
        }
        // "ten countries have met its criteria": a mutual verb with another kind of object relates no one.
        if frame.isSymmetric, !frame.isNoun, right.hasOtherObject, frame.targets.isEmpty { frame.suppressed = true }
        if frame.isSymmetric, frame.parties.isEmpty, let between = right.between {
            frame.parties.set(participants(between), certainty: certainty(between), at: analysis.groups[between].tokens.upperBound - 1,
                              firstSide: analysis.groups[between].firstSide)
        }
        if let agreement = right.agreement ?? analysis.group(at: frame.tokens.lowerBound).flatMap({ analysis.groups[$0].isAgreement ? $0 : nil }) {
            frame.agreement = analysis.groups[agreement].members.first
            frame.agreementGroup = agreement
        }
        let negation = NegationScope(analysis, frame: frame, anchor: anchor)
        frame.negated = negation.negated
        frame.refused = negation.refused
        frame.reversed = negation.reversed
        let modalityAnchor = frame.isNoun ? (frame.governor ?? anchor) : anchor
        frame.modality = ModalityDetector.modality(analysis, frame: frame, anchor: modalityAnchor,
                                                   reportedAsHedged: reportedAsHedged)
        frame.anchor = anchor
        // "X and Y agreed to resume talks, and both countries ...": later references
        // in the sentence may point back at this pair.
        if frame.isSymmetric {
            var members = frame.agents.participants
            for member in frame.targets.participants + frame.parties.participants where !members.contains(member) { members.append(member) }
            memory.remember(partySet: members)
        }
        // Swapped in rather than assigned: assigning copies `frame` (retaining each
        // of its arrays and strings), and `frame` is not read after this.
        swap(&analysis.frames[index], &frame)
    }

    /// Whether a noun trigger is plural: its last word is longer than its stem
    /// and ends in "s" ("wars", "conflicts").
    static func isPlural(_ frame: EventFrame, _ analysis: SentenceAnalysis) -> Bool {
        let last = analysis.tokens[frame.tokens.upperBound - 1]
        return last.key != last.stem && analysis.bytes[Int(last.end) - 1] == UInt8(ascii: "s")
    }

    /// Whether whoever ends the relation is its agent: "X suspended talks with Y",
    /// not "a petition to cancel X's visit to Y".
    private func reverserIsAgent(_ frame: EventFrame) -> Bool {
        guard frame.isNoun else { return true }
        guard let governor = frame.governor, case .group(let group)? = analysis.subject(of: governor) else { return false }
        let subject = analysis.groups[group].members
        return frame.agents.participants.contains { agent in subject.contains { $0.isSameSide(as: agent) } }
    }

    /// The group joined by a hyphen to a verb trigger: "U.S.-backed".
    private func compoundAgent(of frame: EventFrame) -> Int? {
        let hyphen = frame.tokens.lowerBound - 1
        guard analysis.isGluedHyphen(hyphen), let group = analysis.group(at: hyphen - 1), !analysis.groups[group].isPlace else { return nil }
        return group
    }

    // MARK: Between frames

    private mutating func connectFrames() {
        let count = analysis.frames.count
        linkReducedRelatives()
        for index in 0..<count { inheritCoordinatedAgent(index) }
        for index in 0..<count { resolveEventArguments(index) }
        for index in 0..<count { completeMutual(index) }
        for index in 0..<count { applySpeaker(index) }
        for index in 0..<count { deriveSpeakerConcern(index) }
        for index in 0..<count { shareEvaluationTarget(index) }
        for index in 0..<count { answerAccusation(index) }
        for index in 0..<count { readVerbalAttack(index) }
        for index in 0..<count { claimResponsibility(index) }
        for index in 0..<count { applyRefusal(index) }
        for index in 0..<count { applyDenial(index) }
        for index in 0..<count { applyReversalAndNegation(index) }
    }

    /// "the pact signed by North Korea and Russia": the noun before a passive
    /// verb takes the verb's agents.
    private mutating func linkReducedRelatives() {
        for index in analysis.frames.indices where analysis.frames[index].isPassive && !analysis.frames[index].agents.isEmpty {
            let verb = analysis.frames[index]
            // Only a signer does what the noun names: "the ceasefire mediated by X",
            // "the resolution endorsed by X", "the attack condemned by X" name a third party.
            let signs = verb.stance == .agreement || verb.stance == .cooperation
            var before = verb.tokens.lowerBound - 1
            while before >= analysis.range.lowerBound, analysis.isLyAdverb(before) { before -= 1 }
            guard before >= analysis.range.lowerBound else { continue }
            if let group = analysis.group(at: before), analysis.groups[group].isAgreement {
                analysis.frames[index].agreement = analysis.groups[group].members.first
                // "the pact signed by X and Y": X and Y are its parties.
                if signs {
                    for member in verb.agents.participants where !analysis.groups[group].agreementParties.contains(member) {
                        analysis.groups[group].agreementParties.append(member)
                    }
                }
            }
            guard signs, let noun = analysis.frame(at: before), noun != index, analysis.frames[noun].isNoun,
                  analysis.frames[noun].agents.isEmpty, analysis.frames[noun].parties.isEmpty else { continue }
            if analysis.frames[noun].isSymmetric {
                analysis.frames[noun].parties = verb.agents
            } else {
                analysis.frames[noun].agents = verb.agents
            }
            if analysis.frames[noun].agreement == nil { analysis.frames[noun].agreement = verb.agreement }
        }
    }

    /// "Seoul's sanctions on the North and extended export controls on Russia":
    /// a noun joined to an earlier one shares its owner.
    private mutating func inheritCoordinatedAgent(_ index: Int) {
        // The fields are read from the stored frame, which is not copied: a copy
        // retains each of its arrays, and this runs for every noun frame.
        guard analysis.frames[index].isNoun, analysis.frames[index].agents.isEmpty, analysis.frames[index].parties.isEmpty,
              analysis.frames[index].agentEvent == nil else { return }
        let clause = analysis.frames[index].clause
        let before = analysis.frames[index].anchor - 1
        guard before > analysis.range.lowerBound,
              analysis.classes(before).contains(.coordinator) || analysis.isMark(before, ",") else { return }
        var earlier = index - 1
        while earlier >= 0 {
            let other = analysis.frames[earlier]
            if other.clause == clause, other.isNoun, !other.agents.isEmpty, other.tokens.upperBound <= before {
                analysis.frames[index].agents = other.agents
                analysis.frames[index].agents.certainty *= RelationConfidence.carriedOver / RelationConfidence.named
                return
            }
            if !other.isNoun { return }
            earlier -= 1
        }
    }

    /// Events in argument positions: the agents of "cooperation between X and Y
    /// *threatens*" and "*agreeing to enhance* cooperation" after "X and Y's
    /// signing", the targets of "condemned *the attack by X*".
    private mutating func resolveEventArguments(_ index: Int) {
        // Each rule below starts from one of these; without any, the frame stays as
        // it is, and the test on the stored frame spares copying it.
        guard analysis.frames[index].agreementGroup != nil || analysis.frames[index].targetEvent != nil
                || analysis.frames[index].agentEvent != nil || analysis.frames[index].targetPronoun != nil else { return }
        var frame = analysis.frames[index]
        // "condemned the new defense pact (signed by X and Y)": a stance toward an
        // agreement is a stance toward its parties too.
        if let group = frame.agreementGroup, !frame.isSymmetric, frame.stance != .agreement, frame.targets.isEmpty {
            let parties = analysis.groups[group].agreementParties
            frame.targets.set(parties.filter { party in !frame.agents.participants.contains { $0.isSameSide(as: party) } },
                              certainty: RelationConfidence.modifier, at: analysis.groups[group].tokens.upperBound - 1)
        }
        if let event = frame.targetEvent, event != index {
            let other = analysis.frames[event]
            // "threatened to reimpose UN sanctions on Iran": who a threatened action
            // is aimed at is the threatened, not who would carry it out.
            // ("warned against an attack on X" is no threat to X.)
            let threatened = frame.stance == .threat && !other.targets.isEmpty
                && Self.threatenWords.contains(analysis.tokens[frame.tokens.lowerBound].stem)
            // The frame's own agents are not its targets ("X, Y and Z threatened more
            // sanctions" threatens none of them), unless they act on "each other".
            let agents = analysis.isReciprocal(after: frame.tokens.upperBound) ? [] : frame.agents.participants
            let accountable = (threatened ? other.targets.participants : other.accountableParticipants)
                .filter { member in !agents.contains { $0.isSameSide(as: member) } }
            if !frame.isSymmetric, frame.targets.isEmpty, !accountable.isEmpty {
                frame.targets.set(accountable, certainty: max(other.agents.certainty, other.parties.certainty, other.targets.certainty) * 0.9,
                                  at: other.tokens.upperBound - 1)
            }
            if frame.agreement == nil { frame.agreement = other.agreement }
        }
        if let event = frame.agentEvent, event != index {
            let other = analysis.frames[event]
            if frame.isSymmetric {
                let members = other.allParticipants
                if members.count > 1, frame.parties.isEmpty, frame.agents.isEmpty {
                    frame.parties.set(members, certainty: RelationConfidence.carriedOver, at: other.tokens.lowerBound)
                }
            }
            // "X's signing poses a threat to Y": a threat perceived in an event is the
            // holder's concern (see `deriveSpeakerConcern`), not an act of threatening.
        }
        // (A possessive may refer to the subject: "X denied its involvement".)
        // "X urged their citizens": a possessive that is the agent itself is no target.
        if let pronoun = frame.targetPronoun, analysis.groups[pronoun].isPossessive {
            let agents = frame.agents.participants
            frame.targets.participants.removeAll { target in agents.contains { $0.isSameSide(as: target) } }
        }
        if let pronoun = frame.targetPronoun, !analysis.groups[pronoun].isPossessive, !frame.agents.isEmpty,
           frame.targets.participants.contains(where: { target in frame.agents.participants.contains { $0.isSameSide(as: target) } }) {
            let speech = self.speech
            let members = analysis.members(of: pronoun, memory: memory, speaker: { speech.speaker(at: $0) },
                                           excluding: frame.agents.participants)
            frame.targets.participants = members
        }
        swap(&analysis.frames[index], &frame)
    }

    /// Mutual stances with one side only: "X met Y and agreed to cooperate" (the
    /// partner carries over), "X and Y cooperate" (the subject's members relate
    /// to one another), "cooperate on the issues between X and Y".
    private mutating func completeMutual(_ index: Int) {
        // The tests on the stored frame first (its trigger's fields: a computed
        // property of an array element is read from a copy, which retains its arrays).
        guard analysis.frames[index].trigger.symmetric, analysis.frames[index].parties.isEmpty,
              analysis.frames[index].targets.isEmpty else { return }
        var frame = analysis.frames[index]
        if frame.agents.participants.count == 1 {
            let agent = frame.agents.participants[0]
            for earlier in stride(from: index - 1, through: 0, by: -1) {
                guard analysis.frames[earlier].trigger.symmetric, !analysis.frames[earlier].targets.isEmpty,
                      analysis.frames[earlier].agents.participants.contains(agent) else { continue }
                frame.targets = analysis.frames[earlier].targets
                frame.targets.certainty = min(analysis.frames[earlier].targets.certainty, RelationConfidence.carriedOver)
                // "will not meet X to discuss ...", "refused to meet X to discuss ...":
                // a partner borrowed from a meeting that does not happen is not met either.
                if analysis.frames[earlier].negated || analysis.frames[earlier].refused { frame.negated = true }
                break
            }
        }
        if frame.targets.isEmpty, frame.parties.isEmpty, frame.agents.isEmpty, frame.trigger.weight > Self.weakTrigger,
           let between = analysis.laterBetween(after: frame.tokens.upperBound, clause: frame.clause) {
            frame.parties.set(participants(between), certainty: RelationConfidence.carriedOver,
                              at: analysis.groups[between].tokens.upperBound - 1, firstSide: analysis.groups[between].firstSide)
        }
        swap(&analysis.frames[index], &frame)
    }

    @inline(__always)
    private static func isConcernOrCondemnation(_ stance: Stance) -> Bool {
        stance == .concern || stance == .condemnation
    }

    /// Triggers at or below this weight relate only what they name explicitly.
    static let weakTrigger = 0.5

    /// Speech acts without an agent of their own are the speaker's ("Cho said ...
    /// must immediately halt"; "..., expressing concern, the ministry said").
    private mutating func applySpeaker(_ index: Int) {
        guard analysis.frames[index].agents.isEmpty, !analysis.frames[index].speaker.isEmpty else { return }
        var frame = analysis.frames[index]
        guard frame.agents.isEmpty, frame.agentEvent == nil, !frame.speaker.isEmpty else { return }
        let isSpeechAct = [Stance.concern, .condemnation, .demand, .denial].contains(frame.stance)
        if isSpeechAct || frame.trigger.direction == .inverse || frame.governorIsInverse {
            frame.agents.set(frame.speaker, certainty: RelationConfidence.speaker, at: nil)
            swap(&analysis.frames[index], &frame)
        }
    }

    /// The speaker's concern: about an event they call a threat ("the cooperation
    /// threatens security", "X's deployment is a serious threat"), about an actor
    /// they call a threat, and about an event they call illegal or reckless.
    private mutating func deriveSpeakerConcern(_ index: Int) {
        guard !analysis.frames[index].speaker.isEmpty else { return }
        let frame = analysis.frames[index]
        let speaker = frame.speaker
        guard !speaker.isEmpty, !frame.negated else { return }
        if frame.stance == .threat, isPredicatedThreat(frame) {
            var accountable: [Participant] = []
            if let event = frame.agentEvent { accountable = analysis.frames[event].accountableParticipants }
            else if frame.targets.isEmpty { accountable = frame.agents.participants }
            if !accountable.isEmpty {
                derived.append(DerivedStance(stance: .concern, agents: speaker, targets: accountable,
                                             certainty: RelationConfidence.speaker, frame: index))
            }
        }
        if frame.isNoun {
            let start = frame.anchor
            if (start..<frame.tokens.lowerBound).contains(where: { analysis.classes($0).contains(.negativeEvaluation) }) {
                let accountable = frame.accountableParticipants
                if !accountable.isEmpty {
                    derived.append(DerivedStance(stance: .concern, agents: speaker, targets: accountable,
                                                 certainty: RelationConfidence.speaker * 0.9, frame: index))
                }
            }
        }
    }

    /// "X threatens ...", "X poses / is / represents a threat": the threat is said
    /// of its subject (not "an early warning satellite").
    private func isPredicatedThreat(_ frame: EventFrame) -> Bool {
        guard frame.isNoun else { return true }
        guard let governor = frame.governor else { return false }
        return analysis.classes(governor).contains(.copula) || Self.threatPredicates.contains(analysis.tokens[governor].stem)
    }

    /// "threaten" and "threat" themselves, as against "warn".
    static let threatenWords = TokenKeySet(keys: ["threaten", "threatens", "threatened", "threatening", "threat", "threats"]
        .map { TokenKey.stemKey($0) })

    static let threatPredicates = TokenKeySet(keys: ["pose", "posed", "poses", "represent", "constitute", "is", "are",
                                                    "was", "were", "remain", "become", "became"].map { TokenKey.stemKey($0) })

    /// An evaluation without a target takes the target of a parallel evaluation in
    /// the sentence ("X condemned the move, while Y expressed grave concern") or
    /// the event it refers back to ("condemned such development").
    private mutating func shareEvaluationTarget(_ index: Int) {
        guard Self.isConcernOrCondemnation(analysis.frames[index].trigger.stance), analysis.frames[index].targets.isEmpty else { return }
        var frame = analysis.frames[index]
        // An event in object position that names no one ("condemned the deal") refers back too.
        let emptyEvent = frame.targetEvent.map { analysis.frames[$0].accountableParticipants.isEmpty } ?? true
        guard [Stance.concern, .condemnation].contains(frame.stance), !frame.agents.isEmpty,
              frame.targets.isEmpty, emptyEvent else { return }
        for other in analysis.frames.indices where other != index && Self.isConcernOrCondemnation(analysis.frames[other].trigger.stance) {
            let parallel = analysis.frames[other]
            if [Stance.concern, .condemnation].contains(parallel.stance), !parallel.targets.isEmpty,
               !parallel.agents.isEmpty {
                frame.targets = parallel.targets
                frame.targets.certainty = min(parallel.targets.certainty, RelationConfidence.carriedOver)
                swap(&analysis.frames[index], &frame)
                return
            }
        }
        guard refersBack(frame) else { return }
        var local: [Participant] = []
        for other in analysis.frames.indices where other < index {
            let event = analysis.frames[other]
            guard !Self.isEvaluation(event.stance), !event.negated else { continue }
            for member in event.accountableParticipants where !local.contains(member) { local.append(member) }
        }
        let agents = frame.agents.participants
        local.removeAll { member in agents.contains { $0.isSameSide(as: member) } }
        var referents = local.isEmpty ? memory.focusedParticipants(excluding: agents) : local
        // "North Korea tested a missile. Japan condemned the move.": the last sentence's subject acted.
        if referents.isEmpty, memory.lastSubjectSentence == memory.sentence - 1, let subject = memory.lastSubject,
           !agents.contains(where: { $0.isSameSide(as: subject) }) {
            referents = [subject]
        }
        guard !referents.isEmpty else { return }
        frame.targets.set(referents, certainty: RelationConfidence.discourse, at: nil)
        swap(&analysis.frames[index], &frame)
    }

    /// Whether an evaluation points back at an event: "such development", "the
    /// move", "this step", or a bare "expressed concern".
    private func refersBack(_ frame: EventFrame) -> Bool {
        var index = frame.tokens.upperBound
        var steps = 0
        var sawDeterminer = false
        while index < analysis.range.upperBound, steps < 4 {
            let classes = analysis.classes(index)
            if analysis.group(at: index) != nil { return false }
            if classes.contains(.determiner) { sawDeterminer = true }
            else if classes.contains(.eventNoun) || analysis.frame(at: index) != nil { return sawDeterminer }
            else if analysis.isPunctuation(index) { break }
            else if !classes.contains(.adjective), !analysis.isLyAdverb(index) { return false }
            index += 1
            steps += 1
        }
        return frame.isNoun && frame.stance == .concern
    }

    static func isEvaluation(_ stance: Stance) -> Bool {
        [Stance.concern, .condemnation, .demand, .denial].contains(stance)
    }

    /// "X accused Y of spying, a charge Y denied", "..., which Y rejected": a denial
    /// with no target of its own answers the accusation before it in the sentence
    /// that was aimed at its agent, and is a stance toward the accuser.
    private mutating func answerAccusation(_ index: Int) {
        guard analysis.frames[index].trigger.stance == .denial, analysis.frames[index].targets.isEmpty,
              !analysis.frames[index].agents.isEmpty else { return }
        let deniers = analysis.frames[index].agents.participants
        // ("rejected the criticism": an event object that names no one but the denier.)
        if let event = analysis.frames[index].targetEvent,
           analysis.frames[event].agents.participants.contains(where: { agent in !deniers.contains { $0.isSameSide(as: agent) } }) {
            return
        }
        for earlier in stride(from: index - 1, through: 0, by: -1) {
            let accusation = analysis.frames[earlier]
            guard [Stance.condemnation, .concern, .demand].contains(accusation.stance), !accusation.suppressed,
                  !accusation.agents.isEmpty,
                  accusation.targets.participants.contains(where: { target in deniers.contains { $0.isSameSide(as: target) } })
            else { continue }
            let accusers = accusation.agents.participants.filter { accuser in !deniers.contains { $0.isSameSide(as: accuser) } }
            guard !accusers.isEmpty else { return }
            analysis.frames[index].targets.set(accusers, certainty: RelationConfidence.carriedOver, at: accusation.agents.farthest)
            return
        }
    }

    /// "Al-Shabab claimed responsibility for the attack on X": who claims an act
    /// (or takes or admits responsibility for it) is its agent.
    private mutating func claimResponsibility(_ index: Int) {
        guard analysis.frames[index].isNoun, analysis.frames[index].agents.isEmpty,
              analysis.frames[index].trigger.stance.polarity == .negative else { return }
        var position = analysis.frames[index].anchor - 1
        while position >= analysis.range.lowerBound, analysis.classes(position).contains(.determiner)
                || analysis.classes(position).contains(.adjective) { position -= 1 }
        guard position - 2 >= analysis.range.lowerBound, analysis.key(position) == Self.forKey,
              analysis.key(position - 1) == Self.responsibilityKey,
              Self.claimStems.contains(analysis.tokens[position - 2].stem),
              case .group(let group)? = analysis.subject(of: position - 2) else { return }
        let claimants = participants(group)
        analysis.frames[index].agents.set(claimants, certainty: RelationConfidence.lightVerbSubject,
                                          at: analysis.groups[group].tokens.lowerBound)
        // The claim is the claimant's own word: no hedge.
        analysis.frames[index].modality = .asserted
        analysis.frames[index].targets.participants.removeAll { target in claimants.contains { $0.isSameSide(as: target) } }
    }

    static let forKey = TokenKey.key("for")
    static let responsibilityKey = TokenKey.key("responsibility")
    static let claimStems = TokenKeySet(keys: ["claim", "claimed", "take", "took", "admit", "admitted", "accept", "accepted"]
        .map { TokenKey.stemKey($0) })

    /// "Trump attacked Biden as a puppet", "the minister blasted Chile for its
    /// stance": an attack by words is criticism (CAMEO 111), not force. Read so
    /// when one person attacks another, or when "as", "for" or "over" follows its
    /// target.
    private mutating func readVerbalAttack(_ index: Int) {
        guard analysis.frames[index].trigger.stance == .conflict, !analysis.frames[index].isNoun,
              Self.verbalAttackStems.contains(analysis.tokens[analysis.frames[index].tokens.lowerBound].stem),
              !analysis.frames[index].agents.isEmpty, !analysis.frames[index].targets.isEmpty else { return }
        let frame = analysis.frames[index]
        let people = frame.agents.participants.allSatisfy { $0.type == .person }
            && frame.targets.participants.allSatisfy { $0.type == .person }
        // "as a puppet", "for its stance", "over his remarks", "for backing X" (not
        // "for the third day", "over the weekend").
        var reason = false
        if let last = frame.targets.farthest, last + 1 < analysis.range.upperBound {
            let next = last + 1
            if analysis.key(next) == Self.asKey {
                reason = true
            } else if Self.reasonKeys.contains(analysis.key(next)), next + 1 < analysis.range.upperBound {
                reason = analysis.classes(next + 1).contains(.possessivePronoun) || analysis.isGerund(next + 1)
            }
        }
        guard people || reason else { return }
        analysis.frames[index].trigger.stance = .condemnation
        analysis.frames[index].trigger.direction = .directed
        analysis.frames[index].trigger.cameo = EventCode.default(for: .condemnation)
    }

    static let verbalAttackStems = TokenKeySet(keys: ["attack", "attacked", "attacks", "attacking", "blast", "blasted",
                                                      "slam", "slammed", "hit", "target", "targeted"].map { TokenKey.stemKey($0) })
    static let reasonKeys = TokenKeySet(keys: ["for", "over"].map { TokenKey.key($0) })
    static let asKey = TokenKey.key("as")

    /// "refused to cooperate with X", "rejected talks with X": the positive stance
    /// is not taken; the refusal is a denial toward its partner.
    private mutating func applyRefusal(_ index: Int) {
        guard analysis.frames[index].trigger.stance == .denial else { return }
        let frame = analysis.frames[index]
        let isRefusalTrigger = frame.stance == .denial
            && frame.tokens.contains(where: { analysis.classes($0).contains(.refusal) })
        guard isRefusalTrigger else { return }
        var refusedFrame = frame.targetEvent
        if refusedFrame == nil {
            var next = frame.tokens.upperBound
            if next < analysis.range.upperBound, analysis.key(next) == SentenceAnalysis.toKey { next += 1 }
            while next < analysis.range.upperBound, analysis.isLyAdverb(next) || analysis.isModifier(next) && analysis.group(at: next) == nil {
                next += 1
            }
            if next < analysis.range.upperBound, let found = analysis.frame(at: next) { refusedFrame = found }
        }
        guard let refusedFrame, refusedFrame != index else { return }
        let refused = analysis.frames[refusedFrame]
        analysis.frames[refusedFrame].suppressed = true
        if refused.stance.polarity == .positive {
            var partners = refused.targets.participants
            for member in refused.parties.participants where !partners.contains(member) { partners.append(member) }
            let agents = frame.agents.isEmpty ? refused.agents : frame.agents
            partners.removeAll { member in agents.participants.contains { $0.isSameSide(as: member) } }
            analysis.frames[index].agents = agents
            analysis.frames[index].targets.set(partners, certainty: RelationConfidence.carriedOver, at: refused.targets.farthest)
            analysis.frames[index].targetEvent = nil
        } else if analysis.frames[index].targets.isEmpty {
            // Rejecting a hostile act is no stance, unless it answers an accuser
            // ("rejected the criticism", see `answerAccusation`).
            analysis.frames[index].suppressed = true
        }
    }

    /// "X and Y denied they were in talks": what a denial covers is disputed, and
    /// the denial is a stance only toward someone outside it ("denied Ukraine's claims").
    private mutating func applyDenial(_ index: Int) {
        guard analysis.frames[index].trigger.stance == .denial else { return }
        let frame = analysis.frames[index]
        guard frame.stance == .denial, !frame.suppressed,
              frame.tokens.contains(where: { analysis.classes($0).contains(.denialVerb) }) else { return }
        var disputed: [Participant] = []
        for other in analysis.frames.indices where other != index {
            let covered = analysis.frames[other]
            guard covered.tokens.lowerBound > frame.tokens.lowerBound, isCovered(covered.tokens.lowerBound, by: frame) else { continue }
            // "denied Iran's accusations": the accusation was made; its maker is who the denial answers.
            if Self.isEvaluation(covered.stance) { continue }
            analysis.frames[other].modality = .disputed
            disputed += covered.allParticipants
        }
        if let event = frame.targetEvent {
            analysis.frames[event].modality = .disputed
            disputed += analysis.frames[event].allParticipants
            analysis.frames[index].targetEvent = nil
        }
        analysis.frames[index].targets.participants.removeAll { disputed.contains($0) }
        if analysis.frames[index].targets.isEmpty { analysis.frames[index].suppressed = true }
    }

    /// Whether a token lies in what a denial verb covers: the rest of its clause
    /// and the content clause it opens.
    private func isCovered(_ token: Int, by denial: EventFrame) -> Bool {
        let clause = analysis.layout.clause(of: token)
        if analysis.layout.isWithin(clause, denial.clause) { return true }
        var current = clause
        while current >= 0 {
            if analysis.layout.clauses[current].introducedBy >= denial.tokens.lowerBound,
               analysis.layout.clauses[current].introducedBy < denial.tokens.upperBound { return true }
            current = Int(analysis.layout.clauses[current].parent)
        }
        return false
    }

    /// The CAMEO code of refusing a positive act of this stance: 125 a meeting,
    /// 122 aid, 121 cooperation, 120 otherwise.
    private static func refusalCode(_ stance: Stance) -> String {
        switch stance {
        case .consultation: return "125"
        case .support: return "122"
        case .cooperation: return "121"
        default: return "120"
        }
    }

    /// The CAMEO code of ending a positive relation of this stance.
    private static func reducedRelations(_ stance: Stance) -> String {
        switch stance {
        case .consultation: return "164"
        case .support: return "162"
        default: return "161"
        }
    }

    /// Negation cancels a stance, except a positive act announced as not to be
    /// done ("will not meet X"), which is a refusal; ending a positive relation
    /// ("suspended talks with X", "cut ties") reduces relations, which CAMEO files
    /// under sanctions; lifting sanctions or a threat ("lifted sanctions on X") is
    /// a concession, which CAMEO files under yielding (08); ending another hostile
    /// relation leaves no stance.
    private mutating func applyReversalAndNegation(_ index: Int) {
        guard analysis.frames[index].negated || analysis.frames[index].refused || analysis.frames[index].reversed else { return }
        var frame = analysis.frames[index]
        if frame.negated, frame.modality == .planned, frame.stance.polarity == .positive, !frame.isNoun || frame.governor != nil,
           !frame.agents.isEmpty, !frame.targets.isEmpty {
            // "said he would not provide support to X", "will not meet X": a positive act
            // announced as not to be done is a refusal (CAMEO 12), toward its partner.
            frame.trigger.cameo = EventCode(Self.refusalCode(frame.stance)) ?? EventCode.default(for: .denial)
            frame.trigger.stance = .denial
            frame.trigger.direction = .directed
            frame.modality = .asserted
        } else if frame.negated || (frame.refused && frame.stance != .denial) {
            frame.suppressed = true
        } else if frame.reversed, frame.stance == .sanction || frame.stance == .threat, !frame.agents.isEmpty, !frame.targets.isEmpty,
                  reverserIsAgent(frame) {
            // "lifted sanctions on X", "eased the embargo": a concession (CAMEO 08: 085
            // ease economic sanctions, 081 administrative ones), toward the one sanctioned.
            frame.trigger.cameo = EventCode(frame.trigger.cameo.base == 163 || frame.trigger.cameo.base == 160 ? "085" : "081")
                ?? EventCode.default(for: .cooperation)
            frame.trigger.stance = .cooperation
            frame.trigger.direction = .directed
        } else if frame.reversed {
            if frame.stance.polarity == .positive, !frame.agents.isEmpty, !frame.targets.isEmpty, reverserIsAgent(frame) {
                // CAMEO 16: halting negotiations (164), reducing aid (162), cutting ties (161).
                frame.trigger.cameo = EventCode(Self.reducedRelations(frame.stance)) ?? EventCode.default(for: .sanction)
                frame.trigger.stance = .sanction
                frame.trigger.direction = .directed
            } else {
                frame.suppressed = true
            }
        }
        swap(&analysis.frames[index], &frame)
    }
}
