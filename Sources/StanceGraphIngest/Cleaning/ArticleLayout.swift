/// Where the article is among a page's lines: its title, where its body starts
/// and ends, and which lines in between are its text.
///
/// Judged from position, on top of what `LineClassifier` says of each line:
/// - The body starts at the first substantial paragraph (20 words or more
///   ending in sentence punctuation, or 30 words); before it is the head:
///   menus, the title, the byline, the dateline, captions, decks.
/// - The title is the first line when what follows it is furniture (a byline, a
///   dateline, counts) or it has no sentence punctuation; otherwise the head
///   line that is repeated, next to a byline or dateline, or the page's `h1`.
/// - The body ends at the first line after its start that begins what follows
///   an article: an end marker ("You may also like", "Sponsor"), a cookie
///   notice, a sign-off (byline, e-mail, copyright), a line with its own
///   byline and timestamp, a run of reaction widgets, a run of related items
///   (teasers, links, dates), or a dialogue that starts after plain prose (a
///   generated interview restating the article).
/// - Inside the body, furniture lines are dropped one by one, and trailing lines
///   that are not sentences are trimmed.
///
/// In a **region** (the lines of an HTML page's article, as `MainContentDetector`
/// found it from the page's structure) the position rules are gentler, since
/// what surrounds the article is gone already: the body starts at the first
/// line of text that is not the title, ends only at an end marker, a cookie
/// notice or a run of related items, and inside it every line of text is kept
/// (short ones too: list items, labels of a recipe or a table) while bylines,
/// stamps, captions and widgets are dropped one by one.
struct ArticleLayout {
    var title: Int?
    var byline: Int?
    var bodyStart: Int?
    /// The first line after the article (the line count when the article runs to the end).
    var bodyEnd: Int
    /// The lines of the article's text, in order.
    var bodyLines: [Int]

    /// A sentence of eight words or more: a short lead paragraph.
    static func isLeadSentence(_ line: ClassifiedLine) -> Bool {
        line.kind == .prose && line.features.endsWithTerminal && line.features.words >= 8
    }

    /// Strong prose: where a body can start.
    static func isSubstantial(_ line: ClassifiedLine) -> Bool {
        guard line.kind == .prose || line.kind == .dialogue else { return false }
        let features = line.features
        return (features.endsWithTerminal && features.words >= 20) || features.words >= 30
            || (features.endsWithTerminal && features.bytes >= 250)
    }

    /// A title's folded key and its length in bytes.
    struct TitleKey {
        var key: UInt64
        var length: Int
    }

    /// Finds the layout of `lines`; `knownTitle` is the title the input's metadata
    /// gave, and `key` the folded key of a line (nil for lines too long to be a title).
    static func find(_ lines: [ClassifiedLine], titleKey knownTitle: TitleKey?, region: Bool = false, keyOf key: (Int) -> UInt64?) -> ArticleLayout {
        var layout = ArticleLayout(title: nil, byline: nil, bodyStart: nil, bodyEnd: lines.count, bodyLines: [])
        guard !lines.isEmpty else { return layout }
        if region, let found = findInRegion(lines, titleKey: knownTitle, keyOf: key) { return found }
        func same(_ index: Int, _ title: TitleKey) -> Bool {
            ArticleLayout.same(lines, index, title, key)
        }
        func matchesKnownTitle(_ index: Int) -> Bool {
            guard let knownTitle else { return false }
            return same(index, knownTitle)
        }

        // The title by the first-line rule.
        if let first = lines.indices.first(where: { lines[$0].kind.isContent || lines[$0].kind == .fragment }),
           first == lines.indices.first(where: { !lines[$0].line.isEmpty }) {
            let line = lines[first]
            let next = lines.indices.dropFirst(first + 1).first { !lines[$0].line.isEmpty }
            let followedByFurniture = next.map { [.byline, .stamp, .dateline, .widget, .credit, .caption, .navigation].contains(lines[$0].kind) } ?? false
            let shortEnough = line.features.words <= 40 && line.features.words >= 2
            let hasMore = lines.indices.dropFirst(first + 1).contains { lines[$0].kind == .prose }
            if shortEnough, hasMore, line.kind != .dialogue,
               followedByFurniture || (!line.features.endsWithTerminal && line.kind == .heading) || matchesKnownTitle(first) {
                layout.title = first
            }
        }

        // Where the body starts.
        let searchFrom = (layout.title ?? -1) + 1
        layout.bodyStart = lines.indices.dropFirst(searchFrom).first { isSubstantial(lines[$0]) && !matchesKnownTitle($0) }
            ?? lines.indices.dropFirst(searchFrom).first { lines[$0].kind == .prose && !matchesKnownTitle($0) }
            ?? lines.indices.dropFirst(searchFrom).first { (lines[$0].kind == .heading || lines[$0].kind == .dialogue) && !matchesKnownTitle($0) }
        // Short sentences right before the first substantial paragraph are its lead.
        while let start = layout.bodyStart, start > searchFrom, isLeadSentence(lines[start - 1]), !matchesKnownTitle(start - 1) {
            layout.bodyStart = start - 1
        }
        guard let bodyStart = layout.bodyStart else {
            // No line reads as the article. Long lines judged furniture only by a
            // soft signal (a caption word, a copyright word, a teaser's ellipsis)
            // are kept rather than losing a one-paragraph text altogether.
            let soft: [LineKind] = [.caption, .stamp, .byline, .teaser, .link, .dateline]
            layout.bodyLines = lines.indices.filter { soft.contains(lines[$0].kind) && lines[$0].features.words >= 15 }
            layout.bodyStart = layout.bodyLines.first
            layout.bodyEnd = (layout.bodyLines.last ?? lines.count - 1) + 1
            return layout
        }

        // The title among the head's lines when the first line was not it.
        if layout.title == nil {
            layout.title = headTitle(lines, before: bodyStart, key: key) ?? lines.indices.prefix(bodyStart).first { matchesKnownTitle($0) }
        }
        let titleKey = layout.title.flatMap { index in key(index).map { TitleKey(key: $0, length: lines[index].features.bytes) } } ?? knownTitle
        let title = layout.title
        func isTitle(_ index: Int) -> Bool {
            guard index != title else { return true }
            guard let titleKey else { return false }
            return same(index, titleKey)
        }

        // The byline: in the head, else a sign-off at the end.
        layout.byline = lines.indices.prefix(bodyStart).first { lines[$0].kind == .byline }

        // Where the body ends.
        layout.bodyEnd = bodyEnd(lines, from: bodyStart)
        if layout.byline == nil, layout.bodyEnd < lines.count, lines[layout.bodyEnd].kind == .byline {
            layout.byline = layout.bodyEnd
        }

        // Decks: heading or prose lines right after the title, before the body.
        var body: [Int] = []
        if let title = layout.title, title < bodyStart {
            var index = title + 1
            while index < bodyStart {
                let line = lines[index]
                if isTitle(index) || [.byline, .dateline, .caption, .credit, .stamp].contains(line.kind) {
                    index += 1
                    continue
                }
                guard (line.kind == .heading || line.kind == .prose), line.features.words >= 6 else { break }
                body.append(index)
                index += 1
            }
        }
        // The body's own lines.
        for index in bodyStart..<layout.bodyEnd where !isTitle(index) {
            let line = lines[index]
            switch line.kind {
            case .prose, .dialogue:
                body.append(index)
            case .heading:
                if line.features.words >= 2 { body.append(index) }
            default:
                break
            }
        }
        // Trailing lines that are not sentences.
        while body.count > 1, let last = body.last, lines[last].kind == .heading,
              body.dropLast().contains(where: { lines[$0].kind == .prose }) {
            body.removeLast()
        }
        layout.bodyLines = body
        return layout
    }

    /// The layout of a region's lines, or nil when none is text.
    private static func findInRegion(_ lines: [ClassifiedLine], titleKey knownTitle: TitleKey?, keyOf key: (Int) -> UInt64?) -> ArticleLayout? {
        func isTitle(_ index: Int) -> Bool {
            guard let knownTitle else { return false }
            return same(lines, index, knownTitle, key)
        }
        func isText(_ line: ClassifiedLine) -> Bool {
            if line.line.flags.contains(.preformatted) { return true }
            switch line.kind {
            case .prose, .dialogue, .heading: return true
            case .fragment: return line.line.linkFraction < 0.5
            default: return false
            }
        }
        guard let start = lines.indices.first(where: { index in
            let line = lines[index]
            return (line.kind == .prose || line.kind == .dialogue || (line.kind == .heading && line.features.words >= 2)) && !isTitle(index)
        }) else { return nil }
        var layout = ArticleLayout(title: nil, byline: nil, bodyStart: start, bodyEnd: lines.count, bodyLines: [])
        layout.title = lines.indices.prefix(start).first { isTitle($0) } ?? headTitle(lines, before: start, key: key)
        layout.byline = lines.indices.prefix(start).first { lines[$0].kind == .byline }
        // The end: an end marker or a cookie notice followed by less than a
        // quarter as much running text as came before, or a run of related items
        // (lines mostly of links) followed by less than half as much: what
        // follows an article, not a pointer or a list inside it.
        var proseAfter = [Int](repeating: 0, count: lines.count + 1)
        for index in lines.indices.reversed() {
            let line = lines[index]
            let isProse = (line.kind == .prose || line.kind == .dialogue) && line.line.linkFraction < 0.5
            proseAfter[index] = proseAfter[index + 1] + (isProse ? line.features.words : 0)
        }
        func endsHere(_ index: Int, weight: Int) -> Bool {
            let before = proseAfter[start] - proseAfter[index]
            return proseAfter[index] * weight < before
        }
        var index = start + 1
        scan: while index < lines.count {
            switch lines[index].kind {
            case .endMarker, .cookie:
                // "Don't miss" between two paragraphs is a pointer inside the article.
                if endsHere(index, weight: 4) {
                    layout.bodyEnd = index
                    break scan
                }
            case .teaser, .link:
                let run = (index..<min(lines.count, index + 6)).prefix { [.teaser, .link, .dateline, .heading, .fragment, .stamp].contains(lines[$0].kind) }
                let items = run.filter { [.teaser, .link, .stamp].contains(lines[$0].kind) && lines[$0].line.linkFraction >= 0.5 }.count
                if run.count >= 3, items >= 2, endsHere(index, weight: 2) {
                    layout.bodyEnd = runStart(lines, index, start)
                    break scan
                }
            default:
                break
            }
            index += 1
        }
        if layout.byline == nil, layout.bodyEnd < lines.count, lines[layout.bodyEnd].kind == .byline {
            layout.byline = layout.bodyEnd
        }
        layout.bodyLines = (start..<layout.bodyEnd).filter { isText(lines[$0]) && !isTitle($0) && $0 != layout.title }
        // Trailing links and fragments.
        while layout.bodyLines.count > 1, let last = layout.bodyLines.last, !lines[last].line.flags.contains(.preformatted),
              lines[last].kind == .fragment || (lines[last].kind != .prose && lines[last].line.linkFraction >= 0.5) {
            layout.bodyLines.removeLast()
        }
        return layout
    }

    /// Whether line `index` reads as `title`: keys are only compared when the
    /// lengths allow it (folding drops punctuation, not whole words).
    private static func same(_ lines: [ClassifiedLine], _ index: Int, _ title: TitleKey, _ key: (Int) -> UInt64?) -> Bool {
        let length = lines[index].features.bytes
        guard length * 2 + 16 >= title.length, title.length * 2 + 16 >= length else { return false }
        return key(index) == title.key
    }

    /// The head line most like a title, if one is clearly so: scored on being
    /// repeated, being the page's `h1`, standing next to a byline or dateline,
    /// having counts or a caption under it, being the first or the last
    /// title-like line of the head, and being in title case; a line between
    /// menu words loses.
    private static func headTitle(_ lines: [ClassifiedLine], before bodyStart: Int, key: (Int) -> UInt64?) -> Int? {
        func isCandidate(_ line: ClassifiedLine) -> Bool {
            (line.kind == .heading || (line.kind == .prose && line.features.words <= 40)) && line.features.words >= 3
        }
        let candidates = (0..<bodyStart).filter { isCandidate(lines[$0]) }
        var best: (score: Int, index: Int)?
        for index in candidates {
            let line = lines[index]
            var score = 0
            if let lineKey = key(index) {
                let title = TitleKey(key: lineKey, length: line.features.bytes)
                if (0..<min(lines.count, bodyStart + 2)).contains(where: { $0 != index && same(lines, $0, title, key) }) { score += 3 }
            }
            if line.line.flags.contains(.topHeading) { score += 3 }
            let previous = index > 0 ? lines[index - 1].kind : nil
            let next = index + 1 < lines.count ? lines[index + 1].kind : nil
            let metadataKinds: [LineKind] = [.byline, .dateline, .stamp]
            if let previous, metadataKinds.contains(previous) { score += 2 }
            if let next, metadataKinds.contains(next) { score += 2 }
            if let next, next == .widget || next == .caption { score += 1 }
            // Being first or last only counts for headline-like lines, not sentences.
            let headlineLike = line.kind == .heading || !line.features.endsWithTerminal
            if headlineLike, index == candidates.first { score += 1 }
            if headlineLike, index == candidates.last, !(index + 1..<bodyStart).contains(where: { lines[$0].kind == .prose }) { score += 1 }
            if line.features.capitalizedWords * 2 >= line.features.words { score += 1 }
            let menuKinds: [LineKind] = [.fragment, .navigation]
            if let previous, let next, menuKinds.contains(previous), menuKinds.contains(next) { score -= 2 }
            if score >= 2, score > (best?.score ?? Int.min) { best = (score, index) }
        }
        return best?.index
    }

    /// The first line after the article that starts at `bodyStart`.
    private static func bodyEnd(_ lines: [ClassifiedLine], from bodyStart: Int) -> Int {
        var plainProse = lines[bodyStart].kind == .prose ? 1 : 0
        var index = bodyStart + 1
        while index < lines.count {
            let line = lines[index]
            switch line.kind {
            case .endMarker, .cookie, .stamp, .byline:
                return index
            case .widget:
                // A run of reactions or sharing buttons.
                if (index + 1 < lines.count && lines[index + 1].kind == .widget) || (index + 2 < lines.count && lines[index + 2].kind == .widget) {
                    return index
                }
            case .teaser, .link, .dateline:
                // A run of related items.
                let run = (index..<min(lines.count, index + 6)).prefix { [.teaser, .link, .dateline, .heading, .fragment, .stamp].contains(lines[$0].kind) }
                let items = run.filter { [.teaser, .link, .dateline, .stamp].contains(lines[$0].kind) }.count
                if run.count >= 3, items >= 2 {
                    return runStart(lines, index, bodyStart)
                }
            case .dialogue:
                // A dialogue after plain prose: an interview about the article.
                let run = (index..<min(lines.count, index + 3)).prefix { lines[$0].kind == .dialogue }
                if run.count >= 3, plainProse >= 2 {
                    return runStart(lines, index, bodyStart)
                }
            case .prose:
                plainProse += 1
            default:
                break
            }
            index += 1
        }
        return lines.count
    }

    /// Moves a cut back over the headings (and questions) that introduce what follows.
    private static func runStart(_ lines: [ClassifiedLine], _ index: Int, _ bodyStart: Int) -> Int {
        var start = index
        while start - 1 > bodyStart {
            let previous = lines[start - 1]
            let isQuestion = previous.kind == .prose && previous.features.endsWithQuestion && previous.features.words <= 30
                && previous.features.innerSentenceEnds == 0
            guard previous.kind == .heading || previous.kind == .fragment || isQuestion else { break }
            start -= 1
        }
        return start
    }
}
