import StanceGraphModel

extension GraphAssembler {
    /// Each article's dense rank in ascending id order (equal ids share a rank), so
    /// that comparing ranks compares ids. Inputs usually come nearly sorted, which
    /// the sort handles in about linear time; sorted inputs skip it.
    ///
    /// Ids are compared through their `IdentifierPrefix`es first, which settle
    /// almost every comparison with integer comparisons: ids of a corpus tend to
    /// share long prefixes ("wcep-2002-08-04-001"), so comparing the strings
    /// themselves spent the time in `memcmp` calls and cache misses on them.
    ///
    /// - Complexity: O(n log n) for n articles, O(n) when they come sorted.
    static func articleRanks(_ extractions: [ArticleExtraction]) -> [Int32] {
        let prefixes = extractions.map { IdentifierPrefix($0.article.id) }
        func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
            prefixes[lhs].precedes(prefixes[rhs]) ?? (extractions[lhs].article.id < extractions[rhs].article.id)
        }
        func equal(_ lhs: Int, _ rhs: Int) -> Bool {
            prefixes[lhs].precedes(prefixes[rhs]) == nil && extractions[lhs].article.id == extractions[rhs].article.id
        }
        var order = Array(extractions.indices)
        var sorted = true
        for index in extractions.indices.dropFirst() where precedes(index, index - 1) {
            sorted = false
            break
        }
        if !sorted { order.sort(by: precedes) }
        var ranks = [Int32](repeating: 0, count: extractions.count)
        var rank: Int32 = 0
        for position in order.indices {
            if position > 0, !equal(order[position], order[position - 1]) {
                rank += 1
            }
            ranks[order[position]] = rank
        }
        return ranks
    }

    /// Sorts entities by id, comparing the ids' `IdentifierPrefix`es first: ids
    /// share prefixes ("person:", "country:"), so comparing the strings spent the
    /// time in string comparison. Ids are unique, so the order is the one
    /// `sort { $0.id < $1.id }` gives.
    static func sortByID(_ entities: inout [Entity]) {
        let prefixes = entities.map { IdentifierPrefix($0.id) }
        var order = Array(entities.indices)
        order.sort { lhs, rhs in
            prefixes[lhs].precedes(prefixes[rhs]) ?? (entities[lhs].id < entities[rhs].id)
        }
        entities = order.map { entities[$0] }
    }
}

/// The first 24 UTF-8 bytes of an identifier (an article's, an entity's) packed
/// into integers, so that most comparisons of ids are comparisons of integers.
///
/// For ASCII ids, `String`'s order is the order of their bytes, and so the order
/// of the packed prefixes (big-endian, zero-padded) wherever those differ. When
/// the prefixes are equal, or an id is not ASCII (its order then follows Unicode
/// canonical equivalence, not bytes), only the ids themselves can tell.
struct IdentifierPrefix {
    private let words: (UInt64, UInt64, UInt64)
    private let isASCII: Bool

    init(_ id: some TypedIdentifier) {
        // Native strings lend their bytes directly, which is much faster than
        // stepping through `utf8`'s indices; other strings are copied first.
        self = id.rawValue.utf8.withContiguousStorageIfAvailable(Self.init(bytes:))
            ?? Array(id.rawValue.utf8).withUnsafeBufferPointer(Self.init(bytes:))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        /// Bytes `start ..< start + 8` as a big-endian word, zero-padded past the end.
        func word(_ start: Int) -> UInt64 {
            var word: UInt64 = 0
            for index in start ..< start + 8 {
                word = word << 8 | (index < bytes.count ? UInt64(bytes[index]) : 0)
            }
            return word
        }
        words = (word(0), word(8), word(16))
        // One OR over all the bytes: any byte with its top bit set is not ASCII.
        var highBits: UInt8 = 0
        for byte in bytes { highBits |= byte }
        isASCII = highBits < 0x80
    }

    /// Whether the id of this prefix sorts before the id of `other`'s, or nil when
    /// the prefixes cannot tell (the ids must then be compared).
    func precedes(_ other: IdentifierPrefix) -> Bool? {
        guard isASCII && other.isASCII && words != other.words else { return nil }
        return words < other.words
    }
}
