// stancegraph-bench: in-process timings of the pipeline stages, in release mode.
//
//   stancegraph-bench SUITE [ARGS...]
//
// Each suite lives in its own file and prints one line per measurement:
//   suite<TAB>measurement<TAB>value<TAB>unit
// Scripts/bench.sh runs them all and gathers the lines into bench-results/.
import Foundation

let suites: [String: (_ arguments: [String]) throws -> Void] = [
    "document": DocumentBenchmark.run,
    "extract": ExtractionBenchmark.run,
    "entities": EntityBenchmark.run,
    "relations": RelationBenchmark.run,
    "ingest": IngestBenchmark.run,
    "metrics": MetricsBenchmark.run,
    "render": RenderBenchmark.run,
    "diff": DiffBenchmark.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let suite = suites[name] else {
    let names = suites.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: stancegraph-bench SUITE [ARGS...]; suites: \(names)\n".utf8))
    exit(2)
}
do {
    try suite(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("stancegraph-bench \(name): \(error)\n".utf8))
    exit(1)
}
