import StanceGraphModel

/// One sentence prepared for the relation rules: each token's word classes, the
/// clause layout, the actor groups and the trigger frames, with per-token indexes
/// so that every search step is O(1).
///
/// Built only for sentences that hold a trigger. The argument searches live in
/// `SentenceAnalysis+Arguments.swift`, the groups in `SentenceAnalysis+Groups.swift`.
struct SentenceAnalysis {
    let tokens: [Token]
    let bytes: [UInt8]
    /// The sentence's tokens.
    let range: Range<Int>
    /// What is known of each token (index - range.lowerBound), in one array so
    /// that a sentence costs one allocation for it.
    var facts: [TokenFacts]
    private(set) var layout: ClauseLayout
    var groups: [ActorGroup] = []
    var frames: [EventFrame] = []

    /// One token's word classes and the group, frame and mention covering it.
    struct TokenFacts {
        var classes: WordClass
        /// The group covering the token, or -1.
        var group: Int32 = -1
        /// The frame whose trigger covers the token, or -1.
        var frame: Int32 = -1
        /// An actor (or place) mention covers the token.
        var inActorMention = false
        /// A place mention covers the token.
        var inPlace = false
    }

    static let possessiveKey = TokenKey.key("'s")
    static let hyphenKey = TokenKey.key("-")
    static let enDashKey = TokenKey.key("–")
    static let slashKey = TokenKey.key("/")
    static let andKey = TokenKey.key("and")
    static let ofKey = TokenKey.key("of")
    static let thereKey = TokenKey.key("there")
    static let fromKey = TokenKey.key("from")
    static let toKey = TokenKey.key("to")
    static let byKey = TokenKey.key("by")
    static let asKey = TokenKey.key("as")
    static let wellKey = TokenKey.key("well")
    static let itKey = TokenKey.key("it")
    static let itsKey = TokenKey.key("its")
    static let accordingKey = TokenKey.key("according")
    static let theKey = TokenKey.key("the")
    static let bothKey = TokenKey.key("both")
    static let inKey = TokenKey.key("in")
    static let atKey = TokenKey.key("at")
    static let intoKey = TokenKey.key("into")
    static let forKey = TokenKey.key("for")
    static let thanksKey = TokenKey.key("thanks")

    /// Prepares the sentence `range` of `tokens` in two steps: this finds the word
    /// classes and the trigger frames; `completeLayoutAndGroups` then builds the
    /// clause layout and the groups, which only frames (or a quotation's speaker)
    /// need, so that a sentence without a frame can be dropped before paying for
    /// them. When `requiringFrames` is true, the word classes are looked up only
    /// if some token can start a trigger, and the caller drops the sentence when
    /// `frames` is empty.
    ///
    /// A factory that fills local variables and hands them to a memberwise
    /// initializer, rather than a (failable) initializer that fills `self`: that
    /// one built `self` in a temporary and copied it out at the end, retaining
    /// and then releasing each of its arrays, once per analysed sentence.
    ///
    /// The lexicon is borrowed: copying it retains each of its arrays, once per sentence.
    static func withTriggers(tokens: [Token], bytes: [UInt8], range: Range<Int>, mentions: [EntityMention],
                             mentionRange: Range<Int>, lexicon: borrowing StanceLexicon,
                             requiringFrames: Bool) -> SentenceAnalysis {
        // (`filledWith`, not `repeating`: see there.)
        var facts = [TokenFacts](filledWith: TokenFacts(classes: []), count: range.count)
        for index in mentionRange where mentions[index].type.isActor || mentions[index].type == .place {
            for token in mentions[index].tokens where range.contains(token) {
                facts[token - range.lowerBound].inActorMention = true
                if mentions[index].type == .place { facts[token - range.lowerBound].inPlace = true }
            }
        }
        // A trigger starts at a word outside actor names whose stem starts a
        // lexicon phrase (see `findTriggers`): when no token can, a sentence that
        // needs a frame is dropped before any word class is looked up.
        var firstCandidate = range.upperBound
        for index in range where tokens[index].kind == .word && !facts[index - range.lowerBound].inActorMention
            && lexicon.triggers.startsPhrase(tokens[index].stem) {
            firstCandidate = index
            break
        }
        if !requiringFrames || firstCandidate < range.upperBound {
            // The table bound once: each use of a static table is a lazy-global check.
            let cues = RelationCues.table
            for index in range {
                let token = tokens[index]
                var wordClasses = RelationCues.classes(of: token, in: cues)
                // Capitalized function words are names ("May", "US") unless they open a sentence.
                if token.isCapitalized, index != range.lowerBound, !wordClasses.isEmpty,
                   !Self.followsOpening(tokens, bytes, index, range) {
                    wordClasses = wordClasses.intersection([.groupNoun, .actorNoun, .adjective])
                }
                facts[index - range.lowerBound].classes = wordClasses
            }
        }
        // Consumed: the analysis holds the only reference to the facts, so that
        // the first frame `findTriggers` writes does not copy them.
        var analysis = SentenceAnalysis(tokens: tokens, bytes: bytes, range: range, facts: consume facts)
        // The triggers need the word classes and mentions only; the layout comes
        // after them, so that a sentence without a frame costs no layout.
        if firstCandidate < range.upperBound { analysis.findTriggers(lexicon, from: firstCandidate) }
        return analysis
    }

    /// An analysis with its facts and no layout, groups or frames yet (see `withTriggers`).
    private init(tokens: [Token], bytes: [UInt8], range: Range<Int>, facts: consuming [TokenFacts]) {
        self.tokens = tokens
        self.bytes = bytes
        self.range = range
        self.facts = facts
        layout = ClauseLayout(emptyAt: range.lowerBound)
    }

    /// The second step of preparing a sentence (see `init`): the clause layout,
    /// each frame's clause, and the actor groups. `participants` holds one
    /// participant per mention of the article.
    mutating func completeLayoutAndGroups(mentions: [EntityMention], mentionRange: Range<Int>, participants: [Participant]) {
        let facts = self.facts
        layout = ClauseLayout(tokens: tokens, range: range, bytes: bytes) { facts[$0].classes }
        for index in frames.indices { frames[index].clause = layout.clause(of: frames[index].tokens.lowerBound) }
        buildGroups(mentions: mentions, mentionRange: mentionRange, participants: participants)
    }

    // MARK: Token helpers

    @inline(__always) func classes(_ index: Int) -> WordClass { facts[index - range.lowerBound].classes }
    @inline(__always) func group(at index: Int) -> Int? {
        let value = facts[index - range.lowerBound].group
        return value >= 0 ? Int(value) : nil
    }
    @inline(__always) func frame(at index: Int) -> Int? {
        let value = facts[index - range.lowerBound].frame
        return value >= 0 ? Int(value) : nil
    }
    @inline(__always) func isInActorMention(_ index: Int) -> Bool { facts[index - range.lowerBound].inActorMention }
    @inline(__always) func isInPlace(_ index: Int) -> Bool { facts[index - range.lowerBound].inPlace }
    @inline(__always) func key(_ index: Int) -> UInt64 { tokens[index].key }
    @inline(__always) func isPunctuation(_ index: Int) -> Bool { tokens[index].kind == .punctuation }
    /// Whether `index` is a hyphen glued to the words on both sides ("Qatari-brokered",
    /// "U.S.-backed"), as against a dash between spaced words.
    func isGluedHyphen(_ index: Int) -> Bool {
        index > range.lowerBound && index + 1 < range.upperBound && isMark(index, "-")
            && tokens[index].start == tokens[index - 1].end && tokens[index].end == tokens[index + 1].start
    }

    @inline(__always) func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        ClauseLayout.isPunctuation(tokens[index], bytes, mark)
    }

    /// Whether the token is a word ending in "ly" (an adverb: "strongly", "closely").
    func isLyAdverb(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.length > 4 else { return false }
        let end = Int(token.end)
        guard bytes[end - 2] == UInt8(ascii: "l"), bytes[end - 1] == UInt8(ascii: "y"),
              bytes[end - 3] != UInt8(ascii: "l") else { return false }  // "ally", "rally"
        // "deeply", "sharply", "simply" are adverbs; "supply", "reply", "comply" are not.
        return bytes[end - 3] != UInt8(ascii: "p") || !Self.plyVerbs.contains(key(index))
    }

    static let plyVerbs = TokenKeySet(keys: ["supply", "apply", "reply", "imply", "comply", "multiply"].map { TokenKey.key($0) })

    /// Whether "each other" or "one another" starts at `index`.
    func isReciprocal(after index: Int) -> Bool {
        guard index + 1 < range.upperBound else { return false }
        return key(index) == Self.eachKey && key(index + 1) == Self.otherKey
            || key(index) == Self.oneKey && key(index + 1) == Self.anotherKey
    }

    static let eachKey = TokenKey.key("each")
    static let otherKey = TokenKey.key("other")
    static let oneKey = TokenKey.key("one")
    static let anotherKey = TokenKey.key("another")

    /// "thanks to X's mediation": a cause, which thanks no one.
    private func isCausalThanks(_ span: Range<Int>) -> Bool {
        key(span.lowerBound) == Self.thanksKey && span.upperBound < range.upperBound && key(span.upperBound) == Self.toKey
    }

    /// Whether the word ends in "ing" (a gerund or participle).
    func isGerund(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length > 4 else { return false }
        let end = Int(token.end)
        return bytes[end - 3] == UInt8(ascii: "i") && bytes[end - 2] == UInt8(ascii: "n") && bytes[end - 1] == UInt8(ascii: "g")
    }

    /// Whether the word ends in "ed" or is a common irregular participle.
    func isParticiple(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        let end = Int(token.end)
        if token.length > 3, bytes[end - 2] == UInt8(ascii: "e"), bytes[end - 1] == UInt8(ascii: "d") { return true }
        return Self.irregularParticiples.contains(token.key)
    }

    static let irregularParticiples = TokenKeySet(keys: ["met", "held", "fought", "shot", "struck", "sent", "made",
        "given", "taken", "drawn", "broken", "hit", "cut", "led", "won", "seen", "known"].map { TokenKey.key($0) })

    /// A modifier inside a noun phrase: determiner, adjective, number, adverb,
    /// capitalized title word ("Foreign Ministers'"), or quotation marks around a name.
    func isModifier(_ index: Int) -> Bool {
        let wordClasses = classes(index)
        // A "that" opening a content clause is not "that" the determiner.
        if wordClasses.contains(.complementizer), layout.clauses[layout.clause(of: index)].start == index { return false }
        if wordClasses.contains(.determiner) && !wordClasses.contains(.possessivePronoun) { return true }
        if wordClasses.contains(.adjective) || wordClasses.contains(.count) { return true }
        let token = tokens[index]
        if token.kind == .number { return true }
        if isLyAdverb(index) { return true }
        // "largest-ever", "first-ever": a modifier glued by a hyphen to the word after it.
        if isGluedHyphen(index), tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized,
           isModifier(index - 1) { return true }
        if index >= range.lowerBound + 2, token.kind == .word, !token.isCapitalized, isGluedHyphen(index - 1),
           isModifier(index - 2) { return true }
        if token.kind == .word, token.isCapitalized, group(at: index) == nil, frame(at: index) == nil,
           !isInActorMention(index), wordClasses.isEmpty || wordClasses.contains(.groupNoun) { return true }
        if token.kind == .punctuation {
            // ‘ ’ ' around titles: "the ‘ROK-US Foreign Ministers’ Meeting’".
            let lead = bytes[Int(token.start)]
            if lead == UInt8(ascii: "'") { return true }
            if lead == 0xE2, Int(token.start) + 2 < bytes.count, bytes[Int(token.start) + 1] == 0x80,
               bytes[Int(token.start) + 2] == 0x98 || bytes[Int(token.start) + 2] == 0x99 { return true }
        }
        return false
    }

    private static func followsOpening(_ tokens: [Token], _ bytes: [UInt8], _ index: Int, _ range: Range<Int>) -> Bool {
        guard index > range.lowerBound else { return true }
        let previous = tokens[index - 1]
        guard previous.kind == .punctuation else { return false }
        return QuoteMark.of(previous, bytes, asciiOpen: false) == .open
            || ClauseLayout.isPunctuation(previous, bytes, ":") || ClauseLayout.isPunctuation(previous, bytes, "(")
            || ClauseLayout.isPunctuation(previous, bytes, "\"") || ClauseLayout.isPunctuation(previous, bytes, ";")
            || ClauseLayout.isEllipsis(previous, bytes)
    }

    // MARK: Triggers

    /// Longest trigger matches, left to right, outside actor names: "Economic
    /// Cooperation" in "Asia-Pacific Economic Cooperation" is a name, not a stance.
    /// `start` is the first token that can start one (no earlier token does).
    private mutating func findTriggers(_ lexicon: StanceLexicon, from start: Int) {
        var index = start
        while index < range.upperBound {
            guard !isInActorMention(index), tokens[index].kind == .word,
                  let match = lexicon.longestMatch(in: tokens, at: index, until: range.upperBound) else {
                index += 1
                continue
            }
            let span = index..<(index + match.length)
            if span.contains(where: { isInActorMention($0) }) || isInsideName(span) || isCausalThanks(span) {
                index += 1
                continue
            }
            guard let isNoun = decideNoun(match.trigger, span), !(isNoun && isCompoundModifier(span)) else {
                index += 1
                continue
            }
            // The clause is set once the layout is built (see `init`).
            var frame = EventFrame(trigger: match.trigger, tokens: span, anchor: span.lowerBound, clause: 0, isNoun: isNoun)
            // "is concerned about X", "was alarmed by X": the participle of a feeling
            // says who feels it (the subject), not who it is done to.
            if !isNoun, match.trigger.stance != .concern { frame.isPassive = isPassive(span) }
            for position in span { facts[position - range.lowerBound].frame = Int32(frames.count) }
            frames.append(consume frame)
            index = span.upperBound
        }
    }

    /// Whether a capitalized trigger sits between capitalized words that name
    /// something the gazetteer does not know ("the Rapid Support Forces").
    private func isInsideName(_ span: Range<Int>) -> Bool {
        guard tokens[span.lowerBound].isCapitalized, span.lowerBound > range.lowerBound, span.upperBound < range.upperBound else {
            return false
        }
        let before = span.lowerBound - 1
        let after = span.upperBound
        func isNameWord(_ index: Int) -> Bool {
            tokens[index].kind == .word && tokens[index].isCapitalized && !isInActorMention(index)
        }
        return isNameWord(before) && isNameWord(after) && !Self.followsOpening(tokens, bytes, before, range)
            && before != range.lowerBound
    }

    /// Whether a trigger is used as a noun here; nil when a noun-only trigger
    /// stands where only a verb can ("to deal with", "will strike").
    private func decideNoun(_ trigger: StanceLexicon.Trigger, _ span: Range<Int>) -> Bool? {
        let previous = span.lowerBound > range.lowerBound ? span.lowerBound - 1 : nil
        let next = span.upperBound < range.upperBound ? span.upperBound : nil
        let before = previous.map { classes($0) } ?? []
        let verbContext = before.contains(.infinitive) || before.contains(.modal)
            || (before.contains(.pronoun) && !before.contains(.possessivePronoun) && !before.contains(.determiner))
        switch trigger.form {
        case .verb:
            // A verb where only a noun can stand is another word: "the strongest
            // *sign* yet", "there were *signs* of progress".
            if let previous, Self.superlatives.contains(key(previous)) { return nil }
            if let previous, let next, previous > range.lowerBound, key(previous - 1) == Self.thereKey,
               key(next) == Self.ofKey, Self.passiveAuxiliaries.contains(key(previous)) { return nil }
            return false
        case .noun:
            if verbContext, !(previous.map { key($0) == Self.toKey && isPrepositionalTo($0) } ?? false) { return nil }
            return true
        case .any:
            if let previous {
                if before.contains(.determiner) || before.contains(.possessivePronoun) || before.contains(.adjective)
                    || key(previous) == Self.possessiveKey || tokens[previous].kind == .number { return true }
                if before.contains(.preposition), key(previous) != Self.toKey { return true }
                if key(previous) == Self.toKey { return isPrepositionalTo(previous) }
                if verbContext || before.contains(.auxiliary) || before.contains(.negator) || isLyAdverb(previous) { return false }
            }
            if let next, classes(next).contains(.preposition), trigger.takesPreposition(key(next)) { return true }
            if isParticiple(span.upperBound - 1) || isGerund(span.upperBound - 1) { return false }
            if let next, classes(next).contains(.determiner) || classes(next).contains(.pronoun) || isInActorMention(next) {
                return false
            }
            return previous == nil ? false : true
        }
    }

    /// Whether a noun trigger only modifies the noun after it: "visiting forces
    /// agreement", "early warning satellite", "war crimes", "aid workers".
    private func isCompoundModifier(_ span: Range<Int>) -> Bool {
        let next = span.upperBound
        guard next < range.upperBound, tokens[next].kind == .word, !tokens[next].isCapitalized,
              !isInActorMention(next) else { return false }
        if Self.compoundHeads.contains(tokens[next].stem) { return true }
        let following = classes(next)
        return isGerund(span.upperBound - 1) && !isLyAdverb(next) && !isParticiple(next)
            && (following.isEmpty || following.contains(.actorNoun) || following.contains(.groupNoun))
    }

    static let compoundHeads = TokenKeySet(keys: ["satellite", "system", "zone", "crime", "criminal", "agreement",
        "deal", "pact", "helicopter", "aircraft", "drone", "plane", "chain", "company", "staff", "worker", "route",
        "corridor", "convoy", "ship", "truck", "flight", "victim", "survivor", "memorial", "anniversary", "museum",
        "film", "movie", "game", "novel", "veteran", "hero", "footage", "site", "scene", "tribunal", "reparation",
        "debt", "relief", "agency", "organization", "organisation", "group", "official", "officials", "room", "venue",
        "hall", "center", "centre", "declaration", "document", "signing", "ceremony", "party", "partner", "plan",
        "framework", "mechanism", "format", "dog", "rifle", "gun", "boat", "submarine", "vehicle", "tank",
        "correspondent", "reporter", "photographer", "journalist", "cemetery", "monument", "bond", "fund"]
        .map { TokenKey.stemKey($0) })

    /// Whether "to" is a preposition ("support to Ukraine") rather than an
    /// infinitive marker: the word before it is a noun-like word.
    private func isPrepositionalTo(_ index: Int) -> Bool {
        guard index > range.lowerBound else { return false }
        let before = classes(index - 1)
        if before.contains(.planned) || before.contains(.hedge) || before.contains(.refusal) || before.contains(.reversal) {
            return false
        }
        if before.contains(.lightVerb) || before.contains(.reportingVerb) || before.contains(.modal) { return false }
        return frame(at: index - 1) != nil || isInActorMention(index - 1) || before.contains(.actorNoun)
    }

    static let superlatives = TokenKeySet(keys: ["largest", "biggest", "highest", "strongest", "toughest", "deadliest",
        "worst", "heaviest", "closest", "fiercest", "greatest", "longest", "clearest", "latest", "best"].map { TokenKey.key($0) })

    static let passiveAuxiliaries = ["is", "are", "was", "were", "be", "been", "being"].map { TokenKey.key($0) }

    /// "was condemned by", "is backed by", "the pact signed by X": a passive verb.
    private func isPassive(_ span: Range<Int>) -> Bool {
        guard isParticiple(span.upperBound - 1) else { return false }
        var index = span.lowerBound - 1
        while index >= range.lowerBound, isLyAdverb(index) || classes(index).contains(.adverb) { index -= 1 }
        if index >= range.lowerBound, classes(index).contains(.auxiliary), Self.passiveAuxiliaries.contains(key(index)) {
            return true
        }
        var next = span.upperBound
        while next < range.upperBound, isLyAdverb(next) { next += 1 }
        return next < range.upperBound && key(next) == Self.byKey
    }
}
