import Dispatch
import Foundation

/// Runs numbered blocks of independent work on several threads.
///
/// Blocks are handed out one at a time to whichever thread is free, so uneven
/// blocks still balance. Callers make results independent of thread timing by
/// giving every block its own output and combining outputs in block order.
enum ParallelBlocks {
    /// Calls `body(block)` once for every block in `0..<count`, on up to `threads`
    /// threads (the calling thread alone when `threads <= 1`).
    static func forEach(_ count: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let workers = min(max(1, threads), count)
        if workers == 1 {
            for block in 0..<count { body(block) }
            return
        }
        let dispenser = BlockDispenser(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let block = dispenser.next() { body(block) }
        }
    }

    /// How many threads a caller asking for `threads` gets: all cores when nil.
    static func resolve(_ threads: Int?) -> Int {
        max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// Hands out block numbers in order, under a lock.
private final class BlockDispenser: @unchecked Sendable {
    private let lock = NSLock()
    private var nextBlock = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextBlock < count else { return nil }
        defer { nextBlock += 1 }
        return nextBlock
    }
}

/// A fixed-size buffer of doubles that blocks running on different threads write
/// disjoint parts of.
final class SharedDoubles: @unchecked Sendable {
    let count: Int
    private let storage: UnsafeMutableBufferPointer<Double>

    init(count: Int, repeating value: Double = 0) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: value)
    }

    deinit { storage.deallocate() }

    /// The `length` values starting at `start`, for one block to write.
    func slice(from start: Int, length: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(rebasing: storage[start..<(start + length)])
    }

    /// Writes one value; blocks must write disjoint indices.
    func store(_ value: Double, at index: Int) { storage[index] = value }

    var array: [Double] { Array(storage.prefix(count)) }
}
