import Foundation
import StanceGraphModel

/// Reads actor dictionaries: tab-separated files with a header row naming the
/// columns, one actor a line.
///
/// Columns (any order; only `type` and `name` are required):
///
/// | column | meaning |
/// |---|---|
/// | `type` | person, country, organization, agreement or place |
/// | `id` | a stable id (default: derived from type and name) |
/// | `name` | the canonical name |
/// | `aliases` | other names, separated by `|` |
/// | `code` | ISO 3166-1 alpha-3 code (countries) or acronym |
/// | `country` | the country an actor belongs to: a code, name or id |
/// | `role` | a person's role ("foreign minister") |
/// | `from`, `to` | the dates the role was held (YYYY-MM-DD) |
/// | `demonyms` | country adjectives and nouns, `|`-separated |
/// | `metonyms` | capitals and seats of power, `|`-separated |
/// | `parties` | for agreements: the states or organizations bound, `|`-separated |
///
/// Lines starting with `#` and blank lines are ignored. Lines with the same `id`
/// are one actor: their aliases are pooled and each adds a role period (a person
/// who was prime minister, then president).
public enum ActorDictionary {
    public static let columns = [
        "type", "id", "name", "aliases", "code", "country", "role", "from", "to", "demonyms", "metonyms", "parties",
    ]

    /// `text` without the spaces and tabs around it, as
    /// `trimmingCharacters(in: .whitespaces)` gives it.
    ///
    /// Almost every field starts and ends with a visible ASCII character, which
    /// settles that nothing is to be trimmed without Foundation's character-set
    /// machinery (a quarter of the built-in dictionaries' load time).
    static func trimmed(_ text: Substring) -> String {
        func isPlain(_ byte: UInt8?) -> Bool { byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        if isPlain(text.utf8.first) && isPlain(text.utf8.last) { return String(text) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Parses a dictionary. Malformed lines are reported and skipped.
    public static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [ActorRecord] {
        var records: [ActorRecord] = []
        var positionByID: [EntityID: Int] = [:]
        var header: [String: Int]?
        var lineNumber = 0
        for line in TabSeparatedText.lines(text) {
            lineNumber += 1
            // A line starting with a visible ASCII character is not blank, which spares
            // walking its characters.
            let startsWithText = line.utf8.first.map { $0 > 0x20 && $0 < 0x7F } ?? false
            if (!startsWithText && line.allSatisfy(\.isWhitespace)) || line.hasPrefix("#") { continue }
            let fields = TabSeparatedText.fields(line).map(trimmed)
            guard let columns = header else {
                var map: [String: Int] = [:]
                for (index, name) in fields.enumerated() { map[name.lowercased()] = index }
                guard map["type"] != nil, map["name"] != nil else {
                    diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                        "the first line must be a tab-separated header naming at least 'type' and 'name' (columns: \(columns.joined(separator: ", ")))"))
                    return []
                }
                for name in map.keys where !Self.columns.contains(name) {
                    diagnostics.append(Diagnostic(.warning, file: file, line: lineNumber, "unknown column '\(name)' is ignored"))
                }
                header = map
                continue
            }
            func field(_ name: String) -> String? {
                guard let index = columns[name], index < fields.count, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            func list(_ name: String) -> [String] {
                field(name).map { TabSeparatedText.fields($0[...], separator: "|").map(trimmed).filter { !$0.isEmpty } } ?? []
            }
            guard let typeName = field("type"), let type = EntityType(rawValue: typeName.lowercased()) else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "type must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")); the line is skipped"))
                continue
            }
            guard let name = field("name") else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, "no name; the line is skipped"))
                continue
            }
            var dates: [CalendarDate?] = []
            var badDate = false
            for column in ["from", "to"] {
                if let text = field(column) {
                    let date = CalendarDate(iso: text)
                    if date == nil {
                        diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                            "'\(text)' in column '\(column)' is not a date (YYYY-MM-DD); the line is skipped"))
                        badDate = true
                    }
                    dates.append(date)
                } else {
                    dates.append(nil)
                }
            }
            if badDate { continue }
            let code = field("code")
            let id = field("id").map { EntityID($0) } ?? ActorRecord.derivedID(type: type, name: name, code: code)
            if let from = dates[0], let to = dates[1], to < from {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "the role ends (\(to)) before it starts (\(from)); the line is skipped"))
                continue
            }
            let record = ActorRecord(
                type: type, id: id, name: name, aliases: list("aliases"), code: code,
                country: field("country").map { EntityID($0) }, role: field("role"),
                from: dates[0], to: dates[1], demonyms: list("demonyms"), metonyms: list("metonyms"),
                parties: list("parties").map { EntityID($0) }
            )
            if let position = positionByID[id] {
                guard records[position].type == type else {
                    diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                        "id '\(id)' is already a \(records[position].type.rawValue) on an earlier line; the line is skipped"))
                    continue
                }
                records[position].merge(record)
            } else {
                positionByID[id] = records.count
                records.append(record)
            }
        }
        return records
    }

    /// Reads a dictionary file.
    public static func load(path: String, diagnostics: inout [Diagnostic]) throws -> [ActorRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError.unreadableActors(path: path)
        }
        return parse(String(decoding: data, as: UTF8.self), file: path, diagnostics: &diagnostics)
    }
}

/// Problems that stop extraction as a whole.
public enum ExtractionError: Error, Equatable, Sendable {
    case unreadableActors(path: String)
    case invalidActors(path: String, reason: String)
    case unreadableLexicon(path: String)
}

extension ExtractionError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadableActors(let path):
            return "\(path): the actor dictionary cannot be read (no such file, or no permission)"
        case .invalidActors(let path, let reason):
            return "\(path): not a usable actor dictionary: \(reason)"
        case .unreadableLexicon(let path):
            return "\(path): the stance lexicon cannot be read (no such file, or no permission)"
        }
    }
}
