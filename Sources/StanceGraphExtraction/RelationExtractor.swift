import StanceGraphIngest
import StanceGraphModel

/// Reads stance relations off an article's sentences: who takes which stance
/// toward whom, how firmly, and from which words.
///
/// Per sentence that holds a trigger: the word classes and clause layout
/// (`SentenceAnalysis`, `ClauseLayout`), the actor groups, the speakers
/// (`ReportedSpeech`), each trigger's frame and the rules that connect frames
/// (`FrameResolver`), negation (`NegationScope`) and modality
/// (`ModalityDetector`). A `DiscourseMemory` carries pronouns, speakers and
/// events from one sentence to the next. `docs/stances.md` describes the rules
/// with examples.
///
/// - Complexity: O(n) in the article's tokens for sentences without a trigger
///   (one trie probe per token); for the others, linear in the sentence's tokens
///   times the (small) number of triggers and groups in it.
public struct RelationExtractor: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    public func relations(in article: IngestedArticle, tokens: [Token], mentions: [EntityMention]) -> [RelationDraft] {
        var drafts: [RelationDraft] = []
        // Made for the first sentence with a relation; most articles have none.
        var dates: EventDateResolver?
        // Computed for the first sentence that needs it; articles with none skip it.
        var participants: [Participant]?
        var memory = DiscourseMemory()
        let captions = CaptionParagraphs(bytes: article.bytes, sentences: article.sentences)
        var tokenIndex = 0
        var mentionIndex = 0
        for (number, sentence) in article.sentences.enumerated() {
            memory.sentence = number
            while tokenIndex < tokens.count, Int(tokens[tokenIndex].end) <= sentence.start { tokenIndex += 1 }
            var tokenEnd = tokenIndex
            while tokenEnd < tokens.count, Int(tokens[tokenEnd].start) < sentence.end { tokenEnd += 1 }
            while mentionIndex < mentions.count, mentions[mentionIndex].bytes.lowerBound < sentence.start { mentionIndex += 1 }
            var mentionEnd = mentionIndex
            while mentionEnd < mentions.count, mentions[mentionEnd].bytes.lowerBound < sentence.end { mentionEnd += 1 }
            let range = tokenIndex..<tokenEnd
            let mentionRange = mentionIndex..<mentionEnd
            defer {
                tokenIndex = tokenEnd
                mentionIndex = mentionEnd
            }
            // A picture's caption states nothing, and its actors are not the ones the text goes on about.
            if captions.isCaption[number] { continue }
            let quoted = hasQuotationMark(article.bytes, sentence)
            guard quoted || mayHoldRelation(tokens, range, mentions, mentionRange) else {
                note(mentions, mentionRange, in: &memory)
                continue
            }
            // A relation joins two different parties. In the last sentence, with
            // nothing remembered from before, they can only be named in it; and what
            // the sentence would add to the memory no later sentence reads.
            if number == article.sentences.count - 1, memory.isEmpty, !namesTwoParties(mentions, mentionRange) { continue }
            // Without a quotation, a sentence with no frame has nothing more to give.
            var analysis = SentenceAnalysis.withTriggers(
                tokens: tokens, bytes: article.bytes, range: range, mentions: mentions, mentionRange: mentionRange,
                lexicon: knowledge.lexicon, requiringFrames: !quoted)
            guard quoted || !analysis.frames.isEmpty else {
                note(mentions, mentionRange, in: &memory)
                continue
            }
            if participants == nil { participants = self.participants(of: mentions) }
            analysis.completeLayoutAndGroups(mentions: mentions, mentionRange: mentionRange, participants: participants ?? [])
            let carried = memory.lastSpeakerSentence == number - 1 ? memory.lastSpeaker : []
            guard !analysis.frames.isEmpty else {
                // A sentence that only introduces a quotation still names who speaks in the next one.
                note(mentions, mentionRange, in: &memory)
                if quoted {
                    let speech = ReportedSpeech(&analysis, carriedSpeaker: carried) { analysis, group in
                        analysis.members(of: group, memory: memory, speaker: { _ in carried })
                    }
                    if !speech.lastSpeaker.isEmpty {
                        memory.lastSpeaker = speech.lastSpeaker
                        memory.lastSpeakerSentence = number
                    }
                }
                continue
            }
            let speech = ReportedSpeech(&analysis, carriedSpeaker: carried) { analysis, group in
                analysis.members(of: group, memory: memory, speaker: { _ in carried })
            }
            // The memory moves into the resolver and back (by swapping with an empty
            // one, which allocates nothing): the resolver then holds the only
            // reference to the memory's arrays, so that remembering appends in place
            // instead of copying them, and no copy of the memory is made either way.
            var resolver = FrameResolver(analysis: consume analysis, speech: speech, memory: DiscourseMemory())
            swap(&memory, &resolver.memory)
            resolver.resolve()
            let found = resolver.relations()
            resolver.updateMemory(relations: found)
            swap(&memory, &resolver.memory)
            guard !found.isEmpty else { continue }
            if dates == nil { dates = EventDateResolver(articleDate: article.article.date) }
            // A day the sentence states dates all its relations; an earlier period only
            // those whose trigger shares its clause ("agreed to restore ties broken
            // in 2018" is today's agreement).
            let day = dates?.resolve(article.bytes[sentence.range])
            let periods = day == nil ? dates?.historicalPeriods(in: article.bytes[sentence.range]) ?? [] : []
            for relation in found {
                let triggerBytes = Int(tokens[relation.trigger.lowerBound].start)..<Int(tokens[relation.trigger.upperBound - 1].end)
                let period = periods.first { Self.datesTrigger($0, relation.trigger, in: resolver.analysis) }
                drafts.append(RelationDraft(
                    source: relation.source.reference, target: relation.target.reference, stance: relation.stance,
                    cameo: relation.cameo, directed: relation.directed, modality: relation.modality, sentence: sentence,
                    trigger: article.text(triggerBytes), confidence: relation.confidence, eventDate: day ?? period?.date,
                    eventPrecision: day != nil ? .day : period?.precision))
            }
        }
        return drafts
    }

    /// Whether a period the sentence names dates the trigger: it lies in the
    /// trigger's own clause, not in one nested in it ("talks, which began in 2017,")
    /// nor in another.
    static func datesTrigger(_ period: EventDate, _ trigger: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        var first = analysis.range.lowerBound
        while first < analysis.range.upperBound, Int(tokens[first].end) <= period.range.lowerBound { first += 1 }
        guard first < analysis.range.upperBound, trigger.lowerBound >= analysis.range.lowerBound,
              analysis.layout.clause(of: first) == analysis.layout.clause(of: trigger.lowerBound) else { return false }
        // "for the first time since a breakdown in relations in 2018": the period
        // dates what "since" looks back to.
        let from = min(first, trigger.upperBound)
        return !(from..<first).contains { tokens[$0].key == Self.sinceKey }
    }

    static let sinceKey = TokenKey.key("since")

    /// Each mention as a participant, with the country the article (or the
    /// knowledge base) gives a person or institution at any of its mentions.
    ///
    /// - Complexity: O(m) in the article's mentions, one hash of each person's or
    ///   institution's reference.
    func participants(of mentions: [EntityMention]) -> [Participant] {
        var countryOf: [EntityReference: EntityID] = [:]
        // The table serves only people and institutions the text gives no country.
        let needsTable = mentions.indices.contains {
            (mentions[$0].type == .person || mentions[$0].type == .organization) && mentions[$0].country == nil
        }
        for index in mentions.indices where needsTable && (mentions[index].type == .person || mentions[index].type == .organization) {
            guard countryOf[mentions[index].reference] == nil else { continue }
            if let country = mentions[index].country {
                countryOf[mentions[index].reference] = country
            } else if case .known(let id) = mentions[index].reference, let country = knowledge.actor(id)?.country {
                countryOf[mentions[index].reference] = country
            }
        }
        var result: [Participant] = []
        result.reserveCapacity(mentions.count)
        for index in mentions.indices {
            let type = mentions[index].type
            var country = mentions[index].country
            if type == .country, case .known(let id) = mentions[index].reference { country = id }
            if country == nil, type == .person || type == .organization { country = countryOf[mentions[index].reference] }
            // A place takes part only as its country, and only as what a hostile act is done to (see `ActorGroup.isPlace`).
            if type == .place {
                if country == nil, case .known(let id) = mentions[index].reference { country = knowledge.actor(id)?.country }
                if let country {
                    result.append(Participant(reference: .known(country), type: .country, country: country))
                    continue
                }
            }
            result.append(Participant(reference: mentions[index].reference, type: type, country: country))
        }
        return result
    }

    /// Whether the mentions name at least two different entities.
    private func namesTwoParties(_ mentions: [EntityMention], _ mentionRange: Range<Int>) -> Bool {
        guard let first = mentionRange.first else { return false }
        return mentionRange.contains { mentions[$0].reference != mentions[first].reference }
    }

    /// Whether a sentence can hold a relation: some token starts a trigger and
    /// some actor or pronoun is there to take part.
    private func mayHoldRelation(_ tokens: [Token], _ range: Range<Int>, _ mentions: [EntityMention], _ mentionRange: Range<Int>) -> Bool {
        guard range.contains(where: { tokens[$0].kind == .word && knowledge.lexicon.triggers.startsPhrase(tokens[$0].stem) }) else {
            return false
        }
        if mentionRange.contains(where: { mentions[$0].type.isActor }) { return true }
        return range.contains { tokens[$0].kind == .word && !RelationCues.classes(of: tokens[$0]).isDisjoint(with: [.pronoun, .count]) }
    }

    /// Whether the sentence holds a double quotation mark (", “, ”, «, »).
    ///
    /// - Complexity: O(n) in the sentence's bytes; eight at a time where they are
    ///   ASCII and hold no '"'.
    private func hasQuotationMark(_ bytes: [UInt8], _ sentence: SentenceSpan) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var index = max(sentence.start, 0)
            let end = min(sentence.end, bytes.count)
            guard let base = bytes.baseAddress else { return false }
            // Whole words first (SWAR, "SIMD within a register"): a word of ASCII
            // bytes none of which is '"' cannot hold a mark, since every mark is
            // '"' or starts with a byte above 0x7F. A word that may is read byte by
            // byte below.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quotes = word ^ (ones &* 0x22)
                // Non-zero exactly when `quotes` has a zero byte, that is when
                // `word` holds a '"' (Mycroft's has-zero-byte test).
                let hasQuote = (quotes &- ones) & ~quotes & highBits != 0
                if hasQuote || word & highBits != 0 { break }
                index += 8
            }
            while index < end {
                let byte = bytes[index]
                index += 1
                // '"' (0x22) and the lead bytes 0xC2 and 0xE2; everything else is below, above or between.
                guard byte == 0x22 || byte == 0xC2 || byte == 0xE2 else { continue }
                let at = index - 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte == 0xE2, at + 2 < bytes.count, bytes[at + 1] == 0x80, bytes[at + 2] == 0x9C || bytes[at + 2] == 0x9D {
                    return true
                }
                if byte == 0xC2, at + 1 < bytes.count, bytes[at + 1] == 0xAB || bytes[at + 1] == 0xBB { return true }
            }
            return false
        }
    }

    /// Remembers the actors of a sentence that holds no relation, for pronouns later.
    ///
    /// Reads the mentions' fields in place: copying an `EntityMention` retains
    /// each of its strings and arrays.
    private func note(_ mentions: [EntityMention], _ range: Range<Int>, in memory: inout DiscourseMemory) {
        if let first = range.first(where: {
            mentions[$0].type.isActor && (mentions[$0].kind != .demonym || mentions[$0].actorNoun != nil)
        }) {
            memory.lastSubject = Participant(reference: mentions[first].reference, type: mentions[first].type,
                                             country: mentions[first].country)
            memory.lastSubjectSentence = memory.sentence
        }
        for index in range where mentions[index].type.isActor && mentions[index].kind != .demonym {
            let participant = Participant(reference: mentions[index].reference, type: mentions[index].type,
                                          country: mentions[index].country)
            if mentions[index].type == .person { memory.lastPerson = participant } else { memory.lastNonPerson = participant }
        }
    }
}
