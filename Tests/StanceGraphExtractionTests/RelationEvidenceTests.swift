import Foundation
import Testing
import StanceGraphModel

/// Every relation mention carries its article, date, sentence (with offsets
/// that slice the article text), trigger, modality and confidence.
@Suite("Relation evidence and annotations")
struct RelationEvidenceTests {
    @Test("evidence quotes the sentence at offsets that slice the article text")
    func evidence() throws {
        let text = "Trade between the two neighbours grew. Kenya condemned Somalia’s incursion near the border."
        let document = RelationFixture.document(text)
        let relation = try #require(document.relations.first { $0.stance == .condemnation })
        let scalars = Array(document.articles[0].text.unicodeScalars)
        let slice = String(String.UnicodeScalarView(scalars[relation.evidence.start..<relation.evidence.end]))
        #expect(slice == relation.evidence.text)
        #expect(relation.evidence.text.hasPrefix("Kenya condemned Somalia"))
        #expect(relation.evidence.text.hasSuffix("incursion near the border."))
        #expect(relation.article == document.articles[0].id)
        #expect(relation.trigger == "condemned")
        #expect(relation.modality == .asserted)
        #expect((0...1).contains(relation.confidence))
    }

    @Test("a date the sentence states is the event date; otherwise the article's date")
    func dates() throws {
        let document = RelationFixture.document("Chile and Peru signed a water accord on May 2, 2024. Bolivia praised Chile.")
        let agreement = try #require(document.relations.first { $0.stance == .agreement })
        #expect(agreement.date == CalendarDate(iso: "2024-05-02"))
        #expect(agreement.dateOrigin == .event)
        let praise = try #require(document.relations.first { $0.stance == .support })
        #expect(praise.date == CalendarDate(iso: "2024-05-10"))
        #expect(praise.dateOrigin == .article)
    }

    @Test("the document keeps every mention of a relation")
    func everyMention() {
        let document = RelationFixture.document("Kenya condemned Somalia. Later that week, Kenya again condemned Somalia.")
        let mentions = document.relations.filter { $0.stance == .condemnation }
        #expect(mentions.count == 2)
        #expect(Set(mentions.map(\.evidence.start)).count == 2)
    }

    @Test("a person's stance keeps the person as its agent, with the person's country known")
    func person() throws {
        let document = RelationFixture.document("Ghanaian Foreign Minister Kofi Mensah condemned Niger's military junta.")
        let relation = try #require(document.relations.first { $0.stance == .condemnation })
        let source = try #require(document.entities.first { $0.id == relation.source })
        #expect(source.type == .person)
        #expect(source.country?.rawValue == "country:GHA")
        #expect(relation.target.rawValue == "country:NER")
    }

    @Test("signers agree to the agreement the text names")
    func agreementTarget() {
        let document = RelationFixture.document("Kenya and Tanzania signed the Lake Victoria Fisheries Treaty in Arusha.")
        let targets = document.relations.filter { $0.stance == .agreement && $0.directed }.map(\.target)
        let types = targets.compactMap { target in document.entities.first { $0.id == target }?.type }
        #expect(types.count == 2 && types.allSatisfy { $0 == .agreement }, "\(targets)")
    }

    @Test("structural links are never stance relations")
    func structural() {
        let document = RelationFixture.document("Ghanaian Foreign Minister Kofi Mensah met Nigerian Foreign Minister Ada Okafor in Accra.")
        for relation in document.relations {
            #expect((relation.kind == .stance) == (relation.stance != nil))
        }
        #expect(document.relations.contains { $0.kind == .stance && $0.stance == .consultation })
    }
}
