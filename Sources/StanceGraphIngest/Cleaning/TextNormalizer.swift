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
        /// The lines, each followed by a line break except the last.
        var bytes: [UInt8]
        var lines: [PageLine]
        /// Whether some text may not be in NFC (see the type's documentation).
        var mayNeedComposition: Bool
    }

    /// Normalizes `segments` of `input` (every segment is a run of lines).
    ///
    /// - Complexity: O(n) in the input's length.
    static func normalize(_ input: UnsafeBufferPointer<UInt8>, segments: some Collection<Segment>) -> Output {
        // Every rule maps input bytes to as many output bytes or fewer, except
        // the line break that closes each segment.
        let capacity = input.count + segments.count + 16
        var lines: [PageLine] = []
        var mayNeedComposition = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initializedCount in
            guard let base = buffer.baseAddress else {
                initializedCount = 0
                return
            }
            var state = State(output: base)
            for segment in segments {
                state.run(input, segment)
            }
            // Lines are separated by one line break; none follows the last.
            initializedCount = state.count > 0 && base[state.count - 1] == 0x0A ? state.count - 1 : state.count
            lines = state.lines
            mayNeedComposition = state.mayNeedComposition
        }
        return Output(bytes: bytes, lines: lines, mayNeedComposition: mayNeedComposition)
    }

    /// Normalizes plain text as one segment.
    static func normalize(_ input: UnsafeBufferPointer<UInt8>) -> Output {
        normalize(input, segments: CollectionOfOne(Segment(range: 0..<input.count)))
    }

    /// Joins the lines of hard-wrapped plain text back into paragraphs, in place:
    /// a line continues into the next (no blank line between, no bullet) when the
    /// next starts with a lower-case letter and this one is long and does not end
    /// a sentence, or, in text wrapped at a fixed width (many lines of 55 to 100
    /// bytes, none longer), whenever no blank line separates them.
    static func unwrap(_ output: inout Output) {
        guard output.lines.count > 1 else { return }
        let lengths = output.lines.map(\.count)
        let wrappedLines = zip(output.lines, output.lines.dropFirst()).filter { line, next in
            (55...100).contains(line.count) && !next.flags.contains(.blankBefore)
        }.count
        let fixedWidth = wrappedLines >= 3 && (lengths.max() ?? 0) <= 100
        var merged: [PageLine] = []
        merged.reserveCapacity(output.lines.count)
        output.bytes.withUnsafeMutableBufferPointer { bytes in
            for line in output.lines {
                guard var last = merged.last, last.end + 1 == line.start, !line.isEmpty, !last.isEmpty,
                      !line.flags.contains(.blankBefore), !line.flags.contains(.bulleted) else {
                    merged.append(line)
                    continue
                }
                let first = bytes[line.start]
                let ending = bytes[last.end - 1]
                let endsSentence = ending == UInt8(ascii: ".") || ending == UInt8(ascii: "!") || ending == UInt8(ascii: "?")
                    || ending == UInt8(ascii: ":") || ending == UInt8(ascii: "\"")
                let lowerCaseContinuation = first >= 97 && first <= 122 && last.count >= 40 && !endsSentence
                    && !LineClassifier.startsWithBylineOpener(UnsafeBufferPointer(bytes), line.range)
                let continues = lowerCaseContinuation || fixedWidth
                guard continues else {
                    merged.append(line)
                    continue
                }
                bytes[last.end] = 0x20
                last.end = line.end
                merged[merged.count - 1] = last
            }
        }
        output.lines = merged
    }

    /// What normalization does with a multi-byte sequence.
    enum Action: Equatable {
        /// Copied as it is.
        case keep
        /// Copied, but the text may need composing to NFC.
        case compose
        case space
        case drop
        case lineBreak
        case bullet
        /// Replaced by one ASCII byte (quotes, hyphens).
        case ascii(UInt8)
        /// Replaced by "...".
        case ellipsis
    }

    /// The action for the `length`-byte sequence at `index` (see the type's documentation).
    @inline(__always)
    static func action(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> Action {
        let lead = input[index]
        let second = length > 1 ? input[index + 1] : 0
        let third = length > 2 ? input[index + 2] : 0
        switch (lead, second) {
        case (0xC2, 0xA0): return .space
        case (0xC2, 0xAD): return .drop  // soft hyphen
        case (0xC2, 0x85): return .lineBreak  // NEL
        case (0xC2, 0x80...0x9F): return .drop  // C1 controls
        case (0xCC, _), (0xCD, 0x80...0xAF): return .compose  // combining diacritics
        case (0xE1, 0x84...0x87): return .compose  // conjoining Hangul jamo
        case (0xE1, 0xB7): return .compose  // U+1DC0-1DFF combining supplement
        case (0xE3, 0x82) where third == 0x99 || third == 0x9A: return .compose  // kana voicing marks
        case (0xE3, 0x80) where third == 0x80: return .space  // ideographic space
        case (0xEF, 0xBB) where third == 0xBF: return .drop  // byte order mark / zero-width no-break space
        case (0xEF, 0xB8) where third >= 0xA0 && third <= 0xAF: return .compose  // combining half marks
        case (0xE2, 0x80):
            // U+2000 to U+203F.
            switch third {
            case 0x80...0x8A, 0xAF: return .space
            case 0x8B, 0x8E, 0x8F, 0xAA...0xAE: return .drop  // zero-width space, direction marks and embeddings
            case 0x90, 0x91: return .ascii(UInt8(ascii: "-"))
            case 0x98, 0x99, 0x9A, 0x9B: return .ascii(UInt8(ascii: "'"))
            case 0x9C, 0x9D, 0x9E, 0x9F: return .ascii(UInt8(ascii: "\""))
            case 0xA6: return .ellipsis
            case 0xA2, 0xA3: return .bullet
            case 0xA8, 0xA9: return .lineBreak
            default: return .keep  // ZWNJ, ZWJ, dashes, daggers...
            }
        case (0xE2, 0x81):
            switch third {
            case 0x83: return .bullet  // ⁃
            case 0x9F: return .space  // medium mathematical space
            case 0xA0...0xA4, 0xAA...0xAF: return .drop  // word joiner, invisible operators, deprecated format
            default: return .keep
            }
        case (0xE2, 0x83) where third >= 0x90: return .compose  // combining marks for symbols
        case (0xE2, 0x96) where third == 0xA0 || third == 0xAA || third == 0xB6 || third == 0xBA: return .bullet  // ■ ▪ ▶ ►
        case (0xE2, 0x97) where third == 0x8F || third == 0xA6 || third == 0x86: return .bullet  // ● ◦ ◆
        default: return .keep
        }
    }

    /// Whether `input` is one paragraph that normalization would leave exactly
    /// as it is: no line break, no control character, single spaces, nothing
    /// to trim, no list marker, and only multi-byte characters that are kept.
    /// Such text (a JSON Lines record's usual body) can skip normalization.
    ///
    /// When the caller has the input's `shape` already (it is measured for
    /// classifying the line anyway), plain text (printable ASCII, single
    /// spaces) is known normalized without another scan; only the rest
    /// (multi-byte characters, controls, double spaces) is scanned again.
    ///
    /// - Complexity: O(n); plain ASCII is checked sixteen bytes at a time.
    static func isNormalizedParagraph(_ input: UnsafeBufferPointer<UInt8>, shape: ByteScan.Shape? = nil) -> Bool {
        let end = input.count
        guard end > 0, input[0] != 0x20, input[end - 1] != 0x20 else { return false }
        let first = input[0]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+"), end == 1 || input[1] == 0x20 {
            return false
        }
        if let shape, !shape.presence.notPlain { return true }
        var index = 0
        while index < end {
            index += ByteScan.plainRun(in: input, from: index, to: end)
            guard index < end else { break }
            let byte = input[index]
            if byte == 0x20 {
                if index + 1 < end, input[index + 1] == 0x20 { return false }
                index += 1
            } else if byte >= 0x21, byte < 0x7F {
                index += 1
            } else if byte < 0x80 {
                return false  // a line break, tab or other control
            } else {
                let length = DateTokenizer.sequenceLength(byte)
                guard index + length <= end, action(input, index, length) == .keep else { return false }
                index += length
            }
        }
        return true
    }

    private struct State {
        let output: UnsafeMutablePointer<UInt8>
        var count = 0
        var lines: [PageLine] = []
        var mayNeedComposition = false
        // The line being built.
        var lineStart = 0
        var flags: PageLine.Flags = []
        var linkFraction: Float = 0
        var pendingSpace = false
        var blankLines = 0

        init(output: UnsafeMutablePointer<UInt8>) {
            self.output = output
        }

        var atLineStart: Bool {
            @inline(__always) get { count == lineStart }
        }

        @inline(__always)
        mutating func put(_ byte: UInt8) {
            output[count] = byte
            count += 1
        }

        mutating func run(_ input: UnsafeBufferPointer<UInt8>, _ segment: Segment) {
            beginLine(segment.flags, segment.linkFraction)
            var index = segment.range.lowerBound
            let end = segment.range.upperBound
            while index < end {
                let byte = input[index]
                if byte >= 0x21, byte < 0x7F {
                    // Printable ASCII: the common case, copied as a run.
                    if count == lineStart, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"),
                       index + 1 == end || input[index + 1] == 0x20 || input[index + 1] == 0x0A || input[index + 1] == 0x09 {
                        // A list marker, unless it begins a word ("-5 degrees" has no space).
                        flags.insert(.bulleted)
                        index += 1
                        continue
                    }
                    if pendingSpace {
                        put(0x20)
                        pendingSpace = false
                    }
                    // Whole blocks of plain text are copied at once.
                    let run = ByteScan.plainRun(in: input, from: index, to: end)
                    if run > 0, let source = input.baseAddress {
                        (output + count).update(from: source + index, count: run)
                        count += run
                        index += run
                        if output[count - 1] == 0x20 {
                            // A trailing space waits for what follows, as any space does.
                            count -= 1
                            pendingSpace = true
                        }
                        continue
                    }
                    put(byte)
                    index += 1
                    while index < end {
                        let next = input[index]
                        guard next >= 0x21, next < 0x7F else { break }
                        put(next)
                        index += 1
                    }
                    continue
                }
                if byte == 0x20 {
                    if count != lineStart {
                        // Preformatted text keeps its runs of spaces (trailing ones are trimmed at the line's end).
                        if segment.flags.contains(.preformatted) { put(0x20) } else { pendingSpace = true }
                    }
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
                    case 0x09, 0x0B, 0x0C:
                        if count != lineStart { pendingSpace = true }
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
            let length = DateTokenizer.sequenceLength(input[index])
            guard index + length <= end else {
                emit(input, index, end)
                return end
            }
            switch TextNormalizer.action(input, index, length) {
            case .keep:
                emit(input, index, index + length)
            case .compose:
                mayNeedComposition = true
                emit(input, index, index + length)
            case .space:
                space()
            case .drop:
                break
            case .lineBreak:
                endLine(segment)
            case .bullet:
                bullet(segment)
            case .ascii(let byte):
                ascii(byte)
            case .ellipsis:
                ascii(UInt8(ascii: "."))
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "."))
            }
            return index + length
        }

        mutating func ascii(_ byte: UInt8) {
            if pendingSpace {
                put(0x20)
                pendingSpace = false
            }
            put(byte)
        }

        mutating func emit(_ input: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
            if pendingSpace {
                put(0x20)
                pendingSpace = false
            }
            for offset in from..<to { put(input[offset]) }
        }

        mutating func space() {
            if count != lineStart { pendingSpace = true }
        }

        mutating func bullet(_ segment: Segment) {
            if count != lineStart { endLine(segment) }
            flags.insert(.bulleted)
        }

        mutating func beginLine(_ segmentFlags: PageLine.Flags, _ fraction: Float) {
            lineStart = count
            flags = segmentFlags
            linkFraction = fraction
            pendingSpace = false
        }

        mutating func endLine(_ segment: Segment) {
            pendingSpace = false
            if flags.contains(.preformatted) {
                while count > lineStart, output[count - 1] == 0x20 { count -= 1 }
            }
            if count > lineStart || flags.contains(.bulleted) {
                var lineFlags = flags
                if blankLines > 0 || lines.isEmpty { lineFlags.insert(.blankBefore) }
                lines.append(PageLine(start: lineStart, end: count, flags: lineFlags, linkFraction: linkFraction))
                blankLines = 0
                if count > lineStart { put(0x0A) }
            } else {
                blankLines += 1
            }
            beginLine(segment.flags, segment.linkFraction)
        }
    }
}
