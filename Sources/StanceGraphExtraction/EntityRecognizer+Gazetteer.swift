import StanceGraphModel

extension EntityRecognizer {
    /// An institution found by pattern, named once its country is known.
    struct InstitutionMatch {
        var mention: Int
        var entry: KnowledgeBase.InstitutionEntry
    }

    /// Stage 1: dictionary names and institution patterns, longest match first,
    /// left to right; then contextual names, places named "in X, Country", and
    /// coordinated qualifiers.
    ///
    /// - Complexity: O(n * m) for n tokens and phrases of at most m tokens.
    func matchGazetteer(_ state: inout RecognitionState) -> [InstitutionMatch] {
        let tokens = state.tokens
        let names = knowledge.names
        let institutionTrie = knowledge.institutions
        let contextualTrie = knowledge.contextualNames
        var institutions: [InstitutionMatch] = []
        var contextual: [(start: Int, length: Int, entry: KnowledgeBase.ContextualEntry)] = []
        var index = 0
        while index < tokens.count {
            // Most tokens start no phrase of any of the three tries: one look-up in
            // their joined filter says so.
            let token = tokens[index]
            guard gazetteerStarts.mayStart(token, key: token.key) else {
                index += 1
                continue
            }
            var nameLength = 0
            var namePayloads: ArraySlice<KnowledgeBase.NameEntry> = []
            names.matches(in: tokens, from: index, key: { $0.key }) { length, payloads in
                if payloads.contains(where: { $0.pattern.caseMatches(tokens, from: index) }) {
                    nameLength = length
                    namePayloads = payloads
                }
            }
            var institution: (length: Int, entry: KnowledgeBase.InstitutionEntry)?
            institutionTrie.matches(in: tokens, from: index, key: { $0.key }) { length, payloads in
                if let entry = payloads.first(where: { $0.pattern.caseMatches(tokens, from: index) }) {
                    institution = (length, entry)
                }
            }
            if let institution, institution.length > nameLength {
                let range = index..<(index + institution.length)
                let mention = state.add(EntityMention(
                    tokens: range, bytes: state.byteRange(range),
                    reference: .discovered(type: .organization, name: institution.entry.name),
                    type: .organization, kind: .name))
                state[mention: mention].portfolio = institution.entry.portfolio
                institutions.append(InstitutionMatch(mention: mention, entry: institution.entry))
                index = range.upperBound
                continue
            }
            if nameLength > 0, let chosen = chooseEntry(namePayloads, at: index, length: nameLength, state) {
                let actor = Int(namePayloads[chosen].actor)
                let type = knowledge.actors[actor].type
                let range = index..<(index + nameLength)
                let kind: MentionKind
                switch namePayloads[chosen].kind {
                case .name: kind = .name
                case .demonym: kind = .demonym
                case .metonym: kind = .metonym
                }
                state.addName(range, reference: .known(knowledge.actors[actor].id), type: type, kind: kind,
                              country: type == .country || type == .person ? nil : knowledge.actors[actor].country)
                index = range.upperBound
                continue
            }
            contextualTrie.matches(in: tokens, from: index, key: { $0.key }) { length, payloads in
                guard let entry = payloads.first(where: { $0.pattern.caseMatches(tokens, from: index) }) else { return }
                if !entry.article {
                    contextual.append((index, length, entry))
                } else if index > 0, state.isKey(index - 1, RecognitionState.theKey), !state.isCovered(index - 1) {
                    contextual.append((index - 1, length + 1, entry))
                }
            }
            index += 1
        }
        addContextualNames(contextual, &state)
        addPlacesBeforeCountries(&state)
        addCoordinatedQualifiers(&state)
        for match in institutions { attachCountry(toInstitution: match.mention, &state) }
        return institutions
    }

    // MARK: Choosing among same-name entries

    /// The entry a name refers to here, among the entries of the same phrase:
    /// a capital is the place in a locative context and the state elsewhere; a
    /// person's surname is the person in office at the article's date; otherwise
    /// the last-listed entry wins (so a user's dictionary overrides the built-in one).
    ///
    /// Returns the chosen entry's position in `payloads`: positions rather than
    /// entries, so that choosing copies no entry (each holds an array to retain).
    func chooseEntry(_ payloads: ArraySlice<KnowledgeBase.NameEntry>, at start: Int, length: Int,
                     _ state: RecognitionState) -> Int? {
        var best: Int?
        var place: Int?
        var metonym: Int?
        var people: [Int] = []
        for position in payloads.indices where payloads[position].pattern.caseMatches(state.tokens, from: start) {
            let actor = payloads[position].actor
            let type = knowledge.actors[Int(actor)].type
            if payloads[position].kind == .metonym {
                if metonym.map({ actor > payloads[$0].actor }) ?? true { metonym = position }
            } else if type == .place {
                if place.map({ actor < payloads[$0].actor }) ?? true { place = position }
            } else if type == .person {
                people.append(position)
            } else if best.map({ actor > payloads[$0].actor }) ?? true {
                best = position
            }
        }
        if length == 1, isShouting(start, state), let candidate = best ?? metonym ?? people.first,
           knowledge.actors[Int(payloads[candidate].actor)].type != .place, payloads[candidate].pattern.upperMask & 1 != 0 {
            return nil
        }
        // A one-word capital right after a name word ends a person's name: "George Washington".
        if length == 1, best == nil, metonym != nil,
           start > 0, !state.isCovered(start - 1), names.isNameWord(state.tokens[start - 1]), !state.startsSentence(start),
           !state.inHeadline(start) {
            return nil
        }
        if let best { return best }
        if let metonym {
            if let place, isLocative(start..<(start + length), state) { return place }
            return metonym
        }
        if let place { return place }
        if !people.isEmpty { return choosePerson(people, in: payloads, at: start, length: length, state) }
        return nil
    }

    /// An all-capitals word between all-capitals words is shouting ("WHO SAID
    /// WHAT"), not an acronym.
    private func isShouting(_ position: Int, _ state: RecognitionState) -> Bool {
        func upper(_ index: Int) -> Bool {
            index >= 0 && index < state.tokens.count && state.tokens[index].kind == .word
                && state.tokens[index].shape.contains(.allUpper) && state.tokens[index].length >= 2
        }
        return upper(position - 1) && upper(position + 1)
    }

    /// The known person a name refers to at the article's date. A full name
    /// ("Antony Blinken") always names its person; a surname alone ("Bush") names
    /// the one person who held a role at about that date, and is nobody when a
    /// capitalized word stands before it ("Jeb Bush" is someone else).
    private func choosePerson(_ people: [Int], in payloads: ArraySlice<KnowledgeBase.NameEntry>, at start: Int, length: Int,
                              _ state: RecognitionState) -> Int? {
        let single = length == 1
        if single, start > 0, !state.startsSentence(start), names.isNameWord(state.tokens[start - 1]),
           !state.isCovered(start - 1), !state.inHeadline(start) {
            return nil
        }
        var candidates: [Int] = []
        for position in people where !candidates.contains(where: { payloads[$0].actor == payloads[position].actor }) {
            candidates.append(position)
        }
        guard let date = state.date else { return candidates.count == 1 ? candidates[0] : nil }
        func periods(_ entry: Int) -> [RolePeriod] { knowledge.actors[Int(payloads[entry].actor)].periods }
        let inOffice = candidates.filter { entry in periods(entry).isEmpty || periods(entry).contains { $0.covers(date) } }
        if inOffice.count == 1 { return inOffice[0] }
        if inOffice.count > 1 { return nil }
        let around = candidates.filter { entry in
            periods(entry).contains { $0.covers(date, yearsBefore: 2, yearsAfter: 8) }
        }
        if around.count == 1 { return around[0] }
        if !single, candidates.count == 1 { return candidates[0] }
        return nil
    }

    /// Whether a capital names the city here: after "in", "at", "near"...; before
    /// ", Country" ("Lima, Peru"); or in a list after another such city.
    func isLocative(_ range: Range<Int>, _ state: RecognitionState) -> Bool {
        if state.isPossessive(range.upperBound) { return false }
        let before = range.lowerBound - 1
        if before >= 0, knowledge.words.locatives.contains(state.key(before)) { return true }
        if before >= 1, state.isKey(before, RecognitionState.andKey) || state.isKey(before, RecognitionState.commaKey),
           let previous = state.mentionIndex(endingBefore: before), state[mention: previous].type == .place {
            return true
        }
        if state.isKey(range.upperBound, RecognitionState.commaKey), range.upperBound + 1 < state.tokens.count {
            var country = false
            knowledge.names.matches(in: state.tokens, from: range.upperBound + 1, key: { $0.key }) { _, payloads in
                if payloads.contains(where: { $0.kind == .name && knowledge.actors[Int($0.actor)].type == .country }) { country = true }
            }
            return country
        }
        return false
    }

    // MARK: Context rules

    /// "the North" names North Korea when the article names a Korean state, and
    /// the phrase is not the start of a longer name ("the North Atlantic").
    private func addContextualNames(_ candidates: [(start: Int, length: Int, entry: KnowledgeBase.ContextualEntry)],
                                    _ state: inout RecognitionState) {
        guard !candidates.isEmpty else { return }
        var named = Set<EntityID>()
        for index in 0..<state.mentionCount where !state.isRemoved(index) {
            if case .known(let id) = state[mention: index].reference { named.insert(id) }
        }
        for candidate in candidates {
            let range = candidate.start..<(candidate.start + candidate.length)
            guard !range.contains(where: { state.isCovered($0) }) else { continue }
            if range.upperBound < state.tokens.count, state.isCapitalizedWord(range.upperBound),
               !state.isPossessive(range.upperBound) {
                continue
            }
            guard candidate.entry.context.contains(where: { named.contains(knowledge.actors[Int($0)].id) }) else { continue }
            let record = knowledge.actors[Int(candidate.entry.actor)]
            state.add(EntityMention(tokens: range, bytes: state.byteRange(range), reference: .known(record.id),
                                    type: record.type, kind: .metonym))
        }
    }

    /// "talks in Fiuggi, Italy": capitalized words after a locative and before
    /// ", Country" name a place of that country.
    private func addPlacesBeforeCountries(_ state: inout RecognitionState) {
        for index in 0..<state.mentionCount where !state.isRemoved(index) && state[mention: index].type == .country
            && state[mention: index].kind == .name {
            guard case .known(let country) = state[mention: index].reference else { continue }
            let comma = state[mention: index].tokens.lowerBound - 1
            guard comma >= 2, state.isKey(comma, RecognitionState.commaKey) else { continue }
            var start = comma
            while start > 0, comma - start < 3, !state.isCovered(start - 1), names.isNameWord(state.tokens[start - 1]) {
                start -= 1
            }
            guard start < comma, start > 0, knowledge.words.locatives.contains(state.key(start - 1)) else { continue }
            let range = start..<comma
            state.add(EntityMention(tokens: range, bytes: state.byteRange(range),
                                    reference: .discovered(type: .place, name: state.text(range)),
                                    type: .place, kind: .name, country: country))
        }
    }

    /// "North and South Korea", "North and South Korean leaders": a qualifier
    /// coordinated with a qualified name names its own state.
    private func addCoordinatedQualifiers(_ state: inout RecognitionState) {
        for index in 0..<state.mentionCount where !state.isRemoved(index) && state[mention: index].tokens.count >= 2 {
            let start = state[mention: index].tokens.lowerBound
            guard start >= 2, !state.isCovered(start - 2),
                  state.isKey(start - 1, RecognitionState.andKey) || state.isKey(start - 1, RecognitionState.orKey)
                    || state.isKey(start - 1, RecognitionState.ampersandKey),
                  state.isCapitalizedWord(start - 2) else { continue }
            let mention = state[mention: index]
            let keys = [state.key(start - 2)] + mention.tokens.dropFirst().map { state.key($0) }
            let kind: KnowledgeBase.NameKind = mention.kind == .demonym ? .demonym : .name
            guard let entry = knowledge.names.payloads(forKeys: keys).first(where: { $0.kind == kind }) else { continue }
            let record = knowledge.actors[Int(entry.actor)]
            let range = (start - 2)..<(start - 1)
            state.add(EntityMention(tokens: range, bytes: state.byteRange(range), reference: .known(record.id),
                                    type: record.type, kind: mention.kind))
        }
    }

    // MARK: Institutions

    /// The country an institution belongs to, from a country just before it
    /// ("Seoul's foreign ministry", "the Japanese Foreign Ministry") or after
    /// "of" ("the Ministry of Foreign Affairs of Japan").
    func attachCountry(toInstitution index: Int, _ state: inout RecognitionState) {
        let range = state[mention: index].tokens
        if let (country, start) = countryBefore(range.lowerBound, state) {
            state[mention: index].country = country
            state[mention: index].countryEvidence = Int(state.tokens[start].start)..<Int(state.tokens[range.upperBound - 1].end)
            return
        }
        if state.isKey(range.upperBound, RecognitionState.ofKey), let after = state.mentionIndex(startingAt: range.upperBound + 1),
           let country = countryOf(after, state) {
            state[mention: index].country = country
            let end = state[mention: after].tokens.upperBound
            state[mention: index].countryEvidence = Int(state.tokens[range.lowerBound].start)..<Int(state.tokens[end - 1].end)
        }
    }

    /// The state a mention stands for or belongs to: a country (by name, demonym
    /// or metonym), or an organization or place of a country.
    func countryOf(_ index: Int, _ state: RecognitionState) -> EntityID? {
        let mention = state[mention: index]
        if mention.type == .country, case .known(let id) = mention.reference { return id }
        if mention.type == .organization || mention.type == .place { return mention.country }
        return nil
    }

    /// The country named just before token `position`: "U.S. ...", "Japanese ...",
    /// "Russia's ...", "the North's ...", skipping "former" and the like. Returns
    /// the country and the token where its mention starts.
    func countryBefore(_ position: Int, _ state: RecognitionState) -> (EntityID, Int)? {
        var end = position
        while end > 0, knowledge.words.roleModifiers.contains(state.key(end - 1)), !state.isCovered(end - 1) { end -= 1 }
        if end > 0, state.isPossessive(end - 1) { end -= 1 }
        guard let index = state.mentionIndex(endingBefore: end), let country = countryOf(index, state) else { return nil }
        return (country, state[mention: index].tokens.lowerBound)
    }
}
