/// Whether a trigger is negated, refused or undone, read off the words before it
/// in its clause, in the spirit of NegEx (Chapman et al. 2001, "A simple
/// algorithm for identifying negated findings and diseases in discharge
/// summaries"): a negation cue within a short window before the trigger, not
/// across a clause boundary or the trigger's subject.
///
/// - "did not condemn", "never supported", "no talks", "without consulting": negated.
/// - "refused to meet", "declined to condemn", "failed to": refused (a positive
///   stance refused becomes a denial when the refusal is itself a trigger).
/// - "halted cooperation", "suspended talks with", "lifted sanctions on": reversed
///   (ending a positive relation reduces relations, a sanction; ending a hostile
///   one is no relation).
struct NegationScope {
    var negated = false
    var refused = false
    var reversed = false

    /// The window, in tokens, before the trigger (or the verb governing a noun trigger).
    static let window = 5

    /// Both borrowed: an initializer's parameters are owned by default, and a
    /// copy of either retains each of its arrays, once per frame.
    init(_ analysis: borrowing SentenceAnalysis, frame: borrowing EventFrame, anchor: Int) {
        // Inside the noun phrase: "no talks", "no further sanctions".
        if frame.isNoun {
            var index = anchor
            while index < frame.tokens.lowerBound {
                if analysis.classes(index).contains(.negator) { negated = true }
                index += 1
            }
            if let governor = frame.governor {
                // "ended without an agreement": a negator between the governor and the noun.
                var between = governor + 1
                while between < frame.tokens.lowerBound {
                    if analysis.classes(between).contains(.negator) { negated = true }
                    between += 1
                }
                let classes = analysis.classes(governor)
                if classes.contains(.reversal), !Self.completes(analysis, governor, frame) { reversed = true }
                if classes.contains(.refusal) { refused = true }
            }
        }
        let start = frame.isNoun ? (frame.governor ?? anchor) : anchor
        var index = start - 1
        var steps = 0
        while index >= analysis.range.lowerBound, steps < Self.window {
            guard analysis.layout.visibility(of: index, from: frame.clause) == .same else { break }
            if analysis.group(at: index) != nil || analysis.isPunctuation(index) { break }
            let classes = analysis.classes(index)
            // Another trigger ends the window, unless it is the refusal or reversal itself ("rejected talks").
            if let other = analysis.frame(at: index), analysis.frames[other].tokens != frame.tokens,
               !classes.contains(.refusal), !classes.contains(.reversal) { break }
            if classes.contains(.negator) {
                // "not only ... but also".
                let next = index + 1
                if !(next < analysis.range.upperBound && analysis.key(next) == Self.onlyKey) { negated = true }
            }
            if classes.contains(.refusal) { refused = true }
            if classes.contains(.reversal), steps < 3, !classes.contains(.lightVerb) || frame.isNoun == false,
               !Self.completes(analysis, index, frame) { reversed = true }
            index -= 1
            steps += 1
        }
    }

    static let onlyKey = TokenKey.key("only")
    static let endStem = TokenKey.stemKey("end")

    /// "ended a three-day visit", "ends talks in Geneva": ending a meeting is
    /// holding it to its close, not breaking off relations.
    private static func completes(_ analysis: borrowing SentenceAnalysis, _ index: Int, _ frame: borrowing EventFrame) -> Bool {
        frame.trigger.stance == .consultation && analysis.tokens[index].stem == endStem
    }
}
