import Foundation
import Testing
@testable import StanceGraphExtraction

@Suite("ActorDictionary fields")
struct ActorDictionaryFieldTests {
    @Test("fields are trimmed as trimmingCharacters(in: .whitespaces) trims them", arguments: [
        "Brazil", " Brazil", "Brazil ", "\tBrazil\t", "  ", "", "a", "São Paulo", " São Paulo\u{3000}", "Zürich\u{A0}",
        "x\n", "é", "e\u{301}", "\u{2003}em space",
    ])
    func trimsLikeFoundation(field: String) {
        #expect(ActorDictionary.trimmed(Substring(field)) == field.trimmingCharacters(in: .whitespaces))
    }
}
