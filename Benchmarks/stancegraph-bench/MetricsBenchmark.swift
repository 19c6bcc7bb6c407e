import Foundation
import StanceGraphModel
import StanceGraphNetwork

/// In-process timings of `metrics`: reading the document, building the view and
/// its compressed graph, and each metric; the search-based ones (sampled and exact
/// betweenness, closeness) with one thread and with all cores unless `--quick`.
/// `Scripts/bench-metrics.py` times the whole process against networkx and igraph.
enum MetricsBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first else {
            throw CommandLineError("usage: stancegraph-bench metrics GRAPH.json [--quick]")
        }
        let quick = arguments.contains("--quick")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var document = GraphDocument()
        let decode = try BenchmarkClock.best(of: 3) { document = try GraphDocument(jsonData: data, file: path) }
        BenchmarkClock.report("metrics", "decode document", decode * 1000, "ms")
        var view = ActorGraph(nodes: [], edges: [])
        BenchmarkClock.report("metrics", "build view", BenchmarkClock.best(of: 3) { view = ActorGraph(document: document) } * 1000, "ms")
        var graph = view.undirectedGraph()
        BenchmarkClock.report("metrics", "build compressed graph", BenchmarkClock.best(of: 3) { graph = view.undirectedGraph() } * 1000, "ms")
        BenchmarkClock.report("metrics", "nodes", Double(graph.nodeCount), "count")
        BenchmarkClock.report("metrics", "edges", Double(graph.edgeCount), "count")
        var iterations = 0
        BenchmarkClock.report("metrics", "pagerank", BenchmarkClock.best(of: 5) { iterations = PageRank().values(on: graph).iterations } * 1000, "ms")
        BenchmarkClock.report("metrics", "pagerank iterations", Double(iterations), "count")
        BenchmarkClock.report("metrics", "eigenvector", BenchmarkClock.best(of: 5) { iterations = EigenvectorCentrality().values(on: graph).iterations } * 1000, "ms")
        BenchmarkClock.report("metrics", "eigenvector iterations", Double(iterations), "count")
        let directed = view.directedGraph()
        BenchmarkClock.report("metrics", "hits", BenchmarkClock.best(of: 3) { iterations = HITS().scores(on: directed).iterations } * 1000, "ms")
        BenchmarkClock.report("metrics", "hits iterations", Double(iterations), "count")
        let signed = SignedGraph(view)
        BenchmarkClock.report("metrics", "structural balance", BenchmarkClock.best(of: 3) { _ = StructuralBalance(signed) } * 1000, "ms")
        BenchmarkClock.report("metrics", "blocs (louvain)", BenchmarkClock.best(of: 3) { _ = Blocs(signed) } * 1000, "ms")
        guard !quick else {
            BenchmarkClock.report("metrics", "peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
            return
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pivots = Betweenness.samplePivots(1000, nodeCount: graph.nodeCount, seed: 1)
        for threads in Set([1, cores]).sorted() {
            BenchmarkClock.report("metrics", "betweenness sampled k=1000 threads=\(threads)", BenchmarkClock.best(of: 1) {
                _ = Betweenness(threads: threads).values(on: graph, sources: pivots)
            }, "s")
            BenchmarkClock.report("metrics", "closeness threads=\(threads)", BenchmarkClock.best(of: 1) {
                _ = Closeness(threads: threads).values(on: graph)
            }, "s")
            BenchmarkClock.report("metrics", "betweenness exact threads=\(threads)", BenchmarkClock.best(of: 1) {
                _ = Betweenness(threads: threads).values(on: graph)
            }, "s")
        }
        BenchmarkClock.report("metrics", "peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
    }
}
