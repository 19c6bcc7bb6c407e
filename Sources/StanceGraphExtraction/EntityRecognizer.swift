import StanceGraphIngest
import StanceGraphModel

/// Finds the entities an article names, in stages over its tokens:
///
/// 1. **Gazetteer** (`+Gazetteer`): the longest dictionary name at each token
///    (countries, places, organizations, agreements, known people, by name,
///    demonym or metonym) or institution pattern ("Seoul's foreign ministry");
///    capitals as places in a locative context ("talks in Lima, Peru"); names that
///    need a context ("the North"); coordinated qualifiers ("North and South Korea").
/// 2. **People** (`+People`): names after a role title ("Foreign Minister Cho
///    Tae-yul", "Russia's defence minister, Sergei Shoigu"), in apposition
///    ("Sergei Lavrov, Russia's foreign minister"), then short references to them
///    ("Cho", "Minister Cho").
/// 3. **Agreements** (`+Agreements`): head nouns with their modifiers and parties
///    ("the North Korea-Russia comprehensive strategic partnership treaty").
/// 4. **Affiliation** (`+Affiliation`): the country of people and institutions the
///    article leaves implicit, and the actor nouns demonyms modify.
///
/// Every stage walks the token array once with trie look-ups, so recognition is
/// linear in the article's length.
public struct EntityRecognizer: Sendable {
    public let knowledge: KnowledgeBase
    let names: PersonNameScanner
    /// The tokens that may start a name, an institution or a contextual name:
    /// the gazetteer's loop rejects most tokens with this one filter read instead
    /// of one per trie.
    let gazetteerStarts: PhraseStartFilter

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.names = PersonNameScanner(words: knowledge.words)
        var starts = knowledge.names.startFilter
        starts.formUnion(knowledge.institutions.startFilter)
        starts.formUnion(knowledge.contextualNames.startFilter)
        self.gazetteerStarts = starts
    }

    /// The mentions in `article`, sorted by position, never overlapping.
    public func recognize(_ article: IngestedArticle, tokens: [Token]) -> [EntityMention] {
        var state = RecognitionState(bytes: article.bytes, date: article.article.date, sentences: article.sentences, tokens: tokens)
        let institutions = matchGazetteer(&state)
        findPeople(&state)
        findAgreements(&state)
        resolveAffiliations(&state, institutions: institutions)
        markActorNouns(&state)
        return state.finished()
    }
}
