import Foundation
import StanceGraphModel

/// Turns JSON Lines records (`id`, `date`, `title`, `source`, `text` or `html`,
/// anything else kept as metadata) into raw documents.
enum JSONLinesDecoder {
    static func forEachRecord(
        in data: Data, path: String, report: (Diagnostic) -> Void, _ body: (RawDocument) throws -> Void
    ) rethrows {
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if let document = decode(line: Data(line), path: path, lineNumber: lineNumber, report: report) {
                try body(document)
            }
        }
    }

    static func decode(line: Data, path: String, lineNumber: Int, report: (Diagnostic) -> Void) -> RawDocument? {
        guard let object = try? JSONSerialization.jsonObject(with: line), let fields = object as? [String: Any] else {
            report(Diagnostic(.error, file: path, line: lineNumber, "not a JSON object; the line is skipped"))
            return nil
        }
        var metadata: [String: String] = [:]
        for (key, value) in fields where key != "text" && key != "html" {
            if let string = value as? String { metadata[key] = string }
            else if let number = value as? NSNumber { metadata[key] = number.stringValue }
        }
        let format: RawDocument.Format
        let content: String
        if let text = fields["text"] as? String {
            format = .text
            content = text
        } else if let html = fields["html"] as? String {
            format = .html
            content = html
        } else {
            report(Diagnostic(.error, file: path, line: lineNumber, #"has neither "text" nor "html"; the line is skipped"#))
            return nil
        }
        let id = ArticleID(metadata["id"] ?? "\(((path as NSString).lastPathComponent as NSString).deletingPathExtension)-\(lineNumber)")
        return RawDocument(id: id, path: path, line: lineNumber, format: format, content: content, metadata: metadata)
    }
}
