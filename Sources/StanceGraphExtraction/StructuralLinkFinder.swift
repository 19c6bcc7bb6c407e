import StanceGraphIngest
import StanceGraphModel

/// Finds the structural links an article states, as opposed to stances:
///
/// - **affiliation**: a person (or national institution) and the country the text
///   ties it to ("Japanese Foreign Minister Yoko Kamikawa", "Seoul's foreign
///   ministry"), quoting the sentence that does;
/// - **party**: a state or organization and an agreement it is party to, when the
///   text names the parties ("the North Korea-Russia treaty", "a pact signed by X
///   and Y", "UN Security Council resolutions");
/// - **membership**: a country and an organization it belongs to, when the text
///   says so ("NATO member Poland", "Poland, a NATO member", "Finland joined NATO",
///   "Sweden's accession to NATO").
///
/// Structural links have no stance; graph views keep them apart from stance edges.
public struct StructuralLinkFinder: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// The links of one article, in order of the text.
    public func links(in article: IngestedArticle, tokens: [Token], mentions: [EntityMention]) -> [RelationDraft] {
        var drafts = affiliations(article, mentions)
        drafts += parties(article, mentions)
        drafts += memberships(article, tokens, mentions)
        return drafts
    }

    /// One affiliation per person or institution and country, from the first
    /// mention that ties them; an inferred country gets less confidence.
    func affiliations(_ article: IngestedArticle, _ mentions: [EntityMention]) -> [RelationDraft] {
        var seen = Set<EntityReference>()
        var drafts: [RelationDraft] = []
        for index in mentions.indices where mentions[index].country != nil && (mentions[index].type == .person
            || (mentions[index].type == .organization && mentions[index].countryEvidence != nil)) {
            let mention = mentions[index]
            guard let country = mention.country, !seen.contains(mention.reference) else { continue }
            if case .known(let id) = mention.reference, mention.type == .organization, knowledge.actor(id) != nil { continue }
            let anchor = mention.countryEvidence?.lowerBound ?? mention.bytes.lowerBound
            guard let sentence = Self.sentence(containing: anchor, in: article.sentences) else { continue }
            seen.insert(mention.reference)
            drafts.append(RelationDraft(
                kind: .affiliation, source: mention.reference, target: .known(country), stance: nil, directed: true,
                sentence: sentence, trigger: mention.role, confidence: mention.countryInferred ? 0.6 : 0.9))
        }
        return drafts
    }

    /// One party link per party and agreement the article names together.
    func parties(_ article: IngestedArticle, _ mentions: [EntityMention]) -> [RelationDraft] {
        var seen = Set<[EntityReference]>()
        var drafts: [RelationDraft] = []
        for index in mentions.indices where mentions[index].type == .agreement && !mentions[index].parties.isEmpty {
            let mention = mentions[index]
            for party in mention.parties where seen.insert([party, mention.reference]).inserted {
                guard let sentence = Self.sentence(containing: mention.bytes.lowerBound, in: article.sentences) else { continue }
                drafts.append(RelationDraft(
                    kind: .party, source: party, target: mention.reference, stance: nil, directed: true,
                    sentence: sentence, trigger: mention.phraseText, confidence: 0.8))
            }
        }
        return drafts
    }

    static let statesKeys: TokenKeySet = ["states", "state", "countries", "country", "nations", "nation"]
    static let fellowKey = TokenKey.key("fellow")
    static let toKey = TokenKey.key("to")
    static let inKey = TokenKey.key("in")

    /// Membership statements between a country and an organization.
    func memberships(_ article: IngestedArticle, _ tokens: [Token], _ mentions: [EntityMention]) -> [RelationDraft] {
        guard mentions.indices.contains(where: { mentions[$0].type == .organization }) else { return [] }
        let words = knowledge.words
        var startingAt = TokenKeyTable<Int>(minimumCapacity: mentions.count)
        for index in mentions.indices { startingAt.insert(UInt64(mentions[index].tokens.lowerBound), index) }
        func mention(at position: Int) -> EntityMention? {
            guard position >= 0, position < tokens.count, let index = startingAt[UInt64(position)] else { return nil }
            return mentions[index]
        }
        func mention(endingBefore position: Int) -> EntityMention? {
            var index = position - 1
            while index >= 0, index >= position - 8 {
                if let found = mention(at: index) { return found.tokens.upperBound == position ? found : nil }
                index -= 1
            }
            return nil
        }
        func isKey(_ position: Int, _ key: UInt64) -> Bool { position >= 0 && position < tokens.count && tokens[position].key == key }
        func isCountry(_ mention: EntityMention?) -> Bool { mention?.type == .country && mention?.kind != .demonym }
        /// Countries listed from `position` on: "Poland and Hungary", "Poland, Hungary and Slovakia".
        func countries(from position: Int) -> [EntityMention] {
            var result: [EntityMention] = []
            var cursor = position
            while let found = mention(at: cursor), isCountry(found), result.count < 8 {
                result.append(found)
                cursor = found.tokens.upperBound
                guard isKey(cursor, RecognitionState.andKey) || isKey(cursor, RecognitionState.commaKey) else { break }
                cursor += 1
                if isKey(cursor, RecognitionState.andKey) { cursor += 1 }
            }
            return result
        }
        /// Countries listed just before `end`.
        func countries(endingBefore end: Int) -> [EntityMention] {
            var result: [EntityMention] = []
            var cursor = end
            while let found = mention(endingBefore: cursor), isCountry(found), result.count < 8 {
                result.insert(found, at: 0)
                cursor = found.tokens.lowerBound
                guard isKey(cursor - 1, RecognitionState.andKey) || isKey(cursor - 1, RecognitionState.commaKey) else { break }
                cursor -= 1
                if isKey(cursor - 1, RecognitionState.commaKey) { cursor -= 1 }
            }
            return result
        }

        var drafts: [RelationDraft] = []
        var seen = Set<[EntityReference]>()
        func add(_ country: EntityMention, _ organization: EntityMention, trigger: String) {
            guard seen.insert([country.reference, organization.reference]).inserted,
                  let sentence = Self.sentence(containing: organization.bytes.lowerBound, in: article.sentences) else { return }
            drafts.append(RelationDraft(
                kind: .membership, source: country.reference, target: organization.reference, stance: nil, directed: true,
                sentence: sentence, trigger: trigger, confidence: 0.8))
        }
        for index in mentions.indices where mentions[index].type == .organization && mentions[index].kind == .name {
            let organization = mentions[index]
            let end = organization.tokens.upperBound
            let start = organization.tokens.lowerBound
            // "NATO member Poland", "EU member states France and Germany", "NATO allies Poland and Hungary".
            if end < tokens.count, words.memberNouns.contains(tokens[end].key) {
                var cursor = end + 1
                if cursor < tokens.count, Self.statesKeys.contains(tokens[cursor].key) { cursor += 1 }
                if isKey(cursor, RecognitionState.commaKey) { cursor += 1 }
                for country in countries(from: cursor) { add(country, organization, trigger: "member") }
            }
            // "Poland, a NATO member", "Poland, a fellow NATO ally".
            var before = start
            if isKey(before - 1, Self.fellowKey) { before -= 1 }
            if isKey(before - 1, RecognitionState.aKey) || isKey(before - 1, RecognitionState.anKey), isKey(before - 2, RecognitionState.commaKey),
               end < tokens.count, words.memberNouns.contains(tokens[end].key), let country = mention(endingBefore: before - 2), isCountry(country) {
                add(country, organization, trigger: "member")
            }
            // "Poland, a member of NATO".
            if isKey(start - 1, RecognitionState.ofKey), start >= 4, words.memberNouns.contains(tokens[start - 2].key),
               isKey(start - 3, RecognitionState.aKey) || isKey(start - 3, RecognitionState.anKey), isKey(start - 4, RecognitionState.commaKey),
               let country = mention(endingBefore: start - 4), isCountry(country) {
                add(country, organization, trigger: "member of")
            }
            // "Finland joined NATO", "Sweden and Finland join NATO".
            var verb = start - 1
            if isKey(verb, RecognitionState.theKey) { verb -= 1 }
            if verb >= 1, words.joinVerbs.contains(tokens[verb].key) {
                for country in countries(endingBefore: verb) { add(country, organization, trigger: "joined") }
            }
            // "Sweden's accession to NATO", "Ukraine's membership in NATO".
            if verb >= 2, isKey(verb, Self.toKey) || isKey(verb, Self.inKey) || isKey(verb, RecognitionState.ofKey),
               words.accessionNouns.contains(tokens[verb - 1].key), isKey(verb - 2, RecognitionState.possessiveKey),
               let country = mention(endingBefore: verb - 2), isCountry(country) {
                add(country, organization, trigger: "accession")
            }
        }
        return drafts
    }

    /// The sentence holding a byte offset.
    static func sentence(containing offset: Int, in sentences: [SentenceSpan]) -> SentenceSpan? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].start <= offset else { return nil }
        return sentences[low]
    }
}
