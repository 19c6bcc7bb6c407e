/// The words dates are written with, looked up by a hash of their lower-cased
/// bytes so scanning text allocates nothing.
///
/// Month names in English (full and abbreviated), French, German, Spanish,
/// Italian, Portuguese, Romanian and Russian (genitive, as dates use them);
/// English weekdays; the labels that say what a date on a page is
/// ("Published", "Updated", "입력", "Опубликовано", ...); and the words of
/// relative dates ("yesterday", "last", "month").
enum DateVocabulary {
    enum Meaning: Equatable, Sendable {
        case month(Int)
        /// ISO weekday, 1 = Monday.
        case weekday(Int)
        case label(DateLabel)
        /// An ordinal suffix: st, nd, rd, th.
        case ordinal
        /// A word that may stand between a day and its month or year ("de", "of").
        case filler
        case relative(RelativeWord)
        /// The CJK and Korean unit words: 年/년, 月/월, 日/일.
        case unit(CalendarUnit)
    }

    enum CalendarUnit: Sendable { case year, month, day }

    /// Words of relative dates.
    enum RelativeWord: Sendable, Equatable {
        case yesterday, today, tomorrow, last, this, next, earlier, previous, week, month, year, on, the
    }

    /// The meaning of the lower-cased word with `key`, if it is a date word.
    static func meaning(_ key: UInt64) -> Meaning? {
        table[key]
    }

    /// FNV-1a, 64 bits, of `bytes` with ASCII letters lower-cased
    /// (Fowler, Noll and Vo; the parameters of RFC draft-eastlake-fnv).
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            var byte = bytes[index]
            if byte >= 65, byte <= 90 { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func key(_ word: String) -> UInt64 {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { key(UnsafeBufferPointer($0), 0..<$0.count) }
    }

    private static let table: HashedWordTable<Meaning> = {
        var entries: [(UInt64, Meaning)] = []
        func add(_ words: [String], _ meaning: Meaning) {
            for word in words { entries.append((key(word), meaning)) }
        }
        let months: [[String]] = [
            ["january", "jan", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "ianuarie", "января", "январь"],
            ["february", "feb", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februarie", "февраля", "февраль"],
            ["march", "mar", "mars", "märz", "marzo", "março", "martie", "марта", "март"],
            ["april", "apr", "avril", "abril", "aprile", "aprilie", "апреля", "апрель"],
            ["may", "mai", "mayo", "maggio", "maio", "мая", "май"],
            ["june", "jun", "juin", "juni", "junio", "giugno", "junho", "iunie", "июня", "июнь"],
            ["july", "jul", "juillet", "juli", "julio", "luglio", "julho", "iulie", "июля", "июль"],
            ["august", "aug", "août", "aout", "agosto", "august", "augustus", "августа", "август"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "septembrie", "сентября", "сентябрь"],
            ["october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro", "octombrie", "октября", "октябрь"],
            ["november", "nov", "novembre", "noviembre", "novembro", "noiembrie", "ноября", "ноябрь"],
            ["december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "decembrie", "декабря", "декабрь"],
        ]
        for (index, names) in months.enumerated() { add(names, .month(index + 1)) }
        let weekdays: [[String]] = [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ]
        for (index, names) in weekdays.enumerated() { add(names, .weekday(index + 1)) }
        add(["published", "publish", "posted", "written", "created", "issued", "입력", "작성", "등록", "게재", "발행", "기사입력",
             "опубликовано", "опубликован", "publicat", "publicată", "veröffentlicht", "publié", "publie", "publicado", "pubblicato"],
            .label(.published))
        add(["date", "dated", "datum", "fecha", "data", "дата", "날짜"], .label(.date))
        add(["updated", "update", "modified", "edited", "revised", "수정", "업데이트", "최종수정", "обновлено", "обновлен", "actualizat",
             "aktualisiert", "actualizado", "aggiornato"], .label(.updated))
        add(["st", "nd", "rd", "th"], .ordinal)
        add(["de", "of", "del", "di"], .filler)
        add(["년", "年"], .unit(.year))
        add(["월", "月"], .unit(.month))
        add(["일", "日"], .unit(.day))
        add(["yesterday"], .relative(.yesterday))
        add(["today"], .relative(.today))
        add(["tomorrow"], .relative(.tomorrow))
        add(["last"], .relative(.last))
        add(["this"], .relative(.this))
        add(["next"], .relative(.next))
        add(["earlier"], .relative(.earlier))
        add(["previous"], .relative(.previous))
        add(["week"], .relative(.week))
        add(["month"], .relative(.month))
        add(["year"], .relative(.year))
        add(["on"], .relative(.on))
        add(["the"], .relative(.the))
        return HashedWordTable(entries)
    }()
}

/// What a label next to a date on a page says it is.
enum DateLabel: Int, Comparable, Sendable {
    /// "Updated", "Modified": the least telling.
    case updated = 0
    /// No label.
    case none = 1
    /// "Date", "Dated".
    case date = 2
    /// "Published", "Written", "Posted", "입력": the publication date.
    case published = 3

    static func < (lhs: DateLabel, rhs: DateLabel) -> Bool { lhs.rawValue < rhs.rawValue }
}
