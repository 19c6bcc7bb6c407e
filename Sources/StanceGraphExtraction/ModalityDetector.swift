import StanceGraphModel

/// How firmly a sentence states a relation, from cue words before the trigger in
/// its clause, the sentence's form and the words it is reported in.
///
/// - hedged: "could", "may", "possible", "possibility", "reportedly", "likely",
///   "if", "attempt", a question, words introduced by "reported" or "claimed",
///   or an allegation ("accused X of ...").
/// - planned: "will", "would", "plans to", "expected to", "agreed to", "pledged
///   to", "is set to", "scheduled", "upcoming".
/// - disputed: set by the extractor for what a denial covers ("denied they were
///   in talks").
///
/// When cues of both kinds occur, hedged wins over planned.
enum ModalityDetector {
    /// How far before the trigger cues are looked for.
    static let window = 8

    static func modality(_ analysis: SentenceAnalysis, frame: EventFrame, anchor: Int, reportedAsHedged: Bool) -> Modality {
        var hedged = reportedAsHedged || endsWithQuestion(analysis)
        var planned = false
        // The verb governing a noun trigger counts too: "*requests* a meeting".
        var index = frame.isNoun && frame.governor == anchor ? anchor : anchor - 1
        var steps = 0
        while index >= analysis.range.lowerBound, steps < window, !hedged {
            switch analysis.layout.visibility(of: index, from: frame.clause) {
            case .outside:
                index = analysis.range.lowerBound - 1
                continue
            case .nested:
                index -= 1
                continue
            case .same:
                break
            }
            steps += 1
            let classes = analysis.classes(index)
            let next = index + 1 < analysis.range.upperBound ? analysis.key(index + 1) : 0
            // (An allegation does not hedge the denial that answers it: "accused X, which X denied".)
            if classes.contains(.hedge) || classes.contains(.allegation) && !classes.contains(.denialVerb) && frame.stance != .denial {
                hedged = true
            } else if Self.requestStems.contains(analysis.tokens[index].stem),
                      next == Self.forKey || analysis.tokens[index].stem != Self.callStem {
                // "calls for talks", "urged X to cooperate": asked for, not done.
                hedged = true
            } else if classes.contains(.planned) {
                // "set", "going" and "agreed" plan only before "to": "set to visit", "agreed to cooperate".
                if Self.needsTo.contains(analysis.key(index)) || Self.needsToStems.contains(analysis.tokens[index].stem) {
                    if next == SentenceAnalysis.toKey { planned = true }
                } else {
                    planned = true
                }
            }
            index -= 1
        }
        // Cues inside a noun phrase: "a possible increase in support", "planned sanctions".
        if frame.isNoun {
            var inside = max(analysis.range.lowerBound, frame.tokens.lowerBound - 4)
            while inside < frame.tokens.lowerBound {
                let classes = analysis.classes(inside)
                if classes.contains(.hedge) { hedged = true }
                if classes.contains(.planned), !Self.needsTo.contains(analysis.key(inside)) { planned = true }
                inside += 1
            }
        }
        if hedged { return .hedged }
        return planned ? .planned : .asserted
    }

    static let callStem = TokenKey.stemKey("call")
    static let forKey = TokenKey.key("for")
    static let requestStems = TokenKeySet(keys: ["call", "urge", "propose", "offer", "request", "demand", "press",
                                                "ask", "invite", "appeal"].map { TokenKey.stemKey($0) })

    static let needsTo = TokenKeySet(keys: ["set", "going", "ready", "prepared", "committed", "resolved", "determined",
                                           "agreed", "agree", "agrees", "decided", "decide", "decides"].map { TokenKey.key($0) })
    static let needsToStems = TokenKeySet(keys: ["aim", "plan", "expect", "intend", "pledge", "promise", "vow"].map { TokenKey.stemKey($0) })

    private static func endsWithQuestion(_ analysis: SentenceAnalysis) -> Bool {
        var index = analysis.range.upperBound - 1
        while index >= analysis.range.lowerBound, analysis.isPunctuation(index) {
            if analysis.isMark(index, "?") { return true }
            index -= 1
        }
        return false
    }
}
