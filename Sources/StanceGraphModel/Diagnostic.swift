/// A problem found in one input, reported without stopping the others.
///
/// Commands collect diagnostics, print them to standard error as
/// `file:line: warning: message`, and exit non-zero when any is an error
/// (an input that had to be skipped).
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Hashable {
        /// The input was processed, but something in it was doubtful (no date found,
        /// invalid UTF-8 replaced).
        case warning
        /// The input, or part of it, was skipped.
        case error
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }
}
