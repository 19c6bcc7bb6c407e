import Dispatch

/// Order-preserving parallel map over an array, shared by the modules that
/// spread independent work over cores (extraction per article, JSON writing per
/// chunk). Results come back in input order, so output never depends on timing.
package enum Parallel {
    private struct Slots<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element?>
    }

    /// `items.map(transform)`, with the calls spread over `threads` threads.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        if threads <= 1 || items.count <= 1 { return items.map(transform) }
        let slots = Slots<Result>(buffer: .allocate(capacity: items.count))
        slots.buffer.initialize(repeating: nil)
        defer {
            _ = slots.buffer.deinitialize()
            slots.buffer.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.buffer[index] = transform(items[index])
        }
        return slots.buffer.indices.map { index in
            guard let result = slots.buffer[index].take() else {
                preconditionFailure("concurrentPerform runs every iteration")
            }
            return result
        }
    }
}
