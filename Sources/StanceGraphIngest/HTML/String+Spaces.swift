extension String {
    /// The string without leading and trailing spaces, collapsing inner runs.
    func trimmingSpaces() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" }).joined(separator: " ")
    }
}
