import StanceGraphModel

extension EntityRecognizer {
    /// Stage 4: the countries the article leaves implicit, and the names of the
    /// institutions that depend on them.
    ///
    /// 1. An institution named without its state takes the state of the same
    ///    institution named with it elsewhere in the article.
    /// 2. A person whose role has a portfolio ("foreign minister") and no stated
    ///    country takes the country of the one institution of that portfolio the
    ///    article ties to a state, unless another person of that portfolio holds
    ///    that state already: "According to Seoul's foreign ministry, Cho ...".
    /// 3. Journalists name their own state's officials and ministries with a bare
    ///    title ("Foreign Minister Cho", "the Ministry of Foreign Affairs"). When
    ///    every barely titled person whose country is known has the same one, that
    ///    is the article's home state, and it goes to the other bare titles.
    ///
    /// Inferred countries are marked (`countryInferred`) so that their links carry
    /// less confidence than stated ones. Institutions named in lower case ("the
    /// foreign ministry") that end with no state are dropped: they name nothing.
    func resolveAffiliations(_ state: inout RecognitionState, institutions: [InstitutionMatch]) {
        // Every rule starts from an institution or a person: most articles have
        // neither, and skip building the facts below.
        guard !institutions.isEmpty
                || (0..<state.mentionCount).contains(where: { !state.isRemoved($0) && state[mention: $0].type == .person })
        else { return }
        let live = institutions.filter { !state.isRemoved($0.mention) }
        shareInstitutionCountries(live, &state)
        let people = personFacts(state)
        // The facts change only when a portfolio gave someone a country (rarely).
        let inferred = inferFromPortfolios(people, live, &state)
        inferHomeCountry(inferred ? personFacts(state) : people, live, &state)
        nameInstitutions(live, &state)
    }

    /// What the article says about one person.
    struct PersonFacts {
        var reference: EntityReference
        /// The person's first mention.
        var first: Int
        /// A country the text states (or a rule inferred) at some mention.
        var country: EntityID?
        /// The dictionary's country for a known person.
        var knownCountry: EntityID?
        var portfolio: String?
        /// Whether some title of theirs came with no country.
        var bare: Bool
        /// Whether `country` was inferred, never stated.
        var countryInferredOnly = false
    }

    /// The people of the article, each with its earliest mention. People are few
    /// in an article, so a linear search beats hashing their names.
    private func personFacts(_ state: RecognitionState) -> [PersonFacts] {
        var facts: [PersonFacts] = []
        for index in 0..<state.mentionCount where !state.isRemoved(index) && state[mention: index].type == .person {
            let slot: Int
            if let existing = facts.firstIndex(where: { $0.reference == state[mention: index].reference }) {
                slot = existing
                if state[mention: index].tokens.lowerBound < state[mention: facts[slot].first].tokens.lowerBound {
                    facts[slot].first = index
                }
            } else {
                var knownCountry: EntityID?
                if case .known(let id) = state[mention: index].reference {
                    knownCountry = knowledge.index(of: id).flatMap { knowledge.actors[Int($0)].country }
                }
                slot = facts.count
                facts.append(PersonFacts(reference: state[mention: index].reference, first: index, country: nil,
                                         knownCountry: knownCountry, portfolio: nil, bare: false))
            }
            if facts[slot].country == nil, let country = state[mention: index].country {
                facts[slot].country = country
                facts[slot].countryInferredOnly = state[mention: index].countryInferred
            } else if state[mention: index].country != nil, !state[mention: index].countryInferred {
                facts[slot].countryInferredOnly = false
            }
            if facts[slot].portfolio == nil { facts[slot].portfolio = state[mention: index].portfolio }
            if state[mention: index].bareTitle { facts[slot].bare = true }
        }
        return facts
    }

    private func shareInstitutionCountries(_ institutions: [InstitutionMatch], _ state: inout RecognitionState) {
        for match in institutions where state[mention: match.mention].country == nil {
            let countries = Set(institutions.compactMap { other -> EntityID? in
                other.entry.name == match.entry.name ? state[mention: other.mention].country : nil
            })
            if countries.count == 1, let country = countries.first {
                state[mention: match.mention].country = country
                state[mention: match.mention].countryInferred = true
            }
        }
    }

    /// Returns whether some person took a country.
    private func inferFromPortfolios(_ people: [PersonFacts], _ institutions: [InstitutionMatch],
                                     _ state: inout RecognitionState) -> Bool {
        var inferred = false
        for person in people where person.country == nil {
            guard let portfolio = person.portfolio else { continue }
            var candidates: [(country: EntityID, evidence: Range<Int>?)] = []
            for match in institutions where match.entry.portfolio == portfolio {
                let mention = state[mention: match.mention]
                guard let country = mention.country, !mention.countryInferred,
                      !candidates.contains(where: { $0.country == country }) else { continue }
                candidates.append((country, mention.countryEvidence ?? mention.bytes))
            }
            let held = Set(people.compactMap { other -> EntityID? in
                other.reference != person.reference && other.portfolio == portfolio ? (other.country ?? other.knownCountry) : nil
            })
            candidates.removeAll { held.contains($0.country) }
            guard candidates.count == 1 else { continue }
            if let known = person.knownCountry, known != candidates[0].country { continue }
            state[mention: person.first].country = candidates[0].country
            state[mention: person.first].countryEvidence = candidates[0].evidence
            state[mention: person.first].countryInferred = true
            inferred = true
        }
        return inferred
    }

    private func inferHomeCountry(_ people: [PersonFacts], _ institutions: [InstitutionMatch], _ state: inout RecognitionState) {
        var home: Set<EntityID> = []
        for person in people where person.bare {
            // Only people the text never ties to a state: "U.S. Secretary of State Blinken" is no home official.
            if person.country == nil, let country = person.knownCountry { home.insert(country) }
            if person.country != nil, person.countryInferredOnly, let country = person.country { home.insert(country) }
        }
        guard home.count == 1, let country = home.first else { return }
        for person in people where person.bare && person.country == nil && person.knownCountry == nil {
            state[mention: person.first].country = country
            state[mention: person.first].countryInferred = true
        }
        for match in institutions where state[mention: match.mention].country == nil {
            state[mention: match.mention].country = country
            state[mention: match.mention].countryInferred = true
        }
    }

    /// "Ministry of Foreign Affairs (South Korea)". An institution whose state stays
    /// unknown is dropped: one node for every country's "Ministry of the Interior"
    /// would join unrelated actors across articles.
    private func nameInstitutions(_ institutions: [InstitutionMatch], _ state: inout RecognitionState) {
        for match in institutions {
            if let country = state[mention: match.mention].country {
                let countryName = knowledge.actor(country)?.name ?? country.rawValue
                state[mention: match.mention].reference = .discovered(type: .organization, name: "\(match.entry.name) (\(countryName))")
            } else {
                state.remove(match.mention)
            }
        }
    }

    // MARK: Actor nouns

    /// Marks the demonyms that modify an actor noun ("North Korean troops",
    /// "Japanese Foreign Minister", "Russian-North Korean forces"), so that the
    /// relation extractor can treat them as the state acting.
    func markActorNouns(_ state: inout RecognitionState) {
        let tokens = state.tokens
        for index in 0..<state.mentionCount where !state.isRemoved(index) && state[mention: index].kind == .demonym {
            // Coordinated demonyms share the noun: "Russian-North Korean", "Russian and Chinese".
            var cursor = state[mention: index].tokens.upperBound
            while cursor + 1 < tokens.count,
                  (tokens[cursor].key == RecognitionState.hyphenKey && state.touches(cursor - 1))
                    || state.isKey(cursor, RecognitionState.andKey) || state.isKey(cursor, RecognitionState.commaKey),
                  let next = state.mentionIndex(startingAt: cursor + 1), state[mention: next].kind == .demonym {
                cursor = state[mention: next].tokens.upperBound
            }
            guard cursor < tokens.count, let head = actorNoun(at: cursor, state, words: knowledge.words) else { continue }
            state[mention: index].actorNoun = head
        }
    }

    /// The actor noun starting at `position`: a role title, an institution, or a
    /// word of the actor-noun list that is the head of its phrase.
    private func actorNoun(at position: Int, _ state: RecognitionState, words: EntityWords) -> Range<Int>? {
        let tokens = state.tokens
        if let mention = state.mentionIndex(startingAt: position) {
            let type = state[mention: mention].type
            if type == .organization || type == .person { return state[mention: mention].tokens }
            return nil
        }
        var roleLength = 0
        knowledge.roles.matches(in: tokens, from: position, key: { $0.key }) { length, payloads in
            if payloads.contains(where: { $0.role != nil }) { roleLength = length }
        }
        if roleLength > 0 { return position..<(position + roleLength) }
        var nounLength = 0
        words.actorNouns.matches(in: tokens, from: position, key: { $0.key }) { length, _ in nounLength = length }
        guard nounLength > 0 else { return nil }
        let end = position + nounLength
        if words.adjectivalActorNouns.contains(tokens[position].key), end < tokens.count, tokens[end].kind == .word,
           !tokens[end].isCapitalized, !words.actorFollowers.contains(tokens[end].key), !state.isPossessive(end),
           !(tokens[end].length > 4 && endsWith(tokens[end], "ed", state.bytes)) {
            // "military cooperation": the noun only modifies, unless another actor noun follows ("government officials").
            var follows = false
            words.actorNouns.matches(in: tokens, from: end, key: { $0.key }) { _, _ in follows = true }
            return follows ? position..<(end + 1) : nil
        }
        return position..<end
    }
}
