import ArgumentParser
import StanceGraphModel
import StanceGraphNetwork

/// The flags that select a view of the graph over a date window, shared by
/// `metrics`, `render` and `timeline` so that they mean the same everywhere.
struct ViewOptionGroup: ParsableArguments {
    @OptionGroup var selection: ViewSelectionOptionGroup

    @Option(name: .long, help: "Keep relations dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Keep relations dated on or before this day (YYYY-MM-DD).")
    var to: String?

    func validate() throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarDate(iso: value) == nil {
                throw ValidationError("\(flag) '\(value)' is not a date; write YYYY-MM-DD")
            }
        }
    }

    /// The view options, resolving `--ego` against the document's entities.
    func options(for document: GraphDocument) throws -> GraphViewOptions {
        let window = DateWindow(from: from.flatMap { CalendarDate(iso: $0) }, to: to.flatMap { CalendarDate(iso: $0) })
        return try selection.options(for: document, window: window)
    }
}
