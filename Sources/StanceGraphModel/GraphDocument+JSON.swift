import Foundation

extension GraphDocument {
    /// The document as JSON bytes: keys sorted, two-space indentation, mentions and
    /// evidence on one line each, a final newline. The same document always gives
    /// the same bytes. `docs/json-format.md` describes every field.
    ///
    /// - Complexity: O(size of the output).
    public func jsonBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(estimatedSize)
        writeJSON { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Streams the bytes of `jsonBytes()` to `sink`, a piece at a time, so that a
    /// large document is never held twice in memory (once as values, once as
    /// text). Articles, entities and relations are serialized in chunks on
    /// `threads` threads and handed to `sink` in document order, so the bytes do
    /// not depend on the number of threads.
    ///
    /// - Complexity: O(size of the output); memory O(threads × chunk size).
    public func writeJSON(threads: Int = 1, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        // Room for what is written between two hand-overs and the largest element.
        var writer = JSONWriter(reservingCapacity: 2 * JSONWriter.flushThreshold)
        writer.beginObject()
        writer.key("articles")
        try writer.elements(of: articles, threads: threads, flushingTo: sink) { $0.write(to: &$1) }
        writer.key("entities")
        try writer.elements(of: entities, threads: threads, flushingTo: sink) { $0.write(to: &$1) }
        writer.key("links")
        try writer.elements(of: links, threads: threads, flushingTo: sink) { $0.write(to: &$1) }
        writer.key("relations")
        try writer.elements(of: relations, threads: threads, flushingTo: sink) { $0.write(to: &$1) }
        writer.member("version", version)
        writer.endObject()
        writer.newlineAtEnd()
        try writer.flush(to: sink)
    }

    private var estimatedSize: Int {
        articles.reduce(4096) { $0 + $1.text.utf8.count + 256 } + entities.count * 256 + (relations.count + links.count) * 512
    }
}

extension Article {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("byline", ifPresent: byline)
        writer.member("date", ifPresent: date)
        writer.member("dateOrigin", ifPresent: dateOrigin?.rawValue)
        writer.member("id", id.rawValue)
        writer.key("metadata")
        writer.beginObject(inline: true)
        if !metadata.isEmpty {
            for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
                writer.key(text: key)
                writer.string(value)
            }
        }
        writer.endObject()
        writer.member("path", ifPresent: path)
        writer.member("source", ifPresent: source)
        writer.member("text", text)
        writer.member("title", ifPresent: title)
        writer.endObject()
    }
}

extension Entity {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("aliases", strings: aliases)
        writer.member("code", ifPresent: code)
        writer.member("country", ifPresent: country?.rawValue)
        writer.member("id", id.rawValue)
        writer.key("mentions")
        writer.beginArray()
        // By index, reading fields in place: a `for mention in` loop copies each mention.
        for index in mentions.indices {
            writer.element()
            writer.beginObject(inline: true)
            writer.member("article", mentions[index].article.rawValue)
            writer.member("end", mentions[index].end)
            writer.member("start", mentions[index].start)
            writer.member("text", mentions[index].text)
            writer.endObject()
        }
        writer.endArray()
        writer.member("name", name)
        writer.member("role", ifPresent: role)
        writer.member("type", type.rawValue)
        writer.endObject()
    }
}

extension Relation {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("article", article.rawValue)
        writer.member("cameo", ifPresent: cameo?.rawValue)
        writer.member("confidence", confidence)
        writer.member("date", ifPresent: date)
        writer.member("dateOrigin", ifPresent: dateOrigin?.rawValue)
        writer.member("datePrecision", ifPresent: datePrecision?.rawValue)
        writer.member("directed", directed)
        writer.key("evidence")
        writer.beginObject(inline: true)
        writer.member("end", evidence.end)
        writer.member("start", evidence.start)
        writer.member("text", evidence.text)
        writer.endObject()
        writer.member("id", id.rawValue)
        writer.member("kind", kind.rawValue)
        writer.member("modality", modality.rawValue)
        writer.member("plover", ifPresent: cameo?.plover)
        writer.member("polarity", polarity)
        writer.member("source", source.rawValue)
        writer.member("stance", ifPresent: stance?.rawValue)
        writer.member("target", target.rawValue)
        writer.member("trigger", ifPresent: trigger)
        writer.endObject()
    }
}
