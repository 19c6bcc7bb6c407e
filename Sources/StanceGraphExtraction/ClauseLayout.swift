/// The clauses of one sentence: which tokens belong together when the extractor
/// looks for a trigger's subject and object.
///
/// Clauses nest. Quotations, parentheses and comma-introduced relative clauses
/// (", who is visiting the U.S.,") are children of the clause around them; a
/// search that meets a child's tokens steps over them and goes on. Clauses that
/// follow one another are siblings: after ";" or ":", at "while", "but",
/// "although", at a content "that" ("the view that North Korea ..."), and after
/// a reporting verb ("said", "told") or a denial ("denied"), whose content is a
/// clause of its own. A search that meets a sibling's tokens stops there.
///
/// - Complexity: O(n) in the sentence's tokens, one pass with a stack.
struct ClauseLayout {
    enum Kind: UInt8 {
        case main
        /// Between quotation marks.
        case quote
        /// Between parentheses.
        case parenthetical
        /// ", who ...," / ", which ...,".
        case relative
        /// What a reporting verb, a denial or a content "that" introduces.
        case content
        /// After "while", "but", ";".
        case subordinate
    }

    /// Where a token stands from the point of view of a clause.
    enum Visibility {
        /// In the clause itself.
        case same
        /// In a clause nested inside it: step over.
        case nested
        /// In a clause before or after it: stop.
        case outside
    }

    /// One clause of the sentence.
    struct Clause {
        /// The clause it lies in; -1 for the main clause.
        var parent: Int32
        var kind: Kind
        /// Its first token.
        var start: Int
        /// The token before which a reporting or denial verb opened it, or -1.
        var introducedBy: Int
    }

    /// The first token of the sentence.
    let base: Int
    /// The clause of each token (index - base).
    private(set) var clauseOf: [Int32]
    /// The clauses, the main one first. One array of records rather than an array
    /// per field: each array is an allocation per analysed sentence.
    ///
    /// No default value: it would be allocated and then thrown away by
    /// `init(emptyAt:)`, which every analysed sentence makes.
    private(set) var clauses: [Clause]
    /// Whether the sentence opens inside a quotation that began in an earlier one.
    private(set) var continuesQuote = false

    var count: Int { clauses.count }

    /// A layout of no tokens and no clauses, to stand in until the real one is
    /// built; it allocates nothing.
    init(emptyAt base: Int) {
        self.base = base
        clauseOf = []
        clauses = []
    }

    init(tokens: [Token], range: Range<Int>, bytes: [UInt8], classes: (Int) -> WordClass) {
        base = range.lowerBound
        // Room for a few clauses up front, so that opening them does not regrow
        // the arrays one step at a time.
        clauses = Self.mainClause(Clause(parent: -1, kind: .main, start: range.lowerBound, introducedBy: -1))
        clauseOf = [Int32](filledWith: 0, count: range.count)
        var stack: [Int32] = Self.mainClause(0)
        var asciiQuoteOpen = false
        var pendingContent: Int?

        // A sentence whose first quotation mark closes a quotation started earlier.
        // Only punctuation can be a quotation mark, so words are not asked.
        for index in range where tokens[index].kind == .punctuation {
            let mark = QuoteMark.of(tokens[index], bytes, asciiOpen: false)
            if mark == .open { break }
            if mark == .close, !Self.isASCIIQuote(tokens[index], bytes) {
                continuesQuote = true
                stack.append(open(.quote, parent: 0, at: range.lowerBound, by: -1))
                break
            }
        }

        for index in range {
            let token = tokens[index]
            let local = index - base
            if let verb = pendingContent {
                if Self.isPunctuation(token, bytes, ",") || Self.isPunctuation(token, bytes, ":") {
                    // "said, ..." / "said: ...": the content starts after the mark.
                } else if Self.isPunctuation(token, bytes, ".") || Self.isPunctuation(token, bytes, "!")
                            || Self.isPunctuation(token, bytes, "?") {
                    // "..., the minister said.": the content came before.
                    pendingContent = nil
                } else {
                    pendingContent = nil
                    if QuoteMark.of(token, bytes, asciiOpen: asciiQuoteOpen) != .open {
                        startSibling(.content, at: index, by: verb, stack: &stack)
                    }
                }
            }
            // Quotation marks and other punctuation end here; words go on below.
            if token.kind == .punctuation, let mark = QuoteMark.of(token, bytes, asciiOpen: asciiQuoteOpen) {
                if Self.isASCIIQuote(token, bytes) { asciiQuoteOpen = mark == .open }
                if mark == .open {
                    let quote = open(.quote, parent: stack.last ?? 0, at: index, by: -1)
                    stack.append(quote)
                    clauseOf[local] = quote
                } else {
                    clauseOf[local] = stack.last ?? 0
                    if let position = stack.lastIndex(where: { clauses[Int($0)].kind == .quote }), position > 0 {
                        stack.removeSubrange(position...)
                    }
                }
                continue
            }
            if token.kind == .punctuation {
                let byte = bytes[Int(token.start)]
                if byte == UInt8(ascii: "(") {
                    let paren = open(.parenthetical, parent: stack.last ?? 0, at: index, by: -1)
                    stack.append(paren)
                    clauseOf[local] = paren
                    continue
                }
                clauseOf[local] = stack.last ?? 0
                if byte == UInt8(ascii: ")") {
                    if let position = stack.lastIndex(where: { clauses[Int($0)].kind == .parenthetical }), position > 0 {
                        stack.removeSubrange(position...)
                    }
                } else if byte == UInt8(ascii: ",") {
                    // A relative clause ends at the next comma.
                    if let top = stack.last, clauses[Int(top)].kind == .relative { stack.removeLast() }
                } else if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || Self.isEllipsis(token, bytes), pendingContent == nil {
                    if let top = stack.last, clauses[Int(top)].kind == .relative { stack.removeLast() }
                    if index + 1 < range.upperBound { startSibling(.subordinate, at: index + 1, by: -1, stack: &stack) }
                }
                continue
            }
            let wordClass = classes(local)
            let lowerCase = !token.isCapitalized || index == range.lowerBound
            // ", who ..." and "people who ...": a relative clause; with no comma it runs
            // to the next comma.
            if wordClass.contains(.relative), index > range.lowerBound, !tokens[index].isCapitalized {
                let relative = open(.relative, parent: stack.last ?? 0, at: index, by: -1)
                stack.append(relative)
                clauseOf[local] = relative
                continue
            }
            if wordClass.contains(.clauseOpener), lowerCase {
                startSibling(.subordinate, at: index, by: -1, stack: &stack)
            } else if wordClass.contains(.complementizer), index + 1 < range.upperBound,
                      Self.opensClause(tokens[index + 1], classes(local + 1)),
                      clauses[Int(stack.last ?? 0)].start != index {
                startSibling(.content, at: index, by: index > range.lowerBound ? index - 1 : -1, stack: &stack)
            }
            clauseOf[local] = stack.last ?? 0
            if !token.isCapitalized, wordClass.contains(.reportingVerb) || wordClass.contains(.denialVerb),
               index == range.lowerBound || !classes(local - 1).contains(.determiner) {
                pendingContent = index
            }
        }
    }

    /// A per-clause array holding the main clause's `value`, with room for more.
    @inline(__always)
    private static func mainClause<Element>(_ value: Element) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(8)
        array.append(value)
        return array
    }

    /// The clause of `token`.
    @inline(__always)
    func clause(of token: Int) -> Int { Int(clauseOf[token - base]) }

    /// Whether `clause` lies inside `ancestor` (or is it).
    func isWithin(_ clause: Int, _ ancestor: Int) -> Bool {
        var current = clause
        while current >= 0 {
            if current == ancestor { return true }
            current = Int(clauses[current].parent)
        }
        return false
    }

    /// Where `token` stands for a search in `clause`.
    @inline(__always)
    func visibility(of token: Int, from clause: Int) -> Visibility {
        let other = Int(clauseOf[token - base])
        if other == clause { return .same }
        return isWithin(other, clause) ? .nested : .outside
    }

    /// The quotation `clause` lies in, if any.
    func enclosingQuote(_ clause: Int) -> Int? {
        var current = clause
        while current >= 0 {
            if clauses[current].kind == .quote { return current }
            current = Int(clauses[current].parent)
        }
        return nil
    }

    private mutating func open(_ clauseKind: Kind, parent clauseParent: Int32, at index: Int, by verb: Int) -> Int32 {
        clauses.append(Clause(parent: clauseParent, kind: clauseKind, start: index, introducedBy: verb))
        return Int32(clauses.count - 1)
    }

    /// Ends the current clause and opens the next one at `index`. Inside a
    /// quotation or parentheses, the new clause is nested so that it stays inside.
    private mutating func startSibling(_ clauseKind: Kind, at index: Int, by verb: Int, stack: inout [Int32]) {
        guard let top = stack.last else { return }
        if clauses[Int(top)].kind == .quote || clauses[Int(top)].kind == .parenthetical {
            stack.append(open(clauseKind, parent: top, at: index, by: verb))
        } else {
            stack.removeLast()
            stack.append(open(clauseKind, parent: clauses[Int(top)].parent, at: index, by: verb))
        }
    }

    /// Whether the word after "that" starts a clause ("that North Korea ...",
    /// "that the pact ...") rather than "that" being a determiner ("that move").
    private static func opensClause(_ token: Token, _ classes: WordClass) -> Bool {
        token.isCapitalized || classes.contains(.determiner) || classes.contains(.pronoun) || token.kind == .number
            || token.kind == .punctuation
    }

    static func isPunctuation(_ token: Token, _ bytes: [UInt8], _ mark: UInt8) -> Bool {
        token.kind == .punctuation && token.length == 1 && bytes[Int(token.start)] == mark
    }

    static func isPunctuation(_ token: Token, _ bytes: [UInt8], _ mark: Unicode.Scalar) -> Bool {
        isPunctuation(token, bytes, UInt8(ascii: mark))
    }

    /// "…" (U+2026), which headlines use between sentences.
    static func isEllipsis(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let index = Int(token.start)
        return token.kind == .punctuation && bytes[index] == 0xE2 && index + 2 < bytes.count
            && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    }

    static func isASCIIQuote(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.kind == .punctuation && bytes[Int(token.start)] == UInt8(ascii: "\"")
    }
}

/// Opening and closing double quotation marks: “ ” „ « » and the ASCII '"',
/// which opens or closes depending on whether a quotation is open.
enum QuoteMark {
    case open
    case close

    static func of(_ token: Token, _ bytes: [UInt8], asciiOpen: Bool) -> QuoteMark? {
        guard token.kind == .punctuation else { return nil }
        let index = Int(token.start)
        let lead = bytes[index]
        if lead == UInt8(ascii: "\"") { return asciiOpen ? .close : .open }
        if lead == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
            switch bytes[index + 2] {
            case 0x9C, 0x9E: return .open
            case 0x9D: return .close
            default: return nil
            }
        }
        if lead == 0xC2, index + 1 < bytes.count {
            if bytes[index + 1] == 0xAB { return .open }
            if bytes[index + 1] == 0xBB { return .close }
        }
        return nil
    }
}
