import StanceGraphModel

/// Reads GDELT 2.0 event exports (`YYYYMMDDHHMMSS.export.CSV`, unzipped): one
/// event a line, 61 tab-separated fields, no header (The GDELT Project, *GDELT
/// 2.0 Event Database Codebook V2.0*, 2015).
///
/// The fields read, by position (0-based) and codebook name: 0 GLOBALEVENTID,
/// 1 SQLDATE (the event's day, `YYYYMMDD`), 5-7 Actor1Code, Actor1Name,
/// Actor1CountryCode, 15-17 the same for Actor2, 26 EventCode (CAMEO), 59
/// DATEADDED (`YYYYMMDDHHMMSS`, the day the article was published) and 60
/// SOURCEURL. Actor country codes are CAMEO's, which are ISO 3166-1 alpha-3 for
/// states. QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles,
/// AvgTone, IsRootEvent and the ActionGeo fields are kept as metadata under
/// their codebook names. A header line (some conversions add one) is skipped.
/// GDELT 1.0 files (57 or 58 fields) are refused with a message, since their
/// columns differ.
public struct GDELTReader: Sendable {
    /// The number of fields of a GDELT 2.0 event record.
    public static let fieldCount = 61

    /// Field positions, from the codebook.
    enum Field {
        static let id = 0, day = 1, actor1Code = 5, actor1Name = 6, actor1Country = 7
        static let actor2Code = 15, actor2Name = 16, actor2Country = 17, isRoot = 25, eventCode = 26
        static let quadClass = 29, goldstein = 30, mentions = 31, sources = 32, articles = 33, tone = 34
        static let actionGeoName = 52, actionGeoCountry = 53, dateAdded = 59, url = 60
    }

    /// Codebook names of the fields kept as metadata.
    static let keptFields: [(String, Int)] = [
        ("GLOBALEVENTID", Field.id), ("SQLDATE", Field.day), ("Actor1Code", Field.actor1Code),
        ("Actor2Code", Field.actor2Code), ("IsRootEvent", Field.isRoot), ("EventCode", Field.eventCode),
        ("QuadClass", Field.quadClass), ("GoldsteinScale", Field.goldstein), ("NumMentions", Field.mentions),
        ("NumSources", Field.sources), ("NumArticles", Field.articles), ("AvgTone", Field.tone),
        ("ActionGeo_FullName", Field.actionGeoName), ("ActionGeo_CountryCode", Field.actionGeoCountry),
        ("DATEADDED", Field.dateAdded), ("SOURCEURL", Field.url),
    ]

    public init() {}

    public func read(_ text: String, file: String) -> EventReading {
        var reading = EventReading()
        for row in TabSeparatedRows(text: text) {
            let fields = row.fields
            if row.line == 1, fields.first?.uppercased() == "GLOBALEVENTID" { continue }
            guard fields.count == Self.fieldCount else {
                let hint = (56...58).contains(fields.count)
                    ? "; this looks like GDELT 1.0, whose columns differ: give GDELT 2.0 event exports"
                    : "; give GDELT 2.0 event exports (YYYYMMDDHHMMSS.export.CSV, unzipped)"
                reading.skip(file, line: row.line, "\(fields.count) tab-separated fields where GDELT 2.0 has \(Self.fieldCount)\(hint)")
                continue
            }
            guard let id = fields.field(Field.id) else {
                reading.skip(file, line: row.line, "no GLOBALEVENTID (field 1)")
                continue
            }
            guard let date = EventFieldParsing.date(fields.field(Field.day)) else {
                reading.skip(file, line: row.line, "SQLDATE '\(fields.field(Field.day) ?? "")' is not a day (YYYYMMDD)")
                continue
            }
            guard let code = EventFieldParsing.cameo(fields.field(Field.eventCode)) else {
                reading.skip(file, line: row.line, "EventCode '\(fields.field(Field.eventCode) ?? "")' is not a CAMEO code")
                continue
            }
            var metadata: [String: String] = [:]
            for (name, index) in Self.keptFields { if let value = fields.field(index) { metadata[name] = value } }
            reading.records.append(EventRecord(
                format: .gdelt, id: id, date: date, publicationDate: EventFieldParsing.date(fields.field(Field.dateAdded)),
                source: EventRecord.Actor(name: fields.field(Field.actor1Name), countryCode: fields.field(Field.actor1Country),
                                          code: fields.field(Field.actor1Code)),
                target: EventRecord.Actor(name: fields.field(Field.actor2Name), countryCode: fields.field(Field.actor2Country),
                                          code: fields.field(Field.actor2Code)),
                code: code, url: fields.field(Field.url), metadata: metadata, line: row.line))
        }
        return reading
    }
}
