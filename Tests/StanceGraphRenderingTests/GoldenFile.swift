import Foundation
import Testing

/// Compares text with a committed file under `Golden/`.
///
/// With `STANCEGRAPH_RECORD_GOLDEN=1` in the environment the file in the source
/// tree is rewritten instead, and the comparison still fails, so that a
/// re-recording is always a deliberate, reviewed change.
enum GoldenFile {
    static let recordVariable = "STANCEGRAPH_RECORD_GOLDEN"

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment[recordVariable] == "1" {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden").appendingPathComponent(name)
            try Data(actual.utf8).write(to: url, options: .atomic)
            Issue.record("re-recorded Golden/\(name); review the diff, unset \(recordVariable) and build and run the tests again",
                         sourceLocation: sourceLocation)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
              let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("Golden/\(name) is missing; record it with \(recordVariable)=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "<end of text>"
            let wanted = first < expectedLines.count ? String(expectedLines[first]) : "<end of file>"
            Issue.record("differs from Golden/\(name) at line \(first + 1):\n  got:      \(got)\n  expected: \(wanted)",
                         sourceLocation: sourceLocation)
        }
    }
}
