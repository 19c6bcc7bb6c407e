/// A small, fast, seedable random number generator: the same seed gives the same
/// sequence on every machine, so sampled metrics are reproducible.
///
/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014), the generator Java's `SplittableRandom` uses and
/// xoshiro's authors recommend for seeding.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` distinct values of `0..<population`, drawn uniformly without
    /// replacement (a partial Fisher-Yates shuffle), in the order drawn.
    ///
    /// - Complexity: O(population).
    public mutating func sample(_ count: Int, from population: Int) -> [Int] {
        let take = min(max(0, count), population)
        var pool = Array(0..<population)
        for index in 0..<take {
            let pick = index + Int(next(upperBound: UInt64(population - index)))
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(take))
    }
}
