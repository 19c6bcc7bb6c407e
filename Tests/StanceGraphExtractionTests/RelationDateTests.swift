import StanceGraphModel
import Testing

/// A relation's date: the day its sentence states, an earlier period it names, or the article's date.
@Suite("Relation dates")
struct RelationDateTests {
    /// The fixture's articles are dated 2024-05-10, a Friday.
    static func relation(_ text: String) -> Relation? {
        RelationFixture.document(text).relations.first { $0.kind == .stance }
    }

    @Test("a day in the sentence dates the relation as an event")
    func day() throws {
        let relation = try #require(Self.relation("On Tuesday, Chile condemned Peru over the raid."))
        #expect(relation.date?.iso == "2024-05-07")
        #expect(relation.dateOrigin == .event)
        #expect(relation.datePrecision == nil)
    }

    @Test("an earlier year or month dates the relation as history, not as the day's news", arguments: [
        ("In 2017, Chile condemned Peru over the raid.", "2017-01-01", DatePrecision.year),
        ("Chile condemned Peru last year over the raid.", "2023-01-01", .year),
        ("Chile condemned Peru in February over the raid.", "2024-02-01", .month),
    ])
    func period(_ text: String, _ date: String, _ precision: DatePrecision) throws {
        let relation = try #require(Self.relation(text))
        #expect(relation.date?.iso == date)
        #expect(relation.dateOrigin == .period)
        #expect(relation.datePrecision == precision)
    }

    @Test("a period that reaches the present, or none at all, leaves the article's date", arguments: [
        "Since 2014, Chile has condemned Peru over the raids.",
        "Chile condemned Peru over the raid.",
        "Chile condemned Peru earlier this month over the raid.",
        // The period dates another event: a nested clause, or what "since" looks back to.
        "Chile condemned Peru, which had closed the border in 2019, over the raid.",
        "Chile and Peru restored ties for the first time since a rupture in 2019.",
    ])
    func article(_ text: String) throws {
        let relation = try #require(Self.relation(text))
        #expect(relation.date?.iso == "2024-05-10", "\(text)")
        #expect(relation.dateOrigin == .article)
    }
}
