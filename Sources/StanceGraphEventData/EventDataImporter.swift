import StanceGraphModel

/// Reads a file of one event data format into records.
public enum EventDataImporter {
    /// The records of `text`, in `format`, naming `file` in diagnostics and in
    /// each record (nil: standard input).
    public static func read(_ text: String, format: EventDataFormat, file: String?) -> EventReading {
        let name = file ?? "<stdin>"
        var reading: EventReading
        switch format {
        case .gdelt: reading = GDELTReader().read(text, file: name)
        case .icews: reading = ICEWSReader().read(text, file: name)
        case .polecat: reading = POLECATReader().read(text, file: name)
        }
        for index in reading.records.indices { reading.records[index].file = file }
        return reading
    }
}
