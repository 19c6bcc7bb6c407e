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
/// dependencies. The breadth-first search records the shortest-path DAG as flat
/// successor lists, so the sweep reads each node's successors without testing its
/// other neighbours; the graph is first renumbered for cache locality
/// (`localityOrder()`).
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
///   O(k (E + V log V)) with k sources); O(V + E) memory per block for its search
///   and O(V) for its partial sums.
public struct Betweenness: Sendable, Hashable {
    /// Read the graph's weights as arc lengths (Dijkstra) rather than counting hops.
    public var weighted: Bool
    /// Divide by (n - 1)(n - 2) as networkx does; otherwise count (unordered pairs when undirected).
    public var normalized: Bool
    /// Threads the searches may use; the values do not depend on it.
    public var threads: Int

    public init(weighted: Bool = false, normalized: Bool = true, threads: Int? = nil) {
        self.weighted = weighted
        self.normalized = normalized
        self.threads = ParallelBlocks.resolve(threads)
    }

    /// Betweenness of every node of `graph`: exact when `sources` is nil, otherwise
    /// estimated from searches started at those nodes (duplicates and nodes outside
    /// the graph ignored).
    public func values(on graph: CompressedGraph, sources: [Int]? = nil) -> [Double] {
        run(on: graph, sources: sources, closeness: false).betweenness
    }

    /// Betweenness and closeness of the same nodes, from the same searches.
    public struct ValuesWithCloseness: Sendable, Hashable {
        public var betweenness: [Double]
        public var closeness: [Double]
    }

    /// Exact betweenness and, from the same searches, closeness (`Closeness` with the
    /// same `weighted`), saving a second search from every node. On a directed graph,
    /// where closeness needs incoming distances, closeness is searched separately.
    public func valuesWithCloseness(on graph: CompressedGraph) -> ValuesWithCloseness {
        guard !graph.isDirected else {
            return ValuesWithCloseness(betweenness: values(on: graph),
                                       closeness: Closeness(weighted: weighted, threads: threads).values(on: graph))
        }
        let result = run(on: graph, sources: nil, closeness: true)
        return ValuesWithCloseness(betweenness: result.betweenness, closeness: result.closeness ?? [])
    }

    private func run(on graph: CompressedGraph, sources: [Int]?, closeness: Bool) -> (betweenness: [Double], closeness: [Double]?) {
        let n = graph.nodeCount
        guard n > 0 else { return ([], closeness ? [] : nil) }
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
        let nearness = closeness ? SharedDoubles(count: n) : nil
        let raw = Self.accumulate(on: graph.relabeled(newIndex), sources: sampled ? renumbered : Array(0..<n),
                                  weighted: weighted, threads: threads, closeness: nearness)
        let values = Self.rescale(raw, nodeCount: n, directed: graph.isDirected, normalized: normalized,
                                  pivots: sampled ? renumbered : nil)
        // Back to the caller's numbering: node v was searched as newIndex[v].
        let nearest = nearness?.array
        return (newIndex.map { values[$0] }, nearest.map { array in newIndex.map { array[$0] } })
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
    /// With `closeness`, also writes each source's closeness (from the distances
    /// its search found) at the source's index.
    static func accumulate(
        on graph: CompressedGraph, sources: [Int], weighted: Bool, threads: Int, closeness: SharedDoubles? = nil
    ) -> [Double] {
        let n = graph.nodeCount
        let blocks = blockCount(nodeCount: n, sourceCount: sources.count)
        let partial = SharedDoubles(count: blocks * n)
        ParallelBlocks.forEach(blocks, threads: threads) { block in
            let first = block * sources.count / blocks
            let last = (block + 1) * sources.count / blocks
            let scores = partial.slice(from: block * n, length: n)
            var scratch = SearchScratch(nodeCount: n, arcCount: weighted ? 0 : graph.arcCount)
            graph.offsets.withUnsafeBufferPointer { offsets in
                graph.targets.withUnsafeBufferPointer { targets in
                    graph.weights.withUnsafeBufferPointer { lengths in
                        for index in first..<last {
                            let source = sources[index]
                            let (total, reached) = weighted
                                ? dijkstraDependencies(from: source, offsets: offsets, targets: targets,
                                                       lengths: lengths, scratch: &scratch, into: scores)
                                : breadthFirstDependencies(from: source, offsets: offsets, targets: targets,
                                                           scratch: scratch, into: scores)
                            closeness?.store(Closeness.closeness(total: total, reached: reached, nodeCount: n), at: source)
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

    /// One source of Brandes' algorithm with hop counts. The reverse sweep reads the
    /// shortest-path DAG the forward search recorded:
    /// delta(w) = sigma(w) * sum over successors x of (1 + delta(x)) / sigma(x).
    @inline(__always)
    static func breadthFirstDependencies(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        scratch: borrowing SearchScratch, into scores: UnsafeMutableBufferPointer<Double>
    ) -> (distanceTotal: Double, reached: Int) {
        let reached = scratch.breadthFirstDAG(from: source, offsets: offsets, targets: targets)
        let hops = scratch.hops, paths = scratch.pathCount, coefficient = scratch.coefficient, order = scratch.order
        let successors = scratch.successors, successorEnd = scratch.successorEnd
        var total = 0
        var index = reached - 1
        while index > 0 {
            let w = Int(order[index])
            total += Int(hops[w])
            var sum = 0.0
            for position in Int(successorEnd[index - 1])..<Int(successorEnd[index]) {
                sum += coefficient[Int(successors[position])]
            }
            let delta = paths[w] * sum
            scores[w] += delta
            coefficient[w] = (1 + delta) / paths[w]
            index -= 1
        }
        scratch.reset(reached: reached)
        return (Double(total), reached)
    }

    /// One source of Brandes' algorithm with Dijkstra. A successor x of w is a
    /// neighbour with length(w) + l(w, x) == length(x), the test networkx applies.
    @inline(__always)
    static func dijkstraDependencies(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        lengths: UnsafeBufferPointer<Double>, scratch: inout SearchScratch,
        into scores: UnsafeMutableBufferPointer<Double>
    ) -> (distanceTotal: Double, reached: Int) {
        let reached = scratch.dijkstra(from: source, offsets: offsets, targets: targets, lengths: lengths)
        let length = scratch.length, paths = scratch.pathCount, coefficient = scratch.coefficient
        let order = scratch.order
        // Summed in settle order, as `Closeness` sums them.
        var total = 0.0
        for position in 1..<max(reached, 1) { total += length[Int(order[position])] }
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
        return (total, reached)
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
