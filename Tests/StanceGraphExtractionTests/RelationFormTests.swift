import Testing

/// Every stance in the forms news writes it in besides the active voice: passive,
/// nominal (a noun owned by its agent) and, where English has one, participial
/// ("X-backed", "X-imposed", "X-led").
@Suite("Passive, nominal and participial forms")
struct RelationFormTests {
    static let cases: [RelationCase] = [
        // cooperation
        RelationCase("Chile's military cooperation with Peru grew last year.", expect: ["Chile cooperation Peru"]),
        RelationCase("The European Union lifted sanctions on Peru on Monday.", expect: ["European Union cooperation> Peru"]),
        // consultation
        RelationCase("Peru's delegation was hosted by Chile in Santiago.", expect: ["Chile consultation Peru"]),
        RelationCase("The talks between Chile and Peru resumed in Lima.", expect: ["Chile consultation Peru"]),
        // support
        RelationCase("Peru was backed by Chile at the summit on Monday.", expect: ["Chile support> Peru"]),
        RelationCase("Chile's support for Peru surprised observers.", expect: ["Chile support> Peru"]),
        RelationCase("The Chilean-backed government of Peru won the vote.", expect: ["Chile support> Peru"]),
        // agreement
        RelationCase("The border treaty was signed by Chile and Peru in Lima.", expect: ["Chile agreement Peru"]),
        RelationCase("The agreement between Chile and Peru ended the dispute.", expect: ["Chile agreement Peru"]),
        // concern
        RelationCase("Chile was alarmed by Peru's missile test.", expect: ["Chile concern> Peru"]),
        RelationCase("Chile's concern over Peru's missile test grew.", expect: ["Chile concern> Peru"]),
        // condemnation
        RelationCase("Peru was condemned by Chile after the raid.", expect: ["Chile condemnation> Peru"]),
        RelationCase("Chile's condemnation of Peru was swift.", expect: ["Chile condemnation> Peru"]),
        // demand
        RelationCase("Peru was urged by Chile to withdraw its troops.", expect: ["Chile demand> Peru"]),
        RelationCase("Chile's demand that Peru withdraw its troops was rejected.", expect: ["Chile demand> Peru"]),
        // sanction
        RelationCase("Peru was sanctioned by Chile over the raid.", expect: ["Chile sanction> Peru"]),
        RelationCase("Chile's sanctions on Peru took effect on Monday.", expect: ["Chile sanction> Peru"]),
        RelationCase("The Chile-imposed embargo on Peru hurt exporters.", expect: ["Chile sanction> Peru"]),
        // threat
        RelationCase("Peru was threatened by Chile over the raid.", expect: ["Chile threat> Peru"]),
        RelationCase("Chile's threats against Peru alarmed its neighbours.", expect: ["Chile threat> Peru"]),
        // conflict
        RelationCase("Peru was attacked by Chile at dawn.", expect: ["Chile conflict> Peru"]),
        RelationCase("Chile's invasion of Peru began at dawn.", expect: ["Chile conflict> Peru"]),
        RelationCase("The Chilean-led attack on Peru began at dawn.", expect: ["Chile conflict> Peru"]),
        // denial
        RelationCase("Peru's proposal was rejected by Chile on Monday.", expect: ["Chile denial> Peru"]),
        RelationCase("Chile's rejection of Peru's proposal angered Lima.", expect: ["Chile denial> Peru"]),
    ]

    @Test("the agent and target of each stance in passive, nominal and participial forms", arguments: cases)
    func forms(_ example: RelationCase) {
        RelationFixture.check(example)
    }
}
