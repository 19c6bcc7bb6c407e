#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A destination for command output that is written piece by piece and appears
/// whole or not at all.
///
/// For a path, bytes go to a temporary file beside it, renamed over the path by
/// `commit()` (rename(2) is atomic within a folder), so a reader never sees half
/// a file and a failed command leaves any earlier file untouched. For standard
/// output, bytes are written as they come.
struct OutputFile {
    private let descriptor: Int32
    private let path: String?
    private let temporaryPath: String?

    /// Opens standard output.
    static var standardOutput: OutputFile { OutputFile(descriptor: 1, path: nil, temporaryPath: nil) }

    private init(descriptor: Int32, path: String?, temporaryPath: String?) {
        self.descriptor = descriptor
        self.path = path
        self.temporaryPath = temporaryPath
    }

    /// Creates the temporary file for `path`.
    ///
    /// - Throws: `CommandError` naming the path when the folder cannot take a new file.
    init(path: String) throws {
        var attempt = 0
        while true {
            let candidate = "\(path).\(getpid())-\(attempt).partial"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                self.init(descriptor: descriptor, path: path, temporaryPath: candidate)
                return
            }
            let code = errno
            if code != EEXIST || attempt > 100 {
                throw CommandError("\(path): cannot be written (\(String(cString: strerror(code))))")
            }
            attempt += 1
        }
    }

    /// Writes all of `buffer`, retrying short writes and interrupted calls.
    func write(_ buffer: UnsafeBufferPointer<UInt8>) throws {
        guard var address = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, address, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw CommandError("\(path ?? "standard output"): cannot be written (\(String(cString: strerror(errno))))")
            }
            remaining -= written
            address += written
        }
    }

    /// Closes the file and moves it into place; on failure the temporary file is
    /// removed.
    func commit() throws {
        guard let path, let temporaryPath else { return }
        if close(descriptor) != 0 || rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw CommandError("\(path): cannot be written (\(reason))")
        }
    }

    /// Closes and removes the temporary file, leaving the destination as it was.
    func discard() {
        guard let temporaryPath else { return }
        close(descriptor)
        unlink(temporaryPath)
    }
}
