import StanceGraphModel

extension SentenceAnalysis {
    /// One actor phrase before coordination.
    ///
    /// Plain values only: it names its mention by index rather than holding the
    /// participant (or an agreement's parties), which the group made of it reads
    /// from there. A unit holding a `Participant` retained its strings each time
    /// it was copied into or read from the array of units, and released them when
    /// destroyed with it.
    private struct Unit {
        var tokens: Range<Int>
        /// The mention whose participant the phrase names.
        var mention: Int
        /// The participant is a person (whose name takes no actor noun after it).
        var isPerson: Bool
        var isPossessive = false
        var isWeak = false
        var isAgreement = false
        var isPlace = false
        var isNonState = false
    }

    /// Builds the actor groups: each mention becomes a unit (taking in a title
    /// and country before a person, an actor noun after a demonym, a possessive
    /// "'s"), units joined by "and", commas or hyphens become one group, and
    /// pronouns and "the two sides" become groups resolved later.
    ///
    /// - Complexity: O(n) in the sentence's tokens and mentions.
    mutating func buildGroups(mentions: [EntityMention], mentionRange: Range<Int>, participants: [Participant]) {
        var units: [Unit] = []
        // At most one unit per mention: one allocation, not a regrowth per unit.
        if !mentionRange.isEmpty { units.reserveCapacity(mentionRange.count) }
        var position = mentionRange.lowerBound
        // Mentions are read in place by index: a copy of one retains its strings and arrays.
        while position < mentionRange.upperBound {
            let current = position
            let type = mentions[current].type
            let mentionTokens = mentions[current].tokens
            position += 1
            // A place takes part only through its country (`RelationExtractor.participants`).
            let isPlace = type == .place && participants[current].type == .country
            guard type.isActor || type == .agreement || isPlace,
                  range.contains(mentionTokens.lowerBound), mentionTokens.upperBound <= range.upperBound,
                  !isCurrencyPrefix(mentionTokens) else { continue }
            var unit = Unit(tokens: mentionTokens, mention: current, isPerson: participants[current].type == .person,
                            isWeak: isPlace, isAgreement: type == .agreement, isPlace: isPlace)
            if isPlace {
                units.append(unit)
                continue
            }
            var kind = mentions[current].kind
            // "U.S. Secretary of State Antony Blinken", "Russia's defence minister, Sergei Shoigu":
            // the country is the person's, not a second actor.
            if type == .country || type == .organization, position < mentionRange.upperBound {
                let nextTokens = mentions[position].tokens
                if mentions[position].type == .person, let country = participants[position].country,
                   participants[unit.mention].country == country || participants[unit.mention].reference == .known(country),
                   isTitleGap(mentionTokens.upperBound..<nextTokens.lowerBound) {
                    unit.tokens = mentionTokens.lowerBound..<nextTokens.upperBound
                    unit.mention = position
                    unit.isPerson = participants[position].type == .person
                    kind = mentions[position].kind
                    position += 1
                }
            }
            // "the Saudi-led coalition", "U.S.-led forces": what an actor leads acts for it.
            if let end = ledActorEnd(after: unit.tokens.upperBound) {
                unit.tokens = unit.tokens.lowerBound..<end
                units.append(unit)
                continue
            }
            // "Qatar-based", "U.S.-made": a name glued to a word describes, it does not act.
            if isGluedModifier(after: unit.tokens.upperBound) { unit.isWeak = true }
            // (An agreement's parties are read off its mention by `mergeCoordinated`.)
            if !unit.isAgreement {
                extend(&unit, kind: kind)
                // "Russia's foreign ministry", "Seoul's defence ministry": an institution
                // owned by the actor before it is one phrase, and the institution acts
                // (the country view folds it into its state).
                if unit.isPossessive, position < mentionRange.upperBound,
                   mentions[position].tokens.lowerBound == unit.tokens.upperBound,
                   mentions[position].type == .organization, participants[position].country != nil,
                   participants[position].country == participants[unit.mention].country {
                    unit.tokens = unit.tokens.lowerBound..<mentions[position].tokens.upperBound
                    unit.mention = position
                    unit.isPerson = participants[position].type == .person
                    unit.isPossessive = false
                    position += 1
                    extend(&unit, kind: mentions[position - 1].kind)
                }
            }
            units.append(unit)
        }
        mergeCoordinated(units, mentions: mentions, participants: participants)
        indexGroups()
        if addPronounGroups() { indexGroups() }
    }

    private mutating func indexGroups() {
        for (index, group) in groups.enumerated() {
            for token in group.tokens { facts[token - range.lowerBound].group = Int32(index) }
        }
    }

    /// The end of "-led [modifiers] actor-noun" glued to an actor ending at `end`.
    private func ledActorEnd(after end: Int) -> Int? {
        guard isGluedHyphen(end), key(end + 1) == Self.ledKey else { return nil }
        return actorNounEnd(from: end + 2)
    }

    static let ledKey = TokenKey.key("led")

    private func isGluedModifier(after end: Int) -> Bool {
        guard isGluedHyphen(end), tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized else { return false }
        return frame(at: end + 1) == nil
    }

    /// "US$143", "HK$2": a country code glued to a currency sign names money.
    private func isCurrencyPrefix(_ span: Range<Int>) -> Bool {
        let next = span.upperBound
        guard next < range.upperBound, tokens[next].start == tokens[span.upperBound - 1].end else { return false }
        let byte = bytes[Int(tokens[next].start)]
        return byte == UInt8(ascii: "$") || byte == 0xE2 && Int(tokens[next].start) + 2 < bytes.count
            && bytes[Int(tokens[next].start) + 1] == 0x82 && bytes[Int(tokens[next].start) + 2] == 0xAC
    }


    /// Tokens between a country and a person that form a title: capitalized words,
    /// role nouns, "of", "'s", commas.
    private func isTitleGap(_ gap: Range<Int>) -> Bool {
        guard gap.count <= 6 else { return false }
        for index in gap {
            let token = tokens[index]
            if token.kind == .punctuation { if isMark(index, ",") || isMark(index, "-") { continue } else { return false } }
            if key(index) == Self.possessiveKey || key(index) == Self.ofKey || key(index) == Self.theKey { continue }
            if token.isCapitalized || classes(index).contains(.actorNoun) || classes(index).contains(.adjective) { continue }
            return false
        }
        return true
    }

    /// Takes in an actor noun after a name or demonym ("South Korean government",
    /// "Seoul's foreign ministry") and a possessive "'s"; marks demonyms that
    /// modify no actor as weak.
    private func extend(_ unit: inout Unit, kind: MentionKind) {
        var extended = false
        for _ in 0..<2 {
            var cursor = unit.tokens.upperBound
            let possessive = cursor < range.upperBound && key(cursor) == Self.possessiveKey
            if possessive { cursor += 1 }
            if !unit.isPerson || possessive, let end = actorNounEnd(from: cursor) {
                unit.tokens = unit.tokens.lowerBound..<end
                if kind == .demonym, !possessive { unit.isNonState = Self.nonStateNouns.contains(tokens[end - 1].stem) }
                extended = true
                continue
            }
            if possessive {
                unit.tokens = unit.tokens.lowerBound..<cursor
                unit.isPossessive = true
            }
            break
        }
        if kind == .demonym, !extended { unit.isWeak = true }
    }

    /// The end of "[modifier]{0,2} actor-noun+" starting at `start`, if there is one.
    private func actorNounEnd(from start: Int) -> Int? {
        var cursor = start
        var skipped = 0
        // The modifiers of a role: adjectives, title words and plain nouns ("information
        // minister", "national security adviser"); an actor noun must follow.
        while cursor < range.upperBound, skipped < 2, frame(at: cursor) == nil, !isInActorMention(cursor),
              !classes(cursor).contains(.actorNoun),
              classes(cursor).contains(.adjective) || Self.titleWords.contains(key(cursor)) || isBareWord(cursor) {
            cursor += 1
            skipped += 1
        }
        var end: Int?
        while cursor < range.upperBound, frame(at: cursor) == nil, !isInActorMention(cursor),
              tokens[cursor].kind == .word, classes(cursor).contains(.actorNoun) {
            cursor += 1
            end = cursor
        }
        return end
    }

    static let titleWords = TokenKeySet(keys: ["special", "deputy", "vice", "acting", "senior", "top", "chief",
        "supreme", "interim", "former", "new", "current", "then"].map { TokenKey.key($0) })

    /// Joins units separated by "and", "or", commas or "as well as" into one group,
    /// and units joined by hyphens ("ROK-US") into a compound.
    private mutating func mergeCoordinated(_ units: [Unit], mentions: [EntityMention], participants: [Participant]) {
        // The units are read in place, by index (`last` is the index of the group's
        // last unit), and the group is built in the append: a copied unit or group
        // retains its participants' strings and its arrays.
        // There are at most as many groups as units: one allocation, not a regrowth per group.
        if !units.isEmpty { groups.reserveCapacity(groups.count + units.count) }
        var index = 0
        while index < units.count {
            var last = index
            var members = [participants[units[index].mention]]
            var compound = false
            var allWeak = units[index].isWeak
            // Gaps joined by "and"/"or": two of them ("X and Y and Z") make X one side and the rest the other.
            var coordinatorGaps = 0
            var firstGapCoordinates = false
            var next = index + 1
            while next < units.count, !units[last].isPossessive, units[next].isAgreement == units[last].isAgreement,
                  units[next].isPlace == units[last].isPlace {
                let gap = units[last].tokens.upperBound..<units[next].tokens.lowerBound
                let joinedByHyphen = gap.count == 1 && isCompoundJoiner(gap.lowerBound)
                guard joinedByHyphen || isCoordinationGap(gap) && listContinues(units, from: next, after: gap),
                      layout.clause(of: units[next].tokens.lowerBound) == layout.clause(of: units[last].tokens.lowerBound) else { break }
                // "the dispatch to Russia and South Korea's countermeasures": a possessive
                // after a preposition's object starts a phrase of its own.
                if units[next].isPossessive, !joinedByHyphen, isAfterPreposition(units[index].tokens.lowerBound) { break }
                if joinedByHyphen { compound = true }
                if gap.contains(where: { classes($0).contains(.coordinator) }) {
                    if next == index + 1 { firstGapCoordinates = true }
                    coordinatorGaps += 1
                }
                last = next
                if !members.contains(participants[units[last].mention]) { members.append(participants[units[last].mention]) }
                allWeak = allWeak && units[last].isWeak
                next += 1
            }
            // A compound of demonyms names actors when it modifies a trigger:
            // "Russian-North Korean cooperation" (not "a British-Dutch company").
            if compound, allWeak { allWeak = !modifiesTrigger(from: units[last].tokens.upperBound) }
            groups.append(ActorGroup(
                tokens: units[index].tokens.lowerBound..<units[last].tokens.upperBound, members: members, head: .actors,
                isPossessive: units[last].isPossessive, isCompound: compound, isWeak: allWeak,
                isAgreement: units[last].isAgreement, isPlace: units[last].isPlace,
                isNonState: (index...last).allSatisfy { units[$0].isNonState },
                agreementParties: units[last].isAgreement ? Self.agreementParties(of: mentions[units[last].mention]) : [],
                firstSide: firstGapCoordinates && coordinatorGaps > 1 && members.count > 2 ? 1 : nil))
            index = next
        }
    }

    /// The parties an agreement's name gives ("the North Korea-Russia treaty"):
    /// countries as such, others as organizations.
    private static func agreementParties(of mention: EntityMention) -> [Participant] {
        mention.parties.map { reference in
            if case .known(let id) = reference { return Participant(reference: reference, type: .country, country: id) }
            return Participant(reference: reference, type: .organization, country: nil)
        }
    }

    private func modifiesTrigger(from start: Int) -> Bool {
        var index = start
        while index < range.upperBound, frame(at: index) == nil, isModifier(index), group(at: index) == nil { index += 1 }
        return index < range.upperBound && frame(at: index) != nil
    }

    /// Whether the phrase starting at `start` is the object of a preposition.
    func isAfterPreposition(_ start: Int) -> Bool {
        var index = start - 1
        while index >= range.lowerBound, classes(index).contains(.determiner) { index -= 1 }
        return index >= range.lowerBound && classes(index).contains(.preposition)
    }

    /// A gap of commas alone joins units only inside a list that a coordinator
    /// ends ("Japan, Korea and the US"): "In Seoul, Japan's minister" is not a list.
    private func listContinues(_ units: [Unit], from next: Int, after gap: Range<Int>) -> Bool {
        if gap.contains(where: { classes($0).contains(.coordinator) }) { return true }
        var position = next
        while position + 1 < units.count {
            let following = units[position].tokens.upperBound..<units[position + 1].tokens.lowerBound
            guard isCoordinationGap(following) else { return false }
            if following.contains(where: { classes($0).contains(.coordinator) }) { return true }
            position += 1
        }
        return false
    }

    private func isCompoundJoiner(_ index: Int) -> Bool {
        let joiner = tokens[index]
        guard joiner.kind == .punctuation, joiner.start == tokens[index - 1].end, joiner.end == tokens[index + 1].start else { return false }
        return joiner.key == Self.hyphenKey || joiner.key == Self.enDashKey || joiner.key == Self.slashKey
    }

    private func isCoordinationGap(_ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty, gap.count <= 4 else { return false }
        var joined = false
        var index = gap.lowerBound
        while index < gap.upperBound {
            if classes(index).contains(.coordinator) || isMark(index, ",") {
                joined = true
            } else if key(index) == Self.asKey, index + 2 < gap.upperBound, key(index + 1) == Self.wellKey, key(index + 2) == Self.asKey {
                joined = true
                index += 2
            } else if key(index) != Self.theKey {
                return false
            }
            index += 1
        }
        return joined
    }

    /// Pronouns and "the two sides" as groups whose members are resolved later.
    /// Returns whether any was added.
    private mutating func addPronounGroups() -> Bool {
        func covered(_ local: Int) -> Bool { facts[local].group >= 0 }
        var index = range.lowerBound
        // Appended to `groups` directly and sorted in at the end: a separate array
        // of the added groups was one more allocation per sentence with a pronoun.
        // (Whether a token is covered is read from `facts`, which only lists the
        // groups from before.)
        let namedCount = groups.count
        while index < range.upperBound {
            defer { index += 1 }
            guard !covered(index - range.lowerBound), frame(at: index) == nil, tokens[index].kind == .word else { continue }
            let wordClasses = classes(index)
            if wordClasses.contains(.pronoun) {
                // A dummy "it": "it is reported", "it appears".
                if key(index) == Self.itKey, index + 1 < range.upperBound, classes(index + 1).contains(.auxiliary) { continue }
                let kind: WordClass = wordClasses.contains(.firstPerson) ? .firstPerson
                    : wordClasses.contains(.personal) ? .personal : wordClasses.contains(.plural) ? .plural : .determiner
                var group = ActorGroup(tokens: index..<(index + 1), members: [], head: .pronoun(kind))
                if wordClasses.contains(.possessivePronoun) {
                    if let end = actorNounEnd(from: index + 1) {
                        group.tokens = index..<end
                        if end < range.upperBound, key(end) == Self.possessiveKey {
                            group.tokens = index..<(end + 1)
                            group.isPossessive = true
                        }
                    } else {
                        group.isPossessive = true
                    }
                }
                index = group.tokens.upperBound - 1
                groups.append(consume group)
                continue
            }
            // "the two ministers", "both sides", "the three countries".
            if wordClasses.contains(.count), index + 1 < range.upperBound {
                let number = Self.countValue(key(index))
                var end = index + 1
                if end < range.upperBound, classes(end).contains(.adjective), !classes(end).contains(.groupNoun) { end += 1 }
                guard end < range.upperBound, classes(end).contains(.groupNoun), frame(at: end) == nil,
                      !isInActorMention(end) else { continue }
                let start = index > range.lowerBound && key(index - 1) == Self.theKey ? index - 1 : index
                if start < index, covered(start - range.lowerBound) { continue }
                var group = ActorGroup(tokens: start..<(end + 1), members: [], head: .counted(number))
                if end + 1 < range.upperBound, key(end + 1) == Self.possessiveKey {
                    group.tokens = start..<(end + 2)
                    group.isPossessive = true
                }
                index = group.tokens.upperBound - 1
                groups.append(consume group)
            }
        }
        guard groups.count > namedCount else { return false }
        // Groups never overlap, so their first tokens are distinct and the order is total.
        groups.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return true
    }

    private static func countValue(_ key: UInt64) -> Int {
        switch key {
        case TokenKey.key("three"): return 3
        case TokenKey.key("four"): return 4
        default: return 2
        }
    }
}
