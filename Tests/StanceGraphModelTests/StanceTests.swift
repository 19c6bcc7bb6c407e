import Testing
@testable import StanceGraphModel

@Suite("Stance")
struct StanceTests {
    @Test("cooperation, consultation, support and agreement are positive; the rest negative")
    func polarity() {
        let positive: Set<Stance> = [.cooperation, .consultation, .support, .agreement]
        for stance in Stance.allCases {
            #expect(stance.polarity == (positive.contains(stance) ? .positive : .negative))
        }
    }

    @Test("every stance maps to a two-digit CAMEO root and a PLOVER category")
    func mappings() {
        for stance in Stance.allCases {
            #expect(stance.cameoRoot.count == 2 && Int(stance.cameoRoot) != nil)
            #expect(!stance.ploverCategory.isEmpty && stance.ploverCategory == stance.ploverCategory.uppercased())
        }
    }

    @Test("modality lowers confidence in a fixed order")
    func modalityFactors() {
        #expect(Modality.asserted.confidenceFactor > Modality.planned.confidenceFactor)
        #expect(Modality.planned.confidenceFactor > Modality.hedged.confidenceFactor)
        #expect(Modality.hedged.confidenceFactor > Modality.disputed.confidenceFactor)
    }
}
