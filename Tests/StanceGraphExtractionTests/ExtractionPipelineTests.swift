import Foundation
import Testing
import StanceGraphExtraction
import StanceGraphModel

@Suite("ExtractionPipeline")
struct ExtractionPipelineTests {
    /// A folder of inputs, good and bad, read in many small batches.
    static func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sentences = [
            "Brazil and Kenya agreed to cooperate closely on trade, officials said.",
            "France strongly condemned North Korea over the missile launch.",
            "Chile urged Peru to reopen the border crossing without delay.",
            "Egypt and Jordan held talks on the ceasefire in Cairo.",
        ]
        var lines: [String] = []
        for index in 0..<40 {
            if index == 17 { lines.append("{not json") }
            let id = index == 23 ? "item-3" : "item-\(index)"
            let text = sentences[index % sentences.count] + " The talks continue next week."
            lines.append(#"{"id": "\#(id)", "date": "2024-03-\#(String(format: "%02d", index % 28 + 1))", "text": "\#(text)"}"#)
        }
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("a-wire.jsonl"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("b-empty.txt"))
        try "Japan warned China against new drills near the islands.\n"
            .write(to: folder.appendingPathComponent("c-note.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("documents and diagnostics come out the same, in input order, whatever the threads and batch size")
    func deterministicAcrossThreads() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        func run(threads: Int, batchBytes: Int) -> (GraphDocument, [String]) {
            var messages: [String] = []
            let pipeline = ExtractionPipeline(knowledge: BuiltInKnowledge.load(), threads: threads, batchBytes: batchBytes)
            let document = pipeline.run(paths: [folder.path, folder.appendingPathComponent("missing.txt").path]) {
                messages.append("\($0)")
            }
            return (document, messages)
        }
        let (reference, referenceMessages) = run(threads: 1, batchBytes: 1 << 20)
        #expect(reference.articles.count == 41)
        #expect(reference.relations.contains { $0.stance == .condemnation })
        // Problems are reported where they are in the input: the bad line before
        // the renamed duplicate, both before the empty file, the missing path last.
        let order = ["a-wire.jsonl:18", "a-wire.jsonl:25", "b-empty.txt", "missing.txt"].map { marker in
            referenceMessages.firstIndex { $0.contains(marker) }
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        for (threads, batchBytes) in [(1, 300), (3, 300), (2, 1 << 20)] {
            let (document, messages) = run(threads: threads, batchBytes: batchBytes)
            #expect(document.jsonBytes() == reference.jsonBytes(), "threads \(threads), batch \(batchBytes)")
            #expect(messages == referenceMessages, "threads \(threads), batch \(batchBytes)")
        }
    }
}
