import Foundation

/// The rows of a tab-separated file, as the event data sets write them: one
/// record a line (`\n`, a `\r` before it dropped), fields split at every tab,
/// no quoting (GDELT 2.0 codebook, "data format"; the ICEWS and POLECAT files
/// likewise). Empty lines are skipped; line numbers count from 1.
struct TabSeparatedRows: Sequence {
    struct Row {
        var line: Int
        var fields: [String]
    }

    let text: String

    func makeIterator() -> AnyIterator<Row> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var number = 0
        return AnyIterator {
            while let line = lines.next() {
                number += 1
                var content = Substring(line)
                if content.last == "\r" { content = content.dropLast() }
                if content.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                return Row(line: number, fields: content.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
            return nil
        }
    }
}

/// The columns of a header row, found by name whatever the case, spacing or
/// punctuation ("Event ID", "event_id" and "EventID" are one name), so a file
/// re-saved by another tool is still read.
struct HeaderColumns {
    private var positions: [String: Int] = [:]

    init(_ names: [String]) {
        for (index, name) in names.enumerated() where positions[Self.folded(name)] == nil {
            positions[Self.folded(name)] = index
        }
    }

    static func folded(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    /// The position of the first of `names` the header has.
    func index(_ names: String...) -> Int? {
        for name in names { if let index = positions[Self.folded(name)] { return index } }
        return nil
    }
}

extension Array where Element == String {
    /// The field at `index`, trimmed, or nil when absent or empty.
    func field(_ index: Int?) -> String? {
        guard let index, index < count else { return nil }
        let value = self[index].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }
}
