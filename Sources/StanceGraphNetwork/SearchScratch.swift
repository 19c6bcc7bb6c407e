/// The working arrays of single-source shortest-path searches (breadth-first or
/// Dijkstra), allocated once per block of sources and reset after each search by
/// visiting only the nodes the search reached.
///
/// Raw buffers rather than arrays keep the inner loops free of copy-on-write and
/// bounds checks; each block owns its scratch, so no two threads share one.
struct SearchScratch: ~Copyable {
    /// Hops from the source, -1 when not reached (breadth-first searches).
    let hops: UnsafeMutableBufferPointer<Int32>
    /// Length from the source, +infinity when not reached (Dijkstra).
    let length: UnsafeMutableBufferPointer<Double>
    /// The number of shortest paths from the source (Brandes' sigma).
    let pathCount: UnsafeMutableBufferPointer<Double>
    /// Brandes' (1 + delta(w)) / sigma(w), filled in reverse search order.
    let coefficient: UnsafeMutableBufferPointer<Double>
    /// Whether Dijkstra has settled the node.
    let settled: UnsafeMutableBufferPointer<Bool>
    /// Nodes in the order the search reached (BFS) or settled (Dijkstra) them.
    let order: UnsafeMutableBufferPointer<Int32>
    /// Brandes' shortest-path DAG as a breadth-first search lists it: the successors
    /// of `order[i]` are `successors[successorEnd[i - 1]..<successorEnd[i]]`.
    let successors: UnsafeMutableBufferPointer<Int32>
    let successorEnd: UnsafeMutableBufferPointer<Int32>
    var heap = DistanceHeap()

    /// Scratch for a graph of `nodeCount` nodes; `arcCount` sizes the successor
    /// lists (0 when they are not used).
    init(nodeCount: Int, arcCount: Int = 0) {
        let capacity = max(nodeCount, 1)
        hops = .allocate(capacity: capacity)
        hops.initialize(repeating: -1)
        length = .allocate(capacity: capacity)
        length.initialize(repeating: .infinity)
        pathCount = .allocate(capacity: capacity)
        pathCount.initialize(repeating: 0)
        coefficient = .allocate(capacity: capacity)
        coefficient.initialize(repeating: 0)
        settled = .allocate(capacity: capacity)
        settled.initialize(repeating: false)
        order = .allocate(capacity: capacity)
        order.initialize(repeating: 0)
        successors = .allocate(capacity: max(arcCount, 1))
        successors.initialize(repeating: 0)
        successorEnd = .allocate(capacity: arcCount > 0 ? capacity : 1)
        successorEnd.initialize(repeating: 0)
    }

    deinit {
        hops.deallocate()
        length.deallocate()
        pathCount.deallocate()
        coefficient.deallocate()
        settled.deallocate()
        order.deallocate()
        successors.deallocate()
        successorEnd.deallocate()
    }

    /// Breadth-first search from `source`, counting shortest paths when `countPaths`.
    /// Leaves hop distances in `hops`, path counts in `pathCount` and the visit order
    /// in `order`; returns how many nodes were reached (the source included).
    @inline(__always)
    func breadthFirst(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        countPaths: Bool
    ) -> Int {
        // Locals, not properties: stores through the buffers cannot then force the
        // compiler to reload them from `self` on every arc.
        let hops = self.hops, pathCount = self.pathCount, order = self.order
        hops[source] = 0
        pathCount[source] = 1
        order[0] = Int32(truncatingIfNeeded: source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            let paths = pathCount[v]
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                var seen = hops[w]
                if seen < 0 {
                    seen = next
                    hops[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                if countPaths, seen == next { pathCount[w] += paths }
            }
        }
        return tail
    }

    /// Breadth-first search from `source` that counts shortest paths and records
    /// the shortest-path DAG in `successors`, so Brandes' reverse sweep reads each
    /// node's successors directly instead of testing every neighbour's distance
    /// again. Requires scratch made with the graph's arc count.
    @inline(__always)
    func breadthFirstDAG(from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>) -> Int {
        let hops = self.hops, pathCount = self.pathCount, order = self.order
        let successors = self.successors, successorEnd = self.successorEnd
        hops[source] = 0
        pathCount[source] = 1
        order[0] = Int32(truncatingIfNeeded: source)
        var head = 0
        var tail = 1
        var listed = 0
        while head < tail {
            let v = Int(order[head])
            let next = hops[v] + 1
            let paths = pathCount[v]
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                var seen = hops[w]
                if seen < 0 {
                    seen = next
                    hops[w] = next
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail += 1
                }
                if seen == next {
                    pathCount[w] += paths
                    successors[listed] = Int32(truncatingIfNeeded: w)
                    listed += 1
                }
            }
            successorEnd[head] = Int32(truncatingIfNeeded: listed)
            head += 1
        }
        return tail
    }

    /// Dijkstra's algorithm from `source` with arc lengths `lengths`, counting
    /// shortest paths as networkx does: a path ties another when the two lengths,
    /// each summed arc by arc from the source, are equal as doubles. Returns how many
    /// nodes were settled; `order` holds them in settle order.
    @inline(__always)
    mutating func dijkstra(
        from source: Int, offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>,
        lengths: UnsafeBufferPointer<Double>
    ) -> Int {
        let length = self.length, pathCount = self.pathCount, settled = self.settled, order = self.order
        heap.removeAll()
        length[source] = 0
        pathCount[source] = 1
        heap.push(0, Int32(truncatingIfNeeded: source))
        var settledCount = 0
        while let (distance, node) = heap.pop() {
            let v = Int(node)
            if settled[v] { continue }
            settled[v] = true
            order[settledCount] = node
            settledCount += 1
            let paths = pathCount[v]
            for arc in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[arc])
                let candidate = distance + lengths[arc]
                if !settled[w], candidate < length[w] {
                    length[w] = candidate
                    pathCount[w] = paths
                    heap.push(candidate, Int32(truncatingIfNeeded: w))
                } else if candidate == length[w] {
                    pathCount[w] += paths
                }
            }
        }
        return settledCount
    }

    /// Resets what the last search touched: the first `reached` nodes of `order`
    /// (every node with a finite distance was reached or settled).
    @inline(__always)
    func reset(reached: Int) {
        let hops = self.hops, pathCount = self.pathCount, order = self.order
        for index in 0..<reached {
            let v = Int(order[index])
            hops[v] = -1
            pathCount[v] = 0
        }
    }

    /// Resets after a Dijkstra search. The search runs until its heap is empty, so
    /// every node that was given a tentative length was also settled.
    @inline(__always)
    func resetDijkstra(reached: Int) {
        let length = self.length, pathCount = self.pathCount, settled = self.settled, order = self.order
        for index in 0..<reached {
            let v = Int(order[index])
            settled[v] = false
            length[v] = .infinity
            pathCount[v] = 0
        }
    }
}
