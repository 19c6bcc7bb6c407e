import Testing
@testable import StanceGraphModel

@Suite("Parallel")
struct ParallelTests {
    @Test("forEach hands the results over in input order, whatever the number of threads", arguments: [1, 2, 5])
    func forEachKeepsInputOrder(threads: Int) {
        var items = (0..<1_000).map { "item \($0)" }
        var results: [String] = []
        Parallel.forEach(&items, threads: threads, transform: { item in item.uppercased() }) { result in
            results.append(result)
        }
        #expect(results == (0..<1_000).map { "ITEM \($0)" })
        #expect(items == (0..<1_000).map { "item \($0)" })
    }

    @Test("forEach with no items and with one item")
    func forEachSmallInputs() {
        var none: [Int] = []
        var noResults: [Int] = []
        Parallel.forEach(&none, threads: 4, transform: { $0 * 2 }) { noResults.append($0) }
        #expect(noResults.isEmpty)
        var one = [21]
        var oneResult: [Int] = []
        Parallel.forEach(&one, threads: 4, transform: { $0 * 2 }) { oneResult.append($0) }
        #expect(oneResult == [42])
    }
}
