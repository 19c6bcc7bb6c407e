import Testing
@testable import StanceGraphExtraction

@Suite("StringBytesHash")
struct StringBytesHashTests {
    @Test("equal bytes hash alike whatever the length; ASCII is told apart from other text")
    func hashes() {
        var seen: [UInt64: String] = [:]
        for length in 0..<40 {
            let text = String(repeating: "a", count: length)
            let (hash, isASCII) = StringBytesHash.hash(of: text)
            #expect(isASCII)
            #expect(StringBytesHash.hash(of: String(text.utf8.map { Character(UnicodeScalar($0)) })).hash == hash)
            #expect(seen.updateValue(text, forKey: hash) == nil, "\(length)")
        }
        #expect(!StringBytesHash.hash(of: "Erdo\u{11F}an").isASCII)
        #expect(!StringBytesHash.hash(of: "abcdefgh\u{E9}").isASCII)
        #expect(StringBytesHash.hash(of: "country:KOR").hash != StringBytesHash.hash(of: "country:KOP").hash)
        #expect(StringBytesHash.hash(of: "wcep-2002-08-04-001").hash != StringBytesHash.hash(of: "wcep-2002-08-04-002").hash)
    }
}
