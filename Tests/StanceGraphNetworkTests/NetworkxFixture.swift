import Foundation
import StanceGraphNetwork

/// A graph written by `Scripts/networkx-fixtures.py` with the values networkx gave
/// for it.
struct NetworkxFixture: Decodable {
    struct SampledBetweenness: Decodable {
        var sources: [Int]
        var normalized: Bool
        var values: [Double]
    }

    struct LouvainResult: Decodable {
        var communities: [[Int]]
        var modularity: Double
    }

    struct Balance: Decodable {
        var triangles: Int
        var balanced: Int
        var unbalanced: [[Int]]
        var balancedShare: Double?
    }

    var name: String
    var directed: Bool?
    var nodeCount: Int
    var edges: [[Double]]?
    var signedPairs: [[Double]]?
    var iterationTolerance: Double?
    var expected: [String: [Double]]
    var sampledBetweenness: [SampledBetweenness]?
    var louvain: LouvainResult?
    var balance: Balance?

    /// The fixture graph with the weights networkx saw.
    var graph: CompressedGraph {
        CompressedGraph(nodeCount: nodeCount, edges: (edges ?? []).map {
            CompressedGraph.Edge(Int($0[0]), Int($0[1]), weight: $0[2])
        }, directed: directed ?? false)
    }

    var signedGraph: SignedGraph {
        SignedGraph(nodeCount: nodeCount, pairs: (signedPairs ?? []).map {
            SignedGraph.Pair(Int($0[0]), Int($0[1]), positiveWeight: $0[2], negativeWeight: $0[3])
        })
    }

    static let folder: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)

    static let graphNames = [
        "star", "path", "complete5", "krackhardt-kite", "karate-club", "weighted-ties", "disconnected",
        "self-loops", "two-blocs", "random-gnm", "directed", "random-directed",
    ]

    static func load(_ name: String) throws -> NetworkxFixture {
        guard let folder else { throw CocoaError(.fileNoSuchFile) }
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(NetworkxFixture.self, from: data)
    }
}

/// The largest absolute difference between two equally long vectors (infinity
/// when their lengths differ).
func largestDifference(_ lhs: [Double], _ rhs: [Double]) -> Double {
    guard lhs.count == rhs.count else { return .infinity }
    return zip(lhs, rhs).map { abs($0 - $1) }.max() ?? 0
}
