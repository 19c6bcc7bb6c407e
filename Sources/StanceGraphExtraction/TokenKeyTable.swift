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
    private var keys: [UInt64]
    private var values: [Value?]
    private var occupied: [Bool]
    private var shift: UInt64
    public private(set) var count = 0

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
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
            let mask = keys.count - 1
            var index = slot(key)
            while occupied[index] {
                if keys[index] == key { return values[index] }
                index = (index + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            insert(key, newValue)
        }
    }

    /// Whether `key` is present.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool {
        let mask = keys.count - 1
        var index = slot(key)
        while occupied[index] {
            if keys[index] == key { return true }
            index = (index + 1) & mask
        }
        return false
    }

    /// Stores `value` for `key`, replacing any earlier value.
    public mutating func insert(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var index = slot(key)
        while occupied[index] {
            if keys[index] == key {
                values[index] = value
                return
            }
            index = (index + 1) & mask
        }
        occupied[index] = true
        keys[index] = key
        values[index] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let oldOccupied = occupied
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        count = 0
        for index in oldKeys.indices where oldOccupied[index] {
            if let value = oldValues[index] { insert(oldKeys[index], value) }
        }
    }
}

/// A set of token keys (see `TokenKeyTable`).
public struct TokenKeySet: Sendable, ExpressibleByArrayLiteral {
    private var table = TokenKeyTable<Bool>()

    public init() {}

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
