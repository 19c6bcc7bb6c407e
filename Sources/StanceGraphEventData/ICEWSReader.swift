import StanceGraphModel

/// Reads ICEWS coded event data files (`events.YYYY.*.tab`, Harvard Dataverse
/// doi:10.7910/DVN/28075): tab-separated with a header row whose columns are
/// Event ID, Event Date, Source Name, Source Sectors, Source Country, Event
/// Text, CAMEO Code, Intensity, Target Name, Target Sectors, Target Country,
/// Story ID, Sentence Number, Publisher, City, District, Province, Country,
/// Latitude, Longitude.
///
/// Columns are found by name (any case or spacing), so their order does not
/// matter. Needed: Event ID, Event Date (`YYYY-MM-DD`), CAMEO Code, and a name
/// or a country for each side. ICEWS names countries, not codes ("Russian
/// Federation"); actors that are sectors of a state ("Police (India)") are
/// named with their country. A CAMEO code whose leading zero a spreadsheet
/// dropped ("42") is read with it. Event ID is not unique across the whole data
/// set (it is with the date), so the article id keeps both when they clash.
/// Event Text is kept as the relation's trigger; Intensity, the sectors, Story
/// ID, Sentence Number and the place as metadata under their column names.
public struct ICEWSReader: Sendable {
    static let kept = ["Intensity", "Source Sectors", "Target Sectors", "Story ID", "Sentence Number",
                       "City", "District", "Province", "Country", "Latitude", "Longitude"]

    public init() {}

    public func read(_ text: String, file: String) -> EventReading {
        var reading = EventReading()
        let rows = TabSeparatedRows(text: text).makeIterator()
        guard let header = rows.next() else { return reading }
        let columns = HeaderColumns(header.fields)
        let id = columns.index("Event ID"), day = columns.index("Event Date"), code = columns.index("CAMEO Code")
        let sourceName = columns.index("Source Name"), sourceCountry = columns.index("Source Country")
        let targetName = columns.index("Target Name"), targetCountry = columns.index("Target Country")
        var missing: [String] = []
        if id == nil { missing.append("Event ID") }
        if day == nil { missing.append("Event Date") }
        if code == nil { missing.append("CAMEO Code") }
        if sourceName == nil && sourceCountry == nil { missing.append("Source Name") }
        if targetName == nil && targetCountry == nil { missing.append("Target Name") }
        guard missing.isEmpty else {
            reading.diagnostics.append(Diagnostic(.error, file: file, line: 1,
                EventDataError.missingColumns(file: file, columns: missing, format: .icews).description))
            return reading
        }
        let eventText = columns.index("Event Text"), publisher = columns.index("Publisher")
        let kept = Self.kept.compactMap { name in columns.index(name).map { (name, $0) } }
        while let row = rows.next() {
            let fields = row.fields
            guard let eventID = fields.field(id) else {
                reading.skip(file, line: row.line, "no Event ID")
                continue
            }
            guard let date = EventFieldParsing.date(fields.field(day)) else {
                reading.skip(file, line: row.line, "Event Date '\(fields.field(day) ?? "")' is not a day (YYYY-MM-DD)")
                continue
            }
            guard let cameo = EventFieldParsing.cameo(fields.field(code)) else {
                reading.skip(file, line: row.line, "CAMEO Code '\(fields.field(code) ?? "")' is not a CAMEO code")
                continue
            }
            var metadata: [String: String] = ["Event ID": eventID]
            for (name, index) in kept { if let value = fields.field(index) { metadata[name] = value } }
            reading.records.append(EventRecord(
                format: .icews, id: eventID, date: date,
                source: EventRecord.Actor(name: fields.field(sourceName), countryName: fields.field(sourceCountry)),
                target: EventRecord.Actor(name: fields.field(targetName), countryName: fields.field(targetCountry)),
                code: cameo, eventText: fields.field(eventText), publisher: fields.field(publisher),
                metadata: metadata, line: row.line))
        }
        return reading
    }
}
