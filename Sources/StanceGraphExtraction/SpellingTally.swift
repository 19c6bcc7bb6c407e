/// The distinct spellings of one entity's mentions, in order of first
/// appearance, with the number of full-name mentions of each: what a
/// `[String: Int]` keyed by spelling gives, for less.
///
/// An entity has a handful of spellings, looked up once per run of mentions
/// with one spelling (about 60k runs on a large corpus); a dictionary hashed
/// every run's string with SipHash. Here each spelling's bytes are hashed
/// (`StringBytesHash`) and compared with the kept hashes, and strings are only
/// compared on equal hashes.
///
/// Like a dictionary, canonically equivalent spellings ("é" and "e" + U+0301)
/// are one spelling, kept as first seen: a spelling whose hash matches none is
/// compared with every kept one, unless it and all kept ones are ASCII (ASCII
/// strings are equal exactly when their bytes are).
///
/// - Complexity: O(s) per addition for s spellings kept.
struct SpellingTally {
    /// The spellings, in order of first appearance.
    private(set) var spellings: [String] = []
    /// Parallel to `spellings`: the number of full-name mentions.
    private(set) var nameCounts: [Int] = []
    private var hashes: [UInt64] = []
    private var hasNonASCII = false

    init() {}

    /// Counts `names` more full-name mentions (zero or more) of `spelling`.
    mutating func add(_ spelling: String, names: Int) {
        let (hash, isASCII) = StringBytesHash.hash(of: spelling)
        for index in hashes.indices where hashes[index] == hash && spellings[index] == spelling {
            nameCounts[index] += names
            return
        }
        if !isASCII || hasNonASCII {
            for index in spellings.indices where spellings[index] == spelling {
                nameCounts[index] += names
                return
            }
        }
        if !isASCII { hasNonASCII = true }
        spellings.append(spelling)
        nameCounts.append(names)
        hashes.append(hash)
    }

    /// The spelling with the most full-name mentions, ties going to the smallest;
    /// nil when no mention is a full name. As `GraphAssembler.mostFrequent` gives
    /// for the spellings with a count above zero.
    var mostFrequentName: String? {
        var best: Int?
        for index in spellings.indices where nameCounts[index] > 0 {
            guard let current = best else {
                best = index
                continue
            }
            if nameCounts[index] > nameCounts[current]
                || (nameCounts[index] == nameCounts[current] && spellings[index] < spellings[current]) {
                best = index
            }
        }
        return best.map { spellings[$0] }
    }
}
