import Foundation
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

/// In-process timings of `diff` and `timeline` on a graph document: the two
/// snapshots (as of the median and the latest date), the comparison, the reports,
/// and timelines by month, by week and cumulative by month.
enum DiffBenchmark {
    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first else {
            throw CommandLineError("usage: stancegraph-bench diff GRAPH.json")
        }
        let document = try GraphDocument(jsonData: try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        let dates = document.relations.compactMap(\.date).sorted()
        guard let latest = dates.last else { throw CommandLineError("\(path): no dated relation to diff") }
        let median = dates[dates.count / 2]
        let earlier = DateWindow(from: nil, to: median)
        let later = DateWindow(from: nil, to: latest)
        BenchmarkClock.report("diff", "relations", Double(document.relations.count), "count")

        var before = GraphSnapshot(document: document, window: earlier)
        var after = before
        BenchmarkClock.report("diff", "two snapshots", BenchmarkClock.best(of: 3) {
            before = GraphSnapshot(document: document, window: earlier)
            after = GraphSnapshot(document: document, window: later)
        } * 1000, "ms")
        var diff = try GraphDiffer().diff(before, after)
        BenchmarkClock.report("diff", "compare (degree)", try BenchmarkClock.best(of: 3) {
            diff = try GraphDiffer().diff(before, after)
        } * 1000, "ms")
        BenchmarkClock.report("diff", "changed relations", Double(diff.relations.filter { $0.kind != .unchanged }.count), "count")
        BenchmarkClock.report("diff", "text report", BenchmarkClock.best(of: 3) { _ = DiffReportFormatter().format(diff) } * 1000, "ms")
        BenchmarkClock.report("diff", "json report", try BenchmarkClock.best(of: 3) { _ = try diff.jsonData() } * 1000, "ms")

        for (name, builder) in [("timeline by month", TimelineBuilder(granularity: .month)),
                                ("timeline by week", TimelineBuilder(granularity: .week)),
                                ("timeline cumulative by month", TimelineBuilder(granularity: .month, cumulative: true))] {
            var periods = 0
            let seconds = try BenchmarkClock.best(of: 1) { periods = try builder.build(document).periods.count }
            BenchmarkClock.report("diff", "\(name) (\(periods) periods)", seconds * 1000, "ms")
        }
        BenchmarkClock.report("diff", "peak resident memory", BenchmarkClock.peakResidentMiB(), "MiB")
    }
}
