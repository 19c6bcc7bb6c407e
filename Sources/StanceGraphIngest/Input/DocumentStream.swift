import Foundation
import StanceGraphModel

/// The pull iterator behind `CorpusReader`: walks the inputs in order and
/// produces one document at a time, reporting what it has to skip.
struct DocumentStream {
    private let paths: [String]
    private let limits: CorpusReader.Limits
    private var nextPath = 0
    /// Files of the folder being read, in order.
    private var files: [String] = []
    private var nextFile = 0
    /// The JSON Lines input being read, record by record.
    private var records: RecordStream?

    /// How many leading bytes are checked for NUL bytes (the mark of a binary file).
    static let binaryProbeBytes = 8192

    init(paths: [String], limits: CorpusReader.Limits) {
        self.paths = paths
        self.limits = limits
    }

    /// The next document, or nil when every input has been read.
    mutating func next(report: (Diagnostic) -> Void) -> RawDocument? {
        while true {
            // Optional chaining reads the records in place (`records != nil` would copy the stream).
            if let document = records?.next(report: report) { return document }
            records = nil
            if nextFile < files.count {
                let file = files[nextFile]
                nextFile += 1
                if let document = open(file, format: InputFormat(fileName: file) ?? .sniffed, report: report) { return document }
                continue
            }
            guard nextPath < paths.count else { return nil }
            let path = paths[nextPath]
            nextPath += 1
            if path == "-" {
                if let document = open(path, format: .sniffed, report: report) { return document }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                report(Diagnostic(.error, file: path, "no such file or folder; it is skipped"))
                continue
            }
            if isDirectory.boolValue {
                files = CorpusReader.articleFiles(in: path)
                nextFile = 0
                if files.isEmpty {
                    report(Diagnostic(.warning, file: path,
                        "holds no article files (.txt, .md, .html, .htm, .jsonl, .ndjson, optionally .gz)"))
                }
                continue
            }
            if let document = open(path, format: InputFormat.forNamedInput(path), report: report) { return document }
        }
    }

    /// Opens one file (or standard input): returns its document, or starts its
    /// records (JSON Lines) and returns nil, or reports why it is skipped.
    private mutating func open(_ path: String, format: InputFormat, report: (Diagnostic) -> Void) -> RawDocument? {
        do {
            var raw: any ByteChunkSource = path == "-" ? FileChunkSource.standardInput() : try FileChunkSource(path: path)
            guard var first = try raw.nextChunk() else {
                report(Diagnostic(.error, file: path, "is empty; it is skipped"))
                return nil
            }
            var source: any ByteChunkSource
            if GzipDecompressor<PeekedChunkSource<AnyChunkSource>>.isGzip(first) {
                var decompressed = GzipDecompressor(source: PeekedChunkSource(first: first, base: AnyChunkSource(raw)), path: path)
                guard let inflated = try decompressed.nextChunk() else {
                    report(Diagnostic(.error, file: path, "is empty once decompressed; it is skipped"))
                    return nil
                }
                first = inflated
                source = decompressed
            } else {
                source = raw
            }

            if let order = UTF16Text.byteOrder(of: first) {
                guard format != .jsonLines else {
                    report(Diagnostic(.error, file: path,
                        "is UTF-16 text; JSON Lines must be UTF-8 (convert it, e.g. with iconv -f UTF-16 -t UTF-8); it is skipped"))
                    return nil
                }
                guard let bytes = try readAll(first: first, rest: &source, path: path, report: report) else { return nil }
                let text = UTF16Text.decode(bytes, order: order)
                return document(path: path, format: format == .sniffed ? InputFormat.sniff(Array(text.utf8.prefix(256))[...]) : format,
                                bytes: Array(text.utf8), report: report)
            }
            if first.prefix(Self.binaryProbeBytes).contains(0) {
                report(Diagnostic(.error, file: path,
                    "looks like a binary file (it contains NUL bytes), not text, HTML or JSON Lines; it is skipped"))
                return nil
            }
            let resolved = format == .sniffed ? InputFormat.sniff(first[...]) : format
            if resolved == .jsonLines {
                let lines = LineReader(source: PeekedChunkSource(first: first, base: AnyChunkSource(source)),
                                       maximumLineBytes: limits.maximumRecordBytes)
                records = RecordStream(lines: lines, path: path)
                return nil
            }
            guard let bytes = try readAll(first: first, rest: &source, path: path, report: report) else { return nil }
            return document(path: path, format: resolved, bytes: bytes, report: report)
        } catch {
            report(Diagnostic(.error, file: path, "\(IngestError.reason(of: error)); it is skipped"))
            return nil
        }
    }

    /// The whole content of a single-article input, or nil (reported) when it is
    /// larger than the limit.
    private func readAll(first: [UInt8], rest: inout any ByteChunkSource, path: String, report: (Diagnostic) -> Void) throws -> [UInt8]? {
        var bytes = first
        while true {
            if bytes.count > limits.maximumDocumentBytes {
                report(Diagnostic(.error, file: path,
                    "is larger than \(Self.describe(bytes: limits.maximumDocumentBytes)), too large for one article; it is skipped (put a corpus in JSON Lines, one article a line)"))
                return nil
            }
            guard let chunk = try rest.nextChunk() else { return bytes }
            bytes.append(contentsOf: chunk)
        }
    }

    /// A text or HTML document from its bytes, with its problems reported.
    private func document(path: String, format: InputFormat, bytes: [UInt8], report: (Diagnostic) -> Void) -> RawDocument? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.contains(where: { $0 > 0x20 }) else {
            report(Diagnostic(.error, file: path, "is empty; it is skipped"))
            return nil
        }
        let isHTML = format == .html
        let problem = UTF8Validation.problem(in: body)
        // An HTML page in the character set it declares (when it is not valid UTF-8).
        if isHTML, problem != nil, let label = HTMLCharset.declaredLabel(in: body) {
            if let charset = HTMLCharset.named(label), charset != .utf8 {
                if let text = charset.decode(body) {
                    return RawDocument(id: ArticleID(CorpusReader.stem(of: path)), path: path, format: .html, content: text)
                }
                report(Diagnostic(.warning, file: path,
                    "declares the character set '\(label)', which this system cannot decode; it is read as UTF-8"))
            } else if HTMLCharset.named(label) == nil {
                report(Diagnostic(.warning, file: path, "declares an unknown character set '\(label)'; it is read as UTF-8"))
            }
        }
        if let problem {
            report(Diagnostic(.warning, file: path,
                "invalid UTF-8 at byte \(problem.offset) (\(problem.count) sequence\(problem.count == 1 ? "" : "s") replaced with U+FFFD); check the file's encoding"))
        }
        if !isHTML, let (line, length) = Self.longestLine(in: body), length > limits.longLineBytes {
            report(Diagnostic(.warning, file: path, line: line,
                "a line of \(Self.describe(bytes: length)) with no line break; it is read as one paragraph"))
        }
        return RawDocument(id: ArticleID(CorpusReader.stem(of: path)), path: path, format: isHTML ? .html : .text,
                           content: UTF8Validation.decode(body))
    }

    /// The 1-based number and byte length of the longest line.
    static func longestLine(in bytes: ArraySlice<UInt8>) -> (line: Int, length: Int)? {
        var best: (line: Int, length: Int)?
        var line = 1
        var length = 0
        for byte in bytes {
            if byte == 0x0A {
                if length > (best?.length ?? -1) { best = (line, length) }
                line += 1
                length = 0
            } else {
                length += 1
            }
        }
        if length > (best?.length ?? -1) { best = (line, length) }
        return best
    }

    static func describe(bytes count: Int) -> String {
        if count >= 1 << 20 { return String(format: "%.1f MiB", Double(count) / Double(1 << 20)) }
        if count >= 1 << 10 { return String(format: "%.1f KiB", Double(count) / Double(1 << 10)) }
        return "\(count) bytes"
    }
}
