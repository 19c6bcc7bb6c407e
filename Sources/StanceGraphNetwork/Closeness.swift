/// Closeness centrality: how near a node is to the others it can reach.
///
///     C(u) = (r - 1) / (n - 1) * (r - 1) / sum of d(u, v) over the r - 1 nodes v it reaches
///
/// with n the number of nodes and r the size of u's reachable set (u included). The
/// first factor is the Wasserman-Faust correction for disconnected graphs (S.
/// Wasserman and K. Faust, *Social Network Analysis*, Cambridge University Press,
/// 1994, eq. 5.3.2): a node of a small component is not "close" merely because its
/// few neighbours are. This is networkx 3.x `closeness_centrality(wf_improved=True)`.
///
/// Distances are hops, or with `weighted` the sums of the graph's weights read as
/// arc lengths (Dijkstra). For a directed graph distances are *incoming*, d(v, u),
/// as in networkx (which runs on the reversed graph). Isolated nodes and a graph of
/// one node score 0; self-loops do not shorten any path.
///
/// Every node's search is independent, so nodes are split into blocks run on up to
/// `threads` threads, each writing its own nodes' values: the result does not depend
/// on the number of threads.
///
/// - Complexity: O(V E) time for hops, O(V (E + V log V)) weighted; O(V) memory per
///   block.
public struct Closeness: Sendable, Hashable {
    /// Read the graph's weights as arc lengths rather than counting hops.
    public var weighted: Bool
    /// Threads the searches may use; the values do not depend on it.
    public var threads: Int

    public init(weighted: Bool = false, threads: Int? = nil) {
        self.weighted = weighted
        self.threads = ParallelBlocks.resolve(threads)
    }

    /// Closeness of every node of `graph`, in node order.
    public func values(on graph: CompressedGraph) -> [Double] {
        let n = graph.nodeCount
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        let newIndex = graph.localityOrder()
        let searched = (graph.isDirected ? graph.transposed() : graph).relabeled(newIndex)
        let blocks = max(1, min(n, 64))
        let result = SharedDoubles(count: n)
        let weighted = self.weighted
        ParallelBlocks.forEach(blocks, threads: threads) { block in
            let first = block * n / blocks
            let last = (block + 1) * n / blocks
            let values = result.slice(from: first, length: last - first)
            var scratch = SearchScratch(nodeCount: n)
            searched.offsets.withUnsafeBufferPointer { offsets in
                searched.targets.withUnsafeBufferPointer { targets in
                    searched.weights.withUnsafeBufferPointer { lengths in
                        for u in first..<last {
                            var total = 0.0
                            let reached: Int
                            if weighted {
                                reached = scratch.dijkstra(from: u, offsets: offsets, targets: targets, lengths: lengths)
                                for index in 0..<reached { total += scratch.length[Int(scratch.order[index])] }
                                scratch.resetDijkstra(reached: reached)
                            } else {
                                reached = scratch.breadthFirst(from: u, offsets: offsets, targets: targets, countPaths: false)
                                for index in 0..<reached { total += Double(scratch.hops[Int(scratch.order[index])]) }
                                scratch.reset(reached: reached)
                            }
                            values[u - first] = Self.closeness(total: total, reached: reached, nodeCount: n)
                        }
                    }
                }
            }
        }
        let values = result.array
        return newIndex.map { values[$0] }
    }

    /// networkx's formula for one node.
    static func closeness(total: Double, reached: Int, nodeCount: Int) -> Double {
        guard total > 0, nodeCount > 1 else { return 0 }
        let others = Double(reached) - 1
        return others / total * (others / Double(nodeCount - 1))
    }
}
