/// Text made safe for XML 1.0 (W3C, section 2.2 Characters and 2.4 Character
/// Data): `&`, `<`, `>`, `"` and `'` as entity references, and the characters
/// XML cannot hold at all (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF) replaced by U+FFFD, so a name with a stray control
/// character still gives a well-formed file.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // As character references, so that an attribute value keeps them
            // (XML normalizes a literal tab or line break in one to a space).
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
