/// A set of lower-case ASCII fragments searched for in `class` and `id`
/// values, byte by byte: the fragments are bucketed by their first byte, so
/// each position of the value is compared only with the fragments that start
/// with its byte (Foundation's `String.contains` cost a third of HTML cleaning).
struct ClassMarkers: Sendable {
    private let fragments: [[UInt8]]
    /// For each first byte, the indices of the fragments that start with it.
    private let buckets: [[Int]]

    init(_ fragments: [String]) {
        self.fragments = fragments.map { Array($0.utf8) }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, fragment) in self.fragments.enumerated() where !fragment.isEmpty {
            buckets[Int(fragment[0])].append(index)
        }
        self.buckets = buckets
    }

    /// Whether some fragment occurs in `value` (lower-cased bytes).
    func matches(_ value: [UInt8]) -> Bool {
        let count = value.count
        for start in 0..<count {
            for index in buckets[Int(value[start])] {
                let fragment = fragments[index]
                guard start + fragment.count <= count else { continue }
                var offset = 1
                while offset < fragment.count, value[start + offset] == fragment[offset] { offset += 1 }
                if offset == fragment.count { return true }
            }
        }
        return false
    }
}
