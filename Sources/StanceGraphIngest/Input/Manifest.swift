import Foundation
import StanceGraphModel

/// Publication dates and sources given alongside a folder of articles:
/// `{"articles": [{"file": "a.txt", "date": "2024-06-22", "source": "KBS World"}]}`.
///
/// A manifest's date outranks anything found in the article itself: it is how a
/// user says "I know when this was published".
public struct Manifest: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var date: CalendarDate?
        public var source: String?
    }

    public var entries: [Entry]
    /// Where the manifest was read from; its `file` entries are relative to its folder.
    public var path: String

    public init(entries: [Entry], path: String) {
        self.entries = entries
        self.path = path
    }

    /// Reads a manifest. Entries with a date that is not a date are reported and
    /// kept without the date; a missing or malformed file throws.
    public static func load(path: String, diagnostics: inout [Diagnostic]) throws -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError.unreadable(path: path, reason: "no such file, or it cannot be read")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw IngestError.malformedManifest(path: path, reason: "not valid JSON")
        }
        guard let top = object as? [String: Any], let articles = top["articles"] as? [Any] else {
            throw IngestError.malformedManifest(path: path, reason: #"expected {"articles": [{"file": ..., "date": ..., "source": ...}]}"#)
        }
        var entries: [Entry] = []
        for (index, item) in articles.enumerated() {
            guard let fields = item as? [String: Any], let file = fields["file"] as? String, !file.isEmpty else {
                diagnostics.append(Diagnostic(.error, file: path, "entry \(index + 1) has no \"file\"; it is ignored"))
                continue
            }
            var date: CalendarDate?
            if let text = fields["date"] as? String {
                date = CalendarDate(iso: text)
                if date == nil {
                    diagnostics.append(Diagnostic(.error, file: path,
                        "entry for '\(file)': '\(text)' is not a date (write YYYY-MM-DD); the article's date will be looked for elsewhere"))
                }
            }
            entries.append(Entry(file: file, date: date, source: fields["source"] as? String))
        }
        return Manifest(entries: entries, path: path)
    }

    /// The entry for an input path, matched on the path relative to the manifest's
    /// folder, or failing that on the file name.
    public func entry(for inputPath: String) -> Entry? {
        let folder = (path as NSString).deletingLastPathComponent
        let standardized = (inputPath as NSString).standardizingPath
        for entry in entries {
            let candidate = ((folder as NSString).appendingPathComponent(entry.file) as NSString).standardizingPath
            if candidate == standardized { return entry }
        }
        let name = (inputPath as NSString).lastPathComponent
        return entries.first { ($0.file as NSString).lastPathComponent == name }
    }

    /// Entries whose file does not exist next to the manifest.
    public func missingFiles() -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        return entries.map(\.file).filter {
            !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0))
        }
    }
}
