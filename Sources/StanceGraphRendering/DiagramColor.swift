/// An sRGB colour with optional transparency, written to DOT as `#rrggbb` or
/// `#rrggbbaa`.
///
/// A typed colour rather than a string keeps untrusted text out of colour
/// attributes and makes every colour in a diagram comparable in tests.
public struct DiagramColor: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    /// 255 is opaque.
    public var alpha: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `#rrggbb` or `#rrggbbaa` (the `#` is optional, any case); nil otherwise.
    public init?(hex text: String) {
        let digits = Array((text.hasPrefix("#") ? text.dropFirst() : Substring(text)).utf8)
        guard digits.count == 6 || digits.count == 8 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let high = Self.hexValue(digits[index]), let low = Self.hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(red: bytes[0], green: bytes[1], blue: bytes[2], alpha: bytes.count == 4 ? bytes[3] : 255)
    }

    /// `#rrggbb` for opaque colours, `#rrggbbaa` otherwise, in lower case.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(9)
        appendHex(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `description`'s UTF-8 bytes.
    func appendHex(to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "#"))
        for component in alpha == 255 ? [red, green, blue] : [red, green, blue, alpha] {
            bytes.append(Self.hexDigit(component >> 4))
            bytes.append(Self.hexDigit(component & 0x0F))
        }
    }

    /// The same colour with another opacity.
    public func withAlpha(_ alpha: UInt8) -> DiagramColor {
        DiagramColor(red: red, green: green, blue: blue, alpha: alpha)
    }

    public static let black = DiagramColor(red: 0, green: 0, blue: 0)
    public static let white = DiagramColor(red: 255, green: 255, blue: 255)

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
