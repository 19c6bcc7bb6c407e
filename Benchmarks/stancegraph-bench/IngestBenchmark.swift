import Dispatch
import Foundation
import StanceGraphIngest
import StanceGraphModel

/// Throughput of ingestion on one thread: reading (chunked I/O and JSON Lines
/// decoding), cleaning and sentence splitting, and the two together, in MB of
/// input per second; with `--large`, a corpus streamed end to end with its peak
/// memory; with `--gzip`, the same corpus read through the gzip decoder.
///
///   stancegraph-bench ingest CORPUS.jsonl [--large BIG.jsonl] [--gzip CORPUS.jsonl.gz] [--clean-only N] [--html PAGES]
///
/// `--clean-only N` runs only the in-memory cleaning and splitting, N times (for
/// profilers and instruction counts). `--html PAGES` also measures the cleaning
/// and splitting of a folder of HTML pages (tree, main-content detection, line
/// cleaning), by the MB of their decoded HTML.
enum IngestBenchmark {
    static func run(_ arguments: [String]) throws {
        var corpus: String?
        var large: String?
        var gzip: String?
        var cleanOnly: Int?
        var html: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--large": large = rest.popFirst()
            case "--gzip": gzip = rest.popFirst()
            case "--clean-only": cleanOnly = rest.popFirst().flatMap { Int($0) }
            case "--html": html = rest.popFirst()
            default: corpus = argument
            }
        }
        guard let corpus else {
            throw CommandLineError("usage: stancegraph-bench ingest CORPUS.jsonl [--large BIG.jsonl] [--gzip CORPUS.jsonl.gz]")
        }
        let ingestor = ArticleIngestor()
        if let cleanOnly {
            var documents: [RawDocument] = []
            CorpusReader(paths: [corpus]).forEach(diagnostic: { _ in }) { documents.append($0) }
            let contentBytes = Double(documents.reduce(0) { $0 + $1.content.utf8.count })
            measure("ingest", "clean+split", megabytes: contentBytes / 1e6, repetitions: cleanOnly) {
                for document in documents { _ = ingestor.ingest(document) }
            }
            return
        }

        // First the streamed corpus, so the peak memory is its own.
        if let large {
            let bytes = try fileSize(large)
            var documents = 0
            var sentences = 0
            measure("ingest", "large read+clean+split", megabytes: bytes / 1e6, repetitions: 1) {
                CorpusReader(paths: [large]).forEach(diagnostic: { _ in }) { raw in
                    let (article, _) = ingestor.ingest(raw)
                    documents += 1
                    sentences += article.sentences.count
                }
            }
            BenchmarkClock.report("ingest", "large corpus size", bytes / 1e6, "MB")
            BenchmarkClock.report("ingest", "large documents", Double(documents), "count")
            BenchmarkClock.report("ingest", "large peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
        }

        let bytes = try fileSize(corpus)
        // Reading alone: chunked I/O, line splitting, JSON decoding.
        var documents: [RawDocument] = []
        measure("ingest", "read", megabytes: bytes / 1e6) {
            documents.removeAll(keepingCapacity: true)
            CorpusReader(paths: [corpus]).forEach(diagnostic: { _ in }) { documents.append($0) }
        }

        // Cleaning and splitting of documents in memory, by the bytes of their text.
        let contentBytes = Double(documents.reduce(0) { $0 + $1.content.utf8.count })
        var sentenceCount = 0
        measure("ingest", "clean+split", megabytes: contentBytes / 1e6) {
            sentenceCount = 0
            for document in documents {
                sentenceCount += ingestor.ingest(document).article.sentences.count
            }
        }
        BenchmarkClock.report("ingest", "sentences", Double(sentenceCount), "count")

        // Splitting alone, on the cleaned texts.
        let cleaned = documents.map { ingestor.ingest($0).article.bytes }
        let cleanedBytes = Double(cleaned.reduce(0) { $0 + $1.count })
        let splitter = SentenceSplitter()
        measure("ingest", "split", megabytes: cleanedBytes / 1e6) {
            var total = 0
            for text in cleaned { total += splitter.split(text).count }
            precondition(total == sentenceCount)
        }

        // Everything, streamed from the file.
        measure("ingest", "read+clean+split", megabytes: bytes / 1e6) {
            CorpusReader(paths: [corpus]).forEach(diagnostic: { _ in }) { raw in
                _ = ingestor.ingest(raw)
            }
        }

        if let gzip {
            measure("ingest", "gzip read (decompressed MB)", megabytes: bytes / 1e6) {
                CorpusReader(paths: [gzip]).forEach(diagnostic: { _ in }) { _ in }
            }
        }

        if let html {
            var pages: [RawDocument] = []
            CorpusReader(paths: [html]).forEach(diagnostic: { _ in }) { pages.append($0) }
            let htmlBytes = Double(pages.reduce(0) { $0 + $1.content.utf8.count })
            measure("ingest", "html clean+split", megabytes: htmlBytes / 1e6) {
                for page in pages { _ = ingestor.ingest(page) }
            }
            BenchmarkClock.report("ingest", "html pages", Double(pages.count), "count")
        }
    }

    /// Like `BenchmarkClock.best`, but also the CPU time of this thread, which the
    /// other processes of a shared machine do not inflate.
    static func measure(_ suite: String, _ name: String, megabytes: Double, repetitions: Int = 3, _ body: () -> Void) {
        var wall = Double.infinity
        var cpu = Double.infinity
        for _ in 0..<repetitions {
            let (wallStart, cpuStart) = (DispatchTime.now().uptimeNanoseconds, threadCPUSeconds())
            body()
            wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
            cpu = min(cpu, threadCPUSeconds() - cpuStart)
        }
        BenchmarkClock.report(suite, name, megabytes / wall, "MB/s")
        BenchmarkClock.report(suite, "\(name) (CPU time)", megabytes / cpu, "MB/s")
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func fileSize(_ path: String) throws -> Double {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
    }
}
