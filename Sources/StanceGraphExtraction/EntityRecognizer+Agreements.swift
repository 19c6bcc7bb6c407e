import StanceGraphModel

extension EntityRecognizer {
    /// An agreement phrase before it is merged with the article's other mentions
    /// of the same agreement.
    struct AgreementDraft {
        /// The tokens of the mention: the phrase without its leading party names.
        var tokens: Range<Int>
        /// The whole phrase, parties included ("the ROK-U.S. alliance").
        var phrase: Range<Int>
        var head: EntityWords.AgreementHead
        /// Lower-case content words before the head ("comprehensive strategic partnership").
        var modifiers: [String]
        /// For a title-case name ("Ukraine Peace and Solidarity Initiative"): the name.
        var title: String?
        var parties: [EntityReference]
    }

    /// Stage 3: agreements found by pattern. A head noun ("treaty", "pact",
    /// "alliance", "resolutions", "initiative", "sanctions regime") with the words
    /// before it makes an agreement when it is a title-case name, or when the text
    /// names its parties: inside the phrase ("the North Korea-Russia treaty", "UN
    /// Security Council resolutions"), after it ("a pact signed by X and Y", "a
    /// deal between X and Y") or before it ("X and Y's signing of a treaty", "X and
    /// Y signed a pact"). A generic phrase with no parties ("a ceasefire
    /// agreement") is no entity, unless the article names exactly one agreement of
    /// the same family with parties: then it is that agreement.
    ///
    /// Mentions of one article with the same parties and family ("treaty" and
    /// "pact") are one agreement, named after the most descriptive phrase:
    /// "North Korea-Russia comprehensive strategic partnership treaty".
    func findAgreements(_ state: inout RecognitionState) {
        let tokens = state.tokens
        var drafts: [AgreementDraft] = []
        var position = 0
        while position < tokens.count {
            defer { position += 1 }
            guard knowledge.words.mayBeAgreementHead(tokens[position].key), let head = knowledge.words.agreementHeads[tokens[position].key],
                  tokens[position].kind == .word, !state.isCovered(position) else { continue }
            if head.family == "sanctions", !(position > 0 && state.key(position - 1) == Self.sanctionsKey) { continue }
            // "partnership treaty": the last head noun is the head.
            if position + 1 < tokens.count, !state.isCovered(position + 1), tokens[position + 1].kind == .word,
               knowledge.words.agreementHeads[tokens[position + 1].key] != nil {
                continue
            }
            if let draft = agreementDraft(head: head, at: position, state) { drafts.append(draft) }
        }
        guard !drafts.isEmpty else { return }
        addAgreements(drafts, &state)
    }

    static let sanctionsKey = TokenKey.key("sanctions")
    static let betweenKey = TokenKey.key("between")
    static let byKey = TokenKey.key("by")
    static let withKey = TokenKey.key("with")
    static let amongKey = TokenKey.key("among")

    /// Words saying that nothing was agreed: "ended without an agreement", "no deal".
    static let absenceWords = TokenKeySet(keys: ["without", "no", "not", "never"].map { TokenKey.key($0) })
    static let anyKey = TokenKey.key("any")

    /// Reads the phrase around a head noun.
    private func agreementDraft(head: EntityWords.AgreementHead, at position: Int, _ state: RecognitionState) -> AgreementDraft? {
        let tokens = state.tokens
        let words = knowledge.words
        let headCapitalized = tokens[position].isCapitalized && !state.inHeadline(position)
        var start = position
        var mentionStart = position
        var inner: [Int] = []
        var placesInside: [Int] = []
        var coveredEnd = 0
        var capitalized = 0
        var modifiers: [String] = []
        var cursor = position - 1
        scan: while cursor >= 0, position - cursor <= 10 {
            if let index = state.mentionIndex(at: cursor) {
                let mention = state[mention: index]
                guard mention.tokens.upperBound == cursor + 1, mention.kind != .shortName else { break scan }
                coveredEnd = max(coveredEnd, mention.tokens.upperBound)
                if mention.type == .country || mention.type == .organization {
                    inner.append(index)
                } else if mention.type == .place {
                    // A place describes: "the Sahel Peace Initiative", "the Black Sea deal".
                    capitalized += 1
                    modifiers.insert(state.text(mention.tokens).lowercased(), at: 0)
                    placesInside.append(index)
                } else {
                    break scan
                }
                start = mention.tokens.lowerBound
                cursor = start - 1
                continue
            }
            let token = tokens[cursor]
            if token.key == RecognitionState.hyphenKey, cursor > 0, state.touches(cursor - 1), state.touches(cursor) {
                cursor -= 1
                continue
            }
            guard token.kind == .word, !state.isPossessive(cursor) else { break scan }
            // The phrase ends before "without" or "no" (read below).
            if Self.absenceWords.contains(token.key) { break scan }
            // In a title-case name, capitalized words are the name ("Three Seas Initiative"), articles aside.
            let titleWord = headCapitalized && token.isCapitalized && token.key != RecognitionState.theKey
                && token.key != RecognitionState.aKey && token.key != RecognitionState.anKey
            if !titleWord, words.agreementStops.contains(token.key) {
                // "and", "of" inside a title-case name: "Peace and Solidarity Initiative".
                let inName = headCapitalized && (token.key == RecognitionState.andKey || token.key == RecognitionState.ofKey)
                    && state.isCapitalizedWord(cursor - 1) && state.isCapitalizedWord(cursor + 1)
                guard inName else { break scan }
                cursor -= 1
                continue
            }
            if words.agreementDropped.contains(token.key), !token.isCapitalized {
                cursor -= 1
                continue
            }
            if !token.isCapitalized {
                // Participles end the modifiers ("armed forces treaty", "US-brokered deal"), and so
                // does a lower-case word before a name ("violates UN Security Council resolutions").
                if token.length > 4, endsWith(token, "ed", state.bytes) { break scan }
                if coveredEnd > 0 { break scan }
                modifiers.insert(state.text(cursor..<(cursor + 1)).lowercased(), at: 0)
            } else {
                capitalized += 1
                modifiers.insert(state.text(cursor..<(cursor + 1)).lowercased(), at: 0)
            }
            start = cursor
            if inner.isEmpty { mentionStart = cursor }
            cursor -= 1
        }
        // "ended without an agreement", "no deal": nothing agreed to name.
        var before = start - 1
        while before >= 0, state.isKey(before, RecognitionState.aKey) || state.isKey(before, RecognitionState.anKey)
                || state.isKey(before, RecognitionState.theKey) || state.key(before) == Self.anyKey { before -= 1 }
        if before >= 0, Self.absenceWords.contains(tokens[before].key) { return nil }
        // The mention starts after the last name inside the phrase, which keeps its own mention.
        mentionStart = max(mentionStart, coveredEnd)
        if mentionStart > position { mentionStart = position }
        while mentionStart < position, tokens[mentionStart].key == RecognitionState.hyphenKey { mentionStart += 1 }
        var end = position + 1
        // "Resolution 2231"; "Treaty of Amity and Cooperation".
        if end < tokens.count, tokens[end].kind == .number, state.touches(end - 1) == false { end += 1 }
        if headCapitalized {
            var forward = end
            if forward + 1 < tokens.count, state.isKey(forward, RecognitionState.ofKey) || state.key(forward) == TokenKey.key("on")
                || state.key(forward) == TokenKey.key("for") {
                forward += 1
                var last = end
                while forward < tokens.count, forward - end <= 8, !state.isCovered(forward) {
                    if state.isCapitalizedWord(forward) { last = forward + 1 }
                    else if !(state.isKey(forward, RecognitionState.andKey) || state.isKey(forward, RecognitionState.ofKey)
                              || state.isKey(forward, RecognitionState.theKey)) { break }
                    forward += 1
                }
                end = last
            }
        }
        let isTitle = headCapitalized && (capitalized >= 2 || (capitalized == 1 && !state.startsSentence(start)))
            && modifiers.count == capitalized
        var parties: [EntityReference] = []
        func addParty(_ index: Int) {
            guard let reference = partyReference(index, state), !parties.contains(reference) else { return }
            parties.append(reference)
        }
        if isTitle {
            // "Government of National Accord", "Democratic National Convention": an actor or an event.
            if (start..<end).contains(where: { words.notAgreement.contains(tokens[$0].key) }) { return nil }
            // A title-case name keeps its words; only a hyphenated pair ("US-Japan Security Treaty") names parties.
            if inner.count >= 2 { inner.reversed().forEach(addParty) }
            let range = start..<end
            return AgreementDraft(tokens: range, phrase: range, head: head, modifiers: modifiers,
                                  title: state.text(range), parties: parties)
        }
        // A lone capital inside the phrase is where it was signed ("the Vienna convention"), not a party.
        if inner.count == 1, state[mention: inner[0]].kind == .metonym, !hyphenated(state[mention: inner[0]].tokens, state) {
            modifiers.insert(state.text(state[mention: inner[0]].tokens).lowercased(), at: 0)
            inner.removeAll()
        }
        inner.reversed().forEach(addParty)
        partiesAfter(end, state).forEach(addParty)
        partiesBefore(start, state).forEach(addParty)
        let content = modifiers.filter { !$0.isEmpty }
        // One state and no description says too little ("the Sudan accord"), unlike an organization's
        // instruments ("UN Security Council resolutions"); an organization's own "military alliance"
        // is the organization itself.
        if parties.count == 1, content.isEmpty, case .known(let id) = parties[0], knowledge.actor(id)?.type == .country { return nil }
        if parties.count == 1, head.family == "alliance", inner.count == 1, state[mention: inner[0]].type == .organization { return nil }
        let range = mentionStart..<end
        return AgreementDraft(tokens: range, phrase: start..<end, head: head, modifiers: content, title: nil, parties: parties)
    }

    /// Whether a name is joined to another by a hyphen ("North Korea-Russia").
    private func hyphenated(_ range: Range<Int>, _ state: RecognitionState) -> Bool {
        (range.lowerBound > 0 && state.isKey(range.lowerBound - 1, RecognitionState.hyphenKey) && state.touches(range.lowerBound - 1))
            || (state.isKey(range.upperBound, RecognitionState.hyphenKey) && state.touches(range.upperBound - 1))
    }

    func endsWith(_ token: Token, _ suffix: String, _ bytes: [UInt8]) -> Bool {
        let suffixBytes = Array(suffix.utf8)
        guard token.length > suffixBytes.count else { return false }
        let start = Int(token.end) - suffixBytes.count
        for offset in 0..<suffixBytes.count where bytes[start + offset] != suffixBytes[offset] { return false }
        return true
    }

    /// A country or organization standing for a party.
    private func partyReference(_ index: Int, _ state: RecognitionState) -> EntityReference? {
        let mention = state[mention: index]
        guard mention.type == .country || mention.type == .organization else { return nil }
        return mention.reference
    }

    /// The mentions of a list "X, Y and Z" starting at `position`, skipping "the".
    private func listAfter(_ position: Int, _ state: RecognitionState) -> [Int] {
        var result: [Int] = []
        var cursor = position
        while cursor < state.tokens.count, result.count < 6 {
            if state.isKey(cursor, RecognitionState.theKey) { cursor += 1 }
            guard let index = state.mentionIndex(startingAt: cursor), partyReference(index, state) != nil else { break }
            result.append(index)
            cursor = state[mention: index].tokens.upperBound
            guard state.isKey(cursor, RecognitionState.andKey) || state.isKey(cursor, RecognitionState.commaKey) else { break }
            cursor += 1
            if state.isKey(cursor, RecognitionState.andKey) { cursor += 1 }
        }
        return result
    }

    /// The mentions of a list "X, Y and Z" ending just before `end`, possessive allowed.
    private func listBefore(_ end: Int, _ state: RecognitionState) -> [Int] {
        var result: [Int] = []
        var cursor = end
        if cursor > 0, state.isPossessive(cursor - 1) { cursor -= 1 }
        while cursor > 0, result.count < 6 {
            guard let index = state.mentionIndex(endingBefore: cursor), partyReference(index, state) != nil else { break }
            result.insert(index, at: 0)
            cursor = state[mention: index].tokens.lowerBound
            if cursor > 0, state.isKey(cursor - 1, RecognitionState.theKey) { cursor -= 1 }
            guard cursor > 0, state.isKey(cursor - 1, RecognitionState.andKey) || state.isKey(cursor - 1, RecognitionState.commaKey) else { break }
            cursor -= 1
            if cursor > 0, state.isKey(cursor - 1, RecognitionState.commaKey) { cursor -= 1 }
        }
        return result
    }

    /// "... between X and Y", "... signed by X and Y", "... among X, Y and Z".
    private func partiesAfter(_ end: Int, _ state: RecognitionState) -> [Int] {
        guard end < state.tokens.count else { return [] }
        let key = state.key(end)
        if key == Self.betweenKey || key == Self.amongKey { return listAfter(end + 1, state) }
        if knowledge.words.signVerbs.contains(key), end + 1 < state.tokens.count,
           state.key(end + 1) == Self.byKey || state.key(end + 1) == Self.betweenKey {
            return listAfter(end + 2, state)
        }
        return []
    }

    /// "X and Y's signing of a ...", "X and Y signed a ...", "X signed a ... with Y"
    /// (the last through `partiesAfter` of the sentence's "with").
    private func partiesBefore(_ start: Int, _ state: RecognitionState) -> [Int] {
        var cursor = start
        while cursor > 0, [RecognitionState.theKey, RecognitionState.aKey, RecognitionState.anKey].contains(state.key(cursor - 1))
            || knowledge.words.agreementDropped.contains(state.key(cursor - 1)) {
            cursor -= 1
        }
        if cursor > 0, state.isKey(cursor - 1, RecognitionState.ofKey) { cursor -= 1 }
        guard cursor > 0, knowledge.words.signVerbs.contains(state.key(cursor - 1)) else { return [] }
        cursor -= 1
        // "have signed", "has signed".
        if cursor > 0, [TokenKey.key("have"), TokenKey.key("has"), TokenKey.key("had")].contains(state.key(cursor - 1)) { cursor -= 1 }
        return listBefore(cursor, state)
    }

    /// Merges the drafts of one article and adds their mentions.
    private func addAgreements(_ drafts: [AgreementDraft], _ state: inout RecognitionState) {
        struct Group {
            var parties: [EntityReference]
            var family: String
            var best: Int
            var members: [Int]
        }
        func partyKey(_ parties: [EntityReference]) -> String { parties.map(\.sortKey).sorted().joined(separator: "|") }
        var groups: [Group] = []
        var unnamed: [Int] = []
        for (index, draft) in drafts.enumerated() {
            if draft.title != nil {
                groups.append(Group(parties: draft.parties, family: draft.head.family, best: index, members: [index]))
                continue
            }
            guard !draft.parties.isEmpty else {
                if draft.modifiers.count >= 1 { unnamed.append(index) }
                continue
            }
            if let group = groups.firstIndex(where: { drafts[$0.best].title == nil && $0.family == draft.head.family
                && partyKey($0.parties) == partyKey(draft.parties) }) {
                groups[group].members.append(index)
                if draft.modifiers.count > drafts[groups[group].best].modifiers.count { groups[group].best = index }
            } else {
                groups.append(Group(parties: draft.parties, family: draft.head.family, best: index, members: [index]))
            }
        }
        for index in unnamed {
            let family = drafts[index].head.family
            let candidates = groups.indices.filter { groups[$0].family == family && drafts[groups[$0].best].title == nil }
            guard candidates.count == 1 else { continue }
            groups[candidates[0]].members.append(index)
            if drafts[index].modifiers.count > drafts[groups[candidates[0]].best].modifiers.count {
                groups[candidates[0]].best = index
            }
        }
        for group in groups {
            let best = drafts[group.best]
            let name = best.title.map(Self.trimmedTitle) ?? canonicalName(best, parties: group.parties)
            // A title-case alliance is a coalition of actors ("Brotherhood Alliance"), an organization.
            let type: EntityType = best.title != nil && best.head.lemma == "alliance" ? .organization : .agreement
            let parties = group.parties.sorted()
            for member in group.members {
                let draft = drafts[member]
                if draft.title != nil {
                    for position in draft.tokens {
                        if let inner = state.mentionIndex(at: position) { state.remove(inner) }
                    }
                }
                guard !draft.tokens.contains(where: { state.isCovered($0) }) else { continue }
                var mention = EntityMention(tokens: draft.tokens, bytes: state.byteRange(draft.tokens),
                                            reference: .discovered(type: type, name: name), type: type,
                                            kind: .name, parties: type == .agreement ? parties : [])
                if draft.phrase != draft.tokens { mention.phraseText = state.text(draft.phrase) }
                state.add(mention)
            }
        }
    }

    /// "North Korea-Russia comprehensive strategic partnership treaty": the parties'
    /// names in alphabetical order, the modifiers and the head's singular.
    private func canonicalName(_ draft: AgreementDraft, parties: [EntityReference]) -> String {
        var names: [String] = []
        for party in parties {
            switch party {
            case .known(let id): names.append(knowledge.actor(id)?.name ?? id.rawValue)
            case .person(let name, _), .discovered(_, let name): names.append(name)
            }
        }
        var words = [names.sorted().joined(separator: "-")]
        words += draft.modifiers
        words.append(draft.head.lemma)
        return words.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A title without a leading "the" or quotes.
    static func trimmedTitle(_ title: String) -> String {
        var text = Substring(title)
        if text.hasPrefix("the ") || text.hasPrefix("The ") { text = text.dropFirst(4) }
        return String(text)
    }
}
