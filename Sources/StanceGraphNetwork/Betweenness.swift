/// Shortest-path betweenness centrality: how often a node lies on the shortest
/// paths between other nodes, the measure of who bridges otherwise distant actors.
///
/// For a node v,
///
///     b(v) = sum over ordered pairs s != v != t of sigma(s, t | v) / sigma(s, t)
///
/// where sigma(s, t) counts the shortest s-t paths and sigma(s, t | v) those through
/// v; endpoints are excluded. Computed with Brandes' algorithm (U. Brandes, "A faster
/// algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001): one
/// breadth-first search (hop counts) or Dijkstra search (`weighted`, the graph's
/// weights read as arc lengths) per source, then a reverse sweep accumulating
/// dependencies.
///
/// Scaling follows networkx 3.x `betweenness_centrality(endpoints=False)` exactly:
/// - `normalized`: divided by (n - 1)(n - 2), the ordered pairs that could pass
///   through v, for directed and undirected graphs alike (so an undirected value is
///   the share of unordered pairs);
/// - not normalized: undirected values are halved (each unordered pair once),
///   directed values are left as they are;
/// - graphs of fewer than three nodes: every value is 0.
///
/// **Sampling** (U. Brandes and C. Pich, "Centrality estimation in large networks",
/// Int. J. Bifurcation and Chaos 17(7), 2007): with `sources`, only searches from
/// those pivots are run and the sums are scaled up as networkx 3.6 does with `k`
/// pivots: a pivot's own value, which can only come from the other k - 1 pivots, by
/// n / (k - 1) relative to the exact scale, every other node's by n / k. With one
/// pivot the pivot's value is undefined (networkx gives NaN); it is reported as 0.
/// A source list holding every node is the exact computation.
///
/// Edge cases: isolated nodes and leaves score 0; disconnected graphs count only
/// the pairs that are connected; self-loops never lie on a shortest path and are
/// ignored; arcs of a directed graph are followed one way only.
///
/// **Parallelism and determinism**: sources are split into a fixed number of
/// consecutive blocks (a function of the node and source counts only). Blocks run on
/// up to `threads` threads, each into its own array, and the arrays are added in
/// block order, so the result is bit-identical whatever the number of threads.
///
/// - Complexity: O(V E) time for hops, O(V E + V^2 log V) weighted (O(k E) and
///   O(k (E + V log V)) with k sources); O(V) memory per block plus V per block for
///   the partial sums.
public struct Betweenness: Sendable, Hashable {
    /// Read the graph's weights as arc lengths (Dijkstra) rather than counting hops.
    public var weighted: Bool
    public var normalized: Bool
    public var threads: Int

    public init(weighted: Bool = false, normalized: Bool = true, threads: Int? = nil) {
        self.weighted = weighted
        self.normalized = normalized
        self.threads = ParallelBlocks.resolve(threads)
    }

    /// Betweenness of every node of `graph`: exact when `sources` is nil, otherwise
    /// estimated from searches started at those nodes (duplicates ignored).
    public func values(on graph: CompressedGraph, sources: [Int]? = nil) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var pivots: [Int]
        if let sources {
            var seen = [Bool](repeating: false, count: n)
            pivots = []
            for source in sources where source >= 0 && source < n && !seen[source] {
                seen[source] = true
                pivots.append(source)
            }
        } else {
            pivots = Array(0..<n)
        }
        let sampled = pivots.count < n
        // Search a renumbered copy for cache locality, then read values back by old number.
        let newIndex = graph.localityOrder()
        let renumbered = pivots.map { newIndex[$0] }
        let raw = Self.accumulate(on: graph.relabeled(newIndex), sources: sampled ? renumbered : Array(0..<n),
                                  weighted: weighted, threads: threads)
        let values = Self.rescale(raw, nodeCount: n, directed: graph.isDirected, normalized: normalized,
                                  pivots: sampled ? renumbered : nil)
        return newIndex.map { values[$0] }
    }

    /// `count` pivots drawn uniformly without replacement with a seeded generator.
    public static func samplePivots(_ count: Int, nodeCount: Int, seed: UInt64) -> [Int] {
        var generator = SplitMix64(seed: seed)
        return generator.sample(count, from: nodeCount)
    }

    /// The number of source blocks: enough for balance on many cores, few enough
    /// that the per-block sums (one array of n doubles each) stay under 128 MiB.
    static func blockCount(nodeCount: Int, sourceCount: Int) -> Int {
        let memoryBound = max(1, (1 << 24) / max(nodeCount, 1))
        return max(1, min(sourceCount, 64, memoryBound))
    }

    /// The unscaled sums of dependencies, over ordered (source, target) pairs.
    static func accumulate(on graph: CompressedGraph, sources: [Int], weighted: Bool, threads: Int) -> [Double] {
        let n = graph.nodeCount
        let blocks = blockCount(nodeCount: n, sourceCount: sources.count)
        let partial = SharedDoubles(count: blocks * n)
        ParallelBlocks.forEach(blocks, threads: threads) { block in
            let first = block * sources.count / blocks
            let last = (block + 1) * sources.count / blocks
            let scores = partial.slice(from: block * n, length: n)
            var scratch = SearchScratch(nodeCount: n)
            graph.offsets.withUnsafeBufferPointer { offsets in
                graph.targets.withUnsafeBufferPointer { targets in
                    graph.weights.withUnsafeBufferPointer { lengths in
                        for index in first..<last {
                            if weighted {
                                dijkstraDependencies(from: sources[index], offsets: offsets, targets: targets,
                                                     lengths: lengths, scratch: &scratch, into: scores)
                            } else {
                                breadthFirstDependencies(from: sources[index], offsets: offsets, targets: targets,
                                                         scratch: scratch, into: scores)
                            }
                        }
                    }
                }
            }
        }
        var total = [Double](repeating: 0, count: n)
        for block in 0..<blocks {
            let scores = partial.slice(from: block * n, length: n)
            for v in 0..<n { total[v] += scores[v] }
        }
        return total
    }

    /// One source of Brandes' algorithm with hop counts. The reverse sweep pulls
    /// from successors (neighbours one hop further) instead of keeping predecessor
    /// lists: delta(w) = sigma(w) * sum over successors x of (1 + delta(x)) / sigma(x).
    @inline(__always)
    static func breadthFirstDependencies(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        scratch: borrowing SearchScratch, into scores: UnsafeMutableBufferPointer<Double>
    ) {
        let reached = scratch.breadthFirst(from: source, offsets: offsets, targets: targets, countPaths: true)
        let hops = scratch.hops, paths = scratch.pathCount, coefficient = scratch.coefficient, order = scratch.order
        var index = reached - 1
        while index > 0 {
            let w = Int(order[index])
            let next = hops[w] + 1
            var sum = 0.0
            for arc in offsets[w]..<offsets[w + 1] {
                let x = Int(targets[arc])
                if hops[x] == next { sum += coefficient[x] }
            }
            let delta = paths[w] * sum
            scores[w] += delta
            coefficient[w] = (1 + delta) / paths[w]
            index -= 1
        }
        scratch.reset(reached: reached)
    }

    /// One source of Brandes' algorithm with Dijkstra. A successor x of w is a
    /// neighbour with length(w) + l(w, x) == length(x), the test networkx applies.
    @inline(__always)
    static func dijkstraDependencies(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        lengths: UnsafeBufferPointer<Double>, scratch: inout SearchScratch,
        into scores: UnsafeMutableBufferPointer<Double>
    ) {
        let reached = scratch.dijkstra(from: source, offsets: offsets, targets: targets, lengths: lengths)
        let length = scratch.length, paths = scratch.pathCount, coefficient = scratch.coefficient
        let order = scratch.order
        var index = reached - 1
        while index > 0 {
            let w = Int(order[index])
            let base = length[w]
            var sum = 0.0
            for arc in offsets[w]..<offsets[w + 1] {
                let x = Int(targets[arc])
                if x != w, base + lengths[arc] == length[x] { sum += coefficient[x] }
            }
            let delta = paths[w] * sum
            scores[w] += delta
            coefficient[w] = (1 + delta) / paths[w]
            index -= 1
        }
        scratch.resetDijkstra(reached: reached)
    }

    /// networkx's `_rescale` with `endpoints=False`.
    static func rescale(_ raw: [Double], nodeCount n: Int, directed: Bool, normalized: Bool, pivots: [Int]?) -> [Double] {
        let pairs = n - 1
        guard pairs >= 2 else { return raw }
        let correction: Double = directed ? 1 : 2
        guard let pivots else {
            let scale = normalized ? 1 / (Double(pairs) * Double(pairs - 1)) : Double(pairs) / (Double(pairs) * correction)
            return scale == 1 ? raw : raw.map { $0 * scale }
        }
        let k = Double(pivots.count)
        let sourceScale: Double
        let otherScale: Double
        if normalized {
            sourceScale = pivots.count > 1 ? 1 / ((k - 1) * Double(pairs - 1)) : 0
            otherScale = 1 / (k * Double(pairs - 1))
        } else {
            sourceScale = pivots.count > 1 ? Double(pairs) / ((k - 1) * correction) : 0
            otherScale = Double(pairs) / (k * correction)
        }
        var isPivot = [Bool](repeating: false, count: n)
        for pivot in pivots { isPivot[pivot] = true }
        return raw.indices.map { raw[$0] * (isPivot[$0] ? sourceScale : otherScale) }
    }
}
