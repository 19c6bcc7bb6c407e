import Testing

/// Picture captions and their credits state nothing: the text around them does.
@Suite("Captions are not statements")
struct RelationCaptionTests {
    static let cases: [RelationCase] = [
        RelationCase("Kenya condemned Uganda on Monday.\nThe leaders of Kenya and Uganda hold talks in Nairobi. Image: Jane Roe.",
                     expect: ["Kenya condemnation> Uganda"], absent: ["Kenya consultation Uganda"]),
        RelationCase("Chile praised Peru for the rescue.\nChilean protesters condemn Peru outside its embassy. Photo: Sam Doe (flickr).",
                     expect: ["Chile support> Peru"], absent: ["Chile condemnation> Peru"]),
        RelationCase("Norway met Sweden in Oslo to talk about fishing.\nNorway and SwedenImage: Office of the Prime Minister.",
                     expect: ["Norway consultation Sweden"]),
        RelationCase("Ghana condemned Togo over the border closure.\nImage: Ama Mensah.",
                     expect: ["Ghana condemnation> Togo"]),
    ]

    @Test("relations come from the article's prose, never from a caption", arguments: cases)
    func caption(_ example: RelationCase) {
        RelationFixture.check(example)
    }

    @Test("the same words as prose do give the relation", arguments: [
        ("The leaders of Kenya and Uganda hold talks in Nairobi.", "Kenya consultation Uganda"),
        ("Chilean protesters condemn Peru outside its embassy.", "Chile condemnation> Peru"),
        ("Israeli troops clash with Palestinian protesters in Hebron.", "Israel conflict Palestine"),
    ])
    func prose(_ text: String, _ expected: String) {
        #expect(RelationFixture.contains(RelationFixture.relations("Intro.\n" + text), expected))
    }

    @Test("a caption's actors take no stance even when its words would give one")
    func captionAlone() {
        let found = RelationFixture.relations("Intro.\nIsraeli troops clash with Palestinian protesters in Hebron. Image: Avi Cohen.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a colon after \"Image\" inside prose is no credit when a sentence follows")
    func proseColon() {
        let found = RelationFixture.relations(
            "The ministry's statement was titled Image: a new era for the region, and it said that Chile condemned Peru for the raid on the border post.")
        #expect(RelationFixture.contains(found, "Chile condemnation> Peru"), "\(found)")
    }
}
