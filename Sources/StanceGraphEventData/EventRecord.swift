import StanceGraphModel

/// One coded event as a data set gives it, before its actors are resolved: who
/// did what to whom, when, coded how, and where it was reported. The readers
/// (`GDELTReader`, `ICEWSReader`, `POLECATReader`) make these from their
/// formats' rows; `EventDocumentBuilder` turns them into a graph document.
public struct EventRecord: Sendable, Hashable {
    /// One side of the event as the data set names it.
    public struct Actor: Sendable, Hashable {
        /// The actor's name ("UNITED STATES", "Barack Obama", "Police (India)").
        public var name: String?
        /// A country code: ISO 3166-1 alpha-3 (CAMEO's country codes are these
        /// for states).
        public var countryCode: String?
        /// A country name (ICEWS gives names, not codes).
        public var countryName: String?
        /// The data set's own actor code ("USAGOV"), kept as metadata.
        public var code: String?

        public init(name: String? = nil, countryCode: String? = nil, countryName: String? = nil, code: String? = nil) {
            self.name = name
            self.countryCode = countryCode
            self.countryName = countryName
            self.code = code
        }

        /// Whether the record names this side at all.
        public var isEmpty: Bool { name == nil && countryCode == nil && countryName == nil && code == nil }

        /// How the side is written in the record's line: the name and the code or country.
        var label: String {
            let detail = countryCode ?? countryName ?? code
            switch (name, detail) {
            case let (name?, detail?) where detail != name: return "\(name) (\(detail))"
            case let (name?, _): return name
            case let (nil, detail?): return detail
            case (nil, nil): return "(none)"
            }
        }
    }

    public var format: EventDataFormat
    /// The data set's event id, as written.
    public var id: String
    /// The day the event happened.
    public var date: CalendarDate
    /// The day it was published or added, when the record says.
    public var publicationDate: CalendarDate?
    public var source: Actor
    public var target: Actor
    /// The CAMEO code (GDELT, ICEWS), or the PLOVER type's representative code (POLECAT).
    public var code: EventCode
    /// The PLOVER event type as the record writes it (POLECAT only).
    public var ploverType: String?
    /// The data set's words for the event ("Make statement", a PLOVER mode), kept as the trigger.
    public var eventText: String?
    /// The article's address (GDELT's SOURCEURL).
    public var url: String?
    /// The publisher (ICEWS's Publisher, POLECAT's Source).
    public var publisher: String?
    /// Other fields kept as the article's metadata, under the data set's column names.
    public var metadata: [String: String]
    /// The line of the input the record came from (1-based).
    public var line: Int
    /// The file it was read from (nil for standard input), the article's `path`.
    public var file: String?

    public init(format: EventDataFormat, id: String, date: CalendarDate, publicationDate: CalendarDate? = nil,
                source: Actor, target: Actor, code: EventCode, ploverType: String? = nil, eventText: String? = nil,
                url: String? = nil, publisher: String? = nil, metadata: [String: String] = [:], line: Int) {
        self.format = format
        self.id = id
        self.date = date
        self.publicationDate = publicationDate
        self.source = source
        self.target = target
        self.code = code
        self.ploverType = ploverType
        self.eventText = eventText
        self.url = url
        self.publisher = publisher
        self.metadata = metadata
        self.line = line
    }
}
