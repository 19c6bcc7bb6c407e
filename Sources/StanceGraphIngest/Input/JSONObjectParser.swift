/// Parses one JSON object (RFC 8259) from a line of UTF-8 bytes, keeping its
/// top-level members: strings unescaped, numbers and booleans as written, nested
/// arrays and objects as their JSON text. Works on bytes in one pass, without
/// building a Foundation object tree.
struct JSONObjectParser {
    /// A top-level member's value.
    enum Value: Equatable {
        case string(String)
        /// A number, `true` or `false`, as written.
        case literal(String)
        case null
        /// A nested array or object, as its JSON text.
        case nested(String)

        /// The value as metadata text: nil for `null`.
        var text: String? {
            switch self {
            case .string(let text), .literal(let text), .nested(let text): text
            case .null: nil
            }
        }
    }

    /// Why a line is not a JSON object, and where (1-based byte column).
    struct Failure: Error, Equatable {
        var column: Int
        var message: String
    }

    /// A string as found in the line: its bytes when it has no escape (the usual
    /// case, taken as it is), or its unescaped text.
    fileprivate enum Scanned {
        case plain(Range<Int>, isASCII: Bool)
        case unescaped(String)
    }

    /// A member's name. Most names have no escapes: they are compared as the
    /// bytes of the line, and a String is made only when one is asked for.
    struct Name {
        fileprivate let scanned: Scanned
        fileprivate let line: UnsafeBufferPointer<UInt8>
        fileprivate let trustsUTF8: Bool

        /// Whether the name is `expected` (unescaped, byte for byte).
        func equals(_ expected: StaticString) -> Bool {
            let wanted = UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount)
            switch scanned {
            case .plain(let range, _):
                guard range.count == wanted.count else { return false }
                var offset = 0
                while offset < wanted.count {
                    if line[range.lowerBound + offset] != wanted[offset] { return false }
                    offset += 1
                }
                return true
            case .unescaped(let text):
                return text.utf8.elementsEqual(wanted)
            }
        }

        /// The name's bytes as written in the line, when it has no escape.
        var plainBytes: UnsafeBufferPointer<UInt8>? {
            guard case .plain(let range, _) = scanned else { return nil }
            return UnsafeBufferPointer(rebasing: line[range])
        }

        /// The name as a String.
        var string: String {
            JSONObjectParser.string(scanned, in: line, trustingUTF8: trustsUTF8)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The line is known to be valid UTF-8: strings are made from its bytes without checking them again.
    private let trustsUTF8: Bool
    private var index = 0
    /// Reused for unescaping strings.
    private var scratch: [UInt8] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>, trustingUTF8: Bool) {
        self.bytes = bytes
        self.trustsUTF8 = trustingUTF8
    }

    /// Calls `member` with each member of the object on `line`, in order (a
    /// repeated key comes twice); returns why the line is not an object, or nil.
    /// Members before a syntax error have been passed on already.
    ///
    /// `trustingUTF8` says the line is known to be valid UTF-8 (checked by the
    /// caller), so its strings are copied without being validated again;
    /// otherwise each invalid sequence becomes U+FFFD.
    static func parse(_ line: UnsafeBufferPointer<UInt8>, trustingUTF8: Bool, member: (Name, Value) -> Void) -> Failure? {
        var parser = JSONObjectParser(line, trustingUTF8: trustingUTF8)
        do {
            try parser.object(member)
            return nil
        } catch let failure as Failure {
            return failure
        } catch {
            return Failure(column: parser.index + 1, message: "\(error)")
        }
    }

    /// Calls `member` with the name and value of each member of the object on
    /// `line` (see `parse(_:trustingUTF8:member:)`).
    static func parse(_ line: UnsafeBufferPointer<UInt8>, member: (String, Value) -> Void) -> Failure? {
        parse(line, trustingUTF8: false) { name, value in member(name.string, value) }
    }

    /// The members of the object on `line`, in order.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<[(key: String, value: Value)], Failure> {
        var members: [(key: String, value: Value)] = []
        if let failure = parse(line, member: { members.append(($0, $1)) }) { return .failure(failure) }
        return .success(members)
    }

    private mutating func object(_ member: (Name, Value) -> Void) throws {
        skipSpace()
        guard index < bytes.count else { throw fail("the line is empty") }
        guard bytes[index] == UInt8(ascii: "{") else {
            throw fail(bytes[index] == UInt8(ascii: "[") ? "expected an object {...}, found an array" : "expected an object {...}")
        }
        index += 1
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw fail("expected a \"quoted\" member name") }
                let key = Name(scanned: try scanString(), line: bytes, trustsUTF8: trustsUTF8)
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { throw fail("expected ':' after the member name") }
                index += 1
                skipSpace()
                member(key, try value())
                skipSpace()
                guard let byte = peek() else { throw fail("the object is not closed with '}'") }
                index += 1
                if byte == UInt8(ascii: "}") { break }
                guard byte == UInt8(ascii: ",") else {
                    index -= 1
                    throw fail("expected ',' or '}' after a member")
                }
            }
        }
        skipSpace()
        guard index == bytes.count else { throw fail("unexpected text after the object") }
    }

    private mutating func value() throws -> Value {
        guard let byte = peek() else { throw fail("a member has no value") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = index
            try skipNested()
            return .nested(String(decoding: bytes[start..<index], as: UTF8.self))
        case UInt8(ascii: "t"):
            try keyword("true")
            return .literal("true")
        case UInt8(ascii: "f"):
            try keyword("false")
            return .literal("false")
        case UInt8(ascii: "n"):
            try keyword("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            try number()
            return .literal(String(decoding: bytes[start..<index], as: UTF8.self))
        default:
            throw fail("expected a value (a string, number, object, array, true, false or null)")
        }
    }

    /// A string starting at the opening quote; unescaped.
    private mutating func string() throws -> String {
        Self.string(try scanString(), in: bytes, trustingUTF8: trustsUTF8)
    }

    /// The String of a scanned string.
    fileprivate static func string(_ scanned: Scanned, in bytes: UnsafeBufferPointer<UInt8>, trustingUTF8: Bool) -> String {
        switch scanned {
        case .plain(let range, let isASCII):
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            return trustingUTF8 ? UTF8Validation.string(validated: slice, isASCII: isASCII) : String(decoding: slice, as: UTF8.self)
        case .unescaped(let text):
            return text
        }
    }

    /// A string starting at the opening quote: its range when it has no escape,
    /// else its unescaped text.
    private mutating func scanString() throws -> Scanned {
        index += 1
        let start = index
        // Fast path: no escapes.
        let (end, isASCII) = ByteScan.nextQuoteOrEscape(in: bytes, from: index, to: bytes.count)
        index = end
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return .plain(start..<end, isASCII: isASCII)
        }
        guard index < bytes.count else { throw failAt(start - 1, "a string is not closed with '\"'") }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .unescaped(String(decoding: scratch, as: UTF8.self))
            }
            if byte != UInt8(ascii: "\\") {
                // The plain bytes up to the next quote or escape, copied at once.
                let next = ByteScan.nextQuoteOrEscape(in: bytes, from: index, to: bytes.count).index
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<next]))
                index = next
                continue
            }
            guard index + 1 < bytes.count else { break }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate must be followed by an escaped low surrogate.
                    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let saved = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            index = saved
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                appendScalar(UInt32(scalar))
            default:
                throw failAt(index - 2, "an invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
            }
        }
        throw failAt(start - 1, "a string is not closed with '\"'")
    }

    private mutating func hex4() throws -> Int {
        guard index + 4 <= bytes.count else { throw fail("a \\u escape needs four hexadecimal digits") }
        var value = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte) - 48
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte) - 87
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte) - 55
            default: throw fail("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func appendScalar(_ value: UInt32) {
        HTMLEntities.appendUTF8(Unicode.Scalar(value) ?? "\u{FFFD}", to: &scratch)
    }

    private mutating func number() throws {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while let byte = peek(), byte >= 48, byte <= 57 { index += 1; digits += 1 }
        guard digits > 0 else { throw failAt(start, "a number has no digits") }
        if peek() == UInt8(ascii: ".") {
            index += 1
            var fraction = 0
            while let byte = peek(), byte >= 48, byte <= 57 { index += 1; fraction += 1 }
            guard fraction > 0 else { throw failAt(start, "a number has no digits after its '.'") }
        }
        if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            var exponent = 0
            while let byte = peek(), byte >= 48, byte <= 57 { index += 1; exponent += 1 }
            guard exponent > 0 else { throw failAt(start, "a number has no digits in its exponent") }
        }
    }

    private mutating func keyword(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("expected \(word)") }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { throw fail("expected a value (a string, number, object, array, true, false or null)") }
        index += count
    }

    /// Skips a nested array or object, checking only that brackets balance outside strings.
    private mutating func skipNested() throws {
        let start = index
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.count else { throw failAt(start, "a string inside a nested value is not closed") }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    index += 1
                    return
                }
            default:
                break
            }
            index += 1
        }
        throw failAt(start, "a nested array or object is not closed")
    }

    @inline(__always)
    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    @inline(__always)
    private mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            index += 1
        }
    }

    private func fail(_ message: String) -> Failure {
        failAt(index, message)
    }

    private func failAt(_ position: Int, _ message: String) -> Failure {
        Failure(column: position + 1, message: message)
    }
}
