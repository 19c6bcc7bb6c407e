import ArgumentParser
import Foundation

/// An output format that the output file's extension can name, so that
/// `-o diff.md` asks for Markdown without `--format`. Shared by `render`,
/// `diff` and `timeline`, so that an extension means the same everywhere.
protocol OutputFormat: RawRepresentable, CaseIterable where RawValue == String {}

extension OutputFormat {
    /// The format an extension (without the dot, any case) names: a format's own
    /// name, or a usual alias (`txt`, `md`, `gv`).
    init?(pathExtension: String) {
        let aliases = ["txt": "text", "md": "markdown", "gv": "dot"]
        let lowered = pathExtension.lowercased()
        self.init(rawValue: aliases[lowered] ?? lowered)
    }

    /// `explicit` when given, else the format `output`'s extension names, else
    /// `fallback` (standard output, or a name without an extension).
    ///
    /// - Throws: `ValidationError` saying what to do when the extension names no format.
    static func resolve(_ explicit: Self?, output: String?, fallback: Self) throws -> Self {
        if let explicit { return explicit }
        guard let output, output != "-" else { return fallback }
        let pathExtension = URL(fileURLWithPath: output).pathExtension
        if pathExtension.isEmpty { return fallback }
        guard let inferred = Self(pathExtension: pathExtension) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("-o \(output): cannot tell the format from '.\(pathExtension)'; give --format (\(names))")
        }
        return inferred
    }
}
