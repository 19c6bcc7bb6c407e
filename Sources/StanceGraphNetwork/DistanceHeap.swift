/// A binary min-heap of (distance, node) entries for Dijkstra's algorithm, with
/// lazy deletion: a node may be pushed again with a shorter distance, and the
/// search skips entries of nodes it has already settled.
///
/// Entries with equal distances come out by node index, so the settle order is a
/// function of the graph alone. The storage is kept between searches.
struct DistanceHeap {
    private var distances: [Double] = []
    private var nodes: [Int32] = []

    var isEmpty: Bool { nodes.isEmpty }

    mutating func removeAll() {
        distances.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func precedes(_ i: Int, _ j: Int) -> Bool {
        distances[i] < distances[j] || (distances[i] == distances[j] && nodes[i] < nodes[j])
    }

    mutating func push(_ distance: Double, _ node: Int32) {
        distances.append(distance)
        nodes.append(node)
        var child = nodes.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            distances.swapAt(child, parent)
            nodes.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the entry with the smallest distance.
    mutating func pop() -> (distance: Double, node: Int32)? {
        guard let lastNode = nodes.last, let lastDistance = distances.last else { return nil }
        let top = (distances[0], nodes[0])
        nodes.removeLast()
        distances.removeLast()
        if !nodes.isEmpty {
            distances[0] = lastDistance
            nodes[0] = lastNode
            var parent = 0
            let count = nodes.count
            while true {
                let left = 2 * parent + 1
                guard left < count else { break }
                var smallest = left
                if left + 1 < count, precedes(left + 1, left) { smallest = left + 1 }
                guard precedes(smallest, parent) else { break }
                distances.swapAt(smallest, parent)
                nodes.swapAt(smallest, parent)
                parent = smallest
            }
        }
        return top
    }
}
