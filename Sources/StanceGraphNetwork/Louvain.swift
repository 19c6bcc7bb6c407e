/// Community detection by the Louvain method (V. Blondel, J.-L. Guillaume, R.
/// Lambiotte and E. Lefebvre, "Fast unfolding of communities in large networks",
/// J. Stat. Mech. P10008, 2008): greedy local moves that raise modularity, then
/// each community folded into one node, repeated until a level gains no more than
/// `threshold`.
///
/// The steps, gains and stopping rule are those of networkx 3.x
/// `community.louvain_communities` (undirected, weighted, resolution gamma), with
/// one difference that makes the result a function of the graph alone: nodes are
/// visited in index order instead of a shuffled order. Every floating-point step is
/// taken in networkx's order, so with its shuffle disabled networkx returns the
/// same communities (the fixtures check this). Within a node's visit, candidate
/// communities are tried in the order its neighbours list them and the first
/// strictly best gain wins.
///
/// A directed graph is read as undirected. A graph without edges gives one
/// community per node.
///
/// - Complexity: about O(E) per pass over the nodes; in practice a few passes per
///   level and O(log V) levels.
public struct Louvain: Sendable, Hashable {
    public var resolution: Double
    public var threshold: Double

    public init(resolution: Double = 1, threshold: Double = 1e-7) {
        self.resolution = resolution
        self.threshold = threshold
    }

    /// The communities, each sorted, in order of their smallest node.
    public func communities(on graph: CompressedGraph) -> [[Int]] {
        let n = graph.nodeCount
        let base = graph.isDirected ? CompressedGraph(nodeCount: n, edges: graph.edges, directed: false) : graph
        let singletons = (0..<n).map { [$0] }
        guard base.edgeCount > 0 else { return singletons }
        var level = LevelGraph(base)
        let m = level.size
        var modularity = level.modularity(of: singletons.indices.map { [$0] }, resolution: resolution)
        var members = singletons
        var (grouped, inner) = moveNodes(level, totalWeight: m, members: members)
        while true {
            members = grouped
            let improved = level.modularity(of: inner, resolution: resolution)
            if improved - modularity <= threshold { break }
            modularity = improved
            level = level.aggregated(inner)
            (grouped, inner) = moveNodes(level, totalWeight: m, members: members)
        }
        return members.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// networkx's `_one_level`: local moves until a pass moves no node. Returns the
    /// original nodes of each community and the level nodes of each, both in
    /// community-label order with empty communities dropped.
    func moveNodes(_ graph: LevelGraph, totalWeight m: Double, members: [[Int]]) -> ([[Int]], [[Int]]) {
        let n = graph.nodeCount
        var community = Array(0..<n)
        let degrees = graph.degrees
        var communityDegree = degrees
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var isTouched = [Bool](repeating: false, count: n)
        let twiceSquared = 2 * (m * m)
        var moves = 1
        while moves > 0 {
            moves = 0
            for u in 0..<n {
                let home = community[u]
                var best = home
                var bestGain = 0.0
                // Weight from u to each neighbouring community, in first-seen order.
                for (v, weight) in zip(graph.neighbours[u], graph.weights[u]) where v != u {
                    let c = community[v]
                    if !isTouched[c] {
                        isTouched[c] = true
                        touched.append(c)
                        weightTo[c] = 0
                    }
                    weightTo[c] += weight
                }
                if !isTouched[home] {
                    // networkx reads weights2com[home] from a defaultdict, adding it last.
                    isTouched[home] = true
                    touched.append(home)
                    weightTo[home] = 0
                }
                let degree = degrees[u]
                communityDegree[home] -= degree
                let removeCost = -weightTo[home] / m + resolution * (communityDegree[home] * degree) / twiceSquared
                for c in touched {
                    let gain = removeCost + weightTo[c] / m - resolution * (communityDegree[c] * degree) / twiceSquared
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                communityDegree[best] += degree
                for c in touched { isTouched[c] = false }
                touched.removeAll(keepingCapacity: true)
                if best != home {
                    community[u] = best
                    moves += 1
                }
            }
        }
        var originals = [[Int]](repeating: [], count: n)
        var levelNodes = [[Int]](repeating: [], count: n)
        for u in 0..<n {
            originals[community[u]].append(contentsOf: members[u])
            levelNodes[community[u]].append(u)
        }
        return (originals.filter { !$0.isEmpty }, levelNodes.filter { !$0.isEmpty })
    }
}

/// The graph of one Louvain level: adjacency lists in networkx's insertion order
/// (which the aggregation step makes differ from index order), a self-loop stored
/// once in its node's list.
struct LevelGraph {
    var neighbours: [[Int]]
    var weights: [[Double]]

    var nodeCount: Int { neighbours.count }

    init(neighbours: [[Int]], weights: [[Double]]) {
        self.neighbours = neighbours
        self.weights = weights
    }

    init(_ graph: CompressedGraph) {
        neighbours = (0..<graph.nodeCount).map { graph.neighbours(of: $0) }
        weights = (0..<graph.nodeCount).map { v in graph.arcs(of: v).map { graph.weights[$0] } }
    }

    /// Weighted degrees: the adjacency list summed in order, plus a self-loop again.
    var degrees: [Double] {
        (0..<nodeCount).map { u in
            var total = 0.0
            var loop = 0.0
            for (v, weight) in zip(neighbours[u], weights[u]) {
                total += weight
                if v == u { loop = weight }
            }
            return total + loop
        }
    }

    /// Total edge weight, networkx's `G.size(weight=...)`: half the degree sum.
    var size: Double {
        var total = 0.0
        for degree in degrees { total += degree }
        return total / 2
    }

    /// Every edge once, in networkx's `G.edges` order: nodes in order, each node's
    /// list in order, skipping neighbours already visited.
    func forEachEdge(_ body: (Int, Int, Double) -> Void) {
        var visited = [Bool](repeating: false, count: nodeCount)
        for u in 0..<nodeCount {
            for (v, weight) in zip(neighbours[u], weights[u]) where !visited[v] { body(u, v, weight) }
            visited[u] = true
        }
    }

    /// networkx's `modularity` of a partition of this level's nodes.
    func modularity(of communities: [[Int]], resolution: Double) -> Double {
        let degrees = self.degrees
        var degreeSum = 0.0
        for degree in degrees { degreeSum += degree }
        guard degreeSum > 0 else { return 0 }
        let m = degreeSum / 2
        let norm = 1 / (degreeSum * degreeSum)
        var label = [Int](repeating: 0, count: nodeCount)
        for (index, community) in communities.enumerated() { for u in community { label[u] = index } }
        var inside = [Double](repeating: 0, count: communities.count)
        forEachEdge { u, v, weight in
            if label[u] == label[v] { inside[label[u]] += weight }
        }
        var total = 0.0
        for (index, community) in communities.enumerated() {
            var degreeTotal = 0.0
            for u in community { degreeTotal += degrees[u] }
            total += inside[index] / m - resolution * degreeTotal * degreeTotal * norm
        }
        return total
    }

    /// networkx's `_gen_graph`: one node per community, edge weights summed (as
    /// `new + existing`) in edge order, edges inside a community becoming self-loops.
    func aggregated(_ communities: [[Int]]) -> LevelGraph {
        var label = [Int](repeating: 0, count: nodeCount)
        for (index, community) in communities.enumerated() { for u in community { label[u] = index } }
        var neighbours = [[Int]](repeating: [], count: communities.count)
        var weights = [[Double]](repeating: [], count: communities.count)
        // (low, high) community pair -> the edge's slot in low's list and in high's.
        var position: [Int: (low: Int, high: Int)] = [:]
        let count = communities.count
        forEachEdge { u, v, weight in
            let low = min(label[u], label[v]), high = max(label[u], label[v])
            let key = low * count + high
            if let slots = position[key] {
                let sum = weight + weights[low][slots.low]
                weights[low][slots.low] = sum
                weights[high][slots.high] = sum
            } else {
                // networkx appends the new neighbour to label[u]'s list first.
                let a = label[u], b = label[v]
                neighbours[a].append(b)
                weights[a].append(weight)
                if a != b {
                    neighbours[b].append(a)
                    weights[b].append(weight)
                }
                position[key] = (low: weights[low].count - 1, high: weights[high].count - 1)
            }
        }
        return LevelGraph(neighbours: neighbours, weights: weights)
    }
}
