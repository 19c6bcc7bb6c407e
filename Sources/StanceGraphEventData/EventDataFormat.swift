/// The coded event data sets `stancegraph import` reads.
public enum EventDataFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// GDELT 2.0 event exports: tab-separated, no header, 61 columns, CAMEO
    /// codes (The GDELT Project, *GDELT 2.0 Event Database Codebook V2.0*, 2015).
    case gdelt
    /// ICEWS coded event data: tab-separated with a header, CAMEO codes, actors
    /// named with their country's name (Boschee et al., *ICEWS Coded Event
    /// Data*, Harvard Dataverse, doi:10.7910/DVN/28075).
    case icews
    /// POLECAT records: tab-separated with a header, or JSON Lines, coded in
    /// PLOVER event types (Halterman et al. 2023, *PLOVER and POLECAT: A New
    /// Political Event Ontology and Dataset*; POLECAT on Harvard Dataverse,
    /// doi:10.7910/DVN/AJGVIT).
    case polecat

    /// The data set's name, as the articles' `dataset` field and the record
    /// lines say it.
    public var datasetName: String {
        switch self {
        case .gdelt: return "GDELT 2.0"
        case .icews: return "ICEWS"
        case .polecat: return "POLECAT"
        }
    }
}
