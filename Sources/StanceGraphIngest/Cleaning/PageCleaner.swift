import Foundation
import StanceGraphModel

/// Separates an article from the page around it: normalizes the text, drops
/// page furniture (menus, widgets, cookie notices, related items, sponsors,
/// captions), and keeps the title, byline and dateline as metadata.
///
/// Works in passes over UTF-8 bytes: `TextNormalizer` (one pass, lines),
/// `LineClassifier` (one pass per line), `ArticleLayout` (over lines). HTML is
/// first reduced to blocks of text by `HTMLTextExtractor`.
public struct PageCleaner: Sendable {
    public init() {}

    /// The cleaned page of `raw`.
    public func clean(_ raw: RawDocument) -> CleanedPage {
        let result = clean(raw, knownTitle: raw.fields.title, needsDate: true)
        var page = result.page
        page.body = String(decoding: result.body, as: UTF8.self)
        return page
    }

    /// A cleaned page and its body as UTF-8 bytes (what the sentence splitter and
    /// the extractor work on); `page.body` is left empty, the bytes are the body.
    struct Result {
        var page: CleanedPage
        var body: [UInt8]
        /// The body as a String when it is the input's text unchanged (no need to
        /// decode the bytes again). Spelled `Optional<String>`, with no implicit
        /// default of nil, so the result is built once and not copied.
        var text: Optional<String>
    }

    /// Cleans `raw`; `knownTitle` (from metadata) is dropped from the body, and
    /// dates are only looked for when `needsDate`. `fastPath` is for tests that
    /// check the fast path against the general one.
    func clean(_ raw: RawDocument, knownTitle: String?, needsDate: Bool, fastPath: Bool = true) -> Result {
        if fastPath, raw.format == .text, let fast = singleParagraph(raw.content, knownTitle: knownTitle, needsDate: needsDate) {
            return fast
        }
        var result = cleanOnce(raw.content, format: raw.format, knownTitle: knownTitle, needsDate: needsDate)
        if result.mayNeedComposition {
            // Decomposed text (e + U+0301): compose to NFC and clean again.
            let composed = raw.content.precomposedStringWithCanonicalMapping
            if composed != raw.content || composed.utf8.count != raw.content.utf8.count {
                result = cleanOnce(composed, format: raw.format, knownTitle: knownTitle, needsDate: needsDate)
            }
        }
        return Result(page: result.page, body: result.body, text: nil)
    }

    /// The fast path for the commonest input of a large corpus: a text that is
    /// one paragraph of prose already in normal form (a JSON Lines record's
    /// body). It gives what the general path gives for it (the paragraph is the
    /// body; no title, byline or head), without building lines.
    ///
    /// A paragraph that reads as the known title is no article (the general path
    /// drops it as the title and finds no body): the general path handles it.
    /// The test is the general path's (`ArticleLayout.same`): the title is only
    /// compared with a paragraph of a comparable length, by folded key.
    private func singleParagraph(_ original: String, knownTitle: String?, needsDate: Bool) -> Result? {
        var content = original
        return content.withUTF8 { input -> Result? in
            // The paragraph's shape serves both the normal-form check and the line's measurement.
            let shape = input.count > LineFeatures.shapeBytes ? ByteScan.shape(in: input, 0..<input.count) : nil
            guard TextNormalizer.isNormalizedParagraph(input, shape: shape) else { return nil }
            var tokens: [DateToken] = []
            let line = LineClassifier.classify(input, PageLine(start: 0, end: input.count, flags: .blankBefore), shape: shape, tokens: &tokens)
            guard line.kind == .prose || line.kind == .dialogue else { return nil }
            if let knownTitle, Self.comparable(line.features.bytes, knownTitle.utf8.count) {
                let title = Self.titleKey(of: knownTitle)
                let key = line.key ?? (line.features.bytes <= Self.titleBytes && line.features.words <= 40 ? PhraseKey.key(input, line.line.range) : nil)
                if Self.comparable(line.features.bytes, title.length), key == title.key { return nil }
            }
            var page = CleanedPage(body: "")
            page.title = knownTitle
            if needsDate {
                var candidates: [ArticleDateFinder.Candidate] = []
                if let prefix = Self.datelinePrefix(input, 0..<input.count) {
                    tokens.removeAll(keepingCapacity: true)
                    DateTokenizer.tokenize(input, prefix, into: &tokens)
                    for mention in AbsoluteDateScanner.scan(tokens, partial: false) {
                        if let date = mention.date { candidates.append(.init(date: date, label: mention.label, line: 0)) }
                    }
                }
                let (date, warning) = ArticleDateFinder.choose(candidates)
                page.dateline = date
                if let warning { page.warnings.append(warning) }
            }
            if let opening = Self.wireDateline(input, 0..<input.count) {
                page.metadata[Self.datelineField] = opening.text
                return Result(page: page, body: Array(input[opening.bodyStart...]), text: nil)
            }
            // The body is the input's text as it is.
            return Result(page: page, body: Array(input), text: original)
        }
    }

    private struct Pass {
        var page: CleanedPage
        var body: [UInt8]
        /// The body is the whole normalized text (not copied into `body` yet).
        var wholeText: Bool
        var mayNeedComposition: Bool
    }

    private func cleanOnce(_ content: String, format: RawDocument.Format, knownTitle: String?, needsDate: Bool) -> Pass {
        var content = content
        return content.withUTF8 { input -> Pass in
            switch format {
            case .text:
                var normalized = TextNormalizer.normalize(input)
                TextNormalizer.unwrap(&normalized)
                return clean(normalized, html: nil, knownTitle: knownTitle, needsDate: needsDate)
            case .html:
                let extraction = HTMLTextExtractor.extract(input)
                let title = knownTitle ?? Self.title(of: extraction)
                let normalized = extraction.text.withUnsafeBufferPointer {
                    TextNormalizer.normalize($0, segments: extraction.segments)
                }
                let pass = clean(normalized, html: extraction, region: extraction.method != .wholePage, knownTitle: title, needsDate: needsDate)
                guard pass.body.isEmpty else { return pass }
                // The region left no article text: the line-based cleaner reads
                // every block that is not furniture, as it did before regions.
                let whole = extraction.text.withUnsafeBufferPointer {
                    TextNormalizer.normalize($0, segments: extraction.fallbackSegments)
                }
                let fallback = clean(whole, html: extraction, region: false, knownTitle: title, needsDate: needsDate)
                return fallback.body.isEmpty ? pass : fallback
            }
        }
    }

    private func clean(_ normalized: TextNormalizer.Output, html: HTMLExtraction?, region: Bool = false, knownTitle: String?, needsDate: Bool) -> Pass {
        var pass = normalized.bytes.withUnsafeBufferPointer { text -> Pass in
            var tokens: [DateToken] = []
            let lines = normalized.lines.map { LineClassifier.classify(text, $0, tokens: &tokens) }
            // The known title's key, unless no line is near its length.
            let titleBytes = knownTitle?.utf8.count ?? 0
            let comparable = lines.contains { Self.comparable($0.features.bytes, titleBytes) }
            let knownKey = knownTitle.flatMap { title -> ArticleLayout.TitleKey? in
                guard comparable else { return nil }
                return Self.titleKey(of: title)
            }
            // The folded key of a line short enough to be a title, computed once.
            var keys: [UInt64?] = []
            var keyed: [Bool] = []
            let layout = ArticleLayout.find(lines, titleKey: knownKey, region: region) { index in
                let line = lines[index]
                if let key = line.key { return key }
                guard line.features.bytes <= Self.titleBytes, line.features.words <= 40 else { return nil }
                if keys.isEmpty {
                    keys = [UInt64?](repeating: nil, count: lines.count)
                    keyed = [Bool](repeating: false, count: lines.count)
                }
                if !keyed[index] {
                    keys[index] = PhraseKey.key(text, line.line.range)
                    keyed[index] = true
                }
                return keys[index]
            }

            // A wire dateline opening the body ("SEOUL, March 16 (Yonhap) --") is
            // metadata; looked for in the first line, or the second after a headline.
            var opening: (line: Int, dateline: WireDateline)?
            for (position, index) in layout.bodyLines.prefix(2).enumerated() {
                if let found = Self.wireDateline(text, lines[index].line.range) {
                    opening = (index, found)
                    break
                }
                if position == 0, lines[index].features.endsWithTerminal { break }
            }
            var body: [UInt8] = []
            let wholeText = opening == nil && !lines.isEmpty && layout.bodyLines.count == lines.count
                && !lines.contains(where: \.line.isEmpty)
            if !wholeText {
                body.reserveCapacity(normalized.bytes.count)
                for index in layout.bodyLines {
                    if !body.isEmpty { body.append(0x0A) }
                    var range = lines[index].line.range
                    if let opening, opening.line == index { range = opening.dateline.bodyStart..<range.upperBound }
                    body.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
                }
            }

            var page = CleanedPage(body: "")
            if let opening { page.metadata[Self.datelineField] = opening.dateline.text }
            page.title = knownTitle ?? layout.title.map { String(decoding: UnsafeBufferPointer(rebasing: text[lines[$0].line.range]), as: UTF8.self) }
            page.byline = layout.byline.flatMap { Self.bylineName(text, lines[$0].line.range) } ?? html?.byline.flatMap(Self.cleanByline)
            if let html { page.metadata.merge(html.metadata) { kept, _ in kept } }
            if needsDate {
                let (date, warning) = ArticleDateFinder.choose(Self.dateCandidates(text, lines, layout, tokens: &tokens))
                page.dateline = date
                if let warning { page.warnings.append(warning) }
            }
            return Pass(page: page, body: body, wholeText: wholeText, mayNeedComposition: normalized.mayNeedComposition)
        }
        if pass.wholeText {
            // Every line is the article's: the normalized text is the body as it is.
            pass.body = normalized.bytes
        }
        return pass
    }

    /// Lines longer than this cannot be a title.
    static let titleBytes = 400

    /// Whether a line and a title have lengths close enough for the line to be
    /// the title (folding drops punctuation, not whole words; see `ArticleLayout.same`).
    static func comparable(_ lineBytes: Int, _ titleBytes: Int) -> Bool {
        lineBytes * 2 + 16 >= titleBytes && titleBytes * 2 + 16 >= lineBytes
    }

    /// A known title's folded key and length, normalized as the text is.
    static func titleKey(of title: String) -> ArticleLayout.TitleKey {
        let normalizedTitle = Array(title.utf8).withUnsafeBufferPointer { TextNormalizer.normalize($0) }
        let length = normalizedTitle.bytes.last == 0x0A ? normalizedTitle.bytes.count - 1 : normalizedTitle.bytes.count
        let key = normalizedTitle.bytes.withUnsafeBufferPointer { PhraseKey.key($0, 0..<length) }
        return ArticleLayout.TitleKey(key: key, length: length)
    }

    /// Dates near the top: in the head's datelines, stamps, bylines, captions
    /// and credits, in the same kinds of line among the body's first three, and
    /// in a dateline opening the first paragraph ("SEOUL, June 21, 2024 —").
    /// Nothing after the body's end, nothing from titles or running text.
    private static func dateCandidates(
        _ text: UnsafeBufferPointer<UInt8>, _ lines: [ClassifiedLine], _ layout: ArticleLayout, tokens: inout [DateToken]
    ) -> [ArticleDateFinder.Candidate] {
        var candidates: [ArticleDateFinder.Candidate] = []
        let bodyStart = layout.bodyStart ?? lines.count
        let top = min(layout.bodyEnd, bodyStart + 3)
        let headLimit = min(bodyStart, 40)
        let datedKinds: [LineKind] = [.dateline, .stamp, .byline, .caption, .credit]
        func add(_ index: Int, _ range: Range<Int>) {
            tokens.removeAll(keepingCapacity: true)
            DateTokenizer.tokenize(text, range, into: &tokens)
            for mention in AbsoluteDateScanner.scan(tokens, partial: false) {
                if let date = mention.date { candidates.append(.init(date: date, label: mention.label, line: index)) }
            }
        }
        for index in 0..<headLimit where datedKinds.contains(lines[index].kind) {
            add(index, lines[index].line.range)
        }
        for index in bodyStart..<top where datedKinds.contains(lines[index].kind) && lines[index].kind != .stamp {
            add(index, lines[index].line.range)
        }
        if bodyStart < lines.count, let prefix = datelinePrefix(text, lines[bodyStart].line.range) {
            add(bodyStart, prefix)
        }
        return candidates
    }

    /// The dateline that opens a paragraph: the text before an em dash, " -- "
    /// or " - " in its first 100 bytes.
    private static func datelinePrefix(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        let limit = min(range.upperBound, range.lowerBound + 100)
        while index + 2 < limit {
            // Only an 0xE2 or a space before '-' can start a dash: skip to the next one.
            index = ByteScan.nextDashStart(in: text, from: index, to: limit)
            guard index + 2 < limit else { break }
            if text[index] == 0xE2, text[index + 1] == 0x80, text[index + 2] == 0x94 || text[index + 2] == 0x93 {
                return range.lowerBound..<index
            }
            if text[index] == 0x20, text[index + 1] == UInt8(ascii: "-"),
               text[index + 2] == 0x20 || (text[index + 2] == UInt8(ascii: "-") && index + 3 < limit && text[index + 3] == 0x20) {
                return range.lowerBound..<index
            }
            index += 1
        }
        return nil
    }

    /// The metadata field that keeps a wire dateline taken off the body.
    static let datelineField = "dateline"

    /// A wire-service dateline opening a paragraph and where the article's text
    /// starts after it.
    struct WireDateline {
        var text: String
        var bodyStart: Int
    }

    /// The dateline of wire copy ("SEOUL, March 16 (Yonhap) --", "KYIV, Ukraine
    /// (AP) —", "Paris (AFP) -"): before the first dash of the paragraph, a place
    /// in capitals or an agency in brackets, a few words with no sentence in them.
    /// Prose that happens to hold a dash early ("Russia's attack - the largest",
    /// "NATO - the alliance - said") is not one: its first word is not in
    /// capitals followed by a comma or a date, and it names no agency.
    static func wireDateline(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WireDateline? {
        guard let prefix = datelinePrefix(text, range), !prefix.isEmpty else { return nil }
        var words = 0
        var inWord = false
        var firstWordLetters = 0
        var firstWordUpper = true
        var hasCommaOrDigit = false
        for index in prefix {
            let byte = text[index]
            if byte == UInt8(ascii: ",") || (byte >= 0x30 && byte <= 0x39) { hasCommaOrDigit = true }
            if byte == 0x20 {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if words == 1, byte != UInt8(ascii: ","), byte != UInt8(ascii: ".") {
                    if byte >= 0x61 && byte <= 0x7A { firstWordUpper = false }
                    if byte >= 0x41 && byte <= 0x5A { firstWordLetters += 1 }
                }
                // A question or exclamation before the dash: not a dateline.
                if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return nil }
            }
        }
        var end = prefix.upperBound
        while end > prefix.lowerBound, text[end - 1] == 0x20 { end -= 1 }
        let agency = end > prefix.lowerBound && text[end - 1] == UInt8(ascii: ")")
        // A capitalized word alone could be an acronym opening prose ("NATO - the
        // alliance - said"): a place in capitals needs a region or a date after it.
        guard words <= 12, agency || (firstWordUpper && firstWordLetters >= 2 && hasCommaOrDigit) else { return nil }
        // Past the dash (one byte, "--" or a three-byte em or en dash) and the spaces after it.
        var start = prefix.upperBound
        while start < range.upperBound, text[start] == 0x20 { start += 1 }
        if start < range.upperBound, text[start] == 0xE2 { start += 3 } else {
            while start < range.upperBound, text[start] == UInt8(ascii: "-") { start += 1 }
        }
        while start < range.upperBound, text[start] == 0x20 { start += 1 }
        guard start < range.upperBound else { return nil }
        let dateline = String(decoding: UnsafeBufferPointer(rebasing: text[prefix.lowerBound..<end]), as: UTF8.self)
        return WireDateline(text: dateline, bodyStart: start)
    }

    /// The name in an author line: without "By", "Reporter", e-mail addresses,
    /// dates and what follows them.
    static func bylineName(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        cleanByline(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self))
    }

    static func cleanByline(_ line: String) -> String? {
        var words = line.split(separator: " ").map(String.init)
        let openers: Set<String> = ["by", "von", "par", "por", "door", "av", "reporter", "reporters", "correspondent", "author",
                                    "authors", "autor", "autorul", "автор", "корреспондент", "written", "posted", "story", "text",
                                    "words", "reported", "report", "edited", "reporting", "additional", "with", "and"]
        while let first = words.first, openers.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            words.removeFirst()
        }
        var name: [String] = []
        for word in words {
            let lower = word.lowercased()
            if lower.contains("@") || lower.hasPrefix("[email") || lower.hasPrefix("(email") || lower.contains("protected")
                || word.first?.isNumber == true || word == "|" || word == "/" || word == "-" || lower.hasPrefix("http") {
                break
            }
            name.append(word)
        }
        // "홍길동 기자": the Korean title after a name goes; "Asia correspondent" stays as it is.
        let closers: Set<String> = ["기자", "특파원"]
        while name.count > 1, let last = name.last, closers.contains(last) { name.removeLast() }
        let joined = name.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|-"))
        return joined.isEmpty ? nil : joined
    }

    /// An HTML page's title: `og:title`, the first `h1`, JSON-LD `headline`, or
    /// `<title>` without its " | Site name" part.
    static func title(of extraction: HTMLExtraction) -> String? {
        if let title = extraction.page?.title?.text { return title }
        for candidate in [extraction.metadata["og:title"], extraction.headline, extraction.metadata["ld:headline"], extraction.metadata["twitter:title"]] {
            if let title = candidate?.trimmingSpaces(), !title.isEmpty { return title }
        }
        guard let documentTitle = extraction.documentTitle?.trimmingSpaces(), !documentTitle.isEmpty else { return nil }
        var parts = [documentTitle]
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.max { $0.count < $1.count }
    }
}
