import StanceGraphModel

/// The article ids given out so far in one extraction, for finding a repeated one.
///
/// A `Set<ArticleID>` compares the strings of the ids it probes past, and hashes
/// every id again each time it grows; with tens of thousands of ids spread over
/// memory, each of those comparisons is a cache miss, and the set took 1.5% of
/// `extract`. This table keeps each id's hash in its slot, so probing compares
/// integers and reads an id only when the hashes are equal, and growing moves
/// slots without hashing.
///
/// Open addressing with linear probing, at most half full.
///
/// - Complexity: `insert` and `contains` take O(1) expected time.
struct ArticleIDSet {
    private struct Slot {
        var hash: Int
        /// The position of the id in `ids`, or -1 for an empty slot.
        var index: Int

        static let empty = Slot(hash: 0, index: -1)
    }

    /// A power of two long.
    private var slots = [Slot](repeating: .empty, count: 64)
    private var ids: [ArticleID] = []

    var count: Int { ids.count }

    func contains(_ id: ArticleID) -> Bool {
        find(id, hash: id.hashValue).found
    }

    /// Adds `id`; false when it was there already.
    @discardableResult
    mutating func insert(_ id: ArticleID) -> Bool {
        let hash = id.hashValue
        let (slot, found) = find(id, hash: hash)
        if found { return false }
        slots[slot] = Slot(hash: hash, index: ids.count)
        ids.append(id)
        if ids.count * 2 > slots.count { grow() }
        return true
    }

    /// The slot holding `id`, or the empty slot where it would go.
    private func find(_ id: ArticleID, hash: Int) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot].index >= 0 {
            if slots[slot].hash == hash && ids[slots[slot].index] == id { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    private mutating func grow() {
        var larger = [Slot](repeating: .empty, count: slots.count * 2)
        let mask = larger.count - 1
        for entry in slots where entry.index >= 0 {
            var slot = entry.hash & mask
            while larger[slot].index >= 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
    }
}
