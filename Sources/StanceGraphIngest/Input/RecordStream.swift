import StanceGraphModel

/// The records of one JSON Lines input.
struct RecordStream {
    private var lines: LineReader
    let path: String

    init(lines: LineReader, path: String) {
        self.lines = lines
        self.path = path
    }

    /// The next usable record; problems with lines are reported and the lines skipped.
    mutating func next(report: (Diagnostic) -> Void) -> RawDocument? {
        while true {
            let line: LineReader.Line?
            do {
                line = try lines.next()
            } catch {
                report(Diagnostic(.error, file: path, line: lines.lineNumber + 1,
                    "\(IngestError.reason(of: error)); the rest of the file is skipped"))
                return nil
            }
            switch line {
            case nil:
                return nil
            case .tooLong(let length):
                report(Diagnostic(.error, file: path, line: lines.lineNumber,
                    "a record of \(DocumentStream.describe(bytes: length)), longer than the \(DocumentStream.describe(bytes: lines.maximumLineBytes)) allowed; the line is skipped"))
            case .bytes(var bytes):
                if lines.lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }  // a byte order mark
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
                let number = lines.lineNumber
                let document = bytes.withUnsafeBufferPointer { buffer in
                    JSONLinesDecoder.decode(line: buffer, path: path, lineNumber: number, report: report)
                }
                if let document { return document }
            }
        }
    }
}
