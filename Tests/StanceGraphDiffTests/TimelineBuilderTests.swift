import Testing
@testable import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

@Suite("TimelineBuilder")
struct TimelineBuilderTests {
    typealias F = Fixtures

    @Test("by month: every month from the first relation to the last, counts by stance and top actors")
    func months() throws {
        let timeline = try TimelineBuilder(granularity: .month, top: 2).build(F.twoMonths)
        #expect(timeline.periods.map(\.label) == ["2024-01", "2024-02", "2024-03"])
        let january = timeline.periods[0]
        #expect(january.mentions == 5)
        #expect(january.count(.condemnation) == 2)
        #expect(january.positive == 2 && january.negative == 3)
        #expect(january.topActors.map(\.actor.id) == [F.alba, F.borea], "three tie at degree 2; ties by id")
        #expect(timeline.periods[1].mentions == 0 && timeline.periods[1].topActors.isEmpty)
        let march = timeline.periods[2]
        #expect(march.stances.map(\.stance) == [.cooperation, .support, .agreement, .condemnation, .threat])
        #expect(march.topActors.first?.actor.id == F.alba)
        #expect(march.activeActors == 4)
    }

    @Test("cumulative periods hold everything up to their end")
    func cumulative() throws {
        let timeline = try TimelineBuilder(granularity: .month, cumulative: true).build(F.twoMonths)
        #expect(timeline.periods.map(\.mentions) == [5, 5, 13])
        #expect(timeline.periods.allSatisfy { $0.window.from == nil })
    }

    @Test("a followed actor's rank is given in every period it is in")
    func followedActor() throws {
        let timeline = try TimelineBuilder(granularity: .month, metric: .strength, actor: F.caldor).build(F.twoMonths)
        #expect(timeline.actor?.name == "Caldor")
        #expect(timeline.periods[0].actor.map { ($0.rank, $0.value) } ?? (0, 0) == (1, 4))
        #expect(timeline.periods[1].actor == nil)
        #expect(timeline.periods[2].actor.map { ($0.rank, $0.value) } ?? (0, 0) == (2, 4))
    }

    @Test("the view window limits the range, and periods are cut to it")
    func limitedRange() throws {
        var options = GraphViewOptions()
        options.window = DateWindow(from: CalendarDate(iso: "2024-01-15"), to: CalendarDate(iso: "2024-03-10"))
        let timeline = try TimelineBuilder(granularity: .month, options: options).build(F.twoMonths)
        #expect(timeline.periods.map(\.label) == ["2024-01", "2024-02", "2024-03"])
        #expect(timeline.periods.first?.window.from?.iso == "2024-01-15")
        #expect(timeline.periods.map(\.mentions) == [3, 0, 3])
    }

    @Test("undated relations are left out and counted; a document with no dated relation is refused")
    func undated() throws {
        var builder = DocumentBuilder()
        builder.entity(F.alba, "Alba")
        builder.entity(F.borea, "Borea")
        builder.article("undated", date: nil, [.stance(F.alba, .cooperation, F.borea, "Alba and Borea cooperate closely.")])
        #expect(throws: DiffError.nothingDated) { try TimelineBuilder().build(builder.document) }
        builder.article("dated", date: "2024-05-02", [.stance(F.alba, .cooperation, F.borea, "Alba and Borea signed a pact.")])
        let timeline = try TimelineBuilder().build(builder.document)
        #expect(timeline.periods.map(\.mentions) == [1])
        #expect(timeline.undated.relations == 1)
    }

    @Test("too many periods fail fast with the count")
    func tooMany() throws {
        var builder = TimelineBuilder(granularity: .day)
        builder.periodLimit = 30
        #expect(throws: DiffError.tooManyPeriods(count: 69, granularity: .day, limit: 30)) { try builder.build(F.twoMonths) }
    }

    @Test("a slice gives the same view as the whole document over the same window", arguments: [
        "2024-01", "2024-03", "2024-02", "2024-01-15..2024-03-05", "2024-01-31", "2024-03-31", "..2024-01-10",
    ])
    func sliceEquivalence(window text: String) throws {
        let window = Fixtures.window(text)
        let document = Self.mixedDocument
        for level in ViewLevel.allCases {
            var options = GraphViewOptions()
            options.level = level
            options.window = window
            let whole = ActorGraph(document: document, options: options)
            let sliced = ActorGraph(document: DocumentSlicer(document).slice(window), options: options)
            #expect(sliced.nodes == whole.nodes, "\(text) \(level)")
            #expect(sliced.edges == whole.edges, "\(text) \(level)")
        }
    }

    /// The two-month fixture plus a person who belongs to a country and an undated article.
    static var mixedDocument: GraphDocument {
        var document = F.twoMonths
        var builder = DocumentBuilder()
        builder.entity("person:ana-vell", "Ana Vell", type: .person, country: F.alba)
        builder.entity(F.borea, "Borea")
        builder.article("feb", date: "2024-02-05", [
            .stance("person:ana-vell", .cooperation, F.borea, "Foreign minister Ana Vell and Borea agreed to cooperate further."),
        ])
        builder.article("undated", date: nil, [
            .stance("person:ana-vell", .support, F.borea, "Ana Vell backed Borea on 2 March.", on: "2024-03-02"),
        ])
        let extra = builder.document
        document.articles += extra.articles
        document.relations += extra.relations
        document.entities.append(contentsOf: extra.entities.filter { $0.id == "person:ana-vell" })
        if let index = document.entities.firstIndex(where: { $0.id == F.borea }),
           let borea = extra.entities.first(where: { $0.id == F.borea }) {
            document.entities[index].mentions += borea.mentions
        }
        document.entities.sort { $0.id < $1.id }
        return document
    }
}

@Suite("TimelineBuilder in the countries view")
struct TimelineCountriesTests {
    @Test("a followed person is followed as their country")
    func personAsCountry() throws {
        var options = GraphViewOptions()
        options.level = .countries
        let document = TimelineBuilderTests.mixedDocument
        let timeline = try TimelineBuilder(granularity: .month, options: options, actor: "person:ana-vell").build(document)
        #expect(timeline.actor?.id == Fixtures.alba)
        #expect(timeline.periods.map { $0.actor != nil } == [true, true, true])
    }
}
