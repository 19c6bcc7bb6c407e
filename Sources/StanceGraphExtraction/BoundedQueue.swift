import Foundation

/// A first-in first-out queue between one producing and one consuming thread
/// that holds at most `capacity` items: `put` waits while it is full, `take`
/// waits while it is empty and returns nil once the producer has closed it and
/// everything was taken. The extraction pipeline uses it to read the next batch
/// of articles while the current one is being extracted, with memory bounded by
/// `capacity` batches.
final class BoundedQueue<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Taken items are moved out (left nil) rather than copied: a copy left in
    /// the queue kept a taken batch's arrays shared, and the consumer, which lends
    /// the documents out in place, would then have copied them all.
    private var items: [Item?] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Adds `item`, which the queue takes over, waiting while the queue is full.
    func put(_ item: consuming Item) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
    }

    /// Says that no more items will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for one; nil when the queue is closed and empty.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head].take()
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
