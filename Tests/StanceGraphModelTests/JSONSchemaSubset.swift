import Foundation
import StanceGraphModel

/// A validator for the part of JSON Schema (Draft 2020-12, "JSON Schema
/// Validation") that `docs/graph-document.schema.json` uses: `type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties` (false or a
/// schema), `items`, `$ref` to `#/$defs/...`, `pattern`, `minLength`, `minimum`
/// and `maximum`. A keyword outside that set is reported, so the schema cannot
/// grow past what this checks. It lets the schema test run where Python's
/// `jsonschema` is not installed; `ConsumerCLITests` runs that one too.
struct JSONSchemaSubset {
    let root: JSONValue

    static let keywords: Set<String> = [
        "$schema", "$id", "title", "description", "$defs", "$ref", "type", "enum", "const", "properties", "required",
        "additionalProperties", "items", "pattern", "minLength", "minimum", "maximum",
    ]

    /// The problems of `value`, each with its path ("relations/3/cameo: ...").
    func errors(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, against: root, path: "", errors: &errors)
        return errors
    }

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
        guard case .object(let keywords) = schema else { return }
        for key in keywords.keys where !Self.keywords.contains(key) { errors.append("\(path): the validator does not know '\(key)'") }
        if case .string(let reference)? = keywords["$ref"] {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard case .object(let definitions)? = objectMember(root, "$defs"), let target = definitions[name] else {
                errors.append("\(path): no definition \(reference)")
                return
            }
            check(value, against: target, path: path, errors: &errors)
        }
        if case .string(let type)? = keywords["type"], !Self.has(value, type: type) {
            errors.append("\(path): not of type \(type)")
            return
        }
        if let constant = keywords["const"], !Self.equal(value, constant) { errors.append("\(path): not \(constant)") }
        if case .array(let options)? = keywords["enum"], !options.contains(where: { Self.equal(value, $0) }) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if case .string(let text) = value {
            if case .string(let pattern)? = keywords["pattern"],
               text.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): '\(text)' does not match \(pattern)")
            }
            if case .int(let length)? = keywords["minLength"], text.unicodeScalars.count < length {
                errors.append("\(path): shorter than \(length)")
            }
        }
        if let number = Self.number(value) {
            if let minimum = keywords["minimum"].flatMap(Self.number), number < minimum { errors.append("\(path): below \(minimum)") }
            if let maximum = keywords["maximum"].flatMap(Self.number), number > maximum { errors.append("\(path): above \(maximum)") }
        }
        if case .object(let members) = value {
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where members[name] == nil { errors.append("\(path): '\(name)' is missing") }
            }
            let properties: [String: JSONValue]
            if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let schema = properties[name] {
                    check(member, against: schema, path: "\(path)/\(name)", errors: &errors)
                } else if case .bool(false)? = keywords["additionalProperties"] {
                    errors.append("\(path): '\(name)' is not allowed")
                } else if let schema = keywords["additionalProperties"], case .object = schema {
                    check(member, against: schema, path: "\(path)/\(name)", errors: &errors)
                }
            }
        }
        if case .array(let items) = value, let schema = keywords["items"] {
            for (index, item) in items.enumerated() { check(item, against: schema, path: "\(path)/\(index)", errors: &errors) }
        }
    }

    private func objectMember(_ value: JSONValue, _ name: String) -> JSONValue? {
        if case .object(let members) = value { return members[name] }
        return nil
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
             ("integer", .int), ("number", .int), ("number", .double): return true
        default: return false
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        if let left = number(lhs), let right = number(rhs) { return left == right }
        return lhs == rhs
    }
}
