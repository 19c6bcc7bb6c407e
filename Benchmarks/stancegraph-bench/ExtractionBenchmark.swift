import Foundation
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// Throughput of the whole extract stage on a corpus, with one thread and with
/// all cores: read, clean, split, recognize, relate, assemble, and serialize the
/// JSON document (to memory: only the final file write and process start are
/// left out, which `Scripts/bench.sh` times with the command itself). The
/// per-core figure is the throughput divided by the threads used.
enum ExtractionBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let corpus = arguments.first else {
            throw CommandLineError("usage: stancegraph-bench extract CORPUS.jsonl")
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: corpus)[.size] as? NSNumber)?.doubleValue ?? 0
        let knowledge = BuiltInKnowledge.load()
        for threads in Array(Set([1, ProcessInfoCores.active])).sorted() {
            var relations = 0
            var jsonBytes = 0
            var pipelineSeconds = Double.infinity
            let seconds = BenchmarkClock.best(of: 3) {
                let pipeline = ExtractionPipeline(knowledge: knowledge, threads: threads)
                var document = GraphDocument()
                pipelineSeconds = min(pipelineSeconds, BenchmarkClock.best(of: 1) {
                    document = pipeline.run(paths: [corpus], report: { _ in })
                })
                jsonBytes = 0
                document.writeJSON(threads: threads) { jsonBytes += $0.count }
                relations = document.relations.count
            }
            let throughput = bytes / 1e6 / seconds
            BenchmarkClock.report("extract", "end to end threads=\(threads)", throughput, "MB/s")
            BenchmarkClock.report("extract", "end to end per core threads=\(threads)", throughput / Double(threads), "MB/s")
            BenchmarkClock.report("extract", "without JSON threads=\(threads)", bytes / 1e6 / pipelineSeconds, "MB/s")
            BenchmarkClock.report("extract", "relations threads=\(threads)", Double(relations), "count")
            BenchmarkClock.report("extract", "document threads=\(threads)", Double(jsonBytes) / 1e6, "MB")
        }
        BenchmarkClock.report("extract", "peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
    }
}

struct CommandLineError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
