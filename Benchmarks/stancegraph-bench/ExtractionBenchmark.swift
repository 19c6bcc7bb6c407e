import Foundation
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// Throughput of the whole extract stage (read, clean, split, recognize, relate,
/// assemble) on a corpus, with one thread and with all cores.
enum ExtractionBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let corpus = arguments.first else {
            throw CommandLineError("usage: stancegraph-bench extract CORPUS.jsonl")
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: corpus)[.size] as? NSNumber)?.doubleValue ?? 0
        let knowledge = BuiltInKnowledge.load()
        for threads in [1, ProcessInfoCores.active] {
            var relations = 0
            let seconds = BenchmarkClock.best(of: 3) {
                let pipeline = ExtractionPipeline(knowledge: knowledge, threads: threads)
                let document = pipeline.run(paths: [corpus], report: { _ in })
                relations = document.relations.count
            }
            BenchmarkClock.report("extract", "throughput threads=\(threads)", bytes / 1e6 / seconds, "MB/s")
            BenchmarkClock.report("extract", "relations threads=\(threads)", Double(relations), "count")
        }
        BenchmarkClock.report("extract", "peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
    }
}

struct CommandLineError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
