import Foundation
import StanceGraphModel

/// Reads the inputs named on a command line as a stream of `RawDocument`s:
/// text and HTML files, JSON Lines corpora (one record at a time), folders
/// (recursively, in sorted path order) and `-` for standard input. Gzip-compressed
/// inputs are decompressed on the fly, whatever their name.
///
/// Everything is read in chunks of 1 MiB: a JSON Lines corpus of any size streams
/// with memory bounded by its longest record. A problem with one input (a missing
/// path, a binary file, a malformed record) is reported as a diagnostic naming the
/// file and line, and the other inputs are still read.
public struct CorpusReader: Sendable {
    /// How much one document may hold.
    public struct Limits: Sendable, Hashable {
        /// The longest JSON Lines record read; a longer line is skipped with an error.
        public var maximumRecordBytes: Int
        /// The largest text or HTML file read as one article; a larger one is
        /// skipped with an error (a corpus belongs in JSON Lines).
        public var maximumDocumentBytes: Int
        /// A text line longer than this is reported (it is still read, as one paragraph).
        public var longLineBytes: Int

        public init(maximumRecordBytes: Int = 64 << 20, maximumDocumentBytes: Int = 64 << 20, longLineBytes: Int = 1 << 20) {
            self.maximumRecordBytes = maximumRecordBytes
            self.maximumDocumentBytes = maximumDocumentBytes
            self.longLineBytes = longLineBytes
        }
    }

    public var paths: [String]
    public var limits: Limits

    public init(paths: [String], limits: Limits = Limits()) {
        self.paths = paths
        self.limits = limits
    }

    /// File name extensions read from folders (also behind `.gz`).
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "html", "htm", "xhtml", "jsonl", "ndjson"]

    /// Calls `body` with each document in order.
    ///
    /// `body` takes each document over (`consuming`): the reader is done with it,
    /// so a caller that keeps it (in a batch, say) moves it there instead of
    /// copying it, which retained every field only to release them again.
    public func forEach(
        diagnostic report: (Diagnostic) -> Void,
        _ body: (consuming RawDocument) throws -> Void
    ) rethrows {
        var stream = DocumentStream(paths: paths, limits: limits)
        while let document = stream.next(report: report) {
            try body(document)
        }
    }

    /// Every article file under `folder`, recursively, sorted by path; hidden
    /// files and folders are left out.
    static func articleFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard let format = InputFormat(fileName: relative), format != .sniffed else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A file's name without its folder and extensions (`a/b.txt.gz` is `b`):
    /// the article id of a file.
    static func stem(of path: String) -> String {
        if path == "-" { return "stdin" }
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = (name as NSString).deletingPathExtension }
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}

/// How an input's bytes are to be read.
enum InputFormat: Equatable {
    case text
    case html
    case jsonLines
    /// Unknown from the name: decided from the first bytes.
    case sniffed

    /// The format a file name implies (looking through a `.gz` suffix); nil for
    /// names a folder scan should skip.
    init?(fileName: String) {
        var name = fileName.lowercased()
        if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
        switch (name as NSString).pathExtension {
        case "txt", "text", "md": self = .text
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        case "json": self = .jsonLines
        default: self = .sniffed
        }
        if self == .jsonLines, (name as NSString).pathExtension == "json" {
            // A folder's .json files are manifests and the like; only read when named.
            self = .sniffed
        }
    }

    /// The format of explicitly named input: `.json` is read as JSON Lines.
    static func forNamedInput(_ path: String) -> InputFormat {
        if path == "-" { return .sniffed }
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name = String(name.dropLast(3)) }
        if (name as NSString).pathExtension == "json" { return .jsonLines }
        return InputFormat(fileName: path) ?? .sniffed
    }

    /// The format of content that starts with `bytes`: JSON Lines when it opens
    /// with `{`, HTML when it opens with a tag, text otherwise.
    static func sniff(_ bytes: ArraySlice<UInt8>) -> InputFormat {
        var index = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
        guard index < bytes.endIndex else { return .text }
        if bytes[index] == UInt8(ascii: "{") { return .jsonLines }
        if bytes[index] == UInt8(ascii: "<") {
            let head = String(decoding: bytes[index..<min(bytes.endIndex, index + 256)], as: UTF8.self).lowercased()
            for opening in ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<p ", "<!--", "<title", "<h1", "<section", "<main"]
            where head.hasPrefix(opening) {
                return .html
            }
        }
        return .text
    }
}
