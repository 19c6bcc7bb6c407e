/// The decoder's output: bytes not yet handed out, preceded by up to 32 KiB of
/// history that later matches may refer to (RFC 1951's sliding window).
struct OutputWindow {
    /// The largest distance a DEFLATE match may reach back.
    static let historySize = 32 * 1024

    var bytes: [UInt8] = []
    private var pendingStart = 0

    var pendingCount: Int { bytes.count - pendingStart }

    /// Copies `length` bytes from `distance` back, overlapping allowed (a run).
    @inline(__always)
    mutating func copyMatch(distance: Int, length: Int) {
        var from = bytes.count - distance
        for _ in 0..<length {
            bytes.append(bytes[from])
            from += 1
        }
    }

    /// Hands out the pending bytes, keeping the last 32 KiB as history.
    mutating func takePending() -> [UInt8] {
        let pending = Array(bytes[pendingStart...])
        let keep = min(bytes.count, Self.historySize)
        if bytes.count > keep { bytes.removeFirst(bytes.count - keep) }
        pendingStart = bytes.count
        return pending
    }
}
