import StanceGraphNetwork
import Testing

@Suite("Signed metrics, structural balance and blocs")
struct SignedNetworkTests {
    @Test("positive and negative degree and net stance match the reference counts")
    func signedDegrees() throws {
        let fixture = try NetworkxFixture.load("signed")
        let signed = fixture.signedGraph
        let expected = fixture.expected
        #expect(signed.signedDegrees(positive: true) == expected["positive_degree"])
        #expect(signed.signedDegrees(positive: false) == expected["negative_degree"])
        #expect(largestDifference(signed.netStance, try #require(expected["net_stance"])) < 1e-12)
    }

    @Test("balanced and unbalanced triangles match a brute-force count")
    func balance() throws {
        let fixture = try NetworkxFixture.load("signed")
        let expected = try #require(fixture.balance)
        let balance = StructuralBalance(fixture.signedGraph)
        #expect(balance.triangleCount == expected.triangles)
        #expect(balance.balancedCount == expected.balanced)
        #expect(balance.unbalanced.map { [$0.a, $0.b, $0.c] } == expected.unbalanced)
        #expect(balance.balancedShare == expected.balancedShare)
        #expect(balance.countsByNegativeTies.reduce(0, +) == balance.triangleCount)
    }

    @Test("triangles are classified by their number of negative ties", arguments: [
        ([1.0, 1, 1], 0, true), ([1.0, 1, -1], 1, false), ([1.0, -1, -1], 2, true), ([-1.0, -1, -1], 3, false),
    ])
    func triangleKinds(signs: [Double], negatives: Int, balanced: Bool) {
        let pairs = zip([(0, 1), (1, 2), (0, 2)], signs).map { ends, sign in
            SignedGraph.Pair(ends.0, ends.1, positiveWeight: sign > 0 ? 1 : 0, negativeWeight: sign < 0 ? 1 : 0)
        }
        let balance = StructuralBalance(SignedGraph(nodeCount: 3, pairs: pairs))
        #expect(balance.triangleCount == 1)
        #expect(balance.countsByNegativeTies[negatives] == 1)
        #expect((balance.balancedCount == 1) == balanced)
    }

    @Test("a pair whose positive and negative weights tie has no sign")
    func ties() {
        let tied = SignedGraph.Pair(0, 1, positiveWeight: 0.1 + 0.2, negativeWeight: 0.3)
        #expect(tied.sign == 0)
        #expect(SignedGraph.Pair(1, 0, positiveWeight: 2, negativeWeight: 1).sign == 1)
        let graph = SignedGraph(nodeCount: 2, pairs: [tied])
        #expect(graph.signGraph.edgeCount == 0)
        #expect(graph.signedDegrees(positive: true) == [1, 1])
    }

    @Test("blocs are the positive camps, with the fault lines between them counted")
    func blocs() throws {
        let blocs = Blocs(try NetworkxFixture.load("signed").signedGraph)
        #expect(blocs.blocs.map(\.members) == [[0, 1, 2], [3, 4, 5]])
        #expect(blocs.blocs.map(\.positiveTies) == [3, 3])
        #expect(blocs.blocs.map(\.negativeTies) == [0, 0])
        #expect(blocs.unaffiliated == [6, 7, 8])
        #expect(blocs.positiveTiesBetween == 1)
        #expect(blocs.negativeTiesBetween == 6)
        #expect(blocs.modularity > 0.3)
    }
}
