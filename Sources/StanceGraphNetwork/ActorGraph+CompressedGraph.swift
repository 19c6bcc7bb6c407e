extension ActorGraph {
    /// The undirected simple graph of the view, the one most metrics use: one edge
    /// per pair of actors joined by any stance edge (whatever its stance and
    /// direction), weighted by the sum of those edges' weights; no self-loops.
    ///
    /// - Complexity: O(V + E log E).
    public func undirectedGraph() -> CompressedGraph {
        CompressedGraph(nodeCount: nodes.count, edges: edges.compactMap { edge in
            edge.source == edge.target ? nil : CompressedGraph.Edge(edge.source, edge.target, weight: edge.weight)
        }, directed: false)
    }

    /// The directed graph of the view, for in- and out-degree and HITS: a directed
    /// stance edge is one arc from the actor taking the stance to its target; a mutual
    /// (undirected) one is an arc each way. Arcs between the same two actors in the
    /// same direction are merged by summed weight; no self-loops.
    ///
    /// - Complexity: O(V + E log E).
    public func directedGraph() -> CompressedGraph {
        var arcs: [CompressedGraph.Edge] = []
        arcs.reserveCapacity(edges.count * 2)
        for edge in edges where edge.source != edge.target {
            arcs.append(CompressedGraph.Edge(edge.source, edge.target, weight: edge.weight))
            if !edge.directed { arcs.append(CompressedGraph.Edge(edge.target, edge.source, weight: edge.weight)) }
        }
        return CompressedGraph(nodeCount: nodes.count, edges: arcs, directed: true)
    }
}
