/// A light, lemma-like stemmer for English trigger words: enough that inflections
/// ("condemns", "condemned", "condemning") and British and American spellings
/// ("criticised", "criticized"; "defence", "defense") share a key.
///
/// It applies spelling unification, then strips one inflectional suffix
/// (-ies/-ied -> y, -ing, -ed, -es, -s, final -e) and undoubles a final consonant,
/// in the spirit of the first step of Porter (1980), "An algorithm for suffix
/// stripping". It never needs to produce real words: the lexicon goes through the
/// same function, so only consistency matters.
public enum Stemmer {
    public static func stem(_ word: [UInt8]) -> [UInt8] {
        var w = word
        stem(inPlace: &w)
        return w
    }

    /// Stems a normalized (lower-case) word in place; words with anything but
    /// ASCII letters are left as they are.
    public static func stem(inPlace w: inout [UInt8]) {
        guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return }

        // British to American spellings.
        replaceSuffix(&w, "ence", with: "ense", onlyIf: { $0.count >= 7 && ($0.hasSuffixBytes("fence") || $0.hasSuffixBytes("cence")) })
        for (british, american) in [("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")]
            where w.count > british.utf8.count + 2 && w.hasSuffixBytes(british) {
            replaceSuffix(&w, british, with: american)
            break
        }
        if w.count > 5, w.hasSuffixBytes("our") { replaceSuffix(&w, "our", with: "or") }
        if w.count > 4, w.hasSuffixBytes("tre") { replaceSuffix(&w, "tre", with: "ter") }

        // One inflectional suffix.
        if w.count > 4, w.hasSuffixBytes("ies") || w.hasSuffixBytes("ied") {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if w.count > 5, w.hasSuffixBytes("ing") {
            w.removeLast(3)
            undouble(&w)
        } else if w.count > 4, w.hasSuffixBytes("ed") {
            w.removeLast(2)
            undouble(&w)
        } else if w.count > 4, w.hasSuffixBytes("sses") || w.hasSuffixBytes("shes") || w.hasSuffixBytes("ches") || w.hasSuffixBytes("xes") {
            w.removeLast(2)
        } else if w.count > 3, w.last == UInt8(ascii: "s"), !w.hasSuffixBytes("ss"), !w.hasSuffixBytes("us"), !w.hasSuffixBytes("is") {
            w.removeLast()
        }
        if w.count > 3, w.last == UInt8(ascii: "e") { w.removeLast() }
    }

    private static func undouble(_ w: inout [UInt8]) {
        let count = w.count
        guard count >= 3, w[count - 1] == w[count - 2] else { return }
        let c = w[count - 1]
        if c == UInt8(ascii: "l") {
            if count >= 6 { w.removeLast() }
            return
        }
        if c != UInt8(ascii: "s"), c != UInt8(ascii: "z"), c != UInt8(ascii: "e"), c != UInt8(ascii: "o") {
            w.removeLast()
        }
    }

    private static func replaceSuffix(_ w: inout [UInt8], _ suffix: String, with replacement: String, onlyIf condition: ([UInt8]) -> Bool = { _ in true }) {
        guard w.hasSuffixBytes(suffix), condition(w) else { return }
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: replacement.utf8)
    }
}

extension Array where Element == UInt8 {
    @inline(__always)
    func hasSuffixBytes(_ suffix: String) -> Bool {
        let s = suffix.utf8
        guard count >= s.count else { return false }
        var index = count - s.count
        for byte in s {
            if self[index] != byte { return false }
            index += 1
        }
        return true
    }
}
