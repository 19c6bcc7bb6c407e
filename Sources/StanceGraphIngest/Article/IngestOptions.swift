import StanceGraphModel

/// What the user told us about the inputs, beyond the inputs themselves.
public struct IngestOptions: Sendable {
    /// `--date`: the publication date of every article, overriding all else.
    public var date: CalendarDate?
    /// `--manifest`: dates and sources per file.
    public var manifest: Manifest?

    public init(date: CalendarDate? = nil, manifest: Manifest? = nil) {
        self.date = date
        self.manifest = manifest
    }
}
