import Foundation

extension GraphDocument {
    /// The document as JSON bytes: keys sorted, two-space indentation, mentions and
    /// evidence on one line each, a final newline. The same document always gives
    /// the same bytes. `docs/json-format.md` describes every field.
    ///
    /// - Complexity: O(size of the output).
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: estimatedSize)
        writer.beginObject()
        writer.key("articles")
        writer.beginArray()
        for article in articles {
            writer.element()
            article.write(to: &writer)
        }
        writer.endArray()
        writer.key("entities")
        writer.beginArray()
        for entity in entities {
            writer.element()
            entity.write(to: &writer)
        }
        writer.endArray()
        writer.key("relations")
        writer.beginArray()
        for relation in relations {
            writer.element()
            relation.write(to: &writer)
        }
        writer.endArray()
        writer.member("version", version)
        writer.endObject()
        var bytes = writer.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    private var estimatedSize: Int {
        articles.reduce(4096) { $0 + $1.text.utf8.count + 256 } + entities.count * 256 + relations.count * 512
    }
}

extension Article {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("byline", ifPresent: byline)
        writer.member("date", ifPresent: date?.iso)
        writer.member("dateOrigin", ifPresent: dateOrigin?.rawValue)
        writer.member("id", id.rawValue)
        writer.key("metadata")
        writer.beginObject(inline: true)
        for key in metadata.keys.sorted() {
            writer.member(key, metadata[key] ?? "")
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
        for mention in mentions {
            writer.element()
            writer.beginObject(inline: true)
            writer.member("article", mention.article.rawValue)
            writer.member("end", mention.end)
            writer.member("start", mention.start)
            writer.member("text", mention.text)
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
        writer.member("confidence", confidence)
        writer.member("date", ifPresent: date?.iso)
        writer.member("dateOrigin", ifPresent: dateOrigin?.rawValue)
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
        writer.member("polarity", polarity)
        writer.member("source", source.rawValue)
        writer.member("stance", ifPresent: stance?.rawValue)
        writer.member("target", target.rawValue)
        writer.member("trigger", ifPresent: trigger)
        writer.endObject()
    }
}
