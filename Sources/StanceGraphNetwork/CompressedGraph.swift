/// A weighted graph in compressed sparse row (CSR) form: the representation every
/// metric runs on.
///
/// Node `v`'s arcs are `targets[offsets[v]..<offsets[v + 1]]`, with the matching
/// `weights`, sorted by target. An undirected edge `{u, v}` is stored as two arcs,
/// `u -> v` and `v -> u`; a self-loop `{v, v}` as one arc `v -> v` (as networkx's
/// adjacency holds it). Parallel edges are merged into one whose weight is the sum
/// of theirs, added in input order.
///
/// The arrays are built once per view, so inner loops index flat `Int32` and
/// `Double` arrays instead of hashing node objects.
///
/// - Complexity: building is O(V + E log E); memory is O(V + E).
public struct CompressedGraph: Sendable, Hashable {
    /// One input edge: node indices and a weight.
    public struct Edge: Sendable, Hashable {
        public var source: Int
        public var target: Int
        public var weight: Double

        public init(_ source: Int, _ target: Int, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    public let nodeCount: Int
    public let isDirected: Bool
    /// `offsets[v]..<offsets[v + 1]` indexes node v's arcs; `offsets.count == nodeCount + 1`.
    public let offsets: [Int]
    /// The arc heads, sorted within each row.
    public let targets: [Int32]
    /// The arc weights (or lengths, for a graph made by `inverseWeights()`).
    public let weights: [Double]
    /// The number of edges: arcs for a directed graph; for an undirected one each
    /// edge once, a self-loop included.
    public let edgeCount: Int

    /// A graph over nodes `0..<nodeCount`.
    ///
    /// - Precondition: every edge's ends are in `0..<nodeCount`.
    public init(nodeCount: Int, edges: [Edge], directed: Bool) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        var normalized = edges
        if !directed {
            for index in normalized.indices where normalized[index].source > normalized[index].target {
                let edge = normalized[index]
                normalized[index] = Edge(edge.target, edge.source, weight: edge.weight)
            }
        }
        for edge in normalized {
            precondition(edge.source >= 0 && edge.source < nodeCount && edge.target >= 0 && edge.target < nodeCount,
                         "edge \(edge.source)-\(edge.target) names a node outside 0..<\(nodeCount)")
        }
        // Sort by (source, target), keeping input order among parallel edges so their
        // weights are summed in a fixed order.
        let order = normalized.indices.sorted { lhs, rhs in
            let a = normalized[lhs], b = normalized[rhs]
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            return lhs < rhs
        }
        var merged: [Edge] = []
        merged.reserveCapacity(order.count)
        for index in order {
            let edge = normalized[index]
            if let last = merged.last, last.source == edge.source, last.target == edge.target {
                merged[merged.count - 1].weight += edge.weight
            } else {
                merged.append(edge)
            }
        }
        self.init(nodeCount: nodeCount, sortedSimpleEdges: merged, directed: directed)
    }

    /// Builds from edges already sorted by (source, target) without duplicates
    /// (`source <= target` when undirected).
    init(nodeCount: Int, sortedSimpleEdges edges: [Edge], directed: Bool) {
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for edge in edges {
            counts[edge.source + 1] += 1
            if !directed, edge.source != edge.target { counts[edge.target + 1] += 1 }
        }
        for v in 0..<nodeCount { counts[v + 1] += counts[v] }
        let arcCount = counts[nodeCount]
        var cursor = counts
        var targets = [Int32](repeating: 0, count: arcCount)
        var weights = [Double](repeating: 0, count: arcCount)
        // Edges come sorted by source, so every row fills in ascending target order:
        // row x first receives the edges (y, x) with y < x, then its own (x, z), z >= x.
        for edge in edges {
            let slot = cursor[edge.source]
            targets[slot] = Int32(truncatingIfNeeded: edge.target)
            weights[slot] = edge.weight
            cursor[edge.source] += 1
            if !directed, edge.source != edge.target {
                let mirror = cursor[edge.target]
                targets[mirror] = Int32(truncatingIfNeeded: edge.source)
                weights[mirror] = edge.weight
                cursor[edge.target] += 1
            }
        }
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.offsets = counts
        self.targets = targets
        self.weights = weights
        self.edgeCount = edges.count
    }

    /// Arcs, counting an undirected edge twice and a self-loop once.
    public var arcCount: Int { targets.count }

    /// The arc index range of node `v`.
    @inlinable public func arcs(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// The nodes `v` has an arc to, ascending.
    public func neighbours(of v: Int) -> [Int] { arcs(of: v).map { Int(targets[$0]) } }

    /// Every edge once (undirected: `source <= target`), sorted.
    public var edges: [Edge] {
        var result: [Edge] = []
        result.reserveCapacity(edgeCount)
        for v in 0..<nodeCount {
            for arc in arcs(of: v) {
                let w = Int(targets[arc])
                if isDirected || v <= w { result.append(Edge(v, w, weight: weights[arc])) }
            }
        }
        return result
    }

    /// The graph with every arc reversed (the same graph when undirected).
    ///
    /// - Complexity: O(V + E).
    public func transposed() -> CompressedGraph {
        guard isDirected else { return self }
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for target in targets { counts[Int(target) + 1] += 1 }
        for v in 0..<nodeCount { counts[v + 1] += counts[v] }
        // Placing arcs by head, visiting tails in ascending order, sorts each new row.
        var slots = [Edge](repeating: Edge(0, 0), count: arcCount)
        var cursor = counts
        for v in 0..<nodeCount {
            for arc in arcs(of: v) {
                let w = Int(targets[arc])
                slots[cursor[w]] = Edge(w, v, weight: weights[arc])
                cursor[w] += 1
            }
        }
        return CompressedGraph(nodeCount: nodeCount, sortedSimpleEdges: slots, directed: true)
    }

    /// The same graph with each weight `w` replaced by the length `1 / w`, so that a
    /// stronger tie is a shorter path; edges with a weight of zero or less (or not a
    /// number) are left out, being infinitely long.
    ///
    /// This is the convention of every weighted shortest-path metric in StanceGraph;
    /// networkx takes the attribute it is given as the length, so the fixtures store
    /// `distance = 1 / weight` and pass `weight="distance"`.
    public func inverseWeights() -> CompressedGraph {
        var kept: [Edge] = []
        kept.reserveCapacity(edgeCount)
        for edge in edges where edge.weight > 0 { kept.append(Edge(edge.source, edge.target, weight: 1 / edge.weight)) }
        return CompressedGraph(nodeCount: nodeCount, sortedSimpleEdges: kept, directed: isDirected)
    }

    /// The same graph with every weight 1.
    public func unweighted() -> CompressedGraph {
        CompressedGraph(nodeCount: nodeCount, sortedSimpleEdges: edges.map { Edge($0.source, $0.target) },
                        directed: isDirected)
    }

    /// The summed weight of v's arcs, counting an undirected self-loop twice (as
    /// networkx's weighted degree does).
    public func strength(of v: Int) -> Double {
        var total = 0.0
        var loop = 0.0
        for arc in arcs(of: v) {
            total += weights[arc]
            if Int(targets[arc]) == v { loop = weights[arc] }
        }
        return isDirected ? total : total + loop
    }
}
