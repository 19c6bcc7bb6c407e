import Testing
import StanceGraphExtraction
import StanceGraphModel
@testable import StanceGraphEventData

@Suite("EventImport")
struct EventImportTests {
    static let resolver = ActorResolver(knowledge: BuiltInKnowledge.load())

    @Test("actors resolve by known name, then country code, then country name")
    func resolution() {
        #expect(Self.resolver.resolve(.init(name: "UNITED STATES", countryCode: "USA"))?.id == "country:USA")
        #expect(Self.resolver.resolve(.init(name: "UNITED NATIONS", code: "IGOUNO"))?.id == "organization:united-nations")
        #expect(Self.resolver.resolve(.init(name: "POLICE", countryCode: "IND"))?.id == "country:IND")
        #expect(Self.resolver.resolve(.init(name: "Citizen (Japan)", countryName: "Japan"))?.id == "country:JPN")
        #expect(Self.resolver.resolve(.init(name: "Government (Testland)", countryName: "Russian Federation"))?.id == "country:RUS")
        #expect(Self.resolver.resolve(.init(name: "REBEL")) == nil)
    }

    @Test("GDELT records become articles and relations that keep the ids, codes and URLs; what is left out is counted")
    func gdelt() throws {
        let reading = GDELTReader().read(try EventDataFixtures.text("gdelt-sample.export.tsv"), file: "g.tsv")
        let (document, summary) = EventImport(resolver: Self.resolver).document(reading.records)
        #expect(summary.records == 7)
        #expect(summary.imported == 4)
        #expect(summary.withoutStance == 1)
        #expect(summary.unresolvedActor == 1)
        #expect(summary.sameActor == 1)
        #expect(summary.unresolvedNames.map(\.name) == ["POLICE", "REBEL"])
        #expect(document.articles.map(\.id.rawValue) == ["gdelt-900000001", "gdelt-900000002", "gdelt-900000005", "gdelt-900000006"])
        let relation = try #require(document.relations.first)
        #expect(relation.id == "gdelt-900000001#1")
        #expect(relation.source == "country:USA")
        #expect(relation.target == "country:PRK")
        #expect(relation.stance == .condemnation)
        #expect(relation.cameo?.rawValue == "112")
        #expect(relation.date?.iso == "2024-06-19")
        #expect(relation.dateOrigin == .event)
        #expect(relation.directed)
        let article = try #require(document.articles.first)
        #expect(article.url == "https://news.example.org/2024/06/19/a")
        #expect(article.metadata["GLOBALEVENTID"] == "900000001")
        #expect(article.metadata["dataset"] == "GDELT 2.0")
        #expect(relation.evidence.text == article.text)
        #expect(relation.evidence.end == article.text.unicodeScalars.count)
        #expect(article.text.contains("UNITED STATES (USA) to NORTH KOREA (PRK), CAMEO 112"))
        #expect(document.entities.map(\.id.rawValue).contains("organization:united-nations"))
        try document.validate(file: "import")
    }

    @Test("a repeated event id gets a suffix, and the document stays valid")
    func repeatedIDs() throws {
        let reading = POLECATReader().read(try EventDataFixtures.text("polecat-sample.jsonl"), file: "p.jsonl")
        let twice = reading.records + reading.records
        let (document, summary) = EventImport(resolver: Self.resolver).document(twice)
        #expect(summary.repeatedIDs == 2)
        #expect(document.articles.map(\.id.rawValue).suffix(2) == ["polecat-20240703-0005-2", "polecat-20240703-0006-2"])
        try document.validate(file: "import")
    }
}
