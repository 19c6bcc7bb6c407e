import StanceGraphIngest
import StanceGraphModel

/// Reads stance relations off sentences: finds trigger phrases from the stance
/// lexicon, then the actors that take and receive the stance.
///
/// First version: a symmetric trigger relates "X and Y", "between X and Y" or
/// the actors on both sides of it; a directed trigger runs from the nearest actors
/// before it to the first actors after it. A negation just before the trigger
/// ("did not condemn") cancels it.
public struct RelationExtractor: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    static let negations: Set<UInt64> = Set(["not", "never", "no", "n't", "without"].map { TokenKey.key($0) })
    static let andKey = TokenKey.key("and")
    static let betweenKey = TokenKey.key("between")

    public func relations(in article: IngestedArticle, tokens: [Token], mentions: [EntityMention]) -> [RelationDraft] {
        var drafts: [RelationDraft] = []
        let dates = EventDateResolver(articleDate: article.article.date)
        var tokenIndex = 0
        var mentionIndex = 0
        for sentence in article.sentences {
            // Tokens and actor mentions of this sentence.
            while tokenIndex < tokens.count, Int(tokens[tokenIndex].end) <= sentence.start { tokenIndex += 1 }
            var tokenEnd = tokenIndex
            while tokenEnd < tokens.count, Int(tokens[tokenEnd].start) < sentence.end { tokenEnd += 1 }
            while mentionIndex < mentions.count, mentions[mentionIndex].bytes.lowerBound < sentence.start { mentionIndex += 1 }
            var actors: [EntityMention] = []
            var cursor = mentionIndex
            while cursor < mentions.count, mentions[cursor].bytes.lowerBound < sentence.end {
                if mentions[cursor].type.isActor { actors.append(mentions[cursor]) }
                cursor += 1
            }
            guard actors.count >= 2 else { tokenIndex = tokenEnd; continue }
            let eventDate = dates.resolve(article.bytes[sentence.range])
            var position = tokenIndex
            while position < tokenEnd {
                var found: (length: Int, trigger: StanceLexicon.Trigger)?
                knowledge.lexicon.triggers.matches(in: tokens, from: position, until: tokenEnd, key: { $0.stem }) { length, payloads in
                    if let trigger = payloads.first { found = (length, trigger) }
                }
                guard let (length, trigger) = found else { position += 1; continue }
                defer { position += length }
                if isNegated(tokens, at: position, from: tokenIndex) { continue }
                let before = actors.filter { $0.tokens.upperBound <= position }
                let after = actors.filter { $0.tokens.lowerBound >= position + length }
                for (source, target, directed) in pairs(trigger: trigger, before: before, after: after, tokens: tokens) {
                    drafts.append(RelationDraft(
                        source: source, target: target, stance: trigger.stance, directed: directed,
                        sentence: sentence, trigger: trigger.phrase, confidence: 0.6, eventDate: eventDate))
                }
            }
            tokenIndex = tokenEnd
        }
        return drafts
    }

    func isNegated(_ tokens: [Token], at position: Int, from sentenceStart: Int) -> Bool {
        let lower = max(sentenceStart, position - 3)
        return (lower..<position).contains { Self.negations.contains(tokens[$0].key) }
    }

    /// The (source, target, directed) pairs a trigger relates.
    func pairs(trigger: StanceLexicon.Trigger, before: [EntityMention], after: [EntityMention], tokens: [Token])
        -> [(EntityReference, EntityReference, Bool)] {
        var result: [(EntityReference, EntityReference, Bool)] = []
        func add(_ a: EntityMention, _ b: EntityMention, directed: Bool) {
            guard a.reference != b.reference else { return }
            if !result.contains(where: { $0.0 == a.reference && $0.1 == b.reference }) {
                result.append((a.reference, b.reference, directed))
            }
        }
        let nearBefore = Array(before.suffix(2))
        let nearAfter = Array(after.prefix(2))
        if trigger.symmetric {
            if nearAfter.count == 2, tokens[nearAfter[0].tokens.upperBound].key == Self.andKey {
                add(nearAfter[0], nearAfter[1], directed: false)
            } else if nearBefore.count == 2 {
                add(nearBefore[0], nearBefore[1], directed: false)
            } else if let subject = nearBefore.last, let object = nearAfter.first {
                add(subject, object, directed: false)
            }
        } else if let object = nearAfter.first {
            for subject in nearBefore { add(subject, object, directed: true) }
        }
        return result
    }
}
