import StanceGraphModel

/// Turns one JSON Lines record into a raw document.
///
/// A record is an object with `text` (or `html`) and optional `id`, `date`,
/// `title`, `source`; every other member is kept as metadata (nested values as
/// their JSON text). `content` or `body` stand in for `text` when it is absent.
enum JSONLinesDecoder {
    /// The document of one line, or nil (with an error reported) when the line is
    /// not a usable record.
    static func decode(
        line: UnsafeBufferPointer<UInt8>, path: String, lineNumber: Int, report: (Diagnostic) -> Void
    ) -> RawDocument? {
        var metadata = [String: String](minimumCapacity: 8)
        var body: (format: RawDocument.Format, content: String)?
        var fallback: String?
        var identifier: String?
        var problem: String?
        let failure = JSONObjectParser.parse(line) { key, value in
            switch key {
            case "id":
                identifier = value.text
                if let text = value.text { metadata[key] = text }
            case "text":
                guard case .string(let text) = value else {
                    problem = problem ?? "\"text\" is not a string"
                    return
                }
                body = (.text, text)
            case "html":
                guard case .string(let html) = value else {
                    problem = problem ?? "\"html\" is not a string"
                    return
                }
                if body?.format != .text { body = (.html, html) }
            case "content", "body":
                if case .string(let text) = value { fallback = text } else if let text = value.text { metadata[key] = text }
            default:
                if let text = value.text { metadata[key] = text }
            }
        }
        if let failure {
            report(Diagnostic(.error, file: path, line: lineNumber,
                "not a JSON object (column \(failure.column): \(failure.message)); the line is skipped"))
            return nil
        }
        if let problem { return reject(problem, path, lineNumber, report) }
        if let invalid = UTF8Validation.problem(in: line) {
            report(Diagnostic(.warning, file: path, line: lineNumber,
                "invalid UTF-8 at column \(invalid.offset + 1) (\(invalid.count) sequence\(invalid.count == 1 ? "" : "s") replaced with U+FFFD)"))
        }
        if body == nil, let fallback { body = (.text, fallback) }
        guard let body else {
            return reject(#"has neither "text" nor "html""#, path, lineNumber, report)
        }
        guard body.content.utf8.contains(where: { $0 > 0x20 }) else {
            return reject(body.format == .text ? #""text" is empty"# : #""html" is empty"#, path, lineNumber, report)
        }
        let id = ArticleID(identifier ?? "\(CorpusReader.stem(of: path))-\(lineNumber)")
        return RawDocument(id: id, path: path, line: lineNumber, format: body.format, content: body.content, metadata: metadata)
    }

    private static func reject(_ problem: String, _ path: String, _ line: Int, _ report: (Diagnostic) -> Void) -> RawDocument? {
        report(Diagnostic(.error, file: path, line: line, "\(problem); the line is skipped"))
        return nil
    }
}
