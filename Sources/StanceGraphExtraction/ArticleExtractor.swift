import StanceGraphIngest
import StanceGraphModel

/// Runs the per-article stages: tokens, entity mentions, stance relations and the
/// affiliations the text states.
public struct ArticleExtractor: Sendable {
    public let knowledge: KnowledgeBase
    let recognizer: EntityRecognizer
    let relationExtractor: RelationExtractor

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.recognizer = EntityRecognizer(knowledge: knowledge)
        self.relationExtractor = RelationExtractor(knowledge: knowledge)
    }

    public func extract(_ article: IngestedArticle) -> ArticleExtraction {
        let tokens = Tokenizer().tokenize(article.bytes)
        var mentions = recognizer.recognize(article, tokens: tokens)
        var relations = relationExtractor.relations(in: article, tokens: tokens, mentions: mentions)
        relations += affiliations(article, mentions)
        for index in mentions.indices {
            let bytes = mentions[index].bytes
            mentions[index].located = Mention(article: article.article.id, range: article.textRange(bytes), text: article.text(bytes))
        }
        for index in relations.indices {
            let span = relations[index].sentence.range
            relations[index].evidence = Evidence(text: article.text(span), range: article.textRange(span))
        }
        return ArticleExtraction(article: article.article, mentions: mentions, relations: relations)
    }

    /// One affiliation link per person and country the article ties together
    /// ("Japanese Foreign Minister Yoko Kamikawa"), with the first sentence that says so.
    func affiliations(_ article: IngestedArticle, _ mentions: [EntityMention]) -> [RelationDraft] {
        var seen = Set<EntityReference>()
        var drafts: [RelationDraft] = []
        for mention in mentions where mention.type == .person {
            guard let country = mention.country, seen.insert(mention.reference).inserted else { continue }
            guard let sentence = article.sentences.first(where: { $0.range.contains(mention.bytes.lowerBound) }) else { continue }
            drafts.append(RelationDraft(
                kind: .affiliation, source: mention.reference, target: .known(country), stance: nil, directed: true,
                sentence: sentence, trigger: mention.role, confidence: 0.9))
        }
        return drafts
    }
}
