/// Hands values over to the end of the process instead of freeing them.
///
/// A corpus-sized graph document is millions of small heap objects (mention
/// texts, evidence strings, arrays); releasing them one by one when a command
/// returns took about a tenth of `extract`'s wall time on a 36,000-article
/// corpus, for memory the operating system reclaims at exit anyway. Compilers
/// skip the same work for the same reason (clang's `-disable-free`). Only a
/// command's last use of a value belongs here: the value is never freed.
enum ProcessLifetime {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits.
    static func keepUntilExit<Value>(_ value: consuming Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
