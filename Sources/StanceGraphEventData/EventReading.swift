import StanceGraphModel

/// What a reader made of one file: the records it could read, and a diagnostic
/// (an error, naming the line) for every row it had to skip.
public struct EventReading: Sendable, Hashable {
    public var records: [EventRecord]
    public var diagnostics: [Diagnostic]

    public init(records: [EventRecord] = [], diagnostics: [Diagnostic] = []) {
        self.records = records
        self.diagnostics = diagnostics
    }

    mutating func skip(_ file: String, line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, message))
    }
}
