/// Integers (the assembler's entity slots) by entity reference: what a
/// `[EntityReference: Int]` gives, for less per look-up.
///
/// The assembler looks up the reference of every mention and every relation end,
/// about 156k look-ups on a large corpus, of a few thousand distinct references.
/// A dictionary hashed each reference's string with SipHash through `Hasher`,
/// about 400 instructions a look-up. This table hashes the string's UTF-8 bytes
/// a word at a time, keeps every entry's hash in its slot so that
/// probing compares integers, and compares references (`==`) only when the hashes
/// are equal. Open addressing with linear probing, at most half full.
///
/// Hashing bytes does not follow `String` equality, which is canonical
/// equivalence: a precomposed "é" and "e" + U+0301, or the Kelvin sign and "K",
/// are equal strings with different bytes, and so different byte hashes. A
/// reference the byte table misses is therefore looked up once more in a
/// dictionary holding every reference added (its hashing does follow canonical
/// equivalence), and a hit there is added to the byte table under the new
/// spelling. Answers are exactly a dictionary's; the dictionary is only asked
/// once per distinct spelling, not once per look-up.
///
/// - Complexity: expected O(1) per look-up and insertion, plus the length of the
///   reference's string for hashing it.
struct EntityReferenceTable {
    private struct Slot {
        var hash: UInt64
        /// The position of the entry in `references` and `values`; -1 when empty.
        var entry: Int32

        static let empty = Slot(hash: 0, entry: -1)
    }

    /// A power of two long.
    private var slots = [Slot](repeating: .empty, count: 64)
    private var shift: UInt64 = 64 - 6
    /// Every spelling added to the byte table, parallel to `values`.
    private var references: [EntityReference] = []
    private var values: [Int] = []
    /// Every reference added by `insert`, keyed as `Dictionary` keys them.
    private var canonical: [EntityReference: Int] = [:]

    init() {}

    /// The number of distinct spellings in the byte table (for tests).
    var spellingCount: Int { references.count }

    /// The value of `reference`, or of a reference equal to it; nil when none was
    /// inserted. Mutating because a reference found only by canonical equivalence
    /// is remembered under its own bytes.
    @inline(__always)
    mutating func value(for reference: EntityReference) -> Int? {
        let hash = Self.hash(of: reference)
        let (slot, found) = find(reference, hash: hash)
        if let found { return found }
        guard let value = canonical[reference] else { return nil }
        add(reference, value: value, hash: hash, at: slot)
        return value
    }

    /// Stores `value` for `reference`, which `value(for:)` has just missed.
    mutating func insert(_ reference: EntityReference, value: Int) {
        let hash = Self.hash(of: reference)
        let slot = find(reference, hash: hash).slot
        canonical[reference] = value
        add(reference, value: value, hash: hash, at: slot)
    }

    /// The slot holding `reference`'s bytes and its value, or the empty slot where
    /// they would go.
    @inline(__always)
    private func find(_ reference: EntityReference, hash: UInt64) -> (slot: Int, value: Int?) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.home(hash, shift: shift)
            while slots[slot].entry >= 0 {
                let entry = Int(slots[slot].entry)
                if slots[slot].hash == hash, references[entry] == reference { return (slot, values[entry]) }
                slot = (slot + 1) & mask
            }
            return (slot, nil)
        }
    }

    private mutating func add(_ reference: EntityReference, value: Int, hash: UInt64, at slot: Int) {
        slots[slot] = Slot(hash: hash, entry: Int32(references.count))
        references.append(reference)
        values.append(value)
        if references.count * 2 > slots.count { grow() }
    }

    /// Doubles the slots, moving entries by their kept hashes.
    private mutating func grow() {
        var larger = [Slot](repeating: .empty, count: slots.count * 2)
        let shift = self.shift - 1
        let mask = larger.count - 1
        for entry in slots where entry.entry >= 0 {
            var slot = Self.home(entry.hash, shift: shift)
            while larger[slot].entry >= 0 { slot = (slot + 1) & mask }
            larger[slot] = entry
        }
        slots = larger
        self.shift = shift
    }

    /// The first slot probed for `hash`: a Fibonacci multiply-shift (Knuth, TAOCP
    /// vol. 3, 6.4), which takes the well-mixed high bits of the product.
    @inline(__always)
    private static func home(_ hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// A hash of the UTF-8 bytes of the one string `EntityReference.hash(into:)`
    /// hashes (the id, the person key, the discovered name), with the case mixed in.
    @inline(__always)
    static func hash(of reference: EntityReference) -> UInt64 {
        switch reference {
        case .known(let id): return hash(of: id.rawValue)
        case .person(_, let key): return hash(of: key) ^ 1
        case .discovered(_, let name): return hash(of: name) ^ 2
        }
    }

    @inline(__always)
    private static func hash(of string: String) -> UInt64 {
        StringBytesHash.hash(of: string).hash
    }
}
