import Foundation
import StanceGraphNetwork
import Testing

/// Every metric against the value networkx 3.x gives on the same fixture graph,
/// to 1e-9 (see Scripts/networkx-fixtures.py for how each was produced).
@Suite("Agreement with networkx")
struct NetworkxAgreementTests {
    static let tolerance = 1e-9

    /// The metric StanceGraph computes for a fixture key, or nil when the key is not
    /// one this suite knows.
    static func compute(_ key: String, on fixture: NetworkxFixture) -> [Double]? {
        let graph = fixture.graph
        let iteration = fixture.iterationTolerance ?? 1e-12
        switch key {
        case "degree": return Degree.counts(on: graph)
        case "strength": return Degree.strengths(on: graph)
        case "in_degree": return Degree.inDegrees(on: graph)
        case "out_degree": return Degree.outDegrees(on: graph)
        case "betweenness": return Betweenness().values(on: graph)
        case "betweenness_unnormalized": return Betweenness(normalized: false).values(on: graph)
        case "betweenness_weighted": return Betweenness(weighted: true).values(on: graph.inverseWeights())
        case "closeness": return Closeness().values(on: graph)
        case "closeness_weighted": return Closeness(weighted: true).values(on: graph.inverseWeights())
        case "pagerank": return PageRank(tolerance: iteration).values(on: graph).values
        case "pagerank_unweighted": return PageRank(tolerance: iteration).values(on: graph.unweighted()).values
        case "eigenvector": return EigenvectorCentrality(tolerance: iteration).values(on: graph).values
        case "eigenvector_unweighted":
            return EigenvectorCentrality(tolerance: iteration).values(on: graph.unweighted()).values
        case "hub": return HITS(tolerance: iteration).scores(on: graph).hubs
        case "authority": return HITS(tolerance: iteration).scores(on: graph).authorities
        default: return nil
        }
    }

    @Test("every metric matches networkx to 1e-9", arguments: NetworkxFixture.graphNames)
    func metricsMatch(name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        #expect(!fixture.expected.isEmpty)
        for (key, expected) in fixture.expected.sorted(by: { $0.key < $1.key }) {
            let actual = try #require(Self.compute(key, on: fixture), "\(name): no StanceGraph metric for '\(key)'")
            let difference = largestDifference(actual, expected)
            #expect(difference <= Self.tolerance, "\(name) \(key): differs by \(difference)\n  got      \(actual)\n  expected \(expected)")
        }
    }

    @Test("sampled betweenness from networkx's pivots is rescaled as networkx does",
          arguments: NetworkxFixture.graphNames)
    func sampledBetweennessMatches(name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        for run in fixture.sampledBetweenness ?? [] {
            let actual = Betweenness(normalized: run.normalized).values(on: fixture.graph, sources: run.sources)
            let difference = largestDifference(actual, run.values)
            #expect(difference <= Self.tolerance,
                    "\(name) k=\(run.sources.count) normalized=\(run.normalized): differs by \(difference)")
        }
    }

    @Test("Louvain visiting nodes in index order finds networkx's communities",
          arguments: NetworkxFixture.graphNames + ["signed"])
    func louvainMatches(name: String) throws {
        let fixture = try NetworkxFixture.load(name)
        guard let expected = fixture.louvain else { return }
        let graph = name == "signed" ? fixture.signedGraph.positiveGraph : fixture.graph
        let communities = Louvain().communities(on: graph)
        #expect(communities == expected.communities)
        let modularity = Modularity.value(of: communities, on: graph)
        #expect(abs(modularity - expected.modularity) <= Self.tolerance)
    }
}
