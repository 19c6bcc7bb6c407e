import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The character set an HTML page declares and the decoding of its bytes.
///
/// The declaration is looked for as the WHATWG encoding-sniffing algorithm's
/// prescan does (HTML, section 13.2.3.2), in the first 8 KiB rather than 1 KiB
/// (scraped pages put long scripts first): `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`. Labels
/// follow the WHATWG Encoding Standard: `iso-8859-1`, `latin1` and `ascii` mean
/// windows-1252, `euc-kr` means windows-949, `shift_jis` means windows-31j.
///
/// windows-1252 is decoded here (a table of 32 code points); the others through
/// Foundation's `String.Encoding` (Shift_JIS, EUC-JP, ISO-2022-JP, EUC-KR,
/// GB 18030, Big5, KOI8-R, windows-125x, ISO-8859-x) and, where Foundation
/// cannot, `iconv(3)`. A page whose bytes are valid UTF-8 is read as UTF-8
/// whatever it declares: a page saved again as UTF-8 often keeps its old
/// declaration, and text in another encoding is almost never valid UTF-8 by chance.
enum HTMLCharset: Equatable {
    case utf8
    case windows1252
    /// Another encoding: Foundation's, when it has one, and iconv's name for it.
    case other(label: String, foundation: Optional<String.Encoding>, iconv: String)

    /// How many leading bytes are searched for the declaration.
    static let prescanBytes = 8192

    /// The label of the character set declared in `<meta>`, lower-cased, or nil.
    static func declaredLabel(in bytes: ArraySlice<UInt8>) -> String? {
        let limit = min(bytes.endIndex, bytes.startIndex + prescanBytes)
        var index = bytes.startIndex
        while index + 7 < limit {
            // "charset" in any case.
            if bytes[index] | 0x20 == UInt8(ascii: "c"), matches(bytes, index, "charset") {
                var cursor = index + 7
                while cursor < limit, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
                if cursor < limit, bytes[cursor] == UInt8(ascii: "="), insideMeta(bytes, index) {
                    cursor += 1
                    while cursor < limit, bytes[cursor] == 0x20 || bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                        cursor += 1
                    }
                    let start = cursor
                    while cursor < limit, isLabelByte(bytes[cursor]) { cursor += 1 }
                    if cursor > start {
                        return String(decoding: bytes[start..<cursor], as: UTF8.self).lowercased()
                    }
                }
                index += 7
                continue
            }
            index += 1
        }
        return nil
    }

    /// The encoding a label names, or nil when it names none we know.
    static func named(_ label: String) -> HTMLCharset? {
        let label = label.lowercased()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii",
             "us-ascii", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "ansi_x3.4-1968":
            return .windows1252
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis":
            return .other(label: "shift_jis", foundation: .shiftJIS, iconv: "CP932")
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese":
            return .other(label: "euc-jp", foundation: .japaneseEUC, iconv: "EUC-JP")
        case "iso-2022-jp", "csiso2022jp":
            return .other(label: "iso-2022-jp", foundation: .iso2022JP, iconv: "ISO-2022-JP")
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949", "korean", "csksc56011987":
            return .other(label: "euc-kr", foundation: foundation(0x0940), iconv: "CP949")
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "chinese", "csgb2312", "gb_2312-80":
            return .other(label: "gb18030", foundation: foundation(0x0632), iconv: "GB18030")
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return .other(label: "big5", foundation: foundation(0x0A03), iconv: "BIG5-HKSCS")
        case "koi8-r", "koi8_r", "koi", "koi8", "cskoi8r":
            return .other(label: "koi8-r", foundation: foundation(0x0A02), iconv: "KOI8-R")
        case "koi8-u", "koi8-ru":
            return .other(label: "koi8-u", foundation: nil, iconv: "KOI8-U")
        case "windows-1250", "cp1250", "x-cp1250":
            return .other(label: "windows-1250", foundation: .windowsCP1250, iconv: "CP1250")
        case "windows-1251", "cp1251", "x-cp1251":
            return .other(label: "windows-1251", foundation: .windowsCP1251, iconv: "CP1251")
        case "windows-1253", "cp1253", "x-cp1253":
            return .other(label: "windows-1253", foundation: .windowsCP1253, iconv: "CP1253")
        case "windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "latin5", "l5":
            return .other(label: "windows-1254", foundation: .windowsCP1254, iconv: "CP1254")
        case "windows-1255", "cp1255":
            return .other(label: "windows-1255", foundation: nil, iconv: "CP1255")
        case "windows-1256", "cp1256":
            return .other(label: "windows-1256", foundation: nil, iconv: "CP1256")
        case "windows-1257", "cp1257":
            return .other(label: "windows-1257", foundation: nil, iconv: "CP1257")
        case "windows-1258", "cp1258":
            return .other(label: "windows-1258", foundation: nil, iconv: "CP1258")
        case "iso-8859-2", "iso8859-2", "latin2", "l2":
            return .other(label: "iso-8859-2", foundation: .isoLatin2, iconv: "ISO-8859-2")
        default:
            if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") {
                let number = label.split(separator: "-").last.map(String.init) ?? ""
                return .other(label: "iso-8859-\(number)", foundation: nil, iconv: "ISO-8859-\(number)")
            }
            return nil
        }
    }

    /// `bytes` decoded, or nil when this machine cannot decode the encoding.
    /// Bytes that are not valid in it become U+FFFD.
    func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        switch self {
        case .utf8:
            return UTF8Validation.decode(bytes)
        case .windows1252:
            return Self.decodeWindows1252(bytes)
        case let .other(_, foundation, iconv):
            if let foundation, let text = String(data: Data(bytes), encoding: foundation) { return text }
            return Self.decodeWithIconv(bytes, from: iconv)
        }
    }

    /// The encoding's WHATWG name.
    var label: String {
        switch self {
        case .utf8: "utf-8"
        case .windows1252: "windows-1252"
        case let .other(label, _, _): label
        }
    }

    // MARK: Decoders

    /// windows-1252 as the Encoding Standard defines it: 0x80-0x9F through the
    /// table (the five unassigned bytes as the C1 controls), the rest as Latin-1.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80, byte <= 0x9F {
                scalars.append(HTMLEntities.numericScalar(UInt32(byte)))
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Decodes with `iconv(3)`; an invalid sequence becomes U+FFFD and decoding
    /// goes on after its first byte. Nil when iconv does not know the encoding.
    static func decodeWithIconv(_ bytes: ArraySlice<UInt8>, from name: String) -> String? {
        #if canImport(Glibc)
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        while consumed < input.count {
            var inputLeft = input.count - consumed
            var outputLeft = chunk.count
            let status = input.withUnsafeMutableBufferPointer { inputBuffer in
                chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int in
                    guard let inputBase = inputBuffer.baseAddress, let chunkBase = chunkBuffer.baseAddress else { return 0 }
                    var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBase + consumed).assumingMemoryBound(to: CChar.self)
                    var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBase).assumingMemoryBound(to: CChar.self)
                    return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                }
            }
            let failure = status == -1 ? errno : 0
            output.append(contentsOf: chunk[0..<(chunk.count - outputLeft)])
            consumed = input.count - inputLeft
            if failure == E2BIG { continue }
            if failure != 0 {
                // An invalid or incomplete sequence: U+FFFD, then on past its first byte.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                consumed += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
        #else
        return nil
        #endif
    }

    // MARK: Prescan helpers

    private static func foundation(_ cfEncoding: UInt) -> String.Encoding {
        // NSStringEncoding of a Core Foundation encoding: CFStringConvertEncodingToNSStringEncoding.
        String.Encoding(rawValue: 0x8000_0000 | cfEncoding)
    }

    private static func matches(_ bytes: ArraySlice<UInt8>, _ index: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { pattern in
            guard index + pattern.count <= bytes.endIndex else { return false }
            for offset in 0..<pattern.count where bytes[index + offset] | 0x20 != pattern[offset] { return false }
            return true
        }
    }

    /// Whether `index` is inside a `<meta` tag.
    private static func insideMeta(_ bytes: ArraySlice<UInt8>, _ index: Int) -> Bool {
        var cursor = index
        while cursor > bytes.startIndex, index - cursor < 1024 {
            cursor -= 1
            if bytes[cursor] == UInt8(ascii: ">") { return false }
            if bytes[cursor] == UInt8(ascii: "<") { return matches(bytes, cursor + 1, "meta") }
        }
        return false
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }
}
