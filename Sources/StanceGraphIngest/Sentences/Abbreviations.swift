/// Words that end with a period without ending a sentence, by how the period
/// behaves, looked up by the hash of the lower-cased word (without its final
/// period).
enum Abbreviations {
    enum Kind: Sendable {
        /// A title before a name ("Dr.", "Gen.", "Sen."): never ends a sentence.
        case title
        /// Stands before a number ("No. 5", "Jan. 5", "Art. 51"): ends a sentence
        /// only when no number follows.
        case beforeNumber
        /// May close a sentence ("the U.S.", "Inc.", "etc."): ends it when the next
        /// word usually starts one ("The", "He", "But").
        case mayEnd
        /// Never ends one ("e.g.", "i.e.", "vs.").
        case never
    }

    static func kind(of key: UInt64) -> Kind? {
        table[key]
    }

    private static let table: HashedWordTable<Kind> = {
        var entries: [(UInt64, Kind)] = []
        func add(_ words: [String], _ kind: Kind) {
            for word in words { entries.append((DateVocabulary.key(word), kind)) }
        }
        add(["mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "cmdr",
             "adm", "sgt", "cpl", "pvt", "brig", "gov", "sen", "rep", "reps", "rev", "fr", "st", "pres", "amb", "hon",
             "lt.gen", "maj.gen", "brig.gen", "lt.col", "supt", "insp", "det", "atty", "sec", "secy"], .title)
        add(["no", "nos", "vol", "vols", "pp", "p", "art", "arts", "fig", "figs", "op", "ch", "para", "sect", "ed", "eds",
             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "res", "dist"], .beforeNumber)
        add(["u.s", "u.n", "u.k", "e.u", "u.s.a", "u.a.e", "d.c", "n.y", "l.a", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
             "a.m", "p.m", "bros", "plc", "llc", "dept", "govt", "intl", "assn", "univ", "ave", "blvd", "rd", "mt", "ft",
             "km", "kg", "lb", "lbs", "oz", "bn", "mln", "yr", "yrs", "mo", "approx"], .mayEnd)
        add(["e.g", "i.e", "vs", "cf", "viz", "al", "ca", "est", "resp", "incl", "excl", "esp", "ibid"], .never)
        return HashedWordTable(entries)
    }()

    /// Words that usually start a sentence: after "U.S." they make the period a
    /// sentence end ("... with the U.S. The ministry said ...").
    static let sentenceStarters = HashedWordTable<Bool>([
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "in", "on", "at", "but", "and", "this", "that",
        "these", "those", "there", "his", "her", "their", "our", "according", "however", "meanwhile", "after", "before",
        "when", "while", "as", "if", "since", "also", "yet", "so", "what", "who", "why", "how", "earlier", "later", "last",
        "both", "some", "many", "most", "officials", "instead", "still", "then", "further", "moreover", "separately",
        "previously", "currently", "under", "during", "for", "from", "with", "no", "not", "one", "two", "all",
    ].map { (DateVocabulary.key($0), true) })
}
