import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// Runs the whole extraction on a few sentences written for the tests and
/// renders each stance relation as one line: "France condemnation> Russia" for a
/// directed stance, "Brazil cooperation Argentina" (names in order) for a mutual
/// one, with " [hedged]", " [planned]" or " [disputed]" unless asserted.
enum RelationFixture {
    static let knowledge = BuiltInKnowledge.load()
    static let pipeline = ExtractionPipeline(knowledge: knowledge, ingestOptions: IngestOptions(date: CalendarDate(iso: "2024-05-10")),
                                             threads: 1)

    static func document(_ text: String) -> GraphDocument {
        let raw = RawDocument(id: ArticleID("fixture"), path: "fixture.txt", format: .text, content: text)
        return pipeline.run(documents: [raw]).document
    }

    /// The stance relations of `text`, rendered; with `codes`, the stance is
    /// followed by the CAMEO code ("Bolivia condemnation/115> Chile") and the
    /// modality is left out.
    static func relations(_ text: String, codes: Bool = false) -> [String] {
        let document = document(text)
        var names: [EntityID: String] = [:]
        for entity in document.entities { names[entity.id] = entity.name }
        return document.relations.compactMap { relation in
            guard let stance = relation.stance else { return nil }
            let source = names[relation.source] ?? relation.source.rawValue
            let target = names[relation.target] ?? relation.target.rawValue
            let label = codes ? "\(stance.rawValue)/\(relation.cameo?.rawValue ?? "-")" : stance.rawValue
            let modality = codes || relation.modality == .asserted ? "" : " [\(relation.modality.rawValue)]"
            if relation.directed { return "\(source) \(label)> \(target)\(modality)" }
            let (first, second) = source < target ? (source, target) : (target, source)
            return "\(first) \(label) \(second)\(modality)"
        }
    }

    /// How an absent line of a case is matched: as a whole relation, or as any
    /// relation naming it (a name or a stance).
    enum Absence { case relation, mention }

    /// Checks a case: every expected relation is found and no absent one is.
    static func check(_ example: RelationCase, codes: Bool = false, absence: Absence = .relation,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let found = relations(example.text, codes: codes)
        for expected in example.expected {
            #expect(contains(found, expected), "missing \(expected) in \(found)", sourceLocation: sourceLocation)
        }
        for absent in example.absent {
            let present = absence == .relation ? contains(found, absent) : found.contains { $0.contains(absent) }
            #expect(!present, "unexpected \(absent) in \(found)", sourceLocation: sourceLocation)
        }
    }

    /// Whether `expected` is among `found`; an expectation without a modality
    /// tag matches any modality.
    static func contains(_ found: [String], _ expected: String) -> Bool {
        if expected.hasSuffix("]") { return found.contains(expected) }
        return found.contains { line in line == expected || line.hasPrefix(expected + " [") }
    }
}

/// One test sentence (or a few) with the relations it must and must not yield.
struct RelationCase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]
    var absent: [String]

    init(_ text: String, expect expected: [String] = [], absent: [String] = []) {
        self.text = text
        self.expected = expected
        self.absent = absent
    }

    var testDescription: String { String(text.prefix(70)) }
}

import Testing
