/// A read-only table from 64-bit word hashes (FNV-1a, already well mixed) to
/// values, by open addressing with linear probing. Swift's `Dictionary` would
/// hash the hash again with SipHash on every look-up; word look-ups are in the
/// hot loops of cleaning and splitting, so this table indexes by the key's own
/// bits instead.
struct HashedWordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// A table of `entries`; on a repeated key the first value stays.
    init(_ entries: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        for (key, value) in entries {
            var slot = Self.slot(key, mask)
            while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
            if values[slot] == nil {
                keys[slot] = key
                values[slot] = value
            }
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask))
    }

    /// The value for `key`, if any.
    ///
    /// - Complexity: O(1) expected; the table is at most a third full.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(key, mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        self[key] != nil
    }
}
