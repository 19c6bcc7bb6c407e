import Foundation
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// Helpers shared by the entity suites: the built-in knowledge (loaded once),
/// articles made from sentences written for the tests, and look-ups into the
/// mentions and graphs they produce.
enum EntityFixtures {
    static let knowledge = BuiltInKnowledge.load()
    static let recognizer = EntityRecognizer(knowledge: knowledge)

    /// An ingested article with `text` as its body (no page cleaning).
    static func article(_ text: String, id: String = "test", date: String? = "2024-06-21") -> IngestedArticle {
        let article = Article(id: ArticleID(id), date: date.flatMap { CalendarDate(iso: $0) }, text: text)
        return IngestedArticle(article: article, sentences: SentenceSplitter().split(Array(text.utf8)))
    }

    /// The mentions the recognizer finds in `text`.
    static func mentions(_ text: String, date: String? = "2024-06-21", knowledge: KnowledgeBase = knowledge) -> [RecognizedMention] {
        let ingested = article(text, date: date)
        let tokens = Tokenizer().tokenize(ingested.bytes)
        let recognizer = knowledge.actors.count == Self.knowledge.actors.count ? Self.recognizer : EntityRecognizer(knowledge: knowledge)
        return recognizer.recognize(ingested, tokens: tokens).map { RecognizedMention(mention: $0, text: ingested.text($0.bytes)) }
    }

    /// The graph of several articles, each a (text, date) pair.
    static func graph(_ texts: [(String, String?)], knowledge: KnowledgeBase = knowledge) -> GraphDocument {
        let extractor = ArticleExtractor(knowledge: knowledge)
        let extractions = texts.enumerated().map { index, item in extractor.extract(article(item.0, id: "a\(index)", date: item.1)) }
        return GraphAssembler(knowledge: knowledge).assemble(extractions)
    }

    static func graph(_ texts: String..., date: String? = "2024-06-21") -> GraphDocument {
        graph(texts.map { ($0, date) })
    }
}

/// A mention with its surface text, for readable expectations.
struct RecognizedMention: CustomStringConvertible {
    var mention: EntityMention
    var text: String

    var reference: EntityReference { mention.reference }
    var type: EntityType { mention.type }
    var kind: MentionKind { mention.kind }

    /// The entity id for a known actor, the name for one found in the text.
    var target: String {
        switch mention.reference {
        case .known(let id): return id.rawValue
        case .person(let name, _): return "person \(name)"
        case .discovered(let type, let name): return "\(type.rawValue) \(name)"
        }
    }

    var description: String { "\(text) -> \(target)" }
}

extension Array where Element == RecognizedMention {
    /// The first mention whose text is `text`.
    func first(_ text: String) -> RecognizedMention? { first { $0.text == text } }

    /// Whether some mention refers to `target` (an id, "person <name>" or "<type> <name>").
    func names(_ target: String) -> Bool { contains { $0.target == target } }
}

extension GraphDocument {
    func entity(_ id: String) -> Entity? { entities.first { $0.id.rawValue == id } }

    /// The entity one of whose names or spellings is `name`.
    func entity(named name: String) -> Entity? {
        entities.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The relations or links of one kind (structural links live in `links`).
    func relations(_ kind: RelationKind) -> [Relation] { (kind == .stance ? relations : links).filter { $0.kind == kind } }
}
