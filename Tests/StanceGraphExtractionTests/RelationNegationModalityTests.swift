import Testing

/// Negation, refusal, reversal, denial and modality.
@Suite("Negation, denial and modality")
struct RelationNegationModalityTests {
    static let negated: [RelationCase] = [
        RelationCase("Poland and Germany did not condemn Hungary's decision.", absent: ["Poland condemnation> Hungary", "Germany condemnation> Hungary"]),
        RelationCase("Japan has never supported sanctions on Myanmar.", absent: ["Japan sanction> Myanmar", "Japan support> Myanmar"]),
        RelationCase("South Africa refused to condemn Russia.", absent: ["South Africa condemnation> Russia", "South Africa denial> Russia"]),
        RelationCase("Indonesian Foreign Minister Sari Wijaya said Jakarta would not join any sanctions against Myanmar.",
                     absent: ["Indonesia sanction> Myanmar"]),
        RelationCase("There were no talks between Armenia and Azerbaijan this year.", absent: ["Armenia consultation Azerbaijan"]),
        RelationCase("Washington lifted sanctions on Venezuela.", absent: ["United States sanction> Venezuela"]),
        RelationCase("Officials said Tehran did not supply drones to Moscow.", absent: ["Iran support> Russia"]),
        // A purpose clause borrows its partner from the meeting, and its negation too.
        RelationCase("Japan will not meet China to discuss the fishing dispute.", absent: ["China consultation Japan"]),
    ]

    @Test("a negated or lifted stance is not a stance", arguments: negated)
    func negation(_ example: RelationCase) {
        RelationFixture.check(example)
    }

    static let turned: [RelationCase] = [
        // Refusing a positive stance is a rejection of the partner.
        RelationCase("Ghana refused to hold talks with Togo.", expect: ["Ghana denial> Togo"], absent: ["Ghana consultation Togo"]),
        // A purpose clause after a refused meeting is refused with it.
        RelationCase("Peru refused to meet Bolivia to discuss the border.", expect: ["Peru denial> Bolivia"],
                     absent: ["Bolivia consultation Peru"]),
        // Ending a positive relation reduces relations (CAMEO 16).
        RelationCase("Nigeria suspended cooperation with Niger after the coup.", expect: ["Nigeria sanction> Niger"],
                     absent: ["Niger cooperation Nigeria"]),
        RelationCase("Poland cut ties with Belarus last year.", expect: ["Poland sanction> Belarus"]),
        // Denied content is disputed, and a denial is no stance between the deniers.
        RelationCase("Algeria and Morocco have denied they were in secret negotiations.",
                     expect: ["Algeria consultation Morocco [disputed]"], absent: ["Algeria denial> Morocco", "Morocco denial> Algeria"]),
        RelationCase("Serbia denied supplying weapons to Armenia.", expect: ["Serbia support> Armenia [disputed]"],
                     absent: ["Serbia denial> Armenia"]),
        // A positive act announced as not to be done is a refusal (CAMEO 12), a past one not done is nothing.
        RelationCase("The president said Chile would not provide support to Peru.", expect: ["Chile denial> Peru"],
                     absent: ["Chile support> Peru"]),
        RelationCase("Japan will not meet China to discuss the fishing dispute.", expect: ["Japan denial> China"]),
        RelationCase("Japan did not meet China last week.", absent: ["Japan denial> China", "China consultation Japan"]),
        // Lifting a sanction is a concession (CAMEO 08), not a sanction and not nothing.
        RelationCase("Washington lifted sanctions on Venezuela.", expect: ["United States cooperation> Venezuela"],
                     absent: ["United States sanction> Venezuela"]),
        RelationCase("The United States has agreed to ease the embargo on Cuba.", expect: ["United States cooperation> Cuba [planned]"]),
        // A denial that answers an accusation in the same sentence is a stance toward the accuser.
        RelationCase("Kenya accused Uganda of arming rebels, a charge Uganda denied on Friday.",
                     expect: ["Kenya condemnation> Uganda", "Uganda denial> Kenya"]),
        RelationCase("Bolivia accused Chile of spying, which Chile denied.", expect: ["Chile denial> Bolivia"]),
        RelationCase("Peru condemned Ecuador for the raid, but Ecuador rejected the criticism.", expect: ["Ecuador denial> Peru"]),
        // A denial of someone's claims is a stance toward them.
        RelationCase("Ankara rejected Athens' claims that Turkish jets had violated its airspace.", expect: ["Turkey denial> Greece"]),
    ]

    @Test("refusal, reversal and denial turn or mark the stance", arguments: turned)
    func turnedStances(_ example: RelationCase) {
        RelationFixture.check(example)
    }

    static let modal: [RelationCase] = [
        RelationCase("Qatar could impose an embargo on Bahrain.", expect: ["Qatar sanction> Bahrain [hedged]"]),
        RelationCase("Israel and Egypt may resume talks on the Gaza crossing.", expect: ["Egypt consultation Israel [hedged]"]),
        RelationCase("Serbia reportedly supplied weapons to Armenia.", expect: ["Serbia support> Armenia [hedged]"]),
        RelationCase("Will Canada sign a trade deal with Brazil?", expect: ["Brazil agreement Canada [hedged]"]),
        RelationCase("Lebanese President Michel Aoun called for talks with Syria.", expect: ["Michel Aoun consultation Syria [hedged]"]),
        RelationCase("Peru plans to send troops to Ecuador.", expect: ["Peru support> Ecuador [planned]"]),
        RelationCase("Ecuador is expected to sign a security pact with Peru next month.", expect: ["Ecuador agreement Peru [planned]"]),
        RelationCase("Britain and France pledged military aid to Ukraine.", expect: ["France support> Ukraine [planned]"]),
        RelationCase("Uganda condemned Sudan.", expect: ["Uganda condemnation> Sudan"], absent: ["Uganda condemnation> Sudan [hedged]"]),
    ]

    @Test("modality is recorded on the relation", arguments: modal)
    func modality(_ example: RelationCase) {
        let found = RelationFixture.relations(example.text)
        for expected in example.expected {
            #expect(RelationFixture.contains(found, expected), "missing \(expected) in \(found)")
        }
        for absent in example.absent {
            #expect(!found.contains(absent), "unexpected \(absent) in \(found)")
        }
    }

    @Test("hedging lowers confidence: the same stance is surer asserted than possible")
    func confidence() throws {
        let asserted = RelationFixture.document("Qatar imposed an embargo on Bahrain.").relations.first { $0.stance == .sanction }
        let hedged = RelationFixture.document("Qatar could impose an embargo on Bahrain.").relations.first { $0.stance == .sanction }
        let sure = try #require(asserted?.confidence)
        let unsure = try #require(hedged?.confidence)
        #expect(unsure < sure)
        #expect((0...1).contains(sure) && (0...1).contains(unsure))
    }
}
