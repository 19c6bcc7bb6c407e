import StanceGraphModel

extension FrameResolver {
    /// One relation a sentence states, ready to become a `RelationDraft`.
    struct FoundRelation: Equatable {
        var source: Participant
        var target: Participant
        var stance: Stance
        /// The CAMEO code of the event.
        var cameo: EventCode
        var directed: Bool
        var modality: Modality
        /// The trigger's tokens (with the verb that reverses it, if any).
        var trigger: Range<Int>
        var confidence: Double
    }

    /// The relations of the sentence: for a directed stance, one from each agent
    /// to each target; for a mutual one, one per pair of agent and partner, or per
    /// pair of parties; for an agreement, also one from each party to the
    /// agreement entity. A person is never related to their own country, and each
    /// pair and stance is reported once per sentence (the surest mention).
    func relations() -> [FoundRelation] {
        var found: [FoundRelation] = []
        /// What `add` needs of the frame a relation comes from.
        struct Origin {
            var start: Int
            var weight: Double
            var modality: Modality
            var cameo: EventCode
        }
        func add(_ source: Participant, _ target: Participant, _ stance: Stance, directed: Bool, _ origin: Origin,
                 certainty: Double, farthest: Int?, trigger: Range<Int>) {
            // Agreements are targets of stances, never agents.
            guard !source.isSameSide(as: target), source.type != .agreement else { return }
            let distance = farthest.map { abs($0 - origin.start) } ?? 0
            let confidence = RelationConfidence.score(weight: origin.weight, agentCertainty: certainty,
                                                      targetCertainty: 1, distance: distance)
            // The trigger's own code, also where the lexicon documents a stance other than
            // the code's ("offered to mediate", 039, is consultation); a derived stance
            // comes with its own code in `origin`.
            let cameo = origin.cameo
            let relation = FoundRelation(source: source, target: target, stance: stance, cameo: cameo, directed: directed,
                                         modality: origin.modality, trigger: trigger, confidence: confidence)
            if let existing = found.firstIndex(where: { $0.stance == stance && $0.directed == directed && $0.modality == relation.modality
                && ($0.source == source && $0.target == target || !directed && $0.source == target && $0.target == source) }) {
                if found[existing].confidence < confidence { found[existing] = relation }
            } else {
                found.append(relation)
            }
        }
        // By index, reading the stored fields of the stored frames (the trigger's, not
        // `isSymmetric` or `stance`): a copied frame retains each of its arrays and
        // strings, and a computed property of an array element is read from a copy.
        let frames = analysis.frames
        for index in frames.indices where !frames[index].suppressed {
            let start = frames[index].tokens.lowerBound
            let stance = frames[index].trigger.stance
            let origin = Origin(start: start, weight: frames[index].trigger.weight, modality: frames[index].modality,
                                cameo: frames[index].trigger.cameo)
            let trigger = triggerSpan(index)
            let farthest = Self.farthest(frames[index].agents.farthest, frames[index].targets.farthest,
                                         frames[index].parties.farthest, from: start)
            let agents = frames[index].agents
            let targets = frames[index].targets
            let parties = frames[index].parties
            if frames[index].trigger.symmetric {
                let agentsAndTargets = min(agents.certainty, targets.certainty)
                for agent in agents.participants {
                    for target in targets.participants {
                        add(agent, target, stance, directed: false, origin, certainty: agentsAndTargets, farthest: farthest, trigger: trigger)
                    }
                }
                // "X and Y held talks": the subject's members relate to one another.
                if targets.isEmpty, agents.participants.count > 1, origin.weight > FrameResolver.weakTrigger {
                    let members = agents.participants
                    for first in members.indices {
                        for second in members.indices where second > first {
                            add(members[first], members[second], stance, directed: false, origin,
                                certainty: agents.certainty, farthest: farthest, trigger: trigger)
                        }
                    }
                }
                let members = parties.participants
                for (first, second) in parties.partyPairs() {
                    add(members[first], members[second], stance, directed: false, origin,
                        certainty: parties.certainty, farthest: farthest, trigger: trigger)
                }
            } else {
                let certainty = min(agents.certainty, targets.certainty)
                for agent in agents.participants {
                    for target in targets.participants {
                        add(agent, target, stance, directed: true, origin, certainty: certainty, farthest: farthest, trigger: trigger)
                    }
                }
            }
            // "X and Y signed the treaty": each signer agrees to the treaty; "welcomed the accord".
            if let agreement = frames[index].agreement, [Stance.agreement, .support, .condemnation, .denial].contains(stance) {
                let side = stance == .agreement
                    ? agents.participants + parties.participants + targets.participants
                    : agents.participants
                let certainty = side.isEmpty ? 0 : max(agents.certainty, parties.certainty)
                for party in side {
                    add(party, agreement, stance, directed: true, origin, certainty: certainty, farthest: farthest, trigger: trigger)
                }
            }
        }
        for stance in derived {
            // The derived stance borrows the frame's weight and modality.
            let origin = Origin(start: frames[stance.frame].tokens.lowerBound, weight: frames[stance.frame].trigger.weight,
                                modality: frames[stance.frame].modality, cameo: EventCode.default(for: stance.stance))
            for agent in stance.agents {
                for target in stance.targets {
                    add(agent, target, stance.stance, directed: true, origin, certainty: stance.certainty,
                        farthest: nil, trigger: triggerSpan(stance.frame))
                }
            }
        }
        return found
    }

    /// Of the arguments' farthest tokens, the one farthest from `start`; the
    /// first of equals, in the order given. A loop rather than `compactMap` and
    /// `max` over an array literal, which allocated two arrays per frame.
    private static func farthest(_ first: Int?, _ second: Int?, _ third: Int?, from start: Int) -> Int? {
        func isFarther(_ token: Int?, than current: Int?) -> Bool {
            guard let token else { return false }
            guard let current else { return true }
            return abs(current - start) < abs(token - start)
        }
        var result = first
        if isFarther(second, than: result) { result = second }
        if isFarther(third, than: result) { result = third }
        return result
    }

    /// The trigger's tokens, widened to a reversing verb ("suspended talks").
    private func triggerSpan(_ index: Int) -> Range<Int> {
        let tokens = analysis.frames[index].tokens
        if analysis.frames[index].reversed, let governor = analysis.frames[index].governor, governor < tokens.lowerBound {
            return governor..<tokens.upperBound
        }
        return tokens
    }

    /// Adds to `memory` what the sentence leaves for later ones: its speaker, its
    /// actors, the sets mutual relations joined, the accountable actors of its
    /// events. In place: a copy would share the memory's arrays, and the first
    /// append would copy them.
    mutating func updateMemory(relations: [FoundRelation]) {
        memory.noteActors(analysis.groups)
        // Computed once: it searches the contents.
        let lastSpeaker = speech.lastSpeaker
        if !lastSpeaker.isEmpty {
            memory.lastSpeaker = lastSpeaker
            memory.lastSpeakerSentence = memory.sentence
        }
        // By index, reading the fields of the stored frames: a copied frame retains
        // each of its arrays and strings.
        let frames = analysis.frames
        for index in frames.indices where !frames[index].suppressed && !frames[index].negated {
            // The trigger's fields, not `isSymmetric` or `stance`: a computed property of
            // an array element is read from a copy of the element.
            if frames[index].trigger.symmetric {
                memory.remember(partySet: EventFrame.allParticipants(frames[index].agents, frames[index].targets,
                                                                     frames[index].parties))
            }
            if !Self.isEvaluation(frames[index].trigger.stance),
               frames[index].agents.certainty >= RelationConfidence.carriedOver || !frames[index].parties.isEmpty {
                memory.remember(focus: EventFrame.accountableParticipants(
                    frames[index].trigger, frames[index].agents, frames[index].targets, frames[index].parties))
            }
        }
    }
}
