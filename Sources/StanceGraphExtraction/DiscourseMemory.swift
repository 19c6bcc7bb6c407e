import StanceGraphModel

/// What the extractor remembers from the sentences before the current one, to
/// resolve pronouns ("it", "he", "they", "we"), counted references ("the two
/// ministers", "both sides"), the speaker of a quotation that goes on, and events
/// referred back to ("condemned such development").
///
/// Resolution follows the salience ordering of Lappin and Leass (1994), "An
/// algorithm for pronominal anaphora resolution", much simplified: the speaker
/// of the words the pronoun is in, then the nearest agreeing phrase before it in
/// the sentence, then the last agreeing actor of earlier sentences.
struct DiscourseMemory {
    /// A set of participants a mutual relation joined, and where.
    struct PartySet {
        var sentence: Int
        var members: [Participant]
    }

    /// Accountable participants of an event, for "such development".
    struct Focus {
        var sentence: Int
        var members: [Participant]
    }

    var sentence = 0
    var lastSpeaker: [Participant] = []
    var lastSpeakerSentence = Int.min / 2
    var lastPerson: Participant?
    var lastNonPerson: Participant?
    var lastPlural: [Participant] = []
    /// The first actor of the last sentence, standing for what it did.
    var lastSubject: Participant?
    var lastSubjectSentence = Int.min / 2
    private(set) var partySets: [PartySet] = []
    private(set) var focus: [Focus] = []

    /// Whether no earlier sentence left anyone to refer back to.
    ///
    /// The optional participants are matched against `nil` rather than compared
    /// with `==`: the comparison copied each one first, retaining its strings.
    var isEmpty: Bool {
        guard case nil = lastPerson, case nil = lastNonPerson, case nil = lastSubject else { return false }
        return lastSpeaker.isEmpty && lastPlural.isEmpty && partySets.isEmpty && focus.isEmpty
    }

    mutating func remember(partySet members: [Participant]) {
        guard members.count >= 2 else { return }
        partySets.append(PartySet(sentence: sentence, members: members))
        if partySets.count > 12 { partySets.removeFirst(partySets.count - 12) }
    }

    mutating func remember(focus members: [Participant]) {
        guard !members.isEmpty else { return }
        focus.append(Focus(sentence: sentence, members: members))
        if focus.count > 12 { focus.removeFirst(focus.count - 12) }
    }

    /// The participants of the unique mutual relation of `count` members in the
    /// most recent sentence (this one or the two before) that has any: "the two
    /// ministers" after "Cho met Blinken". Nil when that sentence has several.
    func countedReference(_ count: Int) -> [Participant]? {
        let candidates = partySets.filter { $0.sentence >= sentence - 2 && Set($0.members).count == count }
        guard let latest = candidates.map(\.sentence).max() else { return nil }
        let inLatest = candidates.filter { $0.sentence == latest }
        let distinct = Set(inLatest.map { Set($0.members) })
        guard distinct.count == 1, let first = inLatest.first else { return nil }
        return first.members
    }

    /// The actors an event referred back to stands for: those of the most recent
    /// sentence (this one or the one before) with an event, less `excluded`.
    func focusedParticipants(excluding excluded: [Participant]) -> [Participant] {
        guard let latest = focus.last(where: { $0.sentence >= sentence - 1 })?.sentence else { return [] }
        var result: [Participant] = []
        for entry in focus where entry.sentence == latest {
            // Nobody condemns or worries about their own doing.
            if entry.members.contains(where: { member in excluded.contains { $0.isSameSide(as: member) } }) { continue }
            for member in entry.members where !result.contains(member)
                && !excluded.contains(where: { $0.isSameSide(as: member) }) {
                result.append(member)
            }
        }
        return result
    }

    /// Notes the sentence's actors for later pronouns.
    mutating func noteActors(_ groups: [ActorGroup]) {
        // By index, reading fields in place: a copied group retains its arrays.
        if let first = groups.indices.first(where: {
            !groups[$0].isWeak && !groups[$0].isAgreement && groups[$0].members.count == 1 && groups[$0].head == .actors
        }) {
            lastSubject = groups[first].members[0]
            lastSubjectSentence = sentence
        }
        for index in groups.indices where !groups[index].isWeak && !groups[index].isAgreement && !groups[index].members.isEmpty {
            let count = groups[index].members.count
            if count > 1 { lastPlural = groups[index].members }
            if count == 1 {
                let member = groups[index].members[0]
                if member.type == .person { lastPerson = member } else { lastNonPerson = member }
            }
        }
    }
}

extension SentenceAnalysis {
    /// The participants a group stands for, resolving pronouns and counted
    /// references. `speaker` gives the speaker of the words at a token.
    ///
    /// `excluding` applies binding theory's Principle B (Chomsky 1981): a pronoun
    /// does not refer to the agent of its own clause ("North Korea and Russia's
    /// treaty poses a threat to *their* security": not North Korea and Russia).
    mutating func members(of index: Int, memory: DiscourseMemory, speaker: (Int) -> [Participant],
                          excluding excluded: [Participant] = []) -> [Participant] {
        let group = groups[index]
        if group.head == .actors || (!group.members.isEmpty && excluded.isEmpty) { return group.members }
        let overlaps: ([Participant]) -> Bool = { members in members.contains { member in excluded.contains { $0.isSameSide(as: member) } } }
        let position = group.tokens.lowerBound
        var resolved: [Participant] = []
        switch group.head {
        case .actors:
            break
        case .counted(let count):
            resolved = memory.countedReference(count) ?? []
        case .pronoun(let kind):
            let words = speaker(position)
            if kind == .firstPerson {
                resolved = words
            } else if kind == .personal {
                if words.count == 1, words[0].type == .person, layout.enclosingQuote(layout.clause(of: position)) == nil,
                   isInContent(position) {
                    resolved = words
                } else if let found = nearestGroup(before: index, where: { $0.members.count == 1 && $0.members[0].type == .person }) {
                    resolved = groups[found].members
                } else if let person = memory.lastPerson {
                    resolved = [person]
                }
            } else if kind == .plural {
                var candidate = index - 1
                while candidate >= 0 {
                    let earlier = groups[candidate]
                    var members = earlier.members
                    if case .counted(let count) = earlier.head, members.isEmpty { members = memory.countedReference(count) ?? [] }
                    if !earlier.isWeak, !earlier.isAgreement, members.count > 1, !overlaps(members) {
                        resolved = members
                        break
                    }
                    candidate -= 1
                }
                if resolved.isEmpty, !overlaps(memory.lastPlural) { resolved = memory.lastPlural }
            } else {
                // "it" / "its": a country or organization.
                let isNonPerson: (ActorGroup) -> Bool = { $0.members.count == 1 && $0.members[0].type != .person }
                if !group.isPossessive, words.count == 1, words[0].type != .person, isInContent(position) {
                    resolved = words
                } else if !group.isPossessive, let found = nearestGroup(before: index, where: {
                    isNonPerson($0) && !overlaps($0.members) && !isAfterPreposition($0.tokens.lowerBound)
                }) {
                    // A subject "it" prefers a subject antecedent over a prepositional object.
                    resolved = groups[found].members
                } else if let found = nearestGroup(before: index, where: { isNonPerson($0) && !overlaps($0.members) }) {
                    resolved = groups[found].members
                } else if let actor = memory.lastNonPerson {
                    resolved = [actor]
                }
            }
        }
        if resolved.count == 1, overlaps(resolved) { resolved = [] }
        if excluded.isEmpty { groups[index].members = resolved }
        return resolved
    }

    /// Whether a token lies in what a reporting verb introduces.
    private func isInContent(_ position: Int) -> Bool {
        var clause = layout.clause(of: position)
        while clause >= 0 {
            if layout.clauses[clause].kind == .content || layout.clauses[clause].kind == .quote { return true }
            clause = Int(layout.clauses[clause].parent)
        }
        return false
    }

    private func nearestGroup(before index: Int, where condition: (ActorGroup) -> Bool) -> Int? {
        var candidate = index - 1
        while candidate >= 0 {
            let group = groups[candidate]
            if group.head == .actors, !group.isWeak, !group.isAgreement, condition(group) { return candidate }
            candidate -= 1
        }
        return nil
    }
}
