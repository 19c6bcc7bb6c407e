@testable import StanceGraphNetwork
import Testing

@Suite("CompressedGraph")
struct CompressedGraphTests {
    @Test("undirected edges are stored both ways, rows sorted, parallel edges summed, a self-loop once")
    func undirectedLayout() {
        let graph = CompressedGraph(nodeCount: 4, edges: [
            .init(2, 0, weight: 1), .init(0, 1, weight: 2), .init(1, 0, weight: 0.5), .init(3, 3, weight: 4),
            .init(1, 2, weight: 1),
        ], directed: false)
        #expect(graph.edgeCount == 4)
        #expect(graph.arcCount == 7)
        #expect(graph.neighbours(of: 0) == [1, 2])
        #expect(graph.neighbours(of: 1) == [0, 2])
        #expect(graph.neighbours(of: 2) == [0, 1])
        #expect(graph.neighbours(of: 3) == [3])
        #expect(graph.weights[graph.arcs(of: 0)] == [2.5, 1])
        #expect(graph.edges == [.init(0, 1, weight: 2.5), .init(0, 2, weight: 1), .init(1, 2, weight: 1),
                                .init(3, 3, weight: 4)])
        #expect(graph.strength(of: 3) == 8, "a self-loop counts twice in a strength, as in networkx")
    }

    @Test("a directed graph keeps each arc one way and transposes to the reversed arcs")
    func directedLayout() {
        let graph = CompressedGraph(nodeCount: 3, edges: [
            .init(0, 1, weight: 2), .init(2, 1, weight: 3), .init(1, 0, weight: 1), .init(0, 1, weight: 1),
        ], directed: true)
        #expect(graph.edgeCount == 3)
        #expect(graph.neighbours(of: 0) == [1])
        #expect(graph.weights[graph.arcs(of: 0)] == [3])
        let reversed = graph.transposed()
        #expect(reversed.neighbours(of: 1) == [0, 2])
        #expect(reversed.weights[reversed.arcs(of: 1)] == [3, 3])
        #expect(reversed.neighbours(of: 0) == [1])
        #expect(reversed.neighbours(of: 2) == [])
        #expect(reversed.transposed() == graph)
    }

    @Test("inverse weights turn strength into length and drop weightless edges")
    func inverseWeights() {
        let graph = CompressedGraph(nodeCount: 3, edges: [.init(0, 1, weight: 4), .init(1, 2, weight: 0)], directed: false)
        let lengths = graph.inverseWeights()
        #expect(lengths.edges == [.init(0, 1, weight: 0.25)])
        #expect(graph.unweighted().edges == [.init(0, 1), .init(1, 2)])
    }

    @Test("degrees follow networkx: a self-loop adds two undirected, one in and one out directed")
    func degrees() {
        let undirected = CompressedGraph(nodeCount: 3, edges: [.init(0, 0), .init(0, 1), .init(1, 2)], directed: false)
        #expect(Degree.counts(on: undirected) == [3, 2, 1])
        let directed = CompressedGraph(nodeCount: 3, edges: [.init(0, 0), .init(0, 1), .init(2, 1)], directed: true)
        #expect(Degree.inDegrees(on: directed) == [1, 2, 0])
        #expect(Degree.outDegrees(on: directed) == [2, 0, 1])
        #expect(Degree.counts(on: directed) == [3, 2, 1])
    }

    @Test("the locality order is a permutation that starts at the highest-degree node and keeps the graph")
    func localityOrder() throws {
        // Two components: a star around 4 and the edge 0-1.
        let graph = CompressedGraph(nodeCount: 7, edges: [.init(0, 1), .init(4, 2), .init(4, 3), .init(4, 5), .init(4, 6)],
                                    directed: true)
        let order = graph.localityOrder()
        #expect(order.sorted() == Array(0..<7))
        #expect(order[4] == 0)
        #expect(order == graph.localityOrder())
        let relabeled = graph.relabeled(order)
        #expect(relabeled.edgeCount == graph.edgeCount)
        for edge in graph.edges {
            #expect(relabeled.neighbours(of: order[edge.source]).contains(order[edge.target]))
        }
    }
}
