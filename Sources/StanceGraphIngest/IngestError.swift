import Foundation

/// Problems that stop reading an input (or ingestion as a whole). Problems with
/// one article or one record are `Diagnostic`s instead, and the other inputs are
/// still processed.
public enum IngestError: Error, Equatable, Sendable {
    /// A file or standard input could not be opened or read.
    case unreadable(path: String, reason: String)
    /// A manifest that is not JSON or not shaped like one.
    case malformedManifest(path: String, reason: String)
    /// Gzip-compressed input that is damaged or truncated.
    case corruptCompressedData(path: String, reason: String)
}

extension IngestError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .malformedManifest(let path, let reason):
            return "\(path): not a usable manifest: \(reason)"
        case .corruptCompressedData(let path, let reason):
            return "\(path): cannot be decompressed: \(reason)"
        }
    }
}
