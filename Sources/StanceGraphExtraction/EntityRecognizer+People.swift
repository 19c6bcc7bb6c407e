import StanceGraphModel

extension EntityRecognizer {
    /// A title followed by one unknown name word ("Minister Yang", "President
    /// Lula"), resolved once every full name of the article is known.
    struct TitledWord {
        var token: Int
        var role: KnowledgeBase.RoleEntry
        var country: EntityID?
        var evidence: Range<Int>?
    }

    /// Stage 2: people after role titles and in apposition, then short references.
    ///
    /// A title is a role from `roles.tsv`, optionally preceded by a country
    /// ("U.S. Secretary of State", "Russia's defence minister") or followed by
    /// "of" and one ("President of France"). The name after it needs two words to
    /// make a new person; a single word is a short reference to a person the
    /// article names in full, or a person of its own when the title is specific
    /// enough (`alone` in `roles.tsv`), and nobody otherwise
    /// ("Minister Yang" with no Yang in the article is a translation slip).
    func findPeople(_ state: inout RecognitionState) {
        let tokens = state.tokens
        let roles = knowledge.roles
        var titledWords: [TitledWord] = []
        var index = 0
        while index < tokens.count {
            guard roles.mayStart(tokens[index], key: tokens[index].key), !state.isCovered(index) else { index += 1; continue }
            // The longest match's length and entry position: noting positions rather than
            // entries while matching copies (and then destroys) no entry for the many
            // tokens where no title matches.
            var length = 0
            var position = 0
            roles.matches(in: tokens, from: index, key: { $0.key }) { matchLength, payloads in
                if let first = payloads.indices.first(where: { payloads[$0].pattern.caseMatches(tokens, from: index) }) {
                    length = matchLength
                    position = first
                }
            }
            guard length > 0 else { index += 1; continue }
            let role = roles[payload: position]
            let roleEnd = index + length
            guard !(index..<roleEnd).contains(where: { state.isCovered($0) }) else { index += 1; continue }
            // A title word inside a longer proper name is no title: "Premier League", "Prince Bank",
            // "Super King Air", "General Atomics".
            if index > 0, !state.isCovered(index - 1), !state.startsSentence(index), tokens[index].isCapitalized,
               names.isNameWord(tokens[index - 1]) || state.isKey(index - 1, RecognitionState.hyphenKey),
               !knowledge.words.roleModifiers.contains(tokens[index - 1].key) {
                index = roleEnd
                continue
            }
            var country: EntityID?
            var evidenceStart = index
            if let (before, start) = countryBefore(index, state) {
                country = before
                evidenceStart = start
            }
            var nameStart = roleEnd
            // "President of France François Hollande" (a state's name, not an adjective: "premier of British Columbia").
            if country == nil, state.isKey(nameStart, RecognitionState.ofKey), let after = state.mentionIndex(startingAt: nameStart + 1),
               state[mention: after].kind != .demonym, let afterCountry = countryOf(after, state) {
                country = afterCountry
                nameStart = state[mention: after].tokens.upperBound
            }
            // Ranks after a title: "Interior Minister Lt. Gen. Rashid ...".
            for _ in 0..<2 {
                var nested = 0
                roles.matches(in: tokens, from: nameStart, key: { $0.key }) { length, payloads in
                    if payloads.contains(where: { $0.pattern.caseMatches(tokens, from: nameStart) }) { nested = length }
                }
                guard nested > 0, nameStart + nested < tokens.count, tokens[nameStart].isCapitalized else { break }
                nameStart += nested
            }
            // "Russia's defence minister, Sergei Shoigu".
            if state.isKey(nameStart, RecognitionState.commaKey), nameStart + 1 < tokens.count, state.isCapitalizedWord(nameStart + 1) {
                nameStart += 1
            }
            let evidence = Int(tokens[evidenceStart].start)..<Int(tokens[max(roleEnd, nameStart) - 1].end)
            if nameStart < tokens.count, let person = state.mentionIndex(startingAt: nameStart),
               state[mention: person].type == .person {
                // A known person right after the title: "Secretary of State Antony Blinken".
                annotate(person, role: role, country: country, evidence: evidence, &state)
                index = state[mention: person].tokens.upperBound
                continue
            }
            reinterpretNameAfterTitle(at: nameStart, &state)
            if let name = names.name(in: state, from: nameStart), name.wordCount == 1 || !state.inHeadline(nameStart) {
                if name.wordCount >= 2 {
                    let text = state.text(name.tokens)
                    let person = state.add(EntityMention(
                        tokens: name.tokens, bytes: state.byteRange(name.tokens),
                        reference: .person(name: text, key: PersonNameKey.key(for: text)), type: .person, kind: .name))
                    annotate(person, role: role, country: country, evidence: evidence, &state)
                } else {
                    titledWords.append(TitledWord(token: name.tokens.lowerBound, role: role, country: country,
                                                  evidence: country == nil ? nil : evidence))
                }
                index = name.tokens.upperBound
                continue
            }
            if nameStart < tokens.count, names.isNameWord(tokens[nameStart]), !state.isCovered(nameStart),
               state.inHeadline(nameStart) {
                // A headline: only the first capitalized word can be trusted as a name.
                titledWords.append(TitledWord(token: nameStart, role: role, country: country, evidence: nil))
                index = nameStart + 1
                continue
            }
            findPersonBefore(title: index..<roleEnd, role: role, &state)
            index = roleEnd
        }
        resolveShortNames(titledWords, &state)
    }

    /// Records a title's role and country on a person mention (keeping a country
    /// already stated there).
    private func annotate(_ person: Int, role: KnowledgeBase.RoleEntry, country: EntityID?, evidence: Range<Int>,
                          _ state: inout RecognitionState) {
        if let name = role.role { state[mention: person].role = name }
        if state[mention: person].portfolio == nil { state[mention: person].portfolio = role.portfolio }
        if let country, state[mention: person].country == nil {
            state[mention: person].country = country
            state[mention: person].countryEvidence = evidence.lowerBound..<max(evidence.upperBound, state[mention: person].bytes.upperBound)
        }
        if country == nil, role.role != nil { state[mention: person].bareTitle = true }
    }

    /// After a title, a one-word country or place followed by a name word is the
    /// start of a person's name: "Foreign Minister Israel Katz".
    private func reinterpretNameAfterTitle(at position: Int, _ state: inout RecognitionState) {
        guard let index = state.mentionIndex(startingAt: position), state[mention: index].tokens.count == 1,
              state[mention: index].type == .country || state[mention: index].type == .place,
              position + 1 < state.tokens.count, !state.isCovered(position + 1),
              names.isNameWord(state.tokens[position + 1]) else { return }
        state.remove(index)
    }

    /// A role with no name after it may follow the name it describes: "Sergei
    /// Lavrov, Russia's foreign minister" or "Antony Blinken, the U.S. secretary of
    /// state".
    private func findPersonBefore(title: Range<Int>, role: KnowledgeBase.RoleEntry, _ state: inout RecognitionState) {
        var position = title.lowerBound
        while position > 0, knowledge.words.roleModifiers.contains(state.key(position - 1)), !state.isCovered(position - 1) {
            position -= 1
        }
        var country: EntityID?
        var evidenceStart = title.lowerBound
        if let (before, start) = countryBefore(position, state) {
            country = before
            evidenceStart = start
            position = start
        }
        while position > 0, [RecognitionState.theKey, RecognitionState.aKey, RecognitionState.anKey].contains(state.key(position - 1)) {
            position -= 1
        }
        guard position >= 2, state.isKey(position - 1, RecognitionState.commaKey) else { return }
        let evidence = Int(state.tokens[evidenceStart].start)..<Int(state.tokens[title.upperBound - 1].end)
        if let known = state.mentionIndex(endingBefore: position - 1), state[mention: known].type == .person {
            annotate(known, role: role, country: country, evidence: evidence, &state)
            return
        }
        guard let name = names.name(in: state, endingAt: position - 1), name.wordCount >= 2,
              !state.inHeadline(name.tokens.lowerBound) else { return }
        let text = state.text(name.tokens)
        let person = state.add(EntityMention(
            tokens: name.tokens, bytes: state.byteRange(name.tokens),
            reference: .person(name: text, key: PersonNameKey.key(for: text)), type: .person, kind: .name))
        annotate(person, role: role, country: country, evidence: evidence, &state)
    }

    /// Surnames alone ("Blinken") or after a title ("Minister Cho") that refer to
    /// a person named in full in the article; titled single names of their own.
    private func resolveShortNames(_ titledWords: [TitledWord], _ state: inout RecognitionState) {
        guard !titledWords.isEmpty || (0..<state.mentionCount).contains(where: { state[mention: $0].type == .person }) else { return }
        // The first person mention with each surname, or -1 for a surname that
        // people of different references share (ambiguous). One small table rather
        // than a table and a set: most articles name a handful of people.
        var bySurname = TokenKeyTable<Int>(minimumCapacity: 4)
        for index in 0..<state.mentionCount where !state.isRemoved(index) && state[mention: index].type == .person
            && state[mention: index].kind == .name {
            // Fields are read in place: copying the mention would retain all of them.
            guard let surname = names.surnameToken(state.tokens, state[mention: index].tokens) else { continue }
            let key = state.key(surname)
            if let existing = bySurname[key] {
                if existing >= 0, state[mention: existing].reference != state[mention: index].reference {
                    bySurname.insert(key, -1)
                }
            } else {
                bySurname.insert(key, index)
            }
        }
        for word in titledWords where !state.isCovered(word.token) {
            let token = state.tokens[word.token]
            let range = word.token..<(word.token + 1)
            if let person = bySurname[token.key], person >= 0 {
                var mention = EntityMention(tokens: range, bytes: state.byteRange(range), reference: state[mention: person].reference,
                                            type: .person, kind: .shortName, role: word.role.role, country: word.country)
                mention.countryEvidence = word.evidence
                mention.portfolio = word.role.portfolio
                mention.bareTitle = word.country == nil && word.role.role != nil
                state.add(mention)
            } else if word.role.role != nil, word.role.alone {
                let text = state.text(range)
                var mention = EntityMention(tokens: range, bytes: state.byteRange(range),
                                            reference: .person(name: text, key: PersonNameKey.key(for: text)),
                                            type: .person, kind: .name, role: word.role.role, country: word.country)
                mention.countryEvidence = word.evidence
                mention.portfolio = word.role.portfolio
                mention.bareTitle = word.country == nil
                state.add(mention)
            }
        }
        guard bySurname.count > 0 else { return }
        let tokens = state.tokens
        for position in tokens.indices {
            let token = tokens[position]
            guard token.kind == .word, token.isCapitalized, let person = bySurname[token.key], person >= 0,
                  !state.isCovered(position) else { continue }
            // A surname followed or preceded by more name words is someone else ("Cho Han-kyu").
            if position + 1 < tokens.count, !state.isCovered(position + 1), names.isNameWord(tokens[position + 1]),
               !state.inHeadline(position) {
                continue
            }
            if position > 0, !state.isCovered(position - 1), names.isNameWord(tokens[position - 1]),
               !state.startsSentence(position), !state.inHeadline(position) {
                continue
            }
            state.add(EntityMention(tokens: position..<(position + 1), bytes: Int(token.start)..<Int(token.end),
                                    reference: state[mention: person].reference, type: .person, kind: .shortName))
        }
    }
}
