import Foundation

/// Why an event data file, or one of its lines, could not be read. Each case
/// names the file and, where there is one, the line; the message says what to do.
public enum EventDataError: Error, Equatable, Sendable {
    /// The file has no header row with the columns the format needs.
    case missingColumns(file: String, columns: [String], format: EventDataFormat)
    /// A row that cannot be read as the format's record.
    case malformedRow(file: String, line: Int, reason: String)
}

extension EventDataError: LocalizedError, CustomStringConvertible {
    public var errorDescription: String? { description }

    public var description: String {
        switch self {
        case .missingColumns(let file, let columns, let format):
            return "\(file): no \(format.datasetName) header: the columns \(columns.joined(separator: ", ")) are missing; "
                + "give a file with its header row, or the right --format"
        case .malformedRow(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        }
    }
}
