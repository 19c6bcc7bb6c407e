import Testing
import StanceGraphDiff
import StanceGraphModel

@Suite("RankPosition")
struct RankPositionTests {
    @Test("competition ranking: ties share a rank, the next rank skips", arguments: [
        ([3.0, 1, 3, 0], [1, 3, 1, 4]),
        ([0.0, 0, 0], [1, 1, 1]),
        ([], []),
        ([2.5, .nan, 1], [1, 3, 2]),
    ] as [([Double], [Int])])
    func ranks(values: [Double], expected: [Int]) {
        #expect(RankPosition.ranks(of: values).map(\.rank) == expected)
    }
}

@Suite("RelationChange.Kind")
struct RelationChangeKindTests {
    @Test("the kind follows the mention counts", arguments: [
        (0, 2, RelationChange.Kind.appeared), (2, 0, .disappeared), (1, 3, .grew), (3, 1, .faded), (2, 2, .unchanged),
    ])
    func kind(before: Int, after: Int, kind: RelationChange.Kind) {
        #expect(RelationChange.Kind(before: before, after: after) == kind)
    }
}

@Suite("TimelineGranularity")
struct TimelineGranularityTests {
    @Test("periods and their labels", arguments: [
        (TimelineGranularity.day, "2024-06-21", "2024-06-21", "2024-06-21", "2024-06-21"),
        (.week, "2024-06-21", "2024-06-17", "2024-06-23", "2024-W25"),
        (.week, "2024-12-31", "2024-12-30", "2025-01-05", "2025-W01"),
        (.week, "2021-01-03", "2020-12-28", "2021-01-03", "2020-W53"),
        (.month, "2024-02-10", "2024-02-01", "2024-02-29", "2024-02"),
        (.quarter, "2024-08-15", "2024-07-01", "2024-09-30", "2024-Q3"),
        (.year, "2023-05-05", "2023-01-01", "2023-12-31", "2023"),
    ])
    func period(granularity: TimelineGranularity, date: String, from: String, to: String, label: String) throws {
        let day = try #require(CalendarDate(iso: date))
        let window = granularity.period(containing: day)
        #expect(window.from?.iso == from)
        #expect(window.to?.iso == to)
        #expect(granularity.label(of: granularity.start(of: day)) == label)
    }
}
