import ArgumentParser
import StanceGraphNetwork

/// The flags that say what metrics to compute and how, shared by `metrics` and
/// `export` so that `--metrics pagerank --path-length inverse-weight` means the
/// same in both.
struct CentralityOptionGroup: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Compute only these metrics (comma-separated), or all.", valueName: "list"))
    var metrics: String?

    @Option(name: .long, help: "Path length for betweenness and closeness: hops, or inverse-weight (an edge of weight w is 1/w long).")
    var pathLength: PathLength = .hops

    @Option(name: .long, help: ArgumentHelp("Estimate betweenness from this many seeded sources (at least 2; the node count or more is exact).", valueName: "k"))
    var samples: Int?

    @Option(name: .long, help: "Seed for choosing the betweenness sources.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Threads for betweenness and closeness (default: all cores).", valueName: "n"))
    var threads: Int?

    static var metricNames: String { CentralityMetric.allCases.map(\.rawValue).joined(separator: ", ") }

    func validate() throws {
        if let metrics { _ = try Self.parse(metrics) }
        if let samples, samples < 2 { throw ValidationError("--samples must be at least 2") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// The metrics `--metrics` names, in the order given, without repeats; `all`
    /// for every one.
    static func parse(_ list: String) throws -> [CentralityMetric] {
        if list.trimmingCharacters(in: .whitespaces).lowercased() == "all" { return CentralityMetric.allCases }
        var result: [CentralityMetric] = []
        for name in list.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let metric = CentralityMetric(parsing: trimmed) else {
                throw ValidationError("--metrics: '\(trimmed)' is not a metric; choose from \(metricNames), or all")
            }
            if !result.contains(metric) { result.append(metric) }
        }
        if result.isEmpty { throw ValidationError("--metrics: name at least one metric; choose from \(metricNames)") }
        return result
    }

    /// The metrics asked for, or `fallback` without `--metrics`.
    func requested(default fallback: [CentralityMetric]) throws -> [CentralityMetric] {
        guard let metrics else { return fallback }
        return try Self.parse(metrics)
    }

    var centralityOptions: CentralityOptions {
        CentralityOptions(pathLength: pathLength, betweennessSamples: samples, seed: seed, threads: threads)
    }
}
