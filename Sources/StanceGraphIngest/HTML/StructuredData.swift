import Foundation

/// What a page's schema.org JSON-LD (`<script type="application/ld+json">`)
/// says about its article: the first object that has an `articleBody`, a
/// `datePublished` or a `headline`, searched depth first through arrays and
/// `@graph`; an article type (`NewsArticle`, `BlogPosting`, ...) wins over others.
struct StructuredData {
    var headline: Optional<String> = nil
    var datePublished: Optional<String> = nil
    var articleBody: Optional<String> = nil
    var author: Optional<String> = nil
    var publisher: Optional<String> = nil
    var url: Optional<String> = nil
    var language: Optional<String> = nil

    /// Reads the scripts in order; a script that is not valid JSON (raw line
    /// breaks in strings, trailing commas) still gives its `datePublished` and
    /// `headline` by a plain search.
    init(scripts: [String]) {
        var candidates: [[String: Any]] = []
        for script in scripts {
            let data = Data(script.utf8)
            if let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                Self.collect(json, into: &candidates)
            } else {
                if datePublished == nil { datePublished = Self.search(script, key: "datePublished") }
                if headline == nil { headline = Self.search(script, key: "headline") }
                if articleBody == nil { articleBody = Self.search(script, key: "articleBody") }
            }
        }
        let articleTypes = ["article", "posting", "report"]
        let best = candidates.first { object in
            Self.types(of: object).contains { type in articleTypes.contains { type.lowercased().contains($0) } }
        } ?? candidates.first
        guard let object = best else { return }
        headline = headline ?? Self.string(object["headline"]) ?? Self.string(object["name"])
        datePublished = datePublished ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
        articleBody = articleBody ?? Self.string(object["articleBody"]) ?? Self.string(object["text"])
        author = Self.name(object["author"]) ?? Self.name(object["creator"])
        publisher = Self.name(object["publisher"])
        url = Self.string(object["url"]) ?? Self.string((object["mainEntityOfPage"] as? [String: Any])?["@id"])
            ?? Self.string(object["mainEntityOfPage"])
        language = Self.string(object["inLanguage"])
        if headline?.isEmpty == true { headline = nil }
    }

    private static func collect(_ json: Any, into candidates: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for element in array { collect(element, into: &candidates) }
        } else if let object = json as? [String: Any] {
            if object["articleBody"] != nil || object["datePublished"] != nil || object["headline"] != nil {
                candidates.append(object)
            }
            if let graph = object["@graph"] { collect(graph, into: &candidates) }
            if let main = object["mainEntity"] { collect(main, into: &candidates) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return object["@type"] as? [String] ?? []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    /// A person's or organization's name: a string, an object's `name`, or the names of a list.
    private static func name(_ value: Any?) -> String? {
        if let text = value as? String { return text.hasPrefix("http") ? nil : string(text) }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] {
            let names = array.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// The string value of `"key": "..."` in text that is not valid JSON.
    private static func search(_ text: String, key: String) -> String? {
        guard let keyRange = text.range(of: "\"\(key)\"") else { return nil }
        var rest = text[keyRange.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        var value = ""
        var escaped = false
        for character in rest {
            if escaped {
                switch character {
                case "n": value.append("\n")
                case "t": value.append(" ")
                default: value.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return value.isEmpty ? nil : value
            } else {
                value.append(character)
            }
        }
        return nil
    }
}
