import Testing
@testable import StanceGraphExtraction

@Suite("TokenKeySet")
struct TokenKeySetTests {
    @Test("a set made of stem keys holds every inflection of its words, and nothing else")
    func stemKeys() {
        let set = TokenKeySet(keys: ["threaten", "urge"].map { TokenKey.stemKey($0) })
        for word in ["threatened", "threatens", "urged", "urging"] {
            #expect(set.contains(TokenKey.stemKey(word)), "\(word)")
        }
        #expect(!set.contains(TokenKey.stemKey("threat")))
        #expect(!set.contains(TokenKey.key("urged")))
        #expect(set.count == 2)
    }
}
