import StanceGraphModel

extension FrameResolver {
    /// One relation a sentence states, ready to become a `RelationDraft`.
    struct FoundRelation: Equatable {
        var source: Participant
        var target: Participant
        var stance: Stance
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
        func add(_ source: Participant, _ target: Participant, _ stance: Stance, directed: Bool, _ frame: EventFrame,
                 certainty: Double, farthest: Int?, trigger: Range<Int>) {
            // Agreements are targets of stances, never agents.
            guard !source.isSameSide(as: target), source.type != .agreement else { return }
            let distance = farthest.map { abs($0 - frame.tokens.lowerBound) } ?? 0
            let confidence = RelationConfidence.score(weight: frame.trigger.weight, agentCertainty: certainty,
                                                      targetCertainty: 1, distance: distance)
            let relation = FoundRelation(source: source, target: target, stance: stance, directed: directed,
                                         modality: frame.modality, trigger: trigger, confidence: confidence)
            if let existing = found.firstIndex(where: { $0.stance == stance && $0.directed == directed && $0.modality == relation.modality
                && ($0.source == source && $0.target == target || !directed && $0.source == target && $0.target == source) }) {
                if found[existing].confidence < confidence { found[existing] = relation }
            } else {
                found.append(relation)
            }
        }
        // By index, skipping suppressed frames before reading the rest: a copied
        // frame retains each of its arrays.
        for index in analysis.frames.indices where !analysis.frames[index].suppressed {
            let frame = analysis.frames[index]
            let trigger = triggerSpan(index)
            let farthest = [frame.agents.farthest, frame.targets.farthest, frame.parties.farthest]
                .compactMap { $0 }.max { abs($0 - frame.tokens.lowerBound) < abs($1 - frame.tokens.lowerBound) }
            if frame.isSymmetric {
                let agentsAndTargets = min(frame.agents.certainty, frame.targets.certainty)
                for agent in frame.agents.participants {
                    for target in frame.targets.participants {
                        add(agent, target, frame.stance, directed: false, frame, certainty: agentsAndTargets, farthest: farthest, trigger: trigger)
                    }
                }
                let parties = frame.parties.participants
                // "X and Y held talks": the subject's members relate to one another.
                let agents = frame.agents.participants
                if frame.targets.isEmpty, agents.count > 1, frame.trigger.weight > FrameResolver.weakTrigger {
                    for first in agents.indices {
                        for second in agents.indices where second > first {
                            add(agents[first], agents[second], frame.stance, directed: false, frame,
                                certainty: frame.agents.certainty, farthest: farthest, trigger: trigger)
                        }
                    }
                }
                for first in parties.indices {
                    for second in parties.indices where second > first {
                        add(parties[first], parties[second], frame.stance, directed: false, frame,
                            certainty: frame.parties.certainty, farthest: farthest, trigger: trigger)
                    }
                }
            } else {
                let certainty = min(frame.agents.certainty, frame.targets.certainty)
                for agent in frame.agents.participants {
                    for target in frame.targets.participants {
                        add(agent, target, frame.stance, directed: true, frame, certainty: certainty, farthest: farthest, trigger: trigger)
                    }
                }
            }
            // "X and Y signed the treaty": each signer agrees to the treaty; "welcomed the accord".
            if let agreement = frame.agreement, [Stance.agreement, .support, .condemnation, .denial].contains(frame.stance) {
                let side = frame.stance == .agreement
                    ? frame.agents.participants + frame.parties.participants + frame.targets.participants
                    : frame.agents.participants
                let certainty = side.isEmpty ? 0 : max(frame.agents.certainty, frame.parties.certainty)
                for party in side {
                    add(party, agreement, frame.stance, directed: true, frame, certainty: certainty, farthest: farthest, trigger: trigger)
                }
            }
        }
        for stance in derived {
            let frame = analysis.frames[stance.frame]
            var evaluation = frame
            evaluation.trigger.stance = stance.stance
            for agent in stance.agents {
                for target in stance.targets {
                    add(agent, target, stance.stance, directed: true, evaluation, certainty: stance.certainty,
                        farthest: nil, trigger: triggerSpan(stance.frame))
                }
            }
        }
        return found
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
        if !speech.lastSpeaker.isEmpty {
            memory.lastSpeaker = speech.lastSpeaker
            memory.lastSpeakerSentence = memory.sentence
        }
        for index in analysis.frames.indices where !analysis.frames[index].suppressed && !analysis.frames[index].negated {
            let frame = analysis.frames[index]
            if frame.isSymmetric {
                var members = frame.agents.participants
                for member in frame.targets.participants + frame.parties.participants where !members.contains(member) {
                    members.append(member)
                }
                memory.remember(partySet: members)
            }
            if !Self.isEvaluation(frame.stance), frame.agents.certainty >= RelationConfidence.carriedOver || !frame.parties.isEmpty {
                memory.remember(focus: frame.accountableParticipants)
            }
        }
    }
}
