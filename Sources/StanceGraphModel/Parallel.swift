import Dispatch

/// Order-preserving parallel map over an array, shared by the modules that
/// spread independent work over cores (extraction per article, JSON writing per
/// chunk). Results come back in input order, so output never depends on timing.
package enum Parallel {
    /// A buffer the iterations of `concurrentPerform` share: each iteration
    /// uses only the element at its own index, so no two threads touch the same memory.
    private struct Slots<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }

    /// `items.map(transform)`, with the calls spread over `threads` threads.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], threads: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        if threads <= 1 || items.count <= 1 { return items.map(transform) }
        let slots = Slots<Result?>(buffer: .allocate(capacity: items.count))
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

    /// Calls `transform` on each of `items`, spread over `threads` threads, and
    /// hands the results to `body` one by one, in input order.
    ///
    /// Made for large values used once, such as the documents of a batch and
    /// what is extracted from them. Each item is lent to `transform` in place
    /// (`inout`): an item passed by value was copied out of the array first,
    /// every field retained and then released. Each result is handed over to
    /// `body` (`consuming`), which moves it where it belongs, instead of it being
    /// gathered in an array of results, copied out of it and destroyed with it.
    package static func forEach<Item: Sendable, Result: Sendable>(
        _ items: inout [Item], threads: Int,
        transform: @Sendable (inout Item) -> Result,
        _ body: (consuming Result) -> Void
    ) {
        if threads <= 1 || items.count <= 1 {
            for index in items.indices { body(transform(&items[index])) }
            return
        }
        let slots = Slots<Result?>(buffer: .allocate(capacity: items.count))
        slots.buffer.initialize(repeating: nil)
        defer {
            _ = slots.buffer.deinitialize()
            slots.buffer.deallocate()
        }
        items.withUnsafeMutableBufferPointer { buffer in
            let lent = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: lent.buffer.count) { index in
                slots.buffer[index] = transform(&lent.buffer[index])
            }
        }
        for index in slots.buffer.indices {
            guard let result = slots.buffer[index].take() else {
                preconditionFailure("concurrentPerform runs every iteration")
            }
            body(result)
        }
    }
}
