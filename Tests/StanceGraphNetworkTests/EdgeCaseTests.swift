import StanceGraphNetwork
import Testing

/// Graphs too small or too sparse for networkx to say anything (it raises on several).
@Suite("Metrics on degenerate graphs")
struct EdgeCaseTests {
    static let empty = CompressedGraph(nodeCount: 0, edges: [], directed: false)
    static let single = CompressedGraph(nodeCount: 1, edges: [], directed: false)
    static let edgeless = CompressedGraph(nodeCount: 4, edges: [], directed: true)

    @Test("an empty graph gives empty results everywhere")
    func emptyGraph() {
        #expect(Betweenness().values(on: Self.empty).isEmpty)
        #expect(Closeness().values(on: Self.empty).isEmpty)
        #expect(PageRank().values(on: Self.empty).values.isEmpty)
        #expect(EigenvectorCentrality().values(on: Self.empty).values.isEmpty)
        #expect(HITS().scores(on: Self.empty).hubs.isEmpty)
        #expect(Louvain().communities(on: Self.empty).isEmpty)
        #expect(StructuralBalance(SignedGraph(nodeCount: 0, pairs: [])).balancedShare == nil)
    }

    @Test("a single node is central to nothing but holds all the PageRank")
    func singleNode() {
        #expect(Betweenness().values(on: Self.single) == [0])
        #expect(Closeness().values(on: Self.single) == [0])
        #expect(PageRank().values(on: Self.single).values == [1])
        #expect(EigenvectorCentrality().values(on: Self.single).values == [1])
    }

    @Test("without edges: uniform PageRank and eigenvector, zero HITS, betweenness and closeness")
    func edgeless() {
        let n = 4.0
        #expect(PageRank().values(on: Self.edgeless).values.allSatisfy { abs($0 - 1 / n) < 1e-15 })
        #expect(EigenvectorCentrality().values(on: Self.edgeless).values.allSatisfy { abs($0 - 1 / n.squareRoot()) < 1e-15 })
        let hits = HITS().scores(on: Self.edgeless)
        #expect(hits.hubs == [0, 0, 0, 0] && hits.authorities == [0, 0, 0, 0])
        #expect(Betweenness().values(on: Self.edgeless) == [0, 0, 0, 0])
        #expect(Closeness().values(on: Self.edgeless) == [0, 0, 0, 0])
        #expect(Louvain().communities(on: Self.edgeless) == [[0], [1], [2], [3]])
    }

    @Test("an iteration stopped at its limit says so and returns the last iterate")
    func nonConvergence() {
        let path = CompressedGraph(nodeCount: 3, edges: [.init(0, 1), .init(1, 2)], directed: false)
        let result = PageRank(tolerance: 0, maxIterations: 3).values(on: path)
        #expect(!result.converged)
        #expect(result.iterations == 3)
        #expect(abs(result.values.reduce(0, +) - 1) < 1e-12)
    }
}
