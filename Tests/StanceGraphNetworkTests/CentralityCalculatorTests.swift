import StanceGraphModel
import StanceGraphNetwork
import Testing

/// Five actors whose metrics are worked out by hand:
///
///     A --coop-- B ==coop x2== C
///                \            /
///          condemn (B->D)   threat (C->D)
///                  \        /
///                      D --support (D->E)--> E
@Suite("CentralityCalculator on a hand-checked graph")
struct CentralityCalculatorTests {
    static let view: ActorGraph = {
        var builder = GraphDocumentBuilder()
        for name in ["A", "B", "C", "D", "E"] { builder.entity("country:\(name)", name, .country) }
        builder.relation("country:A", .cooperation, "country:B")
        builder.relation("country:B", .cooperation, "country:C")
        builder.relation("country:C", .cooperation, "country:B")
        builder.relation("country:B", .condemnation, "country:D")
        builder.relation("country:C", .threat, "country:D")
        builder.relation("country:D", .support, "country:E")
        return ActorGraph(document: builder.document)
    }()

    static let table = CentralityCalculator().compute(view, metrics: Set(CentralityMetric.allCases))

    static let handComputed: [(CentralityMetric, [Double])] = [
        (.degree, [1, 3, 2, 3, 1]),
        (.strength, [1, 4, 3, 3, 1]),
        (.inDegree, [1, 2, 1, 2, 1]),
        (.outDegree, [1, 3, 2, 1, 0]),
        // Unordered pairs through B: A-C, A-D, A-E; through D: A-E, B-E, C-E; over 6 pairs.
        (.betweenness, [0, 0.5, 0, 0.5, 0]),
        // (n - 1) / sum of distances: A 4/8, B 4/5, C 4/6, D 4/5, E 4/8.
        (.closeness, [0.5, 0.8, 4.0 / 6, 0.8, 0.5]),
        (.positiveDegree, [1, 2, 1, 1, 1]),
        (.negativeDegree, [0, 1, 1, 2, 0]),
        (.netStance, [1, 2, 1, -1, 1]),
    ]

    @Test("each metric has its hand-computed value", arguments: handComputed)
    func handChecked(metric: CentralityMetric, expected: [Double]) throws {
        let values = try #require(Self.table.values[metric])
        #expect(largestDifference(values, expected) < 1e-12, "\(metric): \(values)")
    }

    @Test("PageRank sums to 1 and favours the best-connected; E, a sink, has no hub score")
    func linkAnalysis() throws {
        let pagerank = try #require(Self.table.values[.pagerank])
        #expect(abs(pagerank.reduce(0, +) - 1) < 1e-12)
        #expect(pagerank[1] > pagerank[2] && pagerank[2] > pagerank[0])
        let hubs = try #require(Self.table.values[.hub])
        #expect(hubs[4] == 0)
        let eigenvector = try #require(Self.table.values[.eigenvector])
        #expect(abs(eigenvector.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
    }

    @Test("only the requested metrics are computed")
    func requestedOnly() {
        let table = CentralityCalculator().compute(Self.view, metrics: [.pagerank, .degree])
        #expect(table.metrics == [.degree, .pagerank])
        #expect(table.notes.isEmpty)
    }

    @Test("ranking puts the most-connected first and breaks ties by the other metrics, then id")
    func ranking() {
        let names = Self.table.ranking(by: .degree).map { Self.table.nodes[$0].name }
        #expect(names == ["B", "D", "C", "A", "E"])
        let byNet = Self.table.ranking(by: .netStance).map { Self.table.nodes[$0].name }
        #expect(byNet.first == "B" && byNet.last == "D")
    }

    @Test("sampled betweenness is noted; inverse-weight paths route through the heavier tie")
    func options() throws {
        var options = CentralityOptions(betweennessSamples: 3, seed: 4)
        let sampled = CentralityCalculator(options: options).compute(Self.view, metrics: [.betweenness])
        #expect(sampled.notes.count == 1 && sampled.notes[0].contains("3 of 5 sources"))
        options = CentralityOptions(pathLength: .inverseWeight)
        let weighted = CentralityCalculator(options: options).compute(Self.view, metrics: [.closeness])
        // C is half a step from B (two mentions): C's distances 1.5, 0.5, 1, 2 -> 4/5.
        #expect(abs((weighted.values[.closeness]?[2] ?? 0) - 0.8) < 1e-12)
    }
}
