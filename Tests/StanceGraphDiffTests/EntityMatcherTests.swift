import Testing
import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

@Suite("EntityMatcher")
struct EntityMatcherTests {
    @Test("spellings of one name share a key", arguments: [
        ("Cho Tae-yeol", "cho taeyeol", EntityType.person),
        ("Cho Tae-yeol", "Cho Tae-yul", .person),
        ("Kim Jong-un", "Kim Jong Un", .person),
        ("São Tomé and Príncipe", "Sao Tome and Principe", .country),
        ("U.N. Security Council", "UN Security Council", .organization),
    ])
    func sameKey(first: String, second: String, type: EntityType) {
        #expect(EntityMatcher.key(for: first, type: type) == EntityMatcher.key(for: second, type: type))
    }

    @Test("different names, or one name with different types, do not share a key", arguments: [
        ("Cho Tae-yeol", "Cho Tae-yong", EntityType.person, EntityType.person),
        ("Georgia", "Georgia", .country, .place),
        ("Seoul", "Seoul", .place, .organization),
    ])
    func differentKey(first: String, second: String, firstType: EntityType, secondType: EntityType) {
        #expect(EntityMatcher.key(for: first, type: firstType) != EntityMatcher.key(for: second, type: secondType))
    }

    @Test("romanization folding is for people only")
    func foldingOnlyForPeople() {
        #expect(EntityMatcher.key(for: "Seoul", type: .place) != EntityMatcher.key(for: "Sul", type: .place))
        #expect(EntityMatcher.key(for: "---", type: .person) == "")
    }

    /// An earlier run that knew two spellings of one minister as two people and a
    /// secretary under his short name; a later run that merged the first and renamed
    /// the second.
    static var runs: (old: GraphDocument, new: GraphDocument) {
        var old = DocumentBuilder()
        old.entity("country:ALB", "Alba")
        old.entity("person:cho-tae-yul", "Cho Tae-yul", type: .person)
        old.entity("person:cho-tae-yeol", "Cho Tae-yeol", type: .person)
        old.entity("person:tony-vale", "Tony Vale", type: .person)
        old.entity("person:kim", "Kim", type: .person)
        old.article("a1", date: "2024-06-01", [
            .stance("person:cho-tae-yul", .consultation, "country:ALB", "Cho Tae-yul held talks with Alba's envoy."),
            .stance("person:cho-tae-yeol", .support, "country:ALB", "Cho Tae-yeol voiced support for Alba."),
            .stance("person:tony-vale", .cooperation, "country:ALB", "Tony Vale and Alba agreed to cooperate."),
            .stance("person:kim", .concern, "country:ALB", "Kim raised concerns about Alba."),
        ])
        var new = DocumentBuilder()
        new.entity("country:ALB", "Alba")
        new.entity("person:cho-tae-yeol", "Cho Tae-yeol", type: .person, aliases: ["Cho Tae-yul"])
        new.entity("person:anthony-vale", "Anthony Vale", type: .person, aliases: ["Tony Vale"])
        new.entity("person:kim-a", "Kim Ara", type: .person, aliases: ["Kim"])
        new.entity("person:kim-b", "Kim Bora", type: .person, aliases: ["Kim"])
        new.article("a1", date: "2024-06-01", [
            .stance("person:cho-tae-yeol", .consultation, "country:ALB", "Cho Tae-yul held talks with Alba's envoy."),
            .stance("person:cho-tae-yeol", .support, "country:ALB", "Cho Tae-yeol voiced support for Alba."),
            .stance("person:anthony-vale", .cooperation, "country:ALB", "Tony Vale and Alba agreed to cooperate."),
            .stance("person:kim-a", .concern, "country:ALB", "Kim raised concerns about Alba."),
        ])
        return (old.document, new.document)
    }

    @Test("entities are matched by id, then by name; merges and renames are reported as such")
    func matching() throws {
        let (old, new) = Self.runs
        let result = EntityMatcher().match(old: old, new: new)
        #expect(result.mapping["country:ALB"] == "country:ALB")
        #expect(result.mapping["person:cho-tae-yul"] == "person:cho-tae-yeol")
        #expect(result.mapping["person:tony-vale"] == "person:anthony-vale")
        #expect(result.mapping["person:kim"] == nil, "two later people are called Kim: ambiguous, not guessed")
        #expect(result.changes.map(\.kind) == [.renamed, .merged])
        let merge = try #require(result.changes.last)
        #expect(merge.before.map(\.id) == ["person:cho-tae-yeol", "person:cho-tae-yul"])
        #expect(merge.after.id == "person:cho-tae-yeol")
        #expect(merge.matchedBy == [EntityMatcher.key(for: "Cho Tae-yul", type: .person)])
        #expect(result.changes.first?.before.map(\.name) == ["Tony Vale"])
    }

    @Test("after translation, renamed and merged entities diff as one actor, not as appear and disappear")
    func diffAcrossRuns() throws {
        let (old, new) = Self.runs
        let matcher = EntityMatcher()
        let result = matcher.match(old: old, new: new)
        let translated = matcher.translate(old, into: new, using: result)
        #expect(translated.entities.map(\.id) == ["country:ALB", "person:anthony-vale", "person:cho-tae-yeol", "person:kim"])
        #expect(translated.entities.first { $0.id == "person:anthony-vale" }?.name == "Anthony Vale")
        #expect(translated.entities.first { $0.id == "person:cho-tae-yeol" }?.mentions.count == 2)
        let diff = try GraphDiffer().diff(
            GraphSnapshot(document: translated, window: .unbounded, label: "old.json"),
            GraphSnapshot(document: new, window: .unbounded, label: "new.json"),
            identityChanges: result.changes)
        #expect(diff.identityChanges.count == 2)
        let changedActors = Set(diff.actors.map(\.actor.id))
        #expect(changedActors == ["person:kim", "person:kim-a", "person:kim-b"], "only the ambiguous Kims appear and disappear")
        let moved = diff.relations.filter { $0.kind != .unchanged }.map { "\($0.source.id) \($0.stance)" }.sorted()
        #expect(moved == ["person:kim concern", "person:kim-a concern"])
    }
}
