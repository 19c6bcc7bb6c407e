import StanceGraphIngest
import StanceGraphModel

/// Runs the per-article stages: tokens, entity mentions, stance relations and the
/// affiliations the text states.
public struct ArticleExtractor: Sendable {
    public let knowledge: KnowledgeBase
    let recognizer: EntityRecognizer
    let relationExtractor: RelationExtractor
    /// Made once: building one copies the knowledge base, which retains each of
    /// its many arrays, and that per article showed in profiles.
    let linkFinder: StructuralLinkFinder

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.recognizer = EntityRecognizer(knowledge: knowledge)
        self.relationExtractor = RelationExtractor(knowledge: knowledge)
        self.linkFinder = StructuralLinkFinder(knowledge: knowledge)
    }

    /// The extraction from `article`, which it takes over: its `Article` moves into
    /// the result (`Article.take()`) instead of being copied, field by field
    /// retained, then released with the rest of the ingested article.
    public func extract(_ article: consuming IngestedArticle) -> ArticleExtraction {
        let tokens = Tokenizer().tokenize(article.bytes)
        let mentions = recognizer.recognize(article, tokens: tokens)
        var relations = relationExtractor.relations(in: article, tokens: tokens, mentions: mentions)
        relations += linkFinder.links(in: article, tokens: tokens, mentions: mentions)
        var extracted: [ExtractedMention] = []
        extracted.reserveCapacity(mentions.count)
        for index in mentions.indices {
            let bytes = mentions[index].bytes
            extracted.append(ExtractedMention(
                located: Mention(article: article.article.id, range: article.textRange(bytes), text: article.text(bytes)),
                reference: mentions[index].reference, type: mentions[index].type, kind: mentions[index].kind,
                role: mentions[index].role, country: mentions[index].country, phraseText: mentions[index].phraseText))
        }
        for index in relations.indices {
            let span = relations[index].sentence.range
            relations[index].evidence = Evidence(text: article.text(span), range: article.textRange(span))
        }
        return ArticleExtraction(article: article.article.take(), mentions: extracted, relations: relations)
    }
}
