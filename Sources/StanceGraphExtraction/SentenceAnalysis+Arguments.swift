import StanceGraphModel

/// What a search to the right of a trigger found.
struct RightArguments {
    /// A direct object, or the object of one of the trigger's prepositions.
    var target: ArgumentHit?
    var targetToken: Int?
    /// "by X" after a passive or a noun; "from X" after a noun.
    var agent: Int?
    /// "between X and Y", "among X, Y and Z".
    var between: Int?
    /// An agreement entity named after the trigger ("signed the X Treaty").
    var agreement: Int?
    /// Groups after "among", "in" or "from" that hold an inverse stance ("concern among X").
    var holders: Int?
    /// The verb's direct object is not an actor ("met its criteria", "met the requirements").
    var hasOtherObject = false
    /// A country or place after "in": where a force act happened, and in the
    /// absence of another target whom it hit ("bombings in Tunisia").
    var location: Int?
}

extension SentenceAnalysis {
    // MARK: Inside the noun phrase

    /// The group that owns or modifies a noun trigger, with modifiers between:
    /// "Seoul's latest unilateral sanctions", "US sanctions", "ROK-US Foreign
    /// Ministers' Meeting", "its support", "Russian attacks".
    func premodifier(of event: EventFrame) -> Int? {
        var index = event.tokens.lowerBound - 1
        var skipped = 0
        while index >= range.lowerBound, skipped < 6, group(at: index) == nil, frame(at: index) == nil,
              layout.clause(of: index) == event.clause {
            let isAdjectiveLink = classes(index).contains(.coordinator) && index > range.lowerBound
                && classes(index - 1).contains(.adjective)
            // "Israeli tank shelling", "Russian artillery fire": one noun naming the means.
            let isMeans = skipped == 0 && isBareWord(index) && index > range.lowerBound && group(at: index - 1) != nil
            // "the Chile-imposed embargo", "the Saudi-led attack": who imposed or led it did it.
            if Self.agentiveParticiples.contains(key(index)), index - 2 >= range.lowerBound, isGluedHyphen(index - 1),
               let owner = group(at: index - 2), !groups[owner].isAgreement, !groups[owner].isPlace {
                return owner
            }
            guard isModifier(index) || isAdjectiveLink || isMeans else { break }
            index -= 1
            skipped += 1
        }
        guard index >= range.lowerBound, let found = group(at: index), groups[found].tokens.upperBound == index + 1,
              !groups[found].isAgreement, !groups[found].isPlace, layout.clause(of: index) == event.clause else { return nil }
        return found
    }

    /// The first token of the noun phrase a noun trigger heads: its determiners,
    /// modifiers and premodifying group.
    func nounPhraseStart(of event: EventFrame) -> Int {
        var index = event.tokens.lowerBound - 1
        while index >= range.lowerBound, frame(at: index) == nil, layout.clause(of: index) == event.clause {
            if let found = group(at: index) {
                let owner = groups[found]
                guard owner.tokens.upperBound == index + 1, !owner.isAgreement else { break }
                index = owner.tokens.lowerBound - 1
                continue
            }
            let isAdjectiveLink = classes(index).contains(.coordinator) && index > range.lowerBound
                && classes(index - 1).contains(.adjective)
            guard isModifier(index) || isAdjectiveLink else { break }
            index -= 1
        }
        return index + 1
    }

    /// The verb before a noun phrase starting at `start`: "*imposed* sanctions",
    /// "*expressed* grave concern", "*were in* talks", "*stepped up* its support".
    func governor(before start: Int) -> Int? {
        var index = start - 1
        var steps = 0
        while index >= range.lowerBound, steps < 3 {
            let wordClasses = classes(index)
            if isLyAdverb(index) || Self.particles.contains(key(index)) { index -= 1; steps += 1; continue }
            if wordClasses.contains(.preposition), [Self.inKey, Self.intoKey, Self.atKey].contains(key(index)), steps == 0 {
                index -= 1
                steps += 1
                continue
            }
            // "called for talks", "pressed for sanctions": the asking verb governs.
            if key(index) == Self.forKey, steps == 0, index > range.lowerBound,
               ModalityDetector.requestStems.contains(tokens[index - 1].stem) {
                index -= 1
                steps += 1
                continue
            }
            break
        }
        guard index >= range.lowerBound, tokens[index].kind == .word, group(at: index) == nil else { return nil }
        if tokens[index].isCapitalized, index != range.lowerBound { return nil }
        return index
    }

    /// For a gerund after "for" — or coordinated with one ("for increasing X and
    /// *supporting* Y") — the actor object of the trigger verb before "for":
    /// "criticized *the US* for ...", "thanked *India* for helping".
    func objectBeforeFor(gerund verb: Int) -> Int? {
        let clause = layout.clause(of: verb)
        var gerund = verb
        if verb - 1 > range.lowerBound, classes(verb - 1).contains(.coordinator) {
            // The gerund this one is coordinated with, a few tokens back in the clause.
            var index = verb - 2
            while index > range.lowerBound, index >= verb - 14, layout.clause(of: index) == clause,
                  !(isGerund(index) && key(index - 1) == Self.forKey) {
                index -= 1
            }
            guard index > range.lowerBound, isGerund(index), key(index - 1) == Self.forKey else { return nil }
            gerund = index
        }
        let preposition = gerund - 1
        guard preposition - 1 >= range.lowerBound, key(preposition) == Self.forKey,
              let object = group(at: preposition - 1), groups[object].tokens.upperBound == preposition,
              !groups[object].isWeak, !groups[object].isAgreement, !groups[object].isPossessive else { return nil }
        var before = groups[object].tokens.lowerBound - 1
        while before >= range.lowerBound, classes(before).contains(.determiner) { before -= 1 }
        guard before >= range.lowerBound, let trigger = frame(at: before), !frames[trigger].isNoun else { return nil }
        return object
    }

    static let particles = TokenKeySet(keys: ["up", "out", "off", "down", "on"].map { TokenKey.key($0) })

    // MARK: Subjects

    /// The subject of the verb at `verb`: the nearest actor group or event to its
    /// left in the same clause that stands in subject position (see
    /// `isSubjectPosition`). Nested clauses are stepped over; earlier clauses stop
    /// the search.
    ///
    /// - Complexity: O(distance to the clause start).
    func subject(of verb: Int) -> ArgumentHit? {
        let clause = layout.clause(of: verb)
        // "a resolution threatening sanctions", "a petition launched to": a participle
        // right after a noun modifies that noun, whose subject it takes.
        if isGerund(verb) || isParticiple(verb), verb > range.lowerBound,
           isBareWord(verb - 1) || classes(verb - 1) == .eventNoun || group(at: verb - 1).map({ groups[$0].isAgreement }) == true {
            return nil
        }
        // "joined Russian forces invading Ukraine": a gerund right after an actor
        // phrase (in no other role) is done by that actor.
        if isGerund(verb), verb > range.lowerBound, let actor = group(at: verb - 1), !groups[actor].isWeak,
           !groups[actor].isAgreement, !groups[actor].isPossessive, groups[actor].head == .actors,
           layout.clause(of: verb - 1) == clause {
            return .group(actor)
        }
        // "called on Brazil to reject", "urged Iran to cooperate": the object of the
        // verb before "to" is the subject of the verb after it.
        // "Serbia denied supplying ...", "X stopped cooperating": a gerund opening the
        // clause a verb introduces has that verb's subject.
        if isGerund(verb), layout.clauses[clause].start == verb, layout.clauses[clause].introducedBy >= range.lowerBound,
           layout.clauses[clause].introducedBy < verb {
            return subject(of: layout.clauses[clause].introducedBy)
        }
        // "criticized the US for arming Taiwan and supporting Japan": a gerund
        // after "for" (or coordinated with one) is done by the object of the
        // trigger before, not by its subject.
        if isGerund(verb), let object = objectBeforeFor(gerund: verb) {
            return .group(object)
        }
        // ("visited Dhaka to meet X" is the visitor's purpose, not Dhaka's.)
        if verb - 2 >= range.lowerBound, classes(verb - 1).contains(.infinitive) {
            if let controller = group(at: verb - 2) {
                if !groups[controller].isWeak, !groups[controller].isAgreement, !groups[controller].isPossessive,
                   isObjectControl(before: groups[controller].tokens.lowerBound) {
                    return .group(controller)
                }
                // "X met the ministers of A, B and C to discuss ...": a purpose is the
                // subject's, the subject of the verb before it in the clause.
                if let main = verbFrame(before: groups[controller].tokens.lowerBound, clause: clause) {
                    return subject(of: main)
                }
            } else if isBareWord(verb - 2) || classes(verb - 2).contains(.actorNoun) || classes(verb - 2).contains(.groupNoun) {
                // "allow the militants to launch attacks": the object, no actor we know, acts.
                var start = verb - 2
                while start > range.lowerBound, isModifier(start - 1) { start -= 1 }
                if isObjectControl(before: start) { return nil }
            }
        }
        // ("Syrian rebels agreed to talks" is no agreement of Syria's.)
        let partnerLike = frame(at: verb).map { Self.takesStatePartner(frames[$0].trigger) } ?? false
        var index = verb - 1
        while index >= range.lowerBound {
            switch layout.visibility(of: index, from: clause) {
            case .outside:
                return nil
            case .nested:
                index -= 1
                continue
            case .same:
                break
            }
            if let found = group(at: index) {
                // The group's fields, read in place: a copied group retains (and then
                // releases) its arrays, for every group the search passes.
                let candidate = (tokens: groups[found].tokens, isPossessive: groups[found].isPossessive,
                                 isWeak: groups[found].isWeak || groups[found].isNonState && partnerLike,
                                 isAgreement: groups[found].isAgreement)
                if !candidate.isAgreement, !candidate.isWeak {
                    if candidate.isPossessive {
                        // "North Korea's deployment of troops ... is": the subject is the event.
                        if let event = frame(at: candidate.tokens.upperBound) ?? ownedFrame(after: candidate.tokens.upperBound, before: verb),
                           frames[event].isNoun, isSubjectPosition(candidate.tokens.lowerBound, verb: verb) {
                            return .event(event)
                        }
                        // "Peru's proposal was rejected": what is said or asked stands for who said it.
                        if candidate.tokens.upperBound < verb, classes(candidate.tokens.upperBound).contains(.accusationNoun),
                           isSubjectPosition(candidate.tokens.lowerBound, verb: verb) {
                            return .group(found)
                        }
                    } else if isSubjectPosition(candidate.tokens.lowerBound, verb: verb) {
                        return .group(found)
                    }
                }
                index = candidate.tokens.lowerBound - 1
                continue
            }
            if let found = frame(at: index) {
                let event = frames[found]
                if event.isNoun {
                    let start = nounPhraseStart(of: event)
                    if isSubjectPosition(start, verb: verb) { return .event(found) }
                    index = min(start, event.tokens.lowerBound) - 1
                    continue
                }
                index = event.tokens.lowerBound - 1
                continue
            }
            // "Cho, who is visiting ...": the relative pronoun stands for the phrase before the comma.
            if classes(index).contains(.relative), layout.clauses[clause].start == index {
                var before = index - 1
                while before >= range.lowerBound, isPunctuation(before) { before -= 1 }
                if before >= range.lowerBound, let antecedent = group(at: before), !groups[antecedent].isWeak,
                   !groups[antecedent].isAgreement { return .group(antecedent) }
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// The first token of the nearest verb trigger before `position` in `clause`.
    private func verbFrame(before position: Int, clause: Int) -> Int? {
        var index = position - 1
        while index >= range.lowerBound, layout.visibility(of: index, from: clause) != .outside {
            if let found = frame(at: index), !frames[found].isNoun, layout.clause(of: index) == clause {
                return frames[found].tokens.lowerBound
            }
            index -= 1
        }
        return nil
    }

    /// A demonym opening a subject phrase of bare words: "*Turkish* drilling is a
    /// threat", "*Chinese* investment poses a risk". Used for predicated threats only.
    func demonymSubject(of verb: Int) -> Int? {
        var index = verb - 1
        var steps = 0
        while index >= range.lowerBound, steps < 6 {
            if let inner = group(at: index) {
                // Step over a phrase after a preposition: "drilling *near Cyprus* is".
                let start = groups[inner].tokens.lowerBound
                guard !groups[inner].isWeak, start > range.lowerBound, classes(start - 1).contains(.preposition) else { break }
                index = start - 2
            } else if isBareWord(index) || isModifier(index)
                        || frame(at: index) == nil && !tokens[index].isCapitalized && classes(index).isSubset(of: [.eventNoun, .accusationNoun]) {
                index -= 1
            } else {
                break
            }
            steps += 1
        }
        guard steps > 0, index >= range.lowerBound, let found = group(at: index), groups[found].isWeak, !groups[found].isPlace,
              groups[found].tokens.upperBound == index + 1, isSubjectPosition(groups[found].tokens.lowerBound, verb: verb) else { return nil }
        return found
    }

    /// A noun trigger owned by a possessive that ends at `start`, after modifiers.
    private func ownedFrame(after start: Int, before limit: Int) -> Int? {
        var index = start
        while index < limit, isModifier(index) { index += 1 }
        return index < limit ? frame(at: index) : nil
    }

    /// Whether a phrase starting at `start` is a subject: it opens its clause, or
    /// follows punctuation, a conjunction, "that", a reporting verb or a
    /// capitalized word, after determiners and adverbs. "Leaders of X" counts when
    /// "leaders" does; a phrase after a preposition counts only as the subject of
    /// an adjacent gerund ("the possibility of *Russia* providing").
    func isSubjectPosition(_ start: Int, verb: Int) -> Bool {
        let clause = layout.clause(of: verb)
        var index = start - 1
        while index >= range.lowerBound, layout.visibility(of: index, from: clause) == .same {
            if isModifier(index) && !tokens[index].isCapitalized || classes(index).contains(.adverb) || isLyAdverb(index) {
                index -= 1
            } else if let compound = compoundAdjectiveStart(endingAt: index) {
                // "the Saudi-backed government", "the U.S.-led coalition".
                index = compound - 1
            } else {
                break
            }
        }
        guard index >= range.lowerBound, layout.visibility(of: index, from: clause) != .outside else { return true }
        if layout.visibility(of: index, from: clause) == .nested { return true }
        let token = tokens[index]
        let wordClasses = classes(index)
        // "in Juba, Sudan": a country after a place and a comma locates the place,
        // unless the place opens the sentence and the verb follows the country
        // ("In Riyadh, Russia condemned ...").
        if isMark(index, ","), index > range.lowerBound, isInPlace(index - 1),
           !(opensSentence(placeEndingAt: index - 1) && isAdjacentToVerb(from: start, verb: verb)
             && !classes(verb - 1).contains(.infinitive)) {
            return false
        }
        if token.kind == .punctuation { return !isMark(index, "-") }
        if wordClasses.contains(.coordinator) || wordClasses.contains(.clauseOpener) || wordClasses.contains(.complementizer)
            || wordClasses.contains(.relative) || wordClasses.contains(.reportingVerb) || wordClasses.contains(.denialVerb) {
            return true
        }
        if wordClasses.contains(.preposition) {
            let adjacent = isAdjacentToVerb(from: start, verb: verb)
            if key(index) == Self.ofKey || key(index) == Self.fromKey || key(index) == Self.inKey, index > range.lowerBound,
               classes(index - 1).contains(.groupNoun), group(at: index - 1) == nil {
                // "the leaders of X condemned": the phrase headed by "leaders" decides.
                var head = index - 1
                while head > range.lowerBound, isModifier(head - 1) && !tokens[head - 1].isCapitalized { head -= 1 }
                return isSubjectPosition(head, verb: verb)
            }
            if adjacent, isGerund(verb), Self.gerundSubjectPrepositions.contains(key(index)) { return true }
            if adjacent, Self.subordinatingPrepositions.contains(key(index)) { return true }
            return false
        }
        if token.isCapitalized, group(at: index) == nil, frame(at: index) == nil { return true }
        // "a charge Uganda denied", "the claims Chile rejected": a relative clause with
        // no pronoun after what was said; the phrase is its subject.
        if wordClasses.contains(.accusationNoun), isAdjacentToVerb(from: start, verb: verb) { return true }
        return false
    }

    /// Whether the place ending at `end` is the object of a preposition that
    /// opens the sentence: "*In Riyadh*, ...".
    private func opensSentence(placeEndingAt end: Int) -> Bool {
        var index = end
        while index >= range.lowerBound, isInPlace(index) { index -= 1 }
        while index >= range.lowerBound, classes(index).contains(.determiner) { index -= 1 }
        return index == range.lowerBound && classes(index).contains(.preposition)
    }

    /// Whether the verb before an object makes that object the subject of a
    /// following infinitive: "urged X to", "called on X to", "asked X to".
    private func isObjectControl(before start: Int) -> Bool {
        var index = start - 1
        while index >= range.lowerBound, classes(index).contains(.determiner) || Self.particles.contains(key(index)) { index -= 1 }
        guard index >= range.lowerBound else { return false }
        return Self.objectControlStems.contains(tokens[index].stem)
    }

    static let objectControlStems = TokenKeySet(keys: ["urge", "call", "ask", "press", "invite", "encourage", "force",
        "allow", "help", "persuade", "tell", "told", "want", "expect", "pressure", "push", "order", "instruct",
        "advise", "warn", "authorize", "permit", "request", "demand", "appeal", "challenge", "dare", "convince",
        "compel", "enable", "require", "beg", "exhort", "implore"].map { TokenKey.stemKey($0) })

    /// The start of "X-backed", "U.S.-led" ending at `index`: a word glued by a
    /// hyphen to an actor.
    func compoundAdjectiveStart(endingAt index: Int) -> Int? {
        let hyphen = index - 1
        guard tokens[index].kind == .word, isGluedHyphen(hyphen), let owner = group(at: hyphen - 1) else { return nil }
        return groups[owner].tokens.lowerBound
    }

    /// The participle glued by a hyphen to the phrase ending before `end` that
    /// makes the phrase a third party to the noun after it ("Qatari-*brokered*",
    /// "Swiss-*based*", "ISIS-*linked*"), if any.
    func thirdPartyParticiple(after end: Int) -> Int? {
        guard isGluedHyphen(end), Self.thirdPartyParticiples.contains(key(end + 1)) else { return nil }
        return end + 1
    }

    static let thirdPartyParticiples = TokenKeySet(keys: ["brokered", "mediated", "drafted", "sponsored", "proposed",
        "hosted", "organized", "organised", "based", "headquartered", "flagged", "registered", "linked", "affiliated",
        "inspired", "allied", "aligned", "funded", "financed", "trained", "armed", "supplied", "designed"].map { TokenKey.key($0) })

    /// Participles that make the actor glued before them the agent of the noun
    /// after them ("the US-imposed sanctions"), as against third parties
    /// (`thirdPartyParticiples`: "the Qatar-brokered truce").
    static let agentiveParticiples = TokenKeySet(keys: ["imposed", "led", "launched", "initiated", "ordered", "declared",
        "conducted", "announced", "orchestrated", "planned", "waged", "enforced"].map { TokenKey.key($0) })

    static let gerundSubjectPrepositions = TokenKeySet(keys: ["of", "for", "about", "on", "with", "without", "over"].map { TokenKey.key($0) })
    static let subordinatingPrepositions = TokenKeySet(keys: ["after", "before", "since", "as", "until", "once", "when", "if"].map { TokenKey.key($0) })

    /// Whether the trigger relates partners as states would: talks, agreements,
    /// support and mutual cooperation, not a concession to people ("freed
    /// Palestinian prisoners") nor force (see `ActorGroup.isNonState`).
    static func takesStatePartner(_ trigger: StanceLexicon.Trigger) -> Bool {
        switch trigger.stance {
        case .support, .agreement, .consultation, .cooperation: return trigger.direction == .symmetric || trigger.stance != .cooperation
        default: return false
        }
    }

    /// Whether the trigger's act can be done to a place: force, coercion and
    /// threats aimed one way ("struck", "blockaded", "sanctions on"), not meetings
    /// or words.
    static func actsOnPlaces(_ trigger: StanceLexicon.Trigger) -> Bool {
        guard trigger.direction == .directed else { return false }
        switch trigger.stance {
        case .conflict, .sanction, .threat: return true
        default: return false
        }
    }

    /// Whether only auxiliaries, modals, negators, adverbs and "to" stand between
    /// the phrase's end and the verb.
    private func isAdjacentToVerb(from start: Int, verb: Int) -> Bool {
        var index = start
        if let found = group(at: start) { index = groups[found].tokens.upperBound }
        while index < verb {
            let wordClasses = classes(index)
            guard wordClasses.contains(.auxiliary) || wordClasses.contains(.modal) || wordClasses.contains(.negator)
                    || wordClasses.contains(.adverb) || wordClasses.contains(.infinitive) || isLyAdverb(index) else { return false }
            index += 1
        }
        return true
    }

    // MARK: To the right

    /// Scans right of a trigger for its object, the objects of its prepositions,
    /// a "by"/"from" agent, "between" parties and an agreement entity. An actor
    /// after a preposition the trigger does not take ("in Lima", "with Korea" for
    /// "condemned") is skipped; an event in object position stops the scan, since
    /// its own arguments are its own. The scan ends at the clause's end, at a verb
    /// trigger, an auxiliary or a reporting verb.
    ///
    /// - Complexity: O(tokens scanned), at most `limit`.
    func rightArguments(of frameIndex: Int, limit: Int = 18) -> RightArguments {
        // The frame's fields, read in place: a copy of the frame retains its arrays.
        let trigger = frames[frameIndex].trigger
        let currentTokens = frames[frameIndex].tokens
        let currentIsNoun = frames[frameIndex].isNoun
        let currentIsPassive = frames[frameIndex].isPassive
        let currentIsSymmetric = trigger.direction == .symmetric
        var result = RightArguments()
        var clause = frames[frameIndex].clause
        var preposition: UInt64?
        // A preposition after a noun that follows the trigger's own phrase attaches
        // to that noun ("concern about the implications of X's actions *on* the
        // war"): actors after it are not the trigger's.
        var attached = false
        var sawNoun = false
        // A bare noun right after a verb is its object ("denounced the genocide of
        // X", "help verify its holdings"): actors after it are not.
        var objectTaken = false
        // Whether anything but modifiers came between the verb and here.
        var pastObjectSlot = false
        // After another event, the phrases that follow are that event's.
        var passedEvent = false
        // An event noun as the object ("condemned the missile launch by X",
        // "concern over the move by X"): its "by" agent is the one the stance is about.
        var objectEvent = false
        // After "threatened to <verb>": the action's object names the threatened,
        // not an actor that only qualifies it ("to reimpose *UN* sanctions on Iran").
        var threatenedAction = false
        var index = currentTokens.upperBound
        var steps = 0
        var crossedIntoContent = false
        let takesObject = trigger.takesObject && !currentIsNoun && !currentIsPassive
        while index < range.upperBound, steps < limit {
            steps += 1
            switch layout.visibility(of: index, from: clause) {
            case .nested:
                index += 1
                continue
            case .outside:
                // "expressed concern that North Korea ...", "denied they were ...": the
                // content clause right after the trigger holds its target.
                let next = layout.clause(of: index)
                guard !crossedIntoContent, result.target == nil, layout.clauses[next].kind == .content,
                      layout.clauses[next].start <= index, Self.takesContentTarget(trigger.stance) else { return result }
                crossedIntoContent = true
                clause = next
                attached = false
                preposition = nil
                if classes(index).contains(.complementizer) { index += 1 }
                continue
            case .same:
                break
            }
            if let found = group(at: index) {
                // The group's fields, read in place: a copied group retains (and then
                // releases) its arrays, for every group the search passes.
                let candidate = (tokens: groups[found].tokens, head: groups[found].head, isPossessive: groups[found].isPossessive,
                                 isWeak: groups[found].isWeak, isAgreement: groups[found].isAgreement)
                // "talks with Syrian rebels", "support for Afghan refugees": people who are not
                // the state are no partner of talks, cooperation or support in its name.
                if groups[found].isNonState, Self.takesStatePartner(trigger) {
                    index = candidate.tokens.upperBound
                    preposition = nil
                    sawNoun = true
                    continue
                }
                // A place is what a hostile act is done to, through its country, when it
                // is the act's object ("shelled Kharkiv", "strikes on Aleppo"); anywhere
                // else it is only where things happen ("met in Zurich").
                if preposition == Self.inKey, !attached, result.location == nil, groups[found].members.count == 1,
                   groups[found].isPlace || groups[found].members[0].type == .country {
                    result.location = found
                }
                if groups[found].isPlace {
                    let aimedAt = preposition.map { $0 != Self.inKey && trigger.takesPreposition($0) } ?? (takesObject && !objectTaken)
                    if aimedAt, !attached, result.target == nil, Self.actsOnPlaces(trigger) {
                        result.target = .group(found)
                        result.targetToken = candidate.tokens.upperBound - 1
                        if !currentIsNoun { return result }
                    }
                    index = candidate.tokens.upperBound
                    preposition = nil
                    sawNoun = true
                    continue
                }
                if threatenedAction, preposition == nil, frame(at: candidate.tokens.upperBound) != nil {
                    index = candidate.tokens.upperBound
                    continue
                }
                // "talks with his Lithuanian counterpart", "summoned their Israeli
                // ambassadors": a possessive pronoun right before an actor phrase only
                // says whose it is; the object (or the preposition) is the next phrase's.
                // (A named possessor, "Hungary's EU commissioner", stays the actor.)
                if candidate.isPossessive, case .pronoun = candidate.head, let owned = group(at: candidate.tokens.upperBound),
                   !groups[owned].members.isEmpty {
                    index = candidate.tokens.upperBound
                    continue
                }
                // "support for a Qatari-brokered truce", "sanctions on a Swiss-based
                // Iranian company": an actor glued to such a participle brokered, hosted or
                // harbours the noun after it, and is no party to the stance toward it.
                // (Owners stay: "strikes on Houthi-controlled areas" hit the Houthis.)
                if let word = thirdPartyParticiple(after: candidate.tokens.upperBound) {
                    index = word + 1
                    continue
                }
                defer { index = candidate.tokens.upperBound; preposition = nil; sawNoun = true }
                if candidate.isAgreement {
                    if result.agreement == nil, !attached { result.agreement = found }
                    continue
                }
                // "condemnation from France", "support from Japan": the source acts; "the
                // attack on Israel by Hamas": "by" names the agent after the target too.
                // ("withdrawal from X": a noun whose own preposition is "from" takes its target there.)
                if preposition == Self.byKey || preposition == Self.fromKey && currentIsNoun && !attached
                    && !trigger.takesPreposition(Self.fromKey),
                   currentIsPassive || currentIsNoun, result.agent == nil, !candidate.isWeak {
                    result.agent = found
                    continue
                }
                if attached {
                    if objectEvent, preposition == Self.byKey, trigger.direction == .directed, result.target == nil,
                       !candidate.isWeak {
                        result.target = .group(found)
                        result.targetToken = candidate.tokens.upperBound - 1
                        return result
                    }
                    continue
                }
                guard let preposition else {
                    if candidate.isWeak, currentIsSymmetric || namesNonState(after: candidate.tokens.upperBound) { continue }
                    // "met its criteria": a mutual verb's partner is an actor, not what it owns.
                    if currentIsSymmetric, candidate.isPossessive {
                        if takesObject, result.target == nil { result.hasOtherObject = true }
                        continue
                    }
                    if crossedIntoContent || takesObject && !objectTaken, result.target == nil {
                        result.target = .group(found)
                        result.targetToken = candidate.tokens.upperBound - 1
                        if !currentIsNoun { return result }
                    }
                    continue
                }
                // "sanctions on Russian banks" aim at Russia; "talks with Syrian rebels" are not with Syria.
                let weakTarget = candidate.isWeak && (currentIsSymmetric || namesNonState(after: candidate.tokens.upperBound))
                if currentIsSymmetric, Self.betweenKeys.contains(preposition), result.between == nil, !candidate.isWeak {
                    result.between = found
                } else if trigger.takesPreposition(preposition), result.target == nil, !weakTarget {
                    result.target = .group(found)
                    result.targetToken = candidate.tokens.upperBound - 1
                } else if candidate.isWeak {
                    continue
                } else if preposition == Self.fromKey, currentIsNoun || trigger.direction == .inverse, result.agent == nil {
                    result.agent = found
                } else if Self.betweenKeys.contains(preposition), result.between == nil, groups[found].members.count > 1 || candidate.head != .actors {
                    result.between = found
                } else if Self.holderKeys.contains(preposition), result.holders == nil {
                    result.holders = found
                }
                continue
            }
            if let found = frame(at: index) {
                let eventTokens = frames[found].tokens
                guard frames[found].isNoun else { return result }
                if !attached, result.target == nil {
                    let objectPosition = preposition.map { trigger.takesPreposition($0) || Self.topicKeys.contains($0) }
                        ?? (takesObject || crossedIntoContent)
                    if objectPosition {
                        result.target = .event(found)
                        result.targetToken = eventTokens.upperBound - 1
                        return result
                    }
                }
                if result.target != nil { return result }
                // The event's own phrases are its own.
                index = eventTokens.upperBound
                preposition = nil
                sawNoun = true
                passedEvent = true
                continue
            }
            let wordClasses = classes(index)
            let token = tokens[index]
            // A hyphen inside a word ("anti-aircraft") is part of the phrase.
            if token.kind == .punctuation, isGluedHyphen(index) {
                index += 1
                continue
            }
            if token.kind == .punctuation {
                pastObjectSlot = true
                if isMark(index, ",") && (result.target != nil || result.between != nil) { return result }
                // ", and the two sides agreed", ", before holding ...": a new clause.
                if isMark(index, ","), index + 1 < range.upperBound,
                   classes(index + 1).contains(.coordinator) || Self.subordinatingPrepositions.contains(key(index + 1))
                    || isGerund(index + 1) && frame(at: index + 1) == nil && group(at: index + 1) == nil {
                    return result
                }
                if isMark(index, ";") || isMark(index, ":") { return result }
                index += 1
                continue
            }
            // "over 150 prisoners", "about 40 officials": a quantity, not a preposition.
            if wordClasses.contains(.preposition), index + 1 < range.upperBound, tokens[index + 1].kind == .number,
               Self.quantityKeys.contains(key(index)) {
                index += 1
                continue
            }
            if wordClasses.contains(.preposition) {
                let key = key(index)
                // "to" before a verb ends the phrase: "a visit to mediate between X and Y";
                // but "threatened to bomb X" threatens X, also when the verb is a
                // trigger of its own ("threatened to *arrest* X", "to *lift sanctions on* X").
                let verbFrame = index + 1 < range.upperBound ? frame(at: index + 1).flatMap { frames[$0].isNoun ? nil : $0 } : nil
                if key == Self.toKey, index + 1 < range.upperBound, isBareWord(index + 1) || verbFrame != nil {
                    guard trigger.stance == .threat, !currentIsNoun, index == currentTokens.upperBound else { return result }
                    threatenedAction = true
                    index = verbFrame.map { frames[$0].tokens.upperBound } ?? index + 2
                    continue
                }
                if (key == Self.ofKey || key == Self.fromKey) && (preposition != nil || sawNoun), chainsOf(at: index) {
                    // "the leaders of X", "the implications of X's actions": the same phrase goes on.
                    objectTaken = false
                } else {
                    // "fired rockets at X", "supplied weapons to X": a preposition the trigger
                    // takes, right after the verb's object that names no actor, still
                    // introduces the target.
                    let targetAfterObject = sawNoun && !pastObjectSlot && preposition == nil && !currentIsNoun
                        && !passedEvent && result.target == nil && key != Self.ofKey && trigger.takesPreposition(key)
                    pastObjectSlot = true
                    if sawNoun {
                        attached = !targetAfterObject
                            && (passedEvent || !(currentIsSymmetric && Self.comitativeKeys.contains(key) && result.target == nil))
                    }
                    preposition = key
                    sawNoun = false
                }
                index += 1
                continue
            }
            // ("reports of", "claims of" are nouns, not reporting verbs.)
            let reportNoun = wordClasses.contains(.accusationNoun) && index + 1 < range.upperBound && key(index + 1) == Self.ofKey
            if !token.isCapitalized, wordClasses.contains(.auxiliary) || wordClasses.contains(.modal)
                || wordClasses.contains(.reportingVerb) && !reportNoun || wordClasses.contains(.copula) {
                return result
            }
            if wordClasses.contains(.coordinator), result.target != nil || result.between != nil { return result }
            if token.kind == .word, !token.isCapitalized, !isModifier(index), !wordClasses.contains(.adverb),
               !wordClasses.contains(.coordinator), !isLyAdverb(index) {
                if wordClasses.contains(.eventNoun), !attached, result.target == nil,
                   preposition.map({ trigger.takesPreposition($0) }) ?? (takesObject && !pastObjectSlot) {
                    objectEvent = true
                }
                sawNoun = true
                if preposition == nil {
                    if takesObject, !objectTaken, !pastObjectSlot, result.target == nil, !wordClasses.contains(.groupNoun) {
                        result.hasOtherObject = true
                    }
                    objectTaken = true
                }
            }
            index += 1
        }
        return result
    }

    /// Whether "of" (or "from") at `index` continues the phrase before it: after
    /// a group noun ("the leaders of X", "ministers from X") or into a possessor
    /// ("the implications of X's actions").
    private func chainsOf(at index: Int) -> Bool {
        if index > range.lowerBound, group(at: index - 1) == nil,
           classes(index - 1).contains(.groupNoun) || classes(index - 1).contains(.actorNoun)
            || classes(index - 1).contains(.holding) && key(index) == Self.ofKey { return true }
        guard key(index) == Self.ofKey else { return false }
        // "concern over reports of Israeli settlement building", "denied claims of
        // Rwandan support": what is reported or claimed is the phrase that counts.
        if index > range.lowerBound, group(at: index - 1) == nil, classes(index - 1).contains(.accusationNoun) { return true }
        var next = index + 1
        while next < range.upperBound, isModifier(next), group(at: next) == nil { next += 1 }
        if next < range.upperBound, let found = group(at: next) { return groups[found].isPossessive }
        return false
    }

    /// Whether the noun after a demonym names people who are not the state, or
    /// oppose it: "Syrian rebels", "Kurdish opposition", "Afghan refugees".
    func namesNonState(after end: Int) -> Bool {
        var index = end
        while index < range.upperBound, isModifier(index), group(at: index) == nil { index += 1 }
        return index < range.upperBound && Self.nonStateNouns.contains(tokens[index].stem)
    }

    static let nonStateNouns = TokenKeySet(keys: ["rebel", "rebels", "opposition", "insurgent", "insurgents", "dissident",
        "dissidents", "refugee", "refugees", "migrant", "migrants", "separatist", "separatists", "protester",
        "protesters", "protestor", "protestors", "activist", "activists", "exile", "exiles", "kurd", "kurds",
        "minority", "minorities", "diaspora", "defector", "defectors", "asylum", "prisoner", "prisoners",
        "hostage", "hostages", "journalist", "journalists", "tourist", "tourists", "student", "students",
        "worker", "workers", "fan", "fans", "player", "players", "team", "club"]
        .map { TokenKey.stemKey($0) })

    /// A lowercase word of no known class: a verb or noun the rules know nothing of.
    func isBareWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && !token.isCapitalized && classes(index).isEmpty && group(at: index) == nil && !isLyAdverb(index)
            && frame(at: index) == nil && !isInActorMention(index)
    }

    static let quantityKeys = TokenKeySet(keys: ["over", "about", "around", "nearly", "almost", "some", "under", "than"]
        .map { TokenKey.key($0) })

    static let comitativeKeys = TokenKeySet(keys: ["with", "between", "among"].map { TokenKey.key($0) })
    static let betweenKeys = TokenKeySet(keys: ["between", "among", "amongst"].map { TokenKey.key($0) })
    static let holderKeys = TokenKeySet(keys: ["among", "in", "from", "within"].map { TokenKey.key($0) })
    /// Prepositions that introduce what an evaluation is about ("concern over the pact").
    static let topicKeys = TokenKeySet(keys: ["over", "about", "regarding", "concerning", "at", "on", "against", "of", "for", "to"].map { TokenKey.key($0) })

    /// Stances whose target may be the subject of a content clause: "concern that
    /// X ...", "demanded that X ...", "denied they ...", "warned that X ...".
    static func takesContentTarget(_ stance: Stance) -> Bool {
        switch stance {
        case .concern, .demand, .denial, .condemnation, .threat: return true
        default: return false
        }
    }

    /// The first "between X and Y" group after `start` in the clause, for a
    /// mutual trigger whose parties are named later ("agreed to cooperate on the
    /// issues between Korea and the United States").
    func laterBetween(after start: Int, clause: Int, limit: Int = 14) -> Int? {
        var index = start
        var steps = 0
        while index < range.upperBound, steps < limit {
            steps += 1
            switch layout.visibility(of: index, from: clause) {
            case .outside: return nil
            case .nested: index += 1; continue
            case .same: break
            }
            if Self.betweenKeys.contains(key(index)), index + 1 < range.upperBound {
                var next = index + 1
                while next < range.upperBound, isModifier(next) { next += 1 }
                if next < range.upperBound, let found = group(at: next), groups[found].members.count > 1 { return found }
                return nil
            }
            // Another trigger's "between" is its own.
            if frame(at: index) != nil { return nil }
            index += 1
        }
        return nil
    }
}
