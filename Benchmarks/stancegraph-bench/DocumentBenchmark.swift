import Foundation
import StanceGraphModel

/// Reading and writing the JSON graph document: the fixed cost every command
/// after `extract` pays, and the last stage of `extract` itself.
enum DocumentBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first, let data = FileManager.default.contents(atPath: path) else {
            throw CommandLineError("usage: stancegraph-bench document GRAPH.json")
        }
        let megabytes = Double(data.count) / 1e6
        var document = GraphDocument()
        let read = try BenchmarkClock.best(of: 3) { document = try GraphDocument(jsonData: data, file: path) }
        BenchmarkClock.report("document", "read", megabytes / read, "MB/s")
        let foundation = try BenchmarkClock.best(of: 1) { _ = try JSONDecoder().decode(GraphDocument.self, from: data) }
        BenchmarkClock.report("document", "read with JSONDecoder", megabytes / foundation, "MB/s")
        var bytes: [UInt8] = []
        let write = BenchmarkClock.best(of: 3) { bytes = document.jsonBytes() }
        BenchmarkClock.report("document", "write", Double(bytes.count) / 1e6 / write, "MB/s")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let foundationWrite = try BenchmarkClock.best(of: 1) { _ = try encoder.encode(document) }
        BenchmarkClock.report("document", "write with JSONEncoder", Double(bytes.count) / 1e6 / foundationWrite, "MB/s")
    }
}
