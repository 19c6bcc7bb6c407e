import Foundation
import StanceGraphModel

/// Reads the inputs named on a command line as a stream of `RawDocument`s:
/// files, folders (recursively, in sorted order), JSON Lines corpora (one record
/// at a time) and `-` for standard input.
///
/// Problems with one input are reported as diagnostics and the rest are read.
public struct CorpusReader: Sendable {
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// File name extensions read from folders.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "html", "htm", "jsonl", "ndjson"]

    /// Calls `body` with each document in order.
    public func forEach(
        diagnostic report: (Diagnostic) -> Void,
        _ body: (RawDocument) throws -> Void
    ) rethrows {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                try body(RawDocument(id: "stdin", path: "-", format: .text, content: String(decoding: data, as: UTF8.self)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                report(Diagnostic(.error, file: path, "no such file or folder; it is skipped"))
                continue
            }
            let files = isDirectory.boolValue ? Self.articleFiles(in: path) : [path]
            for file in files {
                try read(file: file, report: report, body)
            }
        }
    }

    /// Every article file under `folder`, recursively, sorted by path.
    static func articleFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    private func read(file: String, report: (Diagnostic) -> Void, _ body: (RawDocument) throws -> Void) rethrows {
        let ext = (file as NSString).pathExtension.lowercased()
        guard let data = FileManager.default.contents(atPath: file) else {
            report(Diagnostic(.error, file: file, "cannot be read; it is skipped"))
            return
        }
        if ext == "jsonl" || ext == "ndjson" {
            try JSONLinesDecoder.forEachRecord(in: data, path: file, report: report, body)
            return
        }
        let id = ArticleID(((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        let format: RawDocument.Format = (ext == "html" || ext == "htm") ? .html : .text
        try body(RawDocument(id: id, path: file, format: format, content: String(decoding: data, as: UTF8.self)))
    }
}
