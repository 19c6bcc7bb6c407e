import StanceGraphNetwork
import Testing

@Suite("Betweenness")
struct BetweennessTests {
    /// A seeded preferential-attachment graph: a few hubs and many leaves, like actor networks.
    static func preferentialAttachment(nodes: Int, attach: Int, seed: UInt64) -> CompressedGraph {
        var generator = SplitMix64(seed: seed)
        var ends: [Int] = Array(0..<attach)
        var edges: [CompressedGraph.Edge] = []
        for node in attach..<nodes {
            var chosen = Set<Int>()
            while chosen.count < attach { chosen.insert(ends[Int(generator.next(upperBound: UInt64(ends.count)))]) }
            for target in chosen.sorted() {
                edges.append(.init(node, target, weight: Double(generator.next(upperBound: UInt64(4))) + 1))
                ends += [node, target]
            }
        }
        return CompressedGraph(nodeCount: nodes, edges: edges, directed: false)
    }

    @Test("results are bit-identical whatever the number of threads", arguments: [false, true])
    func threadIndependence(weighted: Bool) {
        let graph = Self.preferentialAttachment(nodes: 600, attach: 2, seed: 3)
        let input = weighted ? graph.inverseWeights() : graph
        let one = Betweenness(weighted: weighted, threads: 1).values(on: input)
        for threads in [2, 3, 8] {
            #expect(Betweenness(weighted: weighted, threads: threads).values(on: input) == one)
        }
        #expect(Closeness(weighted: weighted, threads: 4).values(on: input) == Closeness(weighted: weighted, threads: 1).values(on: input))
    }

    @Test("closeness from the betweenness searches equals closeness searched on its own", arguments: [false, true])
    func sharedCloseness(weighted: Bool) {
        let graph = Self.preferentialAttachment(nodes: 300, attach: 2, seed: 8)
        let input = weighted ? graph.inverseWeights() : graph
        let both = Betweenness(weighted: weighted).valuesWithCloseness(on: input)
        #expect(both.betweenness == Betweenness(weighted: weighted).values(on: input))
        #expect(largestDifference(both.closeness, Closeness(weighted: weighted).values(on: input)) < 1e-15)
        let directed = CompressedGraph(nodeCount: 300, edges: input.edges, directed: true)
        let separate = Betweenness(weighted: weighted).valuesWithCloseness(on: directed)
        #expect(separate.closeness == Closeness(weighted: weighted).values(on: directed))
    }

    @Test("sampling every node is the exact computation")
    func fullSampleIsExact() {
        let graph = Self.preferentialAttachment(nodes: 80, attach: 2, seed: 9)
        let exact = Betweenness().values(on: graph)
        let everyNode = Betweenness().values(on: graph, sources: Array((0..<80).reversed()))
        #expect(largestDifference(exact, everyNode) < 1e-15)
    }

    @Test("a sampled estimate tracks the exact values and repeats with the same seed")
    func sampledEstimate() {
        let graph = Self.preferentialAttachment(nodes: 1000, attach: 2, seed: 5)
        let exact = Betweenness().values(on: graph)
        let pivots = Betweenness.samplePivots(300, nodeCount: 1000, seed: 11)
        let estimate = Betweenness().values(on: graph, sources: pivots)
        #expect(estimate == Betweenness().values(on: graph, sources: Betweenness.samplePivots(300, nodeCount: 1000, seed: 11)))
        let hub = exact.indices.max { exact[$0] < exact[$1] } ?? 0
        #expect(abs(estimate[hub] - exact[hub]) / exact[hub] < 0.15, "the top node's estimate is within 15%")
    }

    @Test("seeded pivots are distinct, in range and change with the seed")
    func pivots() {
        let first = Betweenness.samplePivots(50, nodeCount: 100, seed: 1)
        #expect(Set(first).count == 50)
        #expect(first.allSatisfy { (0..<100).contains($0) })
        #expect(first == Betweenness.samplePivots(50, nodeCount: 100, seed: 1))
        #expect(first != Betweenness.samplePivots(50, nodeCount: 100, seed: 2))
        #expect(Betweenness.samplePivots(500, nodeCount: 100, seed: 1).count == 100)
    }

    @Test("a star's centre lies on every path between leaves")
    func star() {
        let star = CompressedGraph(nodeCount: 5, edges: (1..<5).map { .init(0, $0) }, directed: false)
        #expect(Betweenness().values(on: star) == [1, 0, 0, 0, 0])
        #expect(Betweenness(normalized: false).values(on: star) == [6, 0, 0, 0, 0])
    }
}
