import Foundation
import StanceGraphModel
import StanceGraphNetwork

/// Why a diff or a timeline could not be computed.
public enum DiffError: Error, Hashable, Sendable {
    /// The metric to rank by is not computed by `CentralityCalculator` yet.
    case metricUnavailable(CentralityMetric)
    /// The earlier snapshot ends after the later one.
    case reversedSnapshots(from: DateWindow, to: DateWindow)
    /// A timeline would have more periods than can be read.
    case tooManyPeriods(count: Int, granularity: TimelineGranularity, limit: Int)
    /// The document holds no dated relation to place on a timeline.
    case nothingDated
}

extension DiffError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .metricUnavailable(let metric):
            return "the metric '\(metric.rawValue)' cannot be computed yet; rank by degree or strength"
        case .reversedSnapshots(let from, let to):
            return "the first snapshot (\(from)) ends after the second (\(to)); give the earlier one first (--from EARLIER --to LATER)"
        case .tooManyPeriods(let count, let granularity, let limit):
            return "a timeline by \(granularity.rawValue) would have \(count) periods (more than \(limit)); choose a longer period with --by, or narrow the dates with --from/--to"
        case .nothingDated:
            return "no relation in the document has a date, so there is nothing to place on a timeline; give dates with 'extract --manifest' or '--date'"
        }
    }
}

extension DiffError: LocalizedError {
    public var errorDescription: String? { description }
}
