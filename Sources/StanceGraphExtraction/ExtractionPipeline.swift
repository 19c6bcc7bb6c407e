import Foundation
import Dispatch
import StanceGraphIngest
import StanceGraphModel

/// The whole `extract` stage: reads inputs as a stream, ingests and extracts
/// batches of articles on all cores, and assembles one graph document.
///
/// Results do not depend on the number of threads: each article is processed on
/// its own and results are collected in input order.
public struct ExtractionPipeline: Sendable {
    public var knowledge: KnowledgeBase
    public var ingestOptions: IngestOptions
    /// Worker threads; defaults to the number of active cores.
    public var threads: Int
    /// How many input bytes to gather before processing a batch in parallel.
    public var batchBytes: Int

    public init(knowledge: KnowledgeBase, ingestOptions: IngestOptions = IngestOptions(),
                threads: Int = ProcessInfoCores.active, batchBytes: Int = 4 << 20) {
        self.knowledge = knowledge
        self.ingestOptions = ingestOptions
        self.threads = max(1, threads)
        self.batchBytes = batchBytes
    }

    /// Runs the pipeline over `paths`, reporting per-input problems through `report`.
    public func run(paths: [String], report: (Diagnostic) -> Void) -> GraphDocument {
        let ingestor = ArticleIngestor(options: ingestOptions)
        let extractor = ArticleExtractor(knowledge: knowledge)
        var extractions: [ArticleExtraction] = []
        var batch: [RawDocument] = []
        var pendingBytes = 0
        var usedIDs = Set<ArticleID>()

        func flush() {
            guard !batch.isEmpty else { return }
            let results = Parallel.map(batch, threads: threads) { raw -> (ArticleExtraction, [Diagnostic]) in
                let (article, diagnostics) = ingestor.ingest(raw)
                return (extractor.extract(article), diagnostics)
            }
            for (extraction, diagnostics) in results {
                diagnostics.forEach(report)
                extractions.append(extraction)
            }
            batch.removeAll(keepingCapacity: true)
            pendingBytes = 0
        }

        CorpusReader(paths: paths).forEach(diagnostic: report) { raw in
            var document = raw
            if !usedIDs.insert(document.id).inserted {
                var suffix = 2
                while usedIDs.contains(ArticleID("\(raw.id.rawValue)-\(suffix)")) { suffix += 1 }
                document.id = ArticleID("\(raw.id.rawValue)-\(suffix)")
                usedIDs.insert(document.id)
                report(Diagnostic(.warning, file: raw.location,
                    "article id '\(raw.id)' is already taken by an earlier input; this one is '\(document.id)'"))
            }
            batch.append(document)
            pendingBytes += document.content.utf8.count
            if pendingBytes >= batchBytes { flush() }
        }
        flush()
        return GraphAssembler(knowledge: knowledge).assemble(extractions)
    }

    /// Extracts from documents already in memory (tests, library users).
    public func run(documents: [RawDocument]) -> (document: GraphDocument, diagnostics: [Diagnostic]) {
        let ingestor = ArticleIngestor(options: ingestOptions)
        let extractor = ArticleExtractor(knowledge: knowledge)
        let results = Parallel.map(documents, threads: threads) { raw -> (ArticleExtraction, [Diagnostic]) in
            let (article, diagnostics) = ingestor.ingest(raw)
            return (extractor.extract(article), diagnostics)
        }
        return (GraphAssembler(knowledge: knowledge).assemble(results.map(\.0)), results.flatMap(\.1))
    }
}

/// The number of cores this process may use.
public enum ProcessInfoCores {
    public static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
