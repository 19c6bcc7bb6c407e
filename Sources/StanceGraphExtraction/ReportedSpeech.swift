import StanceGraphModel

/// Who is speaking where in a sentence: the speaker of "X said ...", "..., X
/// said", "X said, “...”", "according to X, ...", "X's office quoted him as
/// saying ...", and of a quotation that goes on from the sentence before.
///
/// A stance inside the words of a speaker that names no agent of its own is the
/// speaker's ("Cho said the cooperation threatens security": Cho's concern), and
/// "we", "our", "I" there are the speaker.
struct ReportedSpeech {
    /// A stretch of the sentence and who says it.
    struct Content {
        var tokens: Range<Int>
        var speaker: [Participant]
        /// Introduced by "reported", "claimed", "alleged": not vouched for.
        var isHedged: Bool
    }

    private(set) var contents: [Content] = []

    /// The speaker of the sentence, for a quotation continued in the next one.
    /// A person quoted wins over the institution that relays the quote
    /// ("Sibiha said, “...”, the ministry said").
    var lastSpeaker: [Participant] {
        contents.last(where: { $0.speaker.contains { $0.type == .person } })?.speaker
            ?? contents.last(where: { !$0.speaker.isEmpty })?.speaker ?? []
    }

    /// Finds the sentence's speakers. `resolve` turns a group into participants
    /// (resolving pronouns in `analysis` as it goes).
    ///
    /// - Complexity: O(n) in the sentence's tokens, plus one subject search per
    ///   reporting verb.
    init(_ analysis: inout SentenceAnalysis, carriedSpeaker: [Participant],
         resolve: (inout SentenceAnalysis, Int) -> [Participant]) {
        let range = analysis.range
        let layout = analysis.layout
        for verb in range {
            let wordClasses = analysis.classes(verb)
            if wordClasses.contains(.according), verb + 2 < range.upperBound, analysis.key(verb + 1) == SentenceAnalysis.toKey {
                var next = verb + 2
                while next < range.upperBound, analysis.isModifier(next), analysis.group(at: next) == nil { next += 1 }
                if next < range.upperBound, let group = analysis.group(at: next) {
                    contents.append(Content(tokens: range, speaker: resolve(&analysis, group), isHedged: false))
                }
                continue
            }
            guard wordClasses.contains(.reportingVerb), !analysis.tokens[verb].isCapitalized,
                  analysis.group(at: verb) == nil, analysis.frame(at: verb) == nil,
                  verb == range.lowerBound || !analysis.classes(verb - 1).contains(.determiner) else { continue }
            let hedged = wordClasses.contains(.hedgingReport)
            // The speaker: "X's office quoted him as saying", "X said", "said X".
            var speakerGroup: Int?
            if verb - 2 >= range.lowerBound, analysis.key(verb - 1) == SentenceAnalysis.asKey, let group = analysis.group(at: verb - 2) {
                speakerGroup = group
            } else if case .group(let group) = analysis.subject(of: verb) {
                speakerGroup = group
            } else {
                var next = verb + 1
                while next < range.upperBound, next <= verb + 2, analysis.isModifier(next), analysis.group(at: next) == nil { next += 1 }
                if next < range.upperBound, let group = analysis.group(at: next), !analysis.groups[group].isWeak {
                    speakerGroup = group
                }
            }
            // "It is reported that ...", "amid reports that ...": no speaker, but not vouched for.
            guard speakerGroup != nil || hedged else { continue }
            let speaker = speakerGroup.map { resolve(&analysis, $0) } ?? []
            let speakerStart = speakerGroup.map { analysis.groups[$0].tokens.lowerBound } ?? verb
            // Preposed: the clauses the verb opens, and quotations after it in its clause.
            let verbClause = layout.clause(of: verb)
            var found = false
            for clause in 0..<layout.count where layout.clauses[clause].start > verb {
                let opened = layout.clauses[clause].introducedBy == verb
                let quoted = layout.clauses[clause].kind == .quote && Int(layout.clauses[clause].parent) == verbClause
                guard opened || quoted else { continue }
                let end = Self.end(of: clause, layout, range)
                // "said on Monday.": nothing said after the verb; the content came before.
                guard (layout.clauses[clause].start..<end).contains(where: { analysis.group(at: $0) != nil || analysis.frame(at: $0) != nil })
                else { continue }
                contents.append(Content(tokens: layout.clauses[clause].start..<end, speaker: speaker, isHedged: hedged))
                found = true
            }
            // Postposed: "..., the ministry said." / "“...,” he said.": everything before the speaker.
            if !found, speakerStart > range.lowerBound {
                let end = min(speakerStart, verb)
                if end > range.lowerBound {
                    contents.append(Content(tokens: range.lowerBound..<end, speaker: speaker, isHedged: hedged))
                }
            }
        }
        // "X shared the view that ...", "expressed the belief that ...": the holder of the view speaks.
        for clause in 0..<layout.count where layout.clauses[clause].kind == .content {
            let noun = layout.clauses[clause].introducedBy
            guard noun >= range.lowerBound, analysis.classes(noun).contains(.opinionNoun),
                  !analysis.classes(noun).contains(.reportingVerb) else { continue }
            var start = noun
            while start > range.lowerBound, analysis.isModifier(start - 1), analysis.group(at: start - 1) == nil { start -= 1 }
            guard let governor = analysis.governor(before: start),
                  case .group(let group) = analysis.subject(of: governor) else { continue }
            contents.append(Content(tokens: layout.clauses[clause].start..<Self.end(of: clause, layout, range),
                                    speaker: resolve(&analysis, group), isHedged: false))
        }
        // A quotation that goes on from the sentence before.
        if !carriedSpeaker.isEmpty {
            for clause in 0..<layout.count where layout.clauses[clause].kind == .quote && Int(layout.clauses[clause].parent) <= 0 {
                let span = layout.clauses[clause].start..<Self.end(of: clause, layout, range)
                if !contents.contains(where: { $0.tokens.contains(span.lowerBound) && !$0.speaker.isEmpty }) {
                    contents.append(Content(tokens: span, speaker: carriedSpeaker, isHedged: false))
                }
            }
        }
    }

    /// The innermost content holding `token`.
    func content(at token: Int) -> Content? {
        var best: Content?
        for content in contents where content.tokens.contains(token) {
            if best == nil || content.tokens.count < best!.tokens.count { best = content }
        }
        return best
    }

    func speaker(at token: Int) -> [Participant] { content(at: token)?.speaker ?? [] }

    /// Where a clause ends: the first later token outside it.
    private static func end(of clause: Int, _ layout: ClauseLayout, _ range: Range<Int>) -> Int {
        var index = layout.clauses[clause].start
        while index < range.upperBound, layout.isWithin(layout.clause(of: index), clause) { index += 1 }
        return index
    }
}
