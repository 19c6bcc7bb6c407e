import StanceGraphIngest
import StanceGraphModel

/// Finds the entities an article names: gazetteer actors by name, demonym and
/// metonym; people introduced by a role title ("Foreign Minister Cho Tae-yul",
/// "U.S. Secretary of State Antony Blinken", "Russia's defence minister, Sergei
/// Shoigu"); and later short references to those people ("Cho", "Minister Cho").
public struct EntityRecognizer: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// The mentions in `article`, sorted by position, never overlapping.
    public func recognize(_ article: IngestedArticle, tokens: [Token]) -> [EntityMention] {
        var covered = [Bool](repeating: false, count: tokens.count)
        var mentions = gazetteerMentions(tokens, covered: &covered)
        var people = titledPeople(article, tokens, mentions: &mentions, covered: &covered)
        people += mentions.filter { $0.type == .person }
        mentions += shortReferences(article, tokens, people: people, covered: &covered)
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return mentions
    }

    // MARK: Gazetteer

    /// Longest gazetteer matches, left to right.
    func gazetteerMentions(_ tokens: [Token], covered: inout [Bool]) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            var best: (length: Int, entry: KnowledgeBase.NameEntry)?
            knowledge.names.matches(in: tokens, from: index, key: { $0.key }) { length, payloads in
                for entry in payloads where entry.pattern.caseMatches(tokens, from: index) {
                    if best == nil || length > best!.length { best = (length, entry) }
                }
            }
            guard let best else {
                index += 1
                continue
            }
            let record = knowledge.actors[Int(best.entry.actor)]
            let range = index..<(index + best.length)
            let kind: MentionKind
            switch best.entry.kind {
            case .name: kind = .name
            case .demonym: kind = .demonym
            case .metonym: kind = .metonym
            }
            mentions.append(EntityMention(
                tokens: range, bytes: Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end),
                reference: .known(record.id), type: record.type, kind: kind, role: record.role,
                country: record.type == .country ? nil : record.country))
            for covered_ in range { covered[covered_] = true }
            index = range.upperBound
        }
        return mentions
    }

    // MARK: People introduced by a role

    /// People named right after a role title.
    func titledPeople(_ article: IngestedArticle, _ tokens: [Token], mentions: inout [EntityMention], covered: inout [Bool]) -> [EntityMention] {
        var people: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            guard !covered[index] else { index += 1; continue }
            var role: (length: Int, entry: KnowledgeBase.RoleEntry)?
            knowledge.roles.matches(in: tokens, from: index, key: { $0.key }) { length, payloads in
                if let entry = payloads.first { role = (length, entry) }
            }
            guard let role else { index += 1; continue }
            var nameStart = index + role.length
            if nameStart + 1 < tokens.count, article.bytes[Int(tokens[nameStart].start)] == UInt8(ascii: ","),
               tokens[nameStart + 1].isCapitalized {
                nameStart += 1
            }
            let country = countryBefore(index, tokens, article: article, mentions: mentions)
            // A known person right after the title: attach the role to that mention.
            if nameStart < tokens.count, covered[nameStart],
               let position = mentions.firstIndex(where: { $0.tokens.lowerBound == nameStart && $0.type == .person }) {
                mentions[position].role = mentions[position].role ?? role.entry.role
                if mentions[position].country == nil { mentions[position].country = country }
                index = nameStart + 1
                continue
            }
            let nameEnd = PersonNameScanner.nameEnd(tokens, article.bytes, from: nameStart, covered: covered)
            guard nameEnd > nameStart else { index += role.length; continue }
            let name = article.text(Int(tokens[nameStart].start)..<Int(tokens[nameEnd - 1].end))
            let wordCount = PersonNameScanner.wordCount(tokens, nameStart..<nameEnd, article.bytes)
            if wordCount >= 2 {
                let mention = EntityMention(
                    tokens: nameStart..<nameEnd, bytes: Int(tokens[nameStart].start)..<Int(tokens[nameEnd - 1].end),
                    reference: .person(name: name, key: PersonNameKey.key(for: name)), type: .person, kind: .name,
                    role: role.entry.role, country: country)
                people.append(mention)
                mentions.append(mention)
                for position in nameStart..<nameEnd { covered[position] = true }
            }
            index = nameEnd
        }
        return people
    }

    /// The country named just before a role title: "U.S. Secretary of State",
    /// "Japanese Foreign Minister", "Russia's defence minister".
    func countryBefore(_ index: Int, _ tokens: [Token], article: IngestedArticle, mentions: [EntityMention]) -> EntityID? {
        var end = index
        if end > 0, isPossessive(tokens[end - 1], article.bytes) { end -= 1 }
        guard let mention = mentions.last(where: { $0.tokens.upperBound == end }) else { return nil }
        guard case .known(let id) = mention.reference else { return nil }
        if mention.type == .country { return id }
        return knowledge.actor(id)?.country
    }

    func isPossessive(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.kind == .word && token.key == PersonNameScanner.possessiveKey
    }

    // MARK: Short references

    /// Surnames alone ("Blinken") or after a title ("Minister Cho") that refer to a
    /// person named in full elsewhere in the article.
    func shortReferences(_ article: IngestedArticle, _ tokens: [Token], people: [EntityMention], covered: inout [Bool]) -> [EntityMention] {
        var bySurname: [UInt64: EntityMention] = [:]
        var ambiguous = Set<UInt64>()
        for person in people {
            guard let surname = PersonNameScanner.surnameToken(tokens, person.tokens, article.bytes) else { continue }
            let key = tokens[surname].key
            if let existing = bySurname[key], existing.reference != person.reference {
                ambiguous.insert(key)
            } else {
                bySurname[key] = person
            }
        }
        var mentions: [EntityMention] = []
        for (index, token) in tokens.enumerated() where !covered[index] && token.isCapitalized && token.kind == .word {
            guard let person = bySurname[token.key], !ambiguous.contains(token.key) else { continue }
            // A surname followed by more name words is someone else ("Cho Han-kyu").
            if index + 1 < tokens.count, !covered[index + 1], tokens[index + 1].isCapitalized,
               PersonNameScanner.isNameWord(tokens[index + 1], article.bytes) {
                continue
            }
            mentions.append(EntityMention(
                tokens: index..<(index + 1), bytes: Int(token.start)..<Int(token.end), reference: person.reference,
                type: .person, kind: .shortName, role: nil, country: nil))
            covered[index] = true
        }
        return mentions
    }
}
