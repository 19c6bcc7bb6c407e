/// Lower-case ASCII fragments searched for in `class` and `id` values, each
/// with the marks it gives (furniture, comments, the article's body, ...), in
/// one pass over the value's bytes: the fragments are bucketed by their first
/// byte, so each position is compared only with the fragments that start with
/// its byte. (Foundation's `String.contains`, once per vocabulary, cost half of
/// HTML cleaning.)
struct ClassMarkers: Sendable {
    struct Marks: OptionSet, Sendable, Hashable {
        let rawValue: UInt16

        static let unlikely = Marks(rawValue: 1 << 0)
        static let comments = Marks(rawValue: 1 << 1)
        static let advertisement = Marks(rawValue: 1 << 2)
        static let articleBody = Marks(rawValue: 1 << 3)
        static let byline = Marks(rawValue: 1 << 4)
        static let author = Marks(rawValue: 1 << 5)
        static let negativeWeight = Marks(rawValue: 1 << 6)
        static let positiveWeight = Marks(rawValue: 1 << 7)
        static let hidden = Marks(rawValue: 1 << 8)
    }

    /// The fragments' bytes, one after another.
    private let bytes: [UInt8]
    /// Each fragment: where its bytes start and end, and its marks; grouped by first byte.
    private let starts: [Int]
    private let ends: [Int]
    private let marks: [Marks]
    /// For each first byte, the range of `starts` / `ends` / `marks` of the fragments that begin with it.
    private let buckets: [Range<Int>]

    init(_ vocabularies: [(Marks, [String])]) {
        var merged: [(fragment: [UInt8], marks: Marks)] = []
        for (marks, fragments) in vocabularies {
            for fragment in fragments where !fragment.isEmpty {
                let fragmentBytes = Array(fragment.utf8)
                if let existing = merged.firstIndex(where: { $0.fragment == fragmentBytes }) {
                    merged[existing].marks.formUnion(marks)
                } else {
                    merged.append((fragmentBytes, marks))
                }
            }
        }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ends: [Int] = []
        var marks: [Marks] = []
        var buckets = [Range<Int>](repeating: 0..<0, count: 256)
        for first in 0..<256 {
            let begin = starts.count
            for entry in merged where Int(entry.fragment[0]) == first {
                starts.append(bytes.count)
                bytes.append(contentsOf: entry.fragment)
                ends.append(bytes.count)
                marks.append(entry.marks)
            }
            buckets[first] = begin..<starts.count
        }
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.marks = marks
        self.buckets = buckets
    }

    /// The marks of every fragment that occurs in `value` (lower-cased bytes).
    ///
    /// - Complexity: O(n · k) for a value of n bytes and k fragments per first byte.
    func marks(_ value: [UInt8]) -> Marks {
        var found: Marks = []
        value.withUnsafeBufferPointer { value in
            bytes.withUnsafeBufferPointer { fragmentBytes in
                let count = value.count
                for start in 0..<count {
                    for fragment in buckets[Int(value[start])] {
                        let fragmentStart = starts[fragment]
                        let length = ends[fragment] - fragmentStart
                        guard start + length <= count, !found.isSuperset(of: marks[fragment]) else { continue }
                        var offset = 1
                        while offset < length, value[start + offset] == fragmentBytes[fragmentStart + offset] { offset += 1 }
                        if offset == length { found.formUnion(marks[fragment]) }
                    }
                }
            }
        }
        return found
    }
}
