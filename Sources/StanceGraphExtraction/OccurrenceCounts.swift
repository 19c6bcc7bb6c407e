/// How often each of a few distinct values occurs, in order of first occurrence:
/// what a `[Key: Int]` of counts gives, for the assembler's per-entity tallies
/// (the countries an entity's mentions give), which hold one to a few keys.
///
/// Keys are found by a linear search with `==`, which for a handful of keys
/// costs less than hashing the key with SipHash as a dictionary does at every
/// count (a `[EntityID: Int]` took about 350 instructions a count). Using `==`
/// also keeps a dictionary's notion of equal keys, canonical equivalence for
/// strings included.
///
/// - Complexity: O(k) per count for k distinct keys.
struct OccurrenceCounts<Key: Comparable> {
    /// The distinct keys, in order of first occurrence.
    private(set) var keys: [Key] = []
    /// Parallel to `keys`.
    private(set) var counts: [Int] = []

    init() {}

    var isEmpty: Bool { keys.isEmpty }

    /// Counts one more occurrence of `key`.
    mutating func add(_ key: Key) {
        if let index = keys.firstIndex(of: key) {
            counts[index] += 1
        } else {
            keys.append(key)
            counts.append(1)
        }
    }

    /// The most frequent key, ties going to the smallest, as
    /// `GraphAssembler.mostFrequent` gives for the same counts in a dictionary.
    var mostFrequent: Key? {
        guard var best = keys.indices.first else { return nil }
        for index in keys.indices.dropFirst()
        where counts[index] > counts[best] || (counts[index] == counts[best] && keys[index] < keys[best]) {
            best = index
        }
        return keys[best]
    }
}

extension OccurrenceCounts: Sendable where Key: Sendable {}
