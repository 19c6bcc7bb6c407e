import Dispatch
import Foundation

/// Wall-clock timing for benchmarks.
enum BenchmarkClock {
    /// Seconds `body` takes, the best of `repetitions` runs.
    static func best(of repetitions: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, repetitions) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// CPU seconds of this thread that `body` takes, the best of three runs.
    static func threadCPUSeconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            var start = timespec()
            var end = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
            body()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
            best = min(best, Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9)
        }
        return best
    }

    /// Prints one result line: suite, measurement, value, unit.
    static func report(_ suite: String, _ measurement: String, _ value: Double, _ unit: String) {
        print("\(suite)\t\(measurement)\t\(String(format: "%.3f", value))\t\(unit)")
    }

    /// The peak resident set size of this process so far, in MiB (Linux: VmHWM).
    static func peakResidentMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            if let kib = digits.first { return kib / 1024 }
        }
        return 0
    }
}
