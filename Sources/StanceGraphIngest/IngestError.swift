import Foundation

/// Problems that stop ingestion as a whole (a per-article problem is a
/// `Diagnostic` instead, and the other articles are still processed).
public enum IngestError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case malformedManifest(path: String, reason: String)
}

extension IngestError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .malformedManifest(let path, let reason):
            return "\(path): not a usable manifest: \(reason)"
        }
    }
}
