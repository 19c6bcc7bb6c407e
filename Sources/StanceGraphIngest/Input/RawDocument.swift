import StanceGraphModel

/// An input document as read, before cleaning: the bytes of one file, one JSON
/// Lines record or standard input, plus whatever metadata came with it.
public struct RawDocument: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable {
        case text
        case html
    }

    public var id: ArticleID
    /// The path as given on the command line or found in a folder; "-" for standard input.
    public var path: String
    /// The 1-based line of a JSON Lines record, for error messages.
    public var line: Optional<Int>
    public var format: Format
    /// The content, decoded as UTF-8 (invalid sequences already replaced).
    public var content: String
    /// The metadata, with the commonest fields held apart (see `Fields`).
    var fields: Fields

    /// `line` is spelled `Optional<Int>`: a stored `Int?` has an implicit default
    /// of nil, which made the optimizer build the document twice and copy it.
    public init(id: ArticleID, path: String, line: Int? = nil, format: Format, content: String, metadata: [String: String] = [:]) {
        self.init(id: id, path: path, line: line, format: format, content: content, fields: Fields(metadata))
    }

    init(id: ArticleID, path: String, line: Int? = nil, format: Format, content: String, fields: Fields) {
        self.id = id
        self.path = path
        self.line = line
        self.format = format
        self.content = content
        self.fields = fields
    }

    /// Fields that came with the input: `title`, `source`, `date`, `url` and any other
    /// JSON Lines field or HTML meta tag.
    public var metadata: [String: String] {
        get { fields.dictionary }
        set { fields = Fields(newValue) }
    }

    /// `path` or `path:line`, the way diagnostics name this input.
    public var location: String { line.map { "\(path):\($0)" } ?? path }
}
