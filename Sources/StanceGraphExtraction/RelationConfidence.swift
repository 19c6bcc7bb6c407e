/// How sure the extractor is of one relation mention, in [0, 1], before the
/// modality factor (`Modality.confidenceFactor`, applied once, in `GraphAssembler`).
///
/// The score is the product of three documented factors:
///
/// - the trigger's weight from the lexicon: how reliably the phrase signals the
///   stance ("strongly condemned" 0.95, "share ... with" 0.5);
/// - the certainty of the weaker argument, by how it was found: named as
///   subject, object, possessor or between-phrase 1.0; a demonym modifying an
///   actor noun or the subject of a light verb 0.9; a pronoun or the speaker of
///   the words 0.8; a partner carried over from an earlier clause 0.75; an event
///   referred back to, or "the two sides", 0.6;
/// - distance: 1.0 while both arguments lie within 10 tokens of the trigger,
///   then 0.02 less per token, down to 0.6.
enum RelationConfidence {
    /// Certainties of the ways an argument is found.
    static let named = 1.0
    static let modifier = 0.9
    static let lightVerbSubject = 0.9
    static let pronoun = 0.8
    static let speaker = 0.8
    static let carriedOver = 0.75
    static let discourse = 0.6

    static func score(weight: Double, agentCertainty: Double, targetCertainty: Double, distance: Int) -> Double {
        let certainty = min(agentCertainty, targetCertainty)
        let distanceFactor = distance <= 10 ? 1.0 : max(0.6, 1.0 - 0.02 * Double(distance - 10))
        let value = weight * certainty * distanceFactor
        return min(1, max(0, (value * 1000).rounded() / 1000))
    }
}
