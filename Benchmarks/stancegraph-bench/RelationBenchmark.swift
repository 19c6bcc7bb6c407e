import Foundation
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// Throughput of the relation stage alone on a corpus: the stance relations of
/// each article, found on tokens and entity mentions computed beforehand (so
/// that reading, cleaning, tokenizing and recognition do not count), on one
/// thread. Times are the thread's CPU time, best of three (see
/// `BenchmarkClock.threadCPUSeconds`).
enum RelationBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let corpus = arguments.first else {
            throw CommandLineError("usage: stancegraph-bench relations CORPUS.jsonl")
        }
        let knowledge = BuiltInKnowledge.load()
        let ingested = IngestedCorpus(path: corpus)
        let articles = ingested.articles
        let bytes = ingested.bytes
        let recognizer = EntityRecognizer(knowledge: knowledge)
        let tokens = articles.map { Tokenizer().tokenize($0.bytes) }
        let mentions = articles.indices.map { recognizer.recognize(articles[$0], tokens: tokens[$0]) }
        let extractor = RelationExtractor(knowledge: knowledge)
        var drafts = 0
        let seconds = BenchmarkClock.threadCPUSeconds {
            drafts = articles.withUnsafeBufferPointer { buffer in
                buffer.indices.reduce(0) { $0 + extractor.relations(in: buffer[$1], tokens: tokens[$1], mentions: mentions[$1]).count }
            }
        }
        BenchmarkClock.report("relations", "relation stage", bytes / 1e6 / seconds, "MB/s")
        BenchmarkClock.report("relations", "relation stage time", seconds, "s")
        BenchmarkClock.report("relations", "relations", Double(drafts), "count")
    }
}
