/// Numbers, dates, booleans and null, formatted in place; the `member` forms write
/// the key and the value in one write.
extension JSONWriter {
    // MARK: Integers

    /// The most bytes an `Int` takes in decimal: a sign and 19 digits.
    static let intRoom = 20

    /// An integer in decimal, as `String(value)` writes it.
    mutating func int(_ value: Int) {
        write(atMost: Self.intRoom) { Self.writeInt(value, into: $0) }
    }

    @inline(__always)
    mutating func member(_ name: StaticString, _ value: Int) {
        member(name, valueRoom: Self.intRoom) { Self.writeInt(value, into: $0) }
    }

    @inline(__always)
    static func writeInt(_ value: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        guard value < 0 else { return writeDigits(value.magnitude, count: digitCount(value.magnitude), into: target) }
        target[0] = UInt8(ascii: "-")
        return 1 &+ writeDigits(value.magnitude, count: digitCount(value.magnitude), into: target + 1)
    }

    /// The number of decimal digits of `value` (1 for 0).
    @inline(__always)
    static func digitCount(_ value: UInt) -> Int {
        var count = 1
        var threshold: UInt = 10
        // Offsets in text are short; the loop ends after a few compares.
        while value >= threshold {
            count &+= 1
            guard count < 20 else { break }
            threshold &*= 10
        }
        return count
    }

    /// Writes the lowest `count` decimal digits of `value`, zero-padded, right to
    /// left two at a time from a table of the pairs "00" to "99". Returns `count`.
    @inline(__always)
    static func writeDigits(_ value: UInt, count: Int, into target: UnsafeMutablePointer<UInt8>) -> Int {
        let pairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859606162636465666768697071727374757677787980\
        81828384858687888990919293949596979899
        """
        var rest = value
        var position = count
        while position >= 2 {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            position &-= 2
            target[position] = pairs.utf8Start[pair]
            target[position &+ 1] = pairs.utf8Start[pair &+ 1]
        }
        if position == 1 {
            target[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
        }
        return count
    }

    // MARK: Doubles

    /// The most bytes `writeDouble` writes in place (up to 999999.999999);
    /// other values go through `Double.description`.
    private static let shortDecimalRoom = 13

    /// A finite double as `Double.description` writes it (the shortest digits that
    /// read back as the same value); non-finite values as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        if let (units, fraction) = Self.shortDecimal(value) {
            write(atMost: Self.shortDecimalRoom) { Self.writeShortDecimal(units, fraction, into: $0) }
        } else {
            var text = value.description
            text.withUTF8 { digits in
                write(atMost: digits.count) { target in
                    target.update(from: digits.baseAddress.unsafelyUnwrapped, count: digits.count)
                    return digits.count
                }
            }
        }
    }

    mutating func member(_ name: StaticString, _ value: Double) {
        if value.isFinite, let (units, fraction) = Self.shortDecimal(value) {
            member(name, valueRoom: Self.shortDecimalRoom) { Self.writeShortDecimal(units, fraction, into: $0) }
        } else {
            key(name)
            double(value)
        }
    }

    private static func writeShortDecimal(_ units: UInt, _ fraction: (digits: UInt, count: Int), into target: UnsafeMutablePointer<UInt8>) -> Int {
        var written = writeDigits(units, count: digitCount(units), into: target)
        target[written] = UInt8(ascii: ".")
        written &+= 1
        return written &+ writeDigits(fraction.digits, count: fraction.count, into: target + written)
    }

    /// `value` as whole units and up to six fraction digits when that decimal is
    /// exactly what `Double.description` prints, else nil. The common case is a
    /// confidence such as 0.765.
    ///
    /// Why it is exact: for 0.001 ≤ value < 10⁶ `description` writes plain decimal
    /// notation, the shortest digits that read back as `value`. If `value` is the
    /// double nearest to k / 10⁶, the decimal k / 10⁶ reads back as `value`, and no
    /// other decimal with at most six fraction digits does (any two differ by at
    /// least 10⁻⁶, while the doubles there are less than 2·10⁻¹⁰ apart), so the
    /// shortest form is k / 10⁶ without its trailing zeros, and at least one
    /// fraction digit (`1.0`).
    static func shortDecimal(_ value: Double) -> (units: UInt, fraction: (digits: UInt, count: Int))? {
        guard value >= 0.001 && value < 1_000_000 else { return nil }
        let scaled = (value * 1_000_000).rounded()
        guard scaled / 1_000_000 == value else { return nil }
        let micros = UInt(scaled)
        var fraction = micros % 1_000_000
        var count = 6
        while count > 1 && fraction % 10 == 0 {
            fraction /= 10
            count -= 1
        }
        return (micros / 1_000_000, (fraction, count))
    }

    // MARK: Dates

    /// A date as `"YYYY-MM-DD"`, the text of `CalendarDate.iso`.
    mutating func date(_ value: CalendarDate) {
        guard Self.hasShortFields(value) else {
            string(value.iso)
            return
        }
        write(atMost: 12) { Self.writeDate(value, into: $0) }
    }

    /// Writes the date member only when there is a date.
    @inline(__always)
    mutating func member(_ name: StaticString, ifPresent value: CalendarDate?) {
        guard let value else { return }
        guard Self.hasShortFields(value) else {
            member(name, value.iso)
            return
        }
        member(name, valueRoom: 12) { Self.writeDate(value, into: $0) }
    }

    /// Whether the date's fields fit `YYYY-MM-DD` (always, for dates made by
    /// `CalendarDate`'s initializers).
    private static func hasShortFields(_ value: CalendarDate) -> Bool {
        (0...9999).contains(value.year) && (0...99).contains(value.month) && (0...99).contains(value.day)
    }

    private static func writeDate(_ value: CalendarDate, into target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\"")
        _ = writeDigits(UInt(value.year), count: 4, into: target + 1)
        target[5] = UInt8(ascii: "-")
        _ = writeDigits(UInt(value.month), count: 2, into: target + 6)
        target[8] = UInt8(ascii: "-")
        _ = writeDigits(UInt(value.day), count: 2, into: target + 9)
        target[11] = UInt8(ascii: "\"")
        return 12
    }

    // MARK: Booleans and null

    mutating func bool(_ value: Bool) {
        if value {
            appendASCII("true")
        } else {
            appendASCII("false")
        }
    }

    @inline(__always)
    mutating func member(_ name: StaticString, _ value: Bool) {
        member(name, valueRoom: 5) { target in
            let text: StaticString = value ? "true" : "false"
            target.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
    }

    mutating func null() { appendASCII("null") }

    // MARK: Optional and array members

    /// Writes the member only when the value is present, as `JSONEncoder` omits nil optionals.
    @inline(__always)
    mutating func member(_ name: StaticString, ifPresent value: String?) {
        if let value { member(name, value) }
    }

    mutating func member(_ name: StaticString, strings values: [String]) {
        key(name)
        beginArray(inline: true)
        for value in values {
            element()
            string(value)
        }
        endArray()
    }
}
