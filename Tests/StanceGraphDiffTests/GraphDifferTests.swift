import Foundation
import Testing
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

@Suite("GraphDiffer")
struct GraphDifferTests {
    typealias F = Fixtures

    func change(_ diff: GraphDiff, _ source: EntityID, _ stance: Stance, _ target: EntityID) -> RelationChange? {
        diff.relations.first { $0.source.id == source && $0.target.id == target && $0.stance == stance }
    }

    @Test("between two windows every kind of relation change is found with its counts", arguments: [
        (F.alba, Stance.cooperation, F.borea, RelationChange.Kind.grew, 1, 3),
        (F.alba, .condemnation, F.caldor, .faded, 2, 1),
        (F.borea, .consultation, F.caldor, .disappeared, 1, 0),
        (F.alba, .support, F.estria, .appeared, 0, 1),
        (F.alba, .agreement, F.caldor, .appeared, 0, 2),
        (F.caldor, .threat, F.borea, .unchanged, 1, 1),
    ] as [(EntityID, Stance, EntityID, RelationChange.Kind, Int, Int)])
    func relationKinds(source: EntityID, stance: Stance, target: EntityID, kind: RelationChange.Kind,
                       before: Int, after: Int) throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        let found = try #require(change(diff, source, stance, target))
        #expect(found.kind == kind)
        #expect(found.before == before)
        #expect(found.after == after)
        #expect(diff.relations.count == 6)
    }

    @Test("each change cites exactly the mentions that account for it")
    func citations() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        let grew = try #require(change(diff, F.alba, .cooperation, F.borea))
        #expect(grew.added.map(\.article) == ["mar-1", "mar-1", "mar-2"])
        #expect(grew.removed.map(\.article) == ["jan-1"])
        #expect(grew.added.first?.sentence == "Alba and Borea expanded their cooperation to ports.")
        let disappeared = try #require(change(diff, F.borea, .consultation, F.caldor))
        #expect(disappeared.added.isEmpty)
        #expect(disappeared.removed.map(\.sentence) == ["Borea and Caldor held talks in the capital."])
        // Windows that each hold one threat: same count, different mentions.
        let unchanged = try #require(change(diff, F.caldor, .threat, F.borea))
        #expect(unchanged.added.map(\.article) == ["mar-2"])
        #expect(unchanged.removed.map(\.article) == ["jan-2"])
    }

    @Test("actors named only on one side appear or disappear, with the articles that name them")
    func actors() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        #expect(diff.actors.map(\.actor.id) == [F.estria, F.dunmark])
        #expect(diff.actors.map(\.kind) == [.appeared, .disappeared])
        #expect(diff.actors[0].articles.map(\.id) == ["mar-2"])
        #expect(diff.actors[0].mentions == 1)
        #expect(diff.actors[1].articles.map(\.id) == ["jan-1"])
        #expect(diff.actors[1].mentions == 0)
    }

    @Test("a pair whose added mentions oppose its earlier polarity is a flip, with evidence on both sides")
    func flip() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        #expect(diff.flips.count == 1)
        let flip = try #require(diff.flips.first)
        #expect(flip.a.id == F.alba && flip.b.id == F.caldor)
        #expect(flip.from == .negative && flip.to == .positive)
        #expect(flip.netBefore == -2 && flip.netAdded == 1)
        #expect(flip.beforeEvidence.map(\.article) == ["jan-1", "jan-2"])
        #expect(flip.beforeEvidence.allSatisfy { $0.stance == .condemnation })
        #expect(flip.afterEvidence.map(\.sentence) == ["Alba and Caldor signed a ceasefire agreement.",
                                                      "Alba and Caldor agreed to reopen the crossing."])
    }

    @Test("a cumulative history still shows a recent change of course as a flip")
    func flipAgainstHistory() throws {
        var builder = DocumentBuilder()
        builder.entity(F.alba, "Alba")
        builder.entity(F.caldor, "Caldor")
        builder.article("old", date: "2016-01-04", [
            .stance(F.alba, .condemnation, F.caldor, "Alba condemned the attack on its embassy in Caldor."),
            .stance(F.alba, .sanction, F.caldor, "Alba cut trade with Caldor."),
            .stance(F.caldor, .condemnation, F.alba, "Caldor condemned the execution of a cleric by Alba."),
        ])
        builder.article("new", date: "2023-03-10", [
            .stance(F.alba, .agreement, F.caldor, "Alba and Caldor agreed to restore relations."),
        ])
        let diff = try F.diff(builder.document, "2020-01-01", "2024-10-31")
        let flip = try #require(diff.flips.first)
        #expect(flip.netBefore == -3 && flip.netAdded == 1 && flip.netAfter == -2)
        #expect(flip.to == .positive)
    }

    @Test("ranks are compared by the chosen metric; ties share a rank")
    func ranks() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        // January: Alba, Borea, Caldor all degree 2 (rank 1). March: Alba 3, Borea 2, Caldor 2.
        #expect(diff.ranks.map(\.actor.id) == [F.borea, F.caldor])
        #expect(diff.ranks.allSatisfy { $0.movement == -1 && $0.before.rank == 1 && $0.after.rank == 2 })
        let borea = try #require(diff.ranks.first)
        #expect(borea.addedMentions == 4)
        #expect(borea.removedMentions == 3)
        #expect(borea.articles == ["jan-1", "jan-2", "mar-1", "mar-2"])
        let strength = try F.diff(F.twoMonths, "2024-01", "2024-03", metric: .strength)
        #expect(strength.metric == .strength)
        #expect(strength.ranks.map(\.actor.id) != diff.ranks.map(\.actor.id))
    }

    @Test("pairs are tallied across stances and directions")
    func pairs() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        let pairs = Dictionary(uniqueKeysWithValues: diff.pairs.map { ("\($0.a.id)|\($0.b.id)", $0) })
        #expect(pairs["country:ALB|country:BOR"]?.delta == 2)
        #expect(pairs["country:BOR|country:CAL"].map { ($0.before.mentions, $0.after.mentions) } ?? (0, 0) == (2, 1))
        #expect(pairs["country:ALB|country:CAL"]?.after.net == 1)
        #expect(diff.pairs.first?.a.id == F.alba && diff.pairs.first?.b.id == F.borea, "largest change first")
    }

    @Test("cumulative snapshots keep earlier mentions; windows do not")
    func cumulativeVersusWindow() throws {
        let cumulative = try F.diff(F.twoMonths, "2024-01-31", "2024-03-31")
        #expect(change(cumulative, F.alba, .cooperation, F.borea).map { ($0.before, $0.after) } ?? (0, 0) == (1, 4))
        #expect(change(cumulative, F.borea, .consultation, F.caldor)?.kind == .unchanged)
        #expect(change(cumulative, F.caldor, .threat, F.borea)?.kind == .grew)
        #expect(cumulative.relations.allSatisfy { $0.removed.isEmpty }, "a later cumulative snapshot loses nothing")
        #expect(cumulative.actors.map(\.actor.id) == [F.estria], "Dunmark stays: it was named before")
        let windows = try F.diff(F.twoMonths, "2024-01-01..2024-01-31", "2024-03-01..2024-03-31")
        #expect(change(windows, F.alba, .cooperation, F.borea).map { ($0.before, $0.after) } ?? (0, 0) == (1, 3))
        #expect(windows.before.label == "2024-01-01..2024-01-31")
        #expect(cumulative.before.label == "up to 2024-01-31")
        #expect(windows.before.mentions == 5 && windows.after.mentions == 8)
        #expect(cumulative.after.mentions == 13 && cumulative.after.articles == 4)
    }

    @Test("relations and articles with unknown dates are left out of dated snapshots and counted")
    func undated() throws {
        var builder = DocumentBuilder()
        builder.entity(F.alba, "Alba")
        builder.entity(F.borea, "Borea")
        builder.entity(F.estria, "Estria")
        builder.article("dated", date: "2024-01-10", [
            .stance(F.alba, .cooperation, F.borea, "Alba and Borea agreed to cooperate on river transport."),
        ])
        builder.article("undated", date: nil, [
            .stance(F.alba, .cooperation, F.borea, "Alba and Borea cooperate closely, officials said."),
            .stance(F.borea, .condemnation, F.alba, "Borea condemned Alba's dam project."),
            .stance(F.alba, .support, F.estria, "On 10 March Alba pledged support for Estria.", on: "2024-03-10"),
        ])
        let document = builder.document
        let dated = GraphSnapshot(document: document, window: Fixtures.window("2024-12-31"))
        #expect(dated.undated.relations == 2)
        #expect(dated.undated.articles == ["undated"])
        #expect(dated.undated.note == "2 relations from 1 article with unknown dates were left out")
        #expect(dated.mentionCount == 2, "the cooperation of the dated article and the support placed by its event date")
        let whole = GraphSnapshot(document: document, window: .unbounded)
        #expect(whole.undated.isEmpty)
        #expect(whole.mentionCount == 4)
        let diff = try F.diff(document, "2024-01-31", "2024-03-31")
        #expect(diff.after.undated.relations == 2)
        #expect(change(diff, F.alba, .support, F.estria)?.kind == .appeared, "an event date places a relation of an undated article")
    }

    @Test("a graph compared with itself has no changes", arguments: ["2024-01", "2024-03-31", "2024-01-15..2024-03-20"])
    func identical(window: String) throws {
        let diff = try F.diff(F.twoMonths, window, window)
        #expect(diff.isEmpty)
        #expect(diff.actors.isEmpty && diff.flips.isEmpty && diff.ranks.isEmpty && diff.pairs.isEmpty)
        #expect(diff.relations.allSatisfy { $0.kind == .unchanged && $0.added.isEmpty && $0.removed.isEmpty })
        #expect(!diff.relations.isEmpty)
    }

    @Test("a later snapshot given first is refused")
    func reversed() {
        #expect(throws: DiffError.self) { try F.diff(F.twoMonths, "2024-03-31", "2024-01-31") }
    }

    @Test("the countries view folds people into their countries before comparing")
    func countriesView() throws {
        var builder = DocumentBuilder()
        builder.entity(F.alba, "Alba")
        builder.entity(F.borea, "Borea")
        builder.entity("person:ana-vell", "Ana Vell", type: .person, country: F.alba)
        builder.article("jan", date: "2024-01-05", [
            .stance(F.alba, .cooperation, F.borea, "Alba and Borea agreed to cooperate on river transport."),
        ])
        builder.article("feb", date: "2024-02-05", [
            .stance("person:ana-vell", .cooperation, F.borea, "Foreign minister Ana Vell and Borea agreed to cooperate further."),
        ])
        var options = GraphViewOptions()
        options.level = .countries
        let diff = try F.diff(builder.document, "2024-01-31", "2024-02-29", options: options)
        let grew = try #require(change(diff, F.alba, .cooperation, F.borea))
        #expect(grew.kind == .grew)
        #expect(grew.added.first?.source == "person:ana-vell", "the citation names who actually spoke")
        #expect(diff.view.level == .countries)
    }

    @Test("the same snapshots give the same JSON bytes, in the graph document's style, and the JSON reads back")
    func deterministicJSON() throws {
        let first = try F.diff(F.twoMonths, "2024-01", "2024-03").jsonData()
        let second = try F.diff(F.twoMonths, "2024-01", "2024-03").jsonData()
        #expect(first == second)
        let decoded = try JSONDecoder().decode(GraphDiff.self, from: first)
        #expect(decoded == (try F.diff(F.twoMonths, "2024-01", "2024-03")))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"sentence\": \"Alba and Borea expanded their cooperation to ports.\""))
        #expect(!text.contains("\" : "), "the document's separator, not Foundation's")
    }

    @Test("structural balance is compared, with the triangles that became unbalanced")
    func balance() throws {
        let diff = try F.diff(F.twoMonths, "2024-01", "2024-03")
        let balance = try #require(diff.balance)
        // January: Borea–Caldor is a tie (one consultation, one threat), so no triangle.
        #expect(balance.before.triangles == 0)
        // March: Alba–Borea +, Alba–Caldor + (two agreements, one condemnation), Borea–Caldor −.
        #expect(balance.after.triangles == 1 && balance.after.balanced == 0)
        #expect(balance.newlyUnbalanced.map { $0.actors.map(\.id) } == [[F.alba, F.borea, F.caldor]])
        #expect(balance.newlyUnbalanced.first?.ties.map(\.sign) == [1, 1, -1])
        #expect(balance.noLongerUnbalanced.isEmpty)
        let report = DiffReportFormatter().format(diff)
        #expect(report.contains("structural balance: no triangles → 1 triangle, 0% balanced; 1 newly unbalanced, 0 no longer"))
        #expect(report.contains("Alba, Borea, Caldor: Alba – Borea +, Alba – Caldor +, Borea – Caldor −"))
        let reverse = try F.diff(F.twoMonths, "2024-03-01..2024-03-31", "2024-04-01..2024-04-30")
        #expect(reverse.balance?.noLongerUnbalanced.count == 1)
    }
}
