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

    /// Runs the pipeline over `paths`, reporting per-input problems through `report`
    /// in input order.
    ///
    /// With more than one thread, the inputs are read on a thread of their own,
    /// a batch ahead of the extraction, so reading overlaps with the work on the
    /// previous batch; memory holds at most three batches of raw input.
    public func run(paths: [String], report: (Diagnostic) -> Void) -> GraphDocument {
        let ingestor = ArticleIngestor(options: ingestOptions)
        let extractor = ArticleExtractor(knowledge: knowledge)
        var extractions: [ArticleExtraction] = []

        // Each extraction moves from the worker's result straight into `extractions`,
        // passed in rather than captured: a captured variable cannot be handed
        // over (`consume`) to the assembler at the end.
        func process(_ batch: consuming ReadBatch, into extractions: inout [ArticleExtraction]) {
            var problems = batch.problems[...]
            var position = 0
            extract(&batch.documents, ingestor: ingestor, extractor: extractor) { extraction, diagnostics in
                while let problem = problems.first, problem.position == position {
                    report(problem.diagnostic)
                    problems.removeFirst()
                }
                diagnostics.forEach(report)
                extractions.append(extraction)
                position += 1
            }
            for problem in problems { report(problem.diagnostic) }
        }

        if threads <= 1 {
            readBatches(paths: paths) { process($0, into: &extractions) }
        } else {
            let batches = BoundedQueue<ReadBatch>(capacity: 2)
            let reader = Thread { [self] in
                readBatches(paths: paths) { batches.put($0) }
                batches.close()
            }
            reader.stackSize = 8 << 20
            reader.start()
            while let batch = batches.take() { process(batch, into: &extractions) }
        }
        // Handed over, not copied: the assembler moves the articles out of the
        // extractions, which copied the whole array while this variable shared it.
        return GraphAssembler(knowledge: knowledge, threads: threads).assemble(consume extractions)
    }

    /// A batch of input: the documents read, and the problems met with the inputs,
    /// each placed before the document it preceded in input order.
    ///
    /// The documents are gathered in an array of their own, so extraction reads
    /// them where they are instead of copying each out of a list of events.
    private struct ReadBatch: Sendable {
        struct Problem: Sendable {
            /// How many of the batch's documents came before it.
            var position: Int
            var diagnostic: Diagnostic
        }

        var documents: [RawDocument] = []
        var problems: [Problem] = []

        var isEmpty: Bool { documents.isEmpty && problems.isEmpty }

        mutating func append(_ diagnostic: Diagnostic) {
            problems.append(Problem(position: documents.count, diagnostic: diagnostic))
        }

        /// The batch, moved out and replaced by an empty one: a copy would share
        /// the documents' array with this variable, and lending the documents out
        /// in place (`Parallel.forEach`) would then copy them all.
        mutating func handOver() -> ReadBatch {
            var full = ReadBatch()
            swap(&full, &self)
            return full
        }
    }

    /// Reads `paths` and hands batches of about `batchBytes` of input to
    /// `deliver`, giving each article an id no earlier article has.
    ///
    /// The first batch is a sixteenth of that, and each next one twice the one
    /// before up to `batchBytes`: the workers start as soon as a little input is
    /// read instead of idling while the reader fills a whole batch.
    private func readBatches(paths: [String], deliver: (consuming ReadBatch) -> Void) {
        var batch = ReadBatch()
        var pendingBytes = 0
        var limit = max(1, batchBytes / 16)
        var usedIDs = ArticleIDSet()
        // Each document is taken over from the reader and moved into the batch.
        CorpusReader(paths: paths).forEach(diagnostic: { batch.append($0) }) { (document: consuming RawDocument) in
            if !usedIDs.insert(document.id) {
                let givenID = document.id
                var suffix = 2
                while usedIDs.contains(ArticleID("\(givenID.rawValue)-\(suffix)")) { suffix += 1 }
                document.id = ArticleID("\(givenID.rawValue)-\(suffix)")
                usedIDs.insert(document.id)
                batch.append(Diagnostic(.warning, file: document.location,
                    "article id '\(givenID)' is already taken by an earlier input; this one is '\(document.id)'"))
            }
            // Counted before the document moves into the batch (after it, the
            // count kept a copy alive that was then released).
            pendingBytes += document.content.utf8.count
            batch.documents.append(document)
            if pendingBytes >= limit {
                deliver(batch.handOver())
                pendingBytes = 0
                limit = min(batchBytes, limit * 2)
            }
        }
        if !batch.isEmpty { deliver(batch.handOver()) }
    }

    /// Extracts from documents already in memory (tests, library users).
    public func run(documents: [RawDocument]) -> (document: GraphDocument, diagnostics: [Diagnostic]) {
        let ingestor = ArticleIngestor(options: ingestOptions)
        let extractor = ArticleExtractor(knowledge: knowledge)
        var documents = documents
        var extractions: [ArticleExtraction] = []
        var diagnostics: [Diagnostic] = []
        extract(&documents, ingestor: ingestor, extractor: extractor) { extraction, found in
            extractions.append(extraction)
            diagnostics += found
        }
        return (GraphAssembler(knowledge: knowledge, threads: threads).assemble(extractions), diagnostics)
    }

    /// Ingests and extracts each document on `threads` threads and hands each
    /// extraction and its diagnostics to `body`, in input order.
    ///
    /// The documents are read in place and each extraction is handed over, so
    /// neither is copied on its way (see `Parallel.forEach`).
    private func extract(_ documents: inout [RawDocument], ingestor: ArticleIngestor, extractor: ArticleExtractor,
                         _ body: (consuming ArticleExtraction, [Diagnostic]) -> Void) {
        Parallel.forEach(&documents, threads: threads, transform: { raw in
            let (article, diagnostics) = ingestor.ingest(raw)
            return (extractor.extract(article), diagnostics)
        }) { result in
            let (extraction, diagnostics) = result
            body(extraction, diagnostics)
        }
    }
}

/// The number of cores this process may use.
public enum ProcessInfoCores {
    public static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
