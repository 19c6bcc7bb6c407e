import ArgumentParser
import StanceGraphModel
import StanceGraphNetwork

/// The flags that pick what a view shows, apart from its date window: the
/// level, the stances, the ego network, the edge weight. `ViewOptionGroup` adds
/// the window for `metrics`, `render` and `timeline`; `diff` uses this group
/// alone, because its `--from` and `--to` name the two snapshots instead.
struct ViewSelectionOptionGroup: ParsableArguments {
    @Option(name: .long, help: "actors (people, countries, organizations) or countries (people folded into their countries).")
    var view: ViewLevel = .actors

    @Option(name: .long, help: "Stances to keep: all, positive, negative, or a list such as cooperation,support.")
    var stance: String = "all"

    @Option(name: .long, help: "Keep only this actor (id, name or alias) and its neighbours.")
    var ego: String?

    @Option(name: .long, help: "Hops from --ego to keep.")
    var depth: Int = 1

    @Option(name: .long, help: "Edge weight: mentions (count) or confidence (summed).")
    var weight: EdgeWeighting = .mentions

    @Option(name: .long, help: "Drop merged edges lighter than this.")
    var minWeight: Double = 0

    @Flag(name: .long, help: "Keep agreements as nodes.")
    var agreements = false

    func validate() throws {
        guard StanceFilter(parsing: stance) != nil else {
            throw ValidationError("--stance '\(stance)' is not all, positive, negative or a list of: \(Stance.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    /// The view options over `window`, resolving `--ego` against the document's entities.
    func options(for document: GraphDocument, window: DateWindow = .unbounded) throws -> GraphViewOptions {
        var egoID: EntityID?
        if let ego {
            guard let id = EntityLookup(document: document).resolve(ego) else {
                throw CommandError("--ego '\(ego)': no entity has that id, name or alias in this document")
            }
            egoID = id
        }
        return GraphViewOptions(
            level: view, includeAgreements: agreements, stances: StanceFilter(parsing: stance) ?? .all,
            window: window, ego: egoID, egoDepth: depth, weighting: weight, minimumWeight: minWeight)
    }
}

extension ViewLevel: ExpressibleByArgument {}
extension EdgeWeighting: ExpressibleByArgument {}
