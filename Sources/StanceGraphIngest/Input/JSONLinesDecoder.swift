import StanceGraphModel

/// Turns one JSON Lines record into a raw document.
///
/// A record is an object with `text` (or `html`) and optional `id`, `date`,
/// `title`, `source`; every other member is kept as metadata (nested values as
/// their JSON text). `content` or `body` stand in for `text` when it is absent.
///
/// The line is checked for invalid UTF-8 once, first: when it has none (nearly
/// always), its strings are copied into Strings without being checked again,
/// and member names are told apart by their bytes, with no String made for a
/// known name.
enum JSONLinesDecoder {
    /// The members a record's reading depends on.
    private enum Member: CaseIterable {
        case id, text, html, content, body, date, title, source

        var name: StaticString {
            switch self {
            case .id: "id"
            case .text: "text"
            case .html: "html"
            case .content: "content"
            case .body: "body"
            case .date: "date"
            case .title: "title"
            case .source: "source"
            }
        }

        /// The member called `name`, if it is one of these.
        static func named(_ name: JSONObjectParser.Name) -> Member? {
            guard let bytes = name.plainBytes, let first = bytes.first else {
                // A name with escapes ("t\u0065xt"), compared once unescaped (or an empty one).
                return allCases.first { name.equals($0.name) }
            }
            // A name as written: its length and first byte tell which member
            // it can be, and one comparison tells whether it is.
            let candidate: Member
            switch (bytes.count, first) {
            case (2, UInt8(ascii: "i")): candidate = .id
            case (4, UInt8(ascii: "t")): candidate = .text
            case (4, UInt8(ascii: "h")): candidate = .html
            case (7, UInt8(ascii: "c")): candidate = .content
            case (4, UInt8(ascii: "b")): candidate = .body
            case (4, UInt8(ascii: "d")): candidate = .date
            case (5, UInt8(ascii: "t")): candidate = .title
            case (6, UInt8(ascii: "s")): candidate = .source
            default: return nil
            }
            return name.equals(candidate.name) ? candidate : nil
        }
    }

    /// The document of one line, or nil (with an error reported) when the line is
    /// not a usable record.
    static func decode(
        line: UnsafeBufferPointer<UInt8>, path: String, lineNumber: Int, report: (Diagnostic) -> Void
    ) -> RawDocument? {
        let invalid = UTF8Validation.problem(in: line)
        var fields = RawDocument.Fields()
        var body: (format: RawDocument.Format, content: String)?
        var fallback: String?
        var identifier: String?
        var problem: String?
        let failure = JSONObjectParser.parse(line, trustingUTF8: invalid == nil) { name, value in
            switch Member.named(name) {
            case .id:
                identifier = value.text
                if let text = value.text { fields.id = text }
            case .text:
                guard case .string(let text) = value else {
                    problem = problem ?? "\"text\" is not a string"
                    return
                }
                body = (.text, text)
            case .html:
                guard case .string(let html) = value else {
                    problem = problem ?? "\"html\" is not a string"
                    return
                }
                if body?.format != .text { body = (.html, html) }
            case .content:
                if case .string(let text) = value { fallback = text } else if let text = value.text { fields.others["content"] = text }
            case .body:
                if case .string(let text) = value { fallback = text } else if let text = value.text { fields.others["body"] = text }
            case .date:
                if let text = value.text { fields.date = text }
            case .title:
                if let text = value.text { fields.title = text }
            case .source:
                if let text = value.text { fields.source = text }
            case nil:
                // Not a name `Fields` holds apart (those are all members above).
                if let text = value.text { fields.others[name.string] = text }
            }
        }
        if let failure {
            report(Diagnostic(.error, file: path, line: lineNumber,
                "not a JSON object (column \(failure.column): \(failure.message)); the line is skipped"))
            return nil
        }
        if let problem { return reject(problem, path, lineNumber, report) }
        if let invalid {
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
        return RawDocument(id: id, path: path, line: lineNumber, format: body.format, content: body.content, fields: fields)
    }

    private static func reject(_ problem: String, _ path: String, _ line: Int, _ report: (Diagnostic) -> Void) -> RawDocument? {
        report(Diagnostic(.error, file: path, line: line, "\(problem); the line is skipped"))
        return nil
    }
}
