extension Array {
    /// An array of `count` copies of `value`, like `init(repeating:count:)`.
    ///
    /// `init(repeating:count:)` allocates through an entry point of the standard
    /// library that is not specialized for `Element`: each call looks the storage
    /// class up in the runtime's generic metadata cache, some 500 instructions,
    /// which per-sentence arrays pay tens of thousands of times. Reserving capacity
    /// on an empty array takes the path specialized for `Element`, whose storage
    /// class is looked up once.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
