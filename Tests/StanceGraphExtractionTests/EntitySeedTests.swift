import Foundation
import Testing
@testable import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// The seed articles and their hand-made gold annotations in `../shared`, read at
/// run time (never copied here). Skipped when `../shared` is absent.
@Suite("Entities: seed articles against the gold")
struct EntitySeedTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    struct Gold: Decodable {
        struct GoldEntity: Decodable {
            var name: String
            var type: String
            var aliases: [String]?
            var country: String?
            var optional: Bool?
        }
        var article: String
        var entities: [GoldEntity]
        var forbidden_entities: [String]?
    }

    /// The scorer's folding: accents, case, periods and apostrophes, hyphens and a leading "the".
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
            where !scalar.properties.isDiacritic || scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        var folded = String(scalars).lowercased().replacingOccurrences(of: "’", with: "'")
        for mark in [".", "'", "`", "\""] { folded = folded.replacingOccurrences(of: mark, with: "") }
        for mark in ["-", "_", "/"] { folded = folded.replacingOccurrences(of: mark, with: " ") }
        folded = folded.split(separator: " ").joined(separator: " ")
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }

    static func names(_ entity: Entity) -> Set<String> {
        Set(([entity.name, entity.id.rawValue] + entity.aliases + entity.mentions.map(\.text)).map(fold))
    }

    @Test("each gold file: entity recall at least 0.9, every person's country right, nothing forbidden")
    func seeds() throws {
        let seeds = Self.shared.appendingPathComponent("seeds")
        let goldFolder = Self.shared.appendingPathComponent("eval/gold")
        guard FileManager.default.fileExists(atPath: goldFolder.path) else {
            print("note: \(Self.shared.path) is absent; the seed test is skipped")
            return
        }
        var diagnostics: [Diagnostic] = []
        let manifest = try Manifest.load(path: seeds.appendingPathComponent("manifest.json").path, diagnostics: &diagnostics)
        let pipeline = ExtractionPipeline(knowledge: EntityFixtures.knowledge, ingestOptions: IngestOptions(manifest: manifest), threads: 1)
        let document = pipeline.run(paths: [seeds.path], report: { _ in })
        let files = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldFolder.appendingPathComponent(file)))
            let stem = (gold.article as NSString).deletingPathExtension
            let articleIDs = Set(document.articles.filter { $0.id.rawValue == stem || ($0.path ?? "").hasSuffix(gold.article) }.map(\.id))
            #expect(!articleIDs.isEmpty, "no article for \(gold.article)")
            let entities = document.entities.filter { entity in entity.mentions.contains { articleIDs.contains($0.article) } }
            var goldByAlias: [String: String] = [:]
            for entity in gold.entities {
                for alias in [entity.name] + (entity.aliases ?? []) where goldByAlias[Self.fold(alias)] == nil {
                    goldByAlias[Self.fold(alias)] = entity.name
                }
            }
            func goldName(_ entity: Entity) -> String? {
                let hits = Self.names(entity).compactMap { goldByAlias[$0] }
                return Set(hits).max { lhs, rhs in
                    let (l, r) = (hits.filter { $0 == lhs }.count, hits.filter { $0 == rhs }.count)
                    return l != r ? l < r : lhs > rhs
                }
            }
            let found = Set(entities.filter { [.person, .country, .organization, .agreement].contains($0.type) }.compactMap(goldName))
            let required = gold.entities.filter { $0.optional != true }.map(\.name)
            let recall = Double(required.filter(found.contains).count) / Double(max(1, required.count))
            #expect(recall >= 0.9, "\(gold.article): recall \(recall), missing \(required.filter { !found.contains($0) })")
            // Every gold person with a country whose country the gold also lists gets it right.
            let goldTypes = Dictionary(gold.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
            for entity in entities where entity.type == .person {
                guard let name = goldName(entity), let expected = gold.entities.first(where: { $0.name == name })?.country,
                      goldTypes[expected] == "country" else { continue }
                let country = entity.country.flatMap { id in document.entities.first { $0.id == id } }.flatMap(goldName)
                #expect(country == expected, "\(gold.article): \(entity.name) is from \(expected), not \(String(describing: entity.country))")
            }
            for forbidden in gold.forbidden_entities ?? [] {
                #expect(!entities.contains { Self.names($0).contains(Self.fold(forbidden)) }, "\(gold.article): \(forbidden) must not be an entity")
            }
        }
    }
}
