import Foundation
import StanceGraphModel

/// Reads POLECAT event records (Halterman et al. 2023, *PLOVER and POLECAT: A
/// New Political Event Ontology and Dataset*; the data on Harvard Dataverse,
/// doi:10.7910/DVN/AJGVIT), coded in PLOVER: tab-separated files with a header
/// row, or JSON Lines with one record an object (PLOVER's JSON form).
///
/// Fields are found by name in any case or spelling ("Event Type",
/// `event_type`): Event ID (or `id`), Event Date (or `date`), Event Type (a
/// PLOVER type: AGREE ... ASSAULT), Actor Name (or `actor`) and Actor Country,
/// Recipient Name (or `recipient`) and Recipient Country are needed, a name or
/// a country for each side. Country fields may be ISO 3166-1 alpha-3 codes or
/// names. The type becomes its CAMEO representative
/// (`EventCode.representative(forPLOVER:)`), which carries the type and the
/// type's stance; Event Mode, else the type, is the trigger. Publication Date,
/// Source (the publisher) and URL are read when present; Event Mode, Intensity,
/// Quad Code, Contexts, the sectors, the Wikipedia ids, Story ID, Sentence
/// Number, the place and Language are kept as metadata.
public struct POLECATReader: Sendable {
    static let kept = ["Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Sectors", "Recipient Sectors",
                       "Wikipedia Actor ID", "Wikipedia Recipient ID", "Story ID", "Sentence Number",
                       "Placename", "Country", "Language", "Version"]

    public init() {}

    public func read(_ text: String, file: String) -> EventReading {
        let firstCharacter = text.first { !$0.isWhitespace }
        return firstCharacter == "{" ? readJSONLines(text, file: file) : readTable(text, file: file)
    }

    /// Names of the needed fields that `has` says are absent.
    private func missing(_ has: (String...) -> Bool) -> [String] {
        var missing: [String] = []
        if !has("Event ID", "id") { missing.append("Event ID") }
        if !has("Event Date", "date") { missing.append("Event Date") }
        if !has("Event Type", "type") { missing.append("Event Type") }
        if !has("Actor Name", "actor", "Actor Country") { missing.append("Actor Name") }
        if !has("Recipient Name", "recipient", "Recipient Country") { missing.append("Recipient Name") }
        return missing
    }

    private func readTable(_ text: String, file: String) -> EventReading {
        var reading = EventReading()
        let rows = TabSeparatedRows(text: text).makeIterator()
        guard let header = rows.next() else { return reading }
        let columns = HeaderColumns(header.fields)
        let absent = missing { (names: String...) in names.contains { columns.index($0) != nil } }
        guard absent.isEmpty else {
            reading.diagnostics.append(Diagnostic(.error, file: file, line: 1,
                EventDataError.missingColumns(file: file, columns: absent, format: .polecat).description))
            return reading
        }
        var names: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() where names[HeaderColumns.folded(name)] == nil {
            names[HeaderColumns.folded(name)] = index
        }
        while let row = rows.next() {
            let fields = row.fields
            record(line: row.line, file: file, into: &reading) { candidates in
                for name in candidates {
                    if let value = fields.field(names[HeaderColumns.folded(name)]) { return value }
                }
                return nil
            }
        }
        return reading
    }

    private func readJSONLines(_ text: String, file: String) -> EventReading {
        var reading = EventReading()
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                reading.skip(file, line: number, "not a JSON object; give one POLECAT record per line")
                continue
            }
            var values: [String: String] = [:]
            for (key, value) in object {
                let folded = HeaderColumns.folded(key)
                switch value {
                case let string as String: if !string.isEmpty { values[folded] = string }
                case let number as NSNumber: values[folded] = number.stringValue
                case let list as [Any]: values[folded] = list.map { "\($0)" }.joined(separator: ";")
                default: continue
                }
            }
            let absent = missing { (names: String...) in names.contains { values[HeaderColumns.folded($0)] != nil } }
            guard absent.isEmpty else {
                reading.skip(file, line: number, "the record has no \(absent.joined(separator: ", "))")
                continue
            }
            record(line: number, file: file, into: &reading) { candidates in
                candidates.lazy.compactMap { values[HeaderColumns.folded($0)] }.first
            }
        }
        return reading
    }

    /// Reads one record through `value`, which gives the first of the named fields the record has.
    private func record(line: Int, file: String, into reading: inout EventReading, _ value: ([String]) -> String?) {
        func field(_ names: String...) -> String? { value(names) }
        guard let id = field("Event ID", "id") else {
            reading.skip(file, line: line, "no Event ID")
            return
        }
        guard let date = EventFieldParsing.date(field("Event Date", "date")) else {
            reading.skip(file, line: line, "Event Date '\(field("Event Date", "date") ?? "")' is not a day (YYYY-MM-DD)")
            return
        }
        let type = field("Event Type", "type") ?? ""
        guard let code = EventCode.representative(forPLOVER: type) else {
            reading.skip(file, line: line, "Event Type '\(type)' is not a PLOVER event type (\(EventCode.ploverTypes.joined(separator: ", ")))")
            return
        }
        func country(_ text: String?) -> (code: String?, name: String?) {
            guard let text else { return (nil, nil) }
            let isCode = text.utf8.count == 3 && text.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
            return isCode ? (text.uppercased(), nil) : (nil, text)
        }
        let actorCountry = country(field("Actor Country"))
        let recipientCountry = country(field("Recipient Country"))
        var metadata: [String: String] = ["Event ID": id, "Event Type": type.uppercased()]
        for name in Self.kept { if let kept = field(name) { metadata[name] = kept } }
        reading.records.append(EventRecord(
            format: .polecat, id: id, date: date, publicationDate: EventFieldParsing.date(field("Publication Date")),
            source: EventRecord.Actor(name: field("Actor Name", "actor"), countryCode: actorCountry.code,
                                      countryName: actorCountry.name),
            target: EventRecord.Actor(name: field("Recipient Name", "recipient"), countryCode: recipientCountry.code,
                                      countryName: recipientCountry.name),
            code: code, ploverType: type.uppercased(), eventText: field("Event Mode", "mode") ?? type.lowercased(),
            url: field("URL", "Source URL", "link"), publisher: field("Source", "Publisher"),
            metadata: metadata, line: line))
    }
}
