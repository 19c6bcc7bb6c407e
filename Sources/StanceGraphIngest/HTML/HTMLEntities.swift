/// Decodes HTML character references (WHATWG HTML, section 13.2.5.72): numeric
/// (`&#8217;`, `&#x2019;`, with the Windows-1252 remapping of 128-159 and
/// U+FFFD for invalid code points) and the 2,231 named references of HTML5
/// (`HTMLEntityTable.swift`, generated from the specification's list by
/// `Scripts/generate-html-entities.py`), the legacy ones (`&amp`, `&copy`) also
/// without their ';', by longest match as the HTML tokenizer does. An unknown
/// name is left as written.
enum HTMLEntities {
    /// What one reference stands for: one code point, or two for a few names
    /// (`&NotEqualTilde;` is U+2242 U+0338).
    struct Value: Equatable {
        var first: Unicode.Scalar
        var second: Optional<Unicode.Scalar>
    }

    /// Decodes the reference starting at `index` (the `&`); returns its value and
    /// the index after the reference, or nil when it is not one. In an attribute
    /// value (`inAttribute`) a legacy name without ';' followed by a letter, a
    /// digit or '=' is not a reference (`?a=1&copy=2` stays as written).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, inAttribute: Bool = false) -> (value: Value, next: Int)? {
        var cursor = index + 1
        guard cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < end, bytes[cursor] | 0x20 == UInt8(ascii: "x") {
                hex = true
                cursor += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while cursor < end {
                let byte = bytes[cursor]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - 55)
                default: digit = 99
                }
                if digit == 99 { break }
                // Past U+10FFFF the value is out of range however many digits follow.
                value = min(value * (hex ? 16 : 10) + digit, 0x11_0000)
                digits += 1
                cursor += 1
            }
            guard digits > 0 else { return nil }
            if cursor < end, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            return (Value(first: numericScalar(value), second: nil), cursor)
        }
        // A name: letters and digits, then usually ';'.
        let nameStart = cursor
        while cursor < end, cursor - nameStart < longestName, isAlphanumeric(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else { return nil }
        if cursor < end, bytes[cursor] == UInt8(ascii: ";") {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart...cursor]), as: UTF8.self)
            if let value = named[name] { return (value, cursor + 1) }
        }
        // Legacy references without ';': the longest name that starts the run.
        var length = min(cursor - nameStart, longestLegacyName)
        while length >= 2 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameStart + length]), as: UTF8.self)
            if let value = named[name] {
                let next = nameStart + length
                if inAttribute, next < end, isAlphanumeric(bytes[next]) || bytes[next] == UInt8(ascii: "=") { return nil }
                return (value, next)
            }
            length -= 1
        }
        return nil
    }

    /// The named references by name (with their ';', legacy ones also without),
    /// read once from `table`.
    static let named: [String: Value] = {
        var names: [String: Value] = [:]
        names.reserveCapacity(2300)
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count >= 2, let first = UInt32(parts[1], radix: 16).flatMap(Unicode.Scalar.init) else { continue }
            let second = parts.count > 2 ? UInt32(parts[2], radix: 16).flatMap(Unicode.Scalar.init) : nil
            names[String(parts[0])] = Value(first: first, second: second)
        }
        return names
    }()

    /// The longest name with its ';' (`CounterClockwiseContourIntegral;` is 32).
    static let longestName = 32
    /// The longest legacy name without ';' (`frac34`, `middot`).
    static let longestLegacyName = 6

    /// Appends the UTF-8 of a reference's value.
    static func appendUTF8(_ value: Value, to output: inout [UInt8]) {
        appendUTF8(value.first, to: &output)
        if let second = value.second { appendUTF8(second, to: &output) }
    }

    /// Decodes every reference in `text` (an attribute value unless `inAttribute` is false).
    static func decode(_ text: some Collection<UInt8>, inAttribute: Bool = true) -> String {
        let bytes = Array(text)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if buffer[index] == UInt8(ascii: "&"), let (value, next) = decode(buffer, at: index, end: buffer.count, inAttribute: inAttribute) {
                    appendUTF8(value, to: &output)
                    index = next
                } else {
                    output.append(buffer[index])
                    index += 1
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122)
    }

    /// A numeric reference's scalar, following the HTML parser's rules.
    static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80, value <= 0x9F, let mapped = windows1252[Int(value - 0x80)] {
            return mapped
        }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Windows-1252's printable characters at 0x80-0x9F, which HTML substitutes
    /// for the C1 controls.
    private static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
