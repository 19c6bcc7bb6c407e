import StanceGraphDiff
import StanceGraphModel
import StanceGraphNetwork

/// The documents the diff tests share. Countries of an imaginary region, so no
/// expectation leans on real-world knowledge.
enum Fixtures {
    static let alba: EntityID = "country:ALB"
    static let borea: EntityID = "country:BOR"
    static let caldor: EntityID = "country:CAL"
    static let dunmark: EntityID = "country:DUN"
    static let estria: EntityID = "country:EST"

    /// January and March 2024 with every kind of change between them:
    ///
    /// | relation                     | January | March |
    /// |------------------------------|---------|-------|
    /// | Alba — Borea cooperation     | 1       | 3     | grew
    /// | Alba → Caldor condemnation   | 2       | 1     | faded
    /// | Borea — Caldor consultation  | 1       | 0     | disappeared
    /// | Alba → Estria support        | 0       | 1     | appeared
    /// | Alba — Caldor agreement      | 0       | 2     | appeared (Alba–Caldor flips to positive)
    /// | Caldor → Borea threat        | 1       | 1     | unchanged
    ///
    /// Dunmark is named only in January (disappears); Estria first in March (appears).
    static var twoMonths: GraphDocument {
        var builder = DocumentBuilder()
        builder.entity(alba, "Alba")
        builder.entity(borea, "Borea")
        builder.entity(caldor, "Caldor")
        builder.entity(dunmark, "Dunmark")
        builder.entity(estria, "Estria")
        builder.article("jan-1", date: "2024-01-10", [
            .stance(alba, .cooperation, borea, "Alba and Borea agreed to cooperate on river transport."),
            .stance(alba, .condemnation, caldor, "Alba condemned the Caldor border closure."),
            .mention(dunmark, text: "Observers from Dunmark attended the session."),
        ])
        builder.article("jan-2", date: "2024-01-20", [
            .stance(alba, .condemnation, caldor, "Alba again condemned Caldor for the shelling of a ferry."),
            .stance(borea, .consultation, caldor, "Borea and Caldor held talks in the capital."),
            .stance(caldor, .threat, borea, "Caldor threatened Borea with new tariffs."),
        ])
        builder.article("mar-1", date: "2024-03-04", [
            .stance(alba, .cooperation, borea, "Alba and Borea expanded their cooperation to ports."),
            .stance(alba, .cooperation, borea, "The two governments will cooperate on grid links as well."),
            .stance(alba, .agreement, caldor, "Alba and Caldor signed a ceasefire agreement."),
        ])
        builder.article("mar-2", date: "2024-03-18", [
            .stance(alba, .cooperation, borea, "Alba and Borea also cooperated on a rail survey."),
            .stance(alba, .agreement, caldor, "Alba and Caldor agreed to reopen the crossing."),
            .stance(alba, .condemnation, caldor, "Alba condemned one violation of the truce by Caldor."),
            .stance(alba, .support, estria, "Alba pledged support for Estria's election."),
            .stance(caldor, .threat, borea, "Caldor threatened Borea over fishing rights."),
        ])
        return builder.document
    }

    static let january = window("2024-01")
    static let march = window("2024-03")

    /// A window written as on the command line (unbounded if it does not parse,
    /// which the tests' expectations would then catch).
    static func window(_ text: String) -> DateWindow {
        DateWindow(parsing: text) ?? .unbounded
    }

    /// The diff of `document` between two windows.
    static func diff(_ document: GraphDocument, _ from: String, _ to: String,
                     options: GraphViewOptions = GraphViewOptions(), metric: CentralityMetric = .degree) throws -> GraphDiff {
        try GraphDiffer(metric: metric).diff(
            GraphSnapshot(document: document, window: window(from), options: options),
            GraphSnapshot(document: document, window: window(to), options: options))
    }
}
