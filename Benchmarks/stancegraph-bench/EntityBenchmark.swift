import Foundation
import StanceGraphExtraction
import StanceGraphIngest
import StanceGraphModel

/// Throughput of the entity side of extraction on a corpus: tokenizing,
/// recognizing entities, finding structural links, and assembling the graph,
/// each timed on articles already ingested (so that reading and cleaning do not
/// count), on one thread. Times are the thread's CPU time, best of three, so
/// that other processes on a shared machine distort them less than wall time.
enum EntityBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let corpus = arguments.first else {
            throw CommandLineError("usage: stancegraph-bench entities CORPUS.jsonl")
        }
        let knowledge = BuiltInKnowledge.load()
        let ingested = IngestedCorpus(path: corpus)
        let articles = ingested.articles
        let bytes = ingested.bytes
        let recognizer = EntityRecognizer(knowledge: knowledge)
        let links = StructuralLinkFinder(knowledge: knowledge)
        var tokens: [[Token]] = []
        let tokenizing = BenchmarkClock.threadCPUSeconds {
            tokens = articles.withUnsafeBufferPointer { buffer in buffer.indices.map { Tokenizer().tokenize(buffer[$0].bytes) } }
        }
        BenchmarkClock.report("entities", "tokenize", bytes / 1e6 / tokenizing, "MB/s")
        var mentions: [[EntityMention]] = []
        let recognizing = BenchmarkClock.threadCPUSeconds {
            mentions = articles.withUnsafeBufferPointer { buffer in
                buffer.indices.map { recognizer.recognize(buffer[$0], tokens: tokens[$0]) }
            }
        }
        BenchmarkClock.report("entities", "recognize", bytes / 1e6 / recognizing, "MB/s")
        BenchmarkClock.report("entities", "mentions", Double(mentions.reduce(0) { $0 + $1.count }), "count")
        var drafts = 0
        let linking = BenchmarkClock.threadCPUSeconds {
            drafts = articles.withUnsafeBufferPointer { buffer in
                buffer.indices.reduce(0) { $0 + links.links(in: buffer[$1], tokens: tokens[$1], mentions: mentions[$1]).count }
            }
        }
        BenchmarkClock.report("entities", "structural links", bytes / 1e6 / linking, "MB/s")
        BenchmarkClock.report("entities", "links", Double(drafts), "count")
        let extractor = ArticleExtractor(knowledge: knowledge)
        var extractions: [ArticleExtraction] = []
        let extracting = BenchmarkClock.threadCPUSeconds {
            extractions = articles.withUnsafeBufferPointer { buffer in buffer.indices.map { extractor.extract(buffer[$0]) } }
        }
        BenchmarkClock.report("entities", "extract per article (tokens, entities, relations, links)", bytes / 1e6 / extracting, "MB/s")
        var entities = 0
        let assembling = BenchmarkClock.threadCPUSeconds {
            entities = GraphAssembler(knowledge: knowledge).assemble(extractions).entities.count
        }
        BenchmarkClock.report("entities", "assemble", bytes / 1e6 / assembling, "MB/s")
        BenchmarkClock.report("entities", "entities", Double(entities), "count")
    }
}
