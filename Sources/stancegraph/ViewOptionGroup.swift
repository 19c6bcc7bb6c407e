import ArgumentParser
import StanceGraphModel
import StanceGraphNetwork

/// The flags that select a view of the graph over a date window, shared by
/// `metrics`, `render`, `timeline` and `export` so that they mean the same
/// everywhere.
struct ViewOptionGroup: ParsableArguments {
    @OptionGroup var selection: ViewSelectionOptionGroup

    @OptionGroup var dates: DateRangeOptionGroup

    /// The window `--from` and `--to` name.
    func window() throws -> DateWindow { try dates.window() }

    /// The view options, resolving `--ego` against the document's entities.
    func options(for document: GraphDocument) throws -> GraphViewOptions {
        try selection.options(for: document, window: window())
    }
}
