/// A light, lemma-like stemmer for English trigger words: enough that inflections
/// ("condemns", "condemned", "condemning") and British and American spellings
/// ("criticised", "criticized"; "defence", "defense") share a key.
///
/// It applies spelling unification, then strips one inflectional suffix
/// (-ies/-ied -> y, -ing and -ings, -ed, -es, -s, final -e) and undoubles a final consonant,
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
    ///
    /// Every rule keeps or shortens the word, so the work happens in the word's
    /// own buffer and the word is cut to its new length at the end.
    public static func stem(inPlace w: inout [UInt8]) {
        // Every rule below needs a word ending in one of these letters; most words
        // end otherwise and are their own stem.
        guard w.count > 3, let last = w.last, canChange(last: last) else { return }
        let length = w.withUnsafeMutableBufferPointer { stemmedLength($0) }
        if length < w.count { w.removeLast(w.count - length) }
    }

    /// Whether some rule can act on a word ending in `last` (e, n, g, d, s or r).
    @inline(__always)
    static func canChange(last: UInt8) -> Bool {
        switch last {
        case UInt8(ascii: "e"), UInt8(ascii: "n"), UInt8(ascii: "g"), UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "r"):
            return true
        default:
            return false
        }
    }

    /// Whether some rule can act on a word ending in `previous`, `last`: a sharper
    /// `canChange(last:)` that also rules out words ending "-ss", "-us", "-is"
    /// and any "-n", "-r", "-g", "-d" but "-on" (-isation), "-ur" (-our),
    /// "-ng" (-ing) and "-ed". Words it turns away are their own stem.
    @inline(__always)
    static func mayChange(last: UInt8, previous: UInt8) -> Bool {
        switch last {
        case UInt8(ascii: "e"): return true
        case UInt8(ascii: "s"):
            return previous != UInt8(ascii: "s") && previous != UInt8(ascii: "u") && previous != UInt8(ascii: "i")
        case UInt8(ascii: "d"): return previous == UInt8(ascii: "e")
        case UInt8(ascii: "g"): return previous == UInt8(ascii: "n")
        case UInt8(ascii: "n"): return previous == UInt8(ascii: "o")
        case UInt8(ascii: "r"): return previous == UInt8(ascii: "u")
        default: return false
        }
    }

    /// Stems the word in `buffer` in place and returns its new length (every rule
    /// keeps or shortens the word); words with anything but a-z are left alone.
    static func stemmedLength(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = buffer.count
        guard n > 3 else { return n }
        for index in 0..<n where buffer[index] < 97 || buffer[index] > 122 { return n }
        return stemLowercaseLetters(buffer).length
    }

    /// Stems a word known to hold only a-z, in place.
    ///
    /// Besides the stem's length it returns the first position a rule rewrote
    /// (`buffer.count` when none did): the stem agrees with the word before
    /// `min(length, firstRewritten)`, so a caller holding the word's running hash
    /// can derive the stem's hash from it instead of hashing the stem again.
    static func stemLowercaseLetters(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> (length: Int, firstRewritten: Int) {
        var n = buffer.count
        guard n > 3 else { return (n, n) }
        var firstRewritten = n
        @inline(__always) func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n >= count else { return false }
            let start = suffix.utf8Start
            for offset in 0..<count where buffer[n - count + offset] != start[offset] { return false }
            return true
        }
        @inline(__always) func rewrite(_ index: Int, _ byte: UInt8) {
            buffer[index] = byte
            firstRewritten = min(firstRewritten, index)
        }
        @inline(__always) func undouble() {
            guard n >= 3, buffer[n - 1] == buffer[n - 2] else { return }
            let c = buffer[n - 1]
            if c == UInt8(ascii: "l") {
                if n >= 6 { n -= 1 }
                return
            }
            if c != UInt8(ascii: "s"), c != UInt8(ascii: "z"), c != UInt8(ascii: "e"), c != UInt8(ascii: "o") { n -= 1 }
        }

        // British to American spellings: defence -> defense, -ise -> -ize, -our -> -or, -tre -> -ter.
        if n >= 7, ends("ence"), ends("fence") || ends("cence") { rewrite(n - 2, UInt8(ascii: "s")) }
        if n > 9, ends("isation") { rewrite(n - 6, UInt8(ascii: "z")) }
        else if n > 7, ends("ising") { rewrite(n - 4, UInt8(ascii: "z")) }
        else if n > 6, ends("ised") { rewrite(n - 3, UInt8(ascii: "z")) }
        else if n > 6, ends("ises") { rewrite(n - 3, UInt8(ascii: "z")) }
        else if n > 5, ends("ise") { rewrite(n - 2, UInt8(ascii: "z")) }
        if n > 5, ends("our") {
            rewrite(n - 2, UInt8(ascii: "r"))
            n -= 1
        }
        if n > 4, ends("tre") {
            rewrite(n - 2, UInt8(ascii: "e"))
            rewrite(n - 1, UInt8(ascii: "r"))
        }

        // One inflectional suffix.
        if n > 4, ends("ies") || ends("ied") {
            n -= 2
            rewrite(n - 1, UInt8(ascii: "y"))
        } else if n > 5, ends("ing") {
            n -= 3
            undouble()
        } else if n > 4, ends("ed") {
            n -= 2
            undouble()
        } else if n > 4, ends("sses") || ends("shes") || ends("ches") || ends("xes") {
            n -= 2
        } else if n > 3, buffer[n - 1] == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") {
            n -= 1
            // A plural of a verbal noun goes to the verb as the singular does:
            // "bombings", "meetings", "killings" meet "bombing", "meeting", "killing".
            if n > 5, ends("ing") {
                n -= 3
                undouble()
            }
        }
        if n > 3, buffer[n - 1] == UInt8(ascii: "e") { n -= 1 }
        return (n, firstRewritten)
    }
}
