import Foundation
import Testing
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// The seed articles scored against the hand-made gold the way
/// `../shared/eval/score.py` does: people rolled up to their country, pairs
/// unordered, a relation found when some prediction on the pair has the gold
/// polarity, a contradiction when a prediction on a gold pair has the opposite
/// one. Skipped where `../shared` is absent (a user's clone).
@Suite("Relations on the seed articles")
struct RelationSeedTests {
    static var shared: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("eval/gold").path) ? folder : nil
    }

    struct GoldScore: Sendable {
        var article: String
        var recall: Double
        var contradictions: [String]
    }

    static let scores: [GoldScore] = {
        guard let shared else { return [] }
        let seeds = shared.appendingPathComponent("seeds")
        var diagnostics: [Diagnostic] = []
        guard let manifest = try? Manifest.load(path: seeds.appendingPathComponent("manifest.json").path, diagnostics: &diagnostics) else {
            return []
        }
        let pipeline = ExtractionPipeline(knowledge: BuiltInKnowledge.load(), ingestOptions: IngestOptions(manifest: manifest), threads: 1)
        let document = pipeline.run(paths: [seeds.path]) { _ in }
        let goldFolder = shared.appendingPathComponent("eval/gold")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: goldFolder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return files.compactMap { file in
            guard let data = try? Data(contentsOf: goldFolder.appendingPathComponent(file)),
                  let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            return score(document, gold)
        }
    }()

    @Test("relation recall is at least 0.75 on each gold file, with no contradiction")
    func seeds() throws {
        guard Self.shared != nil else { return }
        #expect(Self.scores.count >= 3)
        for score in Self.scores {
            #expect(score.recall >= 0.75, "\(score.article): recall \(score.recall)")
            #expect(score.contradictions.isEmpty, "\(score.article): \(score.contradictions)")
        }
    }

    // MARK: Scoring

    static func normalized(_ text: String) -> String {
        var folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: "’", with: "'")
        folded = String(folded.unicodeScalars.filter { !".'`\"".unicodeScalars.contains($0) }.map(Character.init))
        folded = folded.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "/", with: " ")
        var words = folded.split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static func score(_ document: GraphDocument, _ gold: [String: Any]) -> GoldScore? {
        guard let article = gold["article"] as? String, let goldEntities = gold["entities"] as? [[String: Any]],
              let goldRelations = gold["relations"] as? [[String: Any]] else { return nil }
        let stem = article.hasSuffix(".txt") ? String(article.dropLast(4)) : article
        let articleIDs = Set(document.articles.filter { article in
            [article.id.rawValue, article.path ?? ""].contains { value in
                let base = value.split(separator: "/").last.map(String.init) ?? value
                return base == stem || base == article.id.rawValue && base.hasPrefix(stem) || base.hasPrefix(stem)
            }
        }.map(\.id))
        var alias: [String: String] = [:]
        var type: [String: String] = [:]
        var country: [String: String] = [:]
        for entity in goldEntities {
            guard let name = entity["name"] as? String else { continue }
            type[name] = entity["type"] as? String
            country[name] = entity["country"] as? String
            for other in [name] + ((entity["aliases"] as? [String]) ?? []) where alias[normalized(other)] == nil {
                alias[normalized(other)] = name
            }
        }
        var mapped: [EntityID: String] = [:]
        for entity in document.entities {
            var hits: [String: Int] = [:]
            for name in [entity.name, entity.id.rawValue] + entity.aliases + entity.mentions.map(\.text) {
                if let goldName = alias[normalized(name)] { hits[goldName, default: 0] += 1 }
            }
            if let best = hits.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) { mapped[entity.id] = best.key }
        }
        func roll(_ name: String?) -> String? {
            guard let name else { return nil }
            return type[name] == "person" ? (country[name] ?? name) : name
        }
        let predictions: [(pair: Set<String>, polarity: Int, line: String)] = document.relations.compactMap { relation in
            guard articleIDs.contains(relation.article), let source = roll(mapped[relation.source]),
                  let target = roll(mapped[relation.target]), source != target else { return nil }
            return ([source, target], relation.polarity, "\(source) \(relation.stance?.rawValue ?? "-") \(target): \(relation.evidence.text.prefix(80))")
        }
        let polarity = ["cooperation": 1, "consultation": 1, "support": 1, "agreement": 1]
        var required = 0
        var found = 0
        var goldPairs: [(Set<String>, Int)] = []
        for relation in goldRelations {
            guard let a = roll(relation["a"] as? String), let b = roll(relation["b"] as? String),
                  let stance = relation["stance"] as? String else { continue }
            let pair: Set<String> = [a, b]
            let sign = polarity[stance] ?? -1
            goldPairs.append((pair, sign))
            if relation["optional"] as? Bool == true { continue }
            required += 1
            if predictions.contains(where: { $0.pair == pair && $0.polarity == sign }) { found += 1 }
        }
        let contradictions = predictions.filter { prediction in
            prediction.polarity != 0 && goldPairs.contains { $0.0 == prediction.pair }
                && !goldPairs.contains { $0.0 == prediction.pair && $0.1 == prediction.polarity }
        }.map(\.line)
        return GoldScore(article: article, recall: Double(found) / Double(max(1, required)), contradictions: contradictions)
    }
}
