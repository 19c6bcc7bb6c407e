/// A hash table from 64-bit token keys to small values, with open addressing and
/// linear probing: the lookups in the recognizer's hot loops cost one multiply and,
/// almost always, one or two probes, with no hashing of the key through `Hasher`.
///
/// Keys are already FNV-1a hashes (`TokenKey`), so a Fibonacci multiply-shift
/// (Knuth, TAOCP vol. 3, 6.4) spreads them well enough. The load factor is kept at
/// or below one half.
///
/// - Complexity: expected O(1) per lookup and insertion.
public struct TokenKeyTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    /// Slots with a nil value are empty; keys and values share a cache line.
    private var slots: [Slot]
    private var shift: UInt64
    public private(set) var count = 0

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [Slot](filledWith: Slot(key: 0, value: nil), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        get {
            slots.withUnsafeBufferPointer { buffer in
                let mask = buffer.count - 1
                var index = slot(key)
                while let value = buffer[index].value {
                    if buffer[index].key == key { return value }
                    index = (index + 1) & mask
                }
                return nil
            }
        }
        set {
            guard let newValue else { return }
            insert(key, newValue)
        }
    }

    /// Every key and value, in slot order (which says nothing about insertion order).
    public var entries: [(key: UInt64, value: Value)] {
        slots.compactMap { slot in slot.value.map { (slot.key, $0) } }
    }

    /// Whether `key` is present.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        self[key] != nil
    }

    /// Stores `value` for `key`, replacing any earlier value.
    public mutating func insert(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = slot(key)
        while slots[index].value != nil {
            if slots[index].key == key {
                slots[index].value = value
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, value: value)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        let capacity = slots.count * 2
        slots = [Slot](filledWith: Slot(key: 0, value: nil), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        count = 0
        for slot in old {
            if let value = slot.value { insert(slot.key, value) }
        }
    }
}

/// A set of token keys (see `TokenKeyTable`).
public struct TokenKeySet: Sendable, ExpressibleByArrayLiteral {
    private var table = TokenKeyTable<Bool>()

    public init() {}

    /// A set of keys already computed (by `TokenKey.key`, `TokenKey.stemKey`).
    ///
    /// The relation rules' word lists use it rather than `Set<UInt64>`: a
    /// lookup here is a multiply and a probe, where `Set` hashes each key with
    /// SipHash first.
    public init<S: Sequence>(keys: S) where S.Element == UInt64 {
        for key in keys { table.insert(key, true) }
    }

    public init(arrayLiteral words: String...) {
        self.init(words: words)
    }

    /// The keys of lexicon words as `TokenKey.key` writes them.
    public init<S: Sequence>(words: S) where S.Element == String {
        for word in words { table.insert(TokenKey.key(word), true) }
    }

    public mutating func insert(_ key: UInt64) { table.insert(key, true) }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { table.contains(key) }

    public var count: Int { table.count }
}
