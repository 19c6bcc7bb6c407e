/// Normalizes text and cuts it into lines in one pass over its UTF-8 bytes.
///
/// - Line breaks: `\r\n`, `\r`, U+0085, U+2028 and U+2029 end a line; lines are
///   trimmed and runs of white space collapse to one space.
/// - Spaces: tab, no-break space (U+00A0), the U+2000 to U+200A spaces, narrow
///   no-break space, ideographic space become a space; zero-width space, word
///   joiner, soft hyphen, byte order mark, direction marks and control
///   characters are removed. (ZWJ and ZWNJ stay: some scripts need them.)
/// - Punctuation: curly single quotes and apostrophes become `'`, curly double
///   quotes `"`, the ellipsis `...`, the Unicode hyphens `-`.
/// - Bullets: a bullet glyph (•, ‣, ⁃, ●, ▪, ■, ►, ▶, ◦, ◆) or a list marker
///   (`-`, `*`, `+` followed by a space) starting a line is removed and the line
///   flagged; a bullet glyph inside a line starts a new line (flattened lists).
/// - NFC: composition needs Unicode tables, so the pass only notices text that
///   may not be in NFC (combining diacritics U+0300-036F, U+1DC0-1DFF,
///   U+20D0-20FF, U+FE20-FE2F, conjoining Hangul jamo, kana voicing marks) and
///   reports it; the caller then composes with Foundation and runs again.
///   Everything else (Korean, Cyrillic, ...) is copied unchanged.
struct TextNormalizer {
    /// A piece of input with the flags its lines inherit (an HTML block).
    struct Segment {
        var range: Range<Int>
        var flags: PageLine.Flags
        var linkFraction: Float

        init(range: Range<Int>, flags: PageLine.Flags = [], linkFraction: Float = 0) {
            self.range = range
            self.flags = flags
            self.linkFraction = linkFraction
        }
    }

    struct Output {
        var bytes: [UInt8]
        var lines: [PageLine]
        /// Whether some text may not be in NFC (see the type's documentation).
        var mayNeedComposition: Bool
    }

    /// Normalizes `segments` of `input` (every segment is a run of lines).
    ///
    /// - Complexity: O(n) in the input's length.
    static func normalize(_ input: UnsafeBufferPointer<UInt8>, segments: [Segment]) -> Output {
        var state = State(capacity: input.count)
        for segment in segments {
            state.run(input, segment)
        }
        return Output(bytes: state.output, lines: state.lines, mayNeedComposition: state.mayNeedComposition)
    }

    /// Normalizes plain text as one segment.
    static func normalize(_ input: UnsafeBufferPointer<UInt8>) -> Output {
        normalize(input, segments: [Segment(range: 0..<input.count)])
    }

    private struct State {
        var output: [UInt8] = []
        var lines: [PageLine] = []
        var mayNeedComposition = false
        // The line being built.
        var lineStart = 0
        var flags: PageLine.Flags = []
        var linkFraction: Float = 0
        var pendingSpace = false
        var blankLines = 0

        init(capacity: Int) {
            output.reserveCapacity(capacity)
        }

        var atLineStart: Bool { output.count == lineStart }

        mutating func run(_ input: UnsafeBufferPointer<UInt8>, _ segment: Segment) {
            beginLine(segment.flags, segment.linkFraction)
            var index = segment.range.lowerBound
            let end = segment.range.upperBound
            while index < end {
                let byte = input[index]
                if byte >= 0x21, byte < 0x7F {
                    // Printable ASCII: the common case.
                    if atLineStart, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"),
                       index + 1 == end || input[index + 1] == 0x20 || input[index + 1] == 0x0A || input[index + 1] == 0x09 {
                        // A list marker, unless it begins a word ("-5 degrees" has no space).
                        flags.insert(.bulleted)
                        index += 1
                        continue
                    }
                    if pendingSpace {
                        output.append(0x20)
                        pendingSpace = false
                    }
                    output.append(byte)
                    index += 1
                    continue
                }
                if byte < 0x80 {
                    switch byte {
                    case 0x0A:
                        endLine(segment)
                    case 0x0D:
                        endLine(segment)
                        if index + 1 < end, input[index + 1] == 0x0A { index += 1 }
                    case 0x20, 0x09, 0x0B, 0x0C:
                        if !atLineStart { pendingSpace = true }
                    default:
                        break  // other control characters and DEL are dropped
                    }
                    index += 1
                    continue
                }
                index = special(input, index, end, segment)
            }
            endLine(segment)
            // A new segment is a new paragraph.
            blankLines = 1
        }

        /// Handles the non-ASCII sequence at `index`; returns the index after it.
        mutating func special(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ segment: Segment) -> Int {
            let lead = input[index]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard index + length <= end else {
                emit(input, index, end)
                return end
            }
            let second = length > 1 ? input[index + 1] : 0
            let third = length > 2 ? input[index + 2] : 0
            switch (lead, second) {
            case (0xC2, 0xA0):
                space()
            case (0xC2, 0xAD):
                break  // soft hyphen
            case (0xC2, 0x85):
                endLine(segment)  // NEL
            case (0xC2, 0x80...0x9F):
                break  // C1 controls
            case (0xCC, _), (0xCD, 0x80...0xAF):
                mayNeedComposition = true
                emit(input, index, index + length)
            case (0xE1, 0x84...0x87):
                mayNeedComposition = true  // conjoining Hangul jamo
                emit(input, index, index + length)
            case (0xE1, 0xB7):
                mayNeedComposition = true  // U+1DC0-1DFF combining supplement
                emit(input, index, index + length)
            case (0xE3, 0x82) where third == 0x99 || third == 0x9A:
                mayNeedComposition = true  // kana voicing marks
                emit(input, index, index + length)
            case (0xE3, 0x80) where third == 0x80:
                space()  // ideographic space
            case (0xEF, 0xBB) where third == 0xBF:
                break  // byte order mark / zero-width no-break space
            case (0xEF, 0xB8) where third >= 0xA0 && third <= 0xAF:
                mayNeedComposition = true
                emit(input, index, index + length)
            case (0xE2, 0x80):
                general(third, input, index, segment)
            case (0xE2, 0x81):
                switch third {
                case 0x83: bullet(segment)  // ⁃
                case 0x9F: space()  // medium mathematical space
                case 0xA0...0xA4, 0xAA...0xAF: break  // word joiner, invisible operators, deprecated format
                default: emit(input, index, index + length)
                }
            case (0xE2, 0x83) where third >= 0x90:
                mayNeedComposition = true  // combining marks for symbols
                emit(input, index, index + length)
            case (0xE2, 0x96) where third == 0xA0 || third == 0xAA || third == 0xB6 || third == 0xBA:
                bullet(segment)  // ■ ▪ ▶ ►
            case (0xE2, 0x97) where third == 0x8F || third == 0xA6 || third == 0x86:
                bullet(segment)  // ● ◦ ◆
            default:
                emit(input, index, index + length)
            }
            return index + length
        }

        /// U+2000 to U+203F.
        mutating func general(_ third: UInt8, _ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ segment: Segment) {
            switch third {
            case 0x80...0x8A, 0xAF: space()
            case 0x8B, 0x8E, 0x8F, 0xAA...0xAE: break  // zero-width space, direction marks and embeddings
            case 0x8C, 0x8D: emit(input, index, index + 3)  // ZWNJ, ZWJ
            case 0x90, 0x91: ascii(UInt8(ascii: "-"))
            case 0x98, 0x99, 0x9A, 0x9B: ascii(UInt8(ascii: "'"))
            case 0x9C, 0x9D, 0x9E, 0x9F: ascii(UInt8(ascii: "\""))
            case 0xA6:
                ascii(UInt8(ascii: "."))
                output.append(UInt8(ascii: "."))
                output.append(UInt8(ascii: "."))
            case 0xA2, 0xA3: bullet(segment)
            case 0xA8, 0xA9: endLine(segment)
            default: emit(input, index, index + 3)
            }
        }

        mutating func ascii(_ byte: UInt8) {
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(byte)
        }

        mutating func emit(_ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[from..<to]))
        }

        mutating func space() {
            if !atLineStart { pendingSpace = true }
        }

        mutating func bullet(_ segment: Segment) {
            if !atLineStart { endLine(segment) }
            flags.insert(.bulleted)
        }

        mutating func beginLine(_ segmentFlags: PageLine.Flags, _ fraction: Float) {
            lineStart = output.count
            flags = segmentFlags
            linkFraction = fraction
            pendingSpace = false
        }

        mutating func endLine(_ segment: Segment) {
            pendingSpace = false
            if output.count > lineStart || flags.contains(.bulleted) {
                var lineFlags = flags
                if blankLines > 0 || lines.isEmpty { lineFlags.insert(.blankBefore) }
                lines.append(PageLine(start: lineStart, end: output.count, flags: lineFlags, linkFraction: linkFraction))
                blankLines = 0
                if output.count > lineStart { output.append(0x0A) }
            } else {
                blankLines += 1
            }
            beginLine(segment.flags, segment.linkFraction)
        }
    }
}
