import ArgumentParser
import StanceGraphModel

/// `--from` and `--to` of every command that filters by date (`diff` reads the
/// same forms for its snapshots): a day (`2024-06-21`), a month (`2024-06`), a
/// year (`2024`) or a window (`A..B`). Relations are kept from the first day
/// `--from` names to the last day `--to` names; a window given to one of them
/// alone is the whole window.
struct DateRangeOptionGroup: ParsableArguments {
    @Option(name: .long, help: "Keep relations dated on or after this: YYYY-MM-DD, YYYY-MM (from the month's first day), YYYY, or a window A..B.")
    var from: String?

    @Option(name: .long, help: "Keep relations dated on or before this: YYYY-MM-DD, YYYY-MM (to the month's last day), YYYY, or a window A..B.")
    var to: String?

    /// How the date forms are written in messages.
    static let forms = "write YYYY-MM-DD, YYYY-MM (a month), YYYY (a year) or A..B (a window, e.g. 2024-01..2024-06)"

    func validate() throws {
        _ = try window()
    }

    /// The window `--from` and `--to` name.
    ///
    /// - Throws: `ValidationError` for a value that is no date form, or a window
    ///   that ends before it starts.
    func window() throws -> DateWindow {
        var spans: [String: DateWindow] = [:]
        for (flag, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            guard let span = DateWindow(span: value) else {
                throw ValidationError("\(flag) '\(value)' is not a date; \(Self.forms)")
            }
            spans[flag] = span
        }
        // A window (A..B) given to one flag alone bounds both sides.
        let start = spans["--from"]?.from ?? (Self.isWindow(to) ? spans["--to"]?.from : nil)
        let end = spans["--to"]?.to ?? (Self.isWindow(from) ? spans["--from"]?.to : nil)
        let window = DateWindow(from: start, to: end)
        if let start = window.from, let end = window.to, start > end {
            throw ValidationError("--from \(from ?? "") is after --to \(to ?? ""), so no day is in between; give the earlier date to --from")
        }
        return window
    }

    private static func isWindow(_ text: String?) -> Bool { text?.contains("..") ?? false }
}
