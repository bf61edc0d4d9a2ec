/// 中文数字 (Chinese numerals): the one table of numeral characters and the one reader, in two modes.
///
/// - **Ordinal mode** (`readOrdinal`, `readArabic`, `isOrdinalCharacter`): the numbers of outline
///   markers, `一、`, `十二、`, `第二十三条`, `（１２）`; 1…999, so an input-derived number can never
///   overflow. `二〇二三` (digits side by side), `百` without a digit, zero, 两 and 千/万/亿 are not ordinals.
/// - **Value mode** (`readValue`): the numbers of values, `三千五百`, `两万`, `二〇二三`, `百亿`,
///   `十`: every digit (零〇○一二两三…九) and place word (十百千万亿), read digit by digit when two
///   digits stand side by side, else by place value, into a 64-bit significand (overflow flagged).
///
/// `NumberReader` (values), `OutlineTokenizer`, `InlineEnumeration`, `TableRows` and `PDFLayout`
/// (markers) all read numerals here; `ChineseNumeralTests` pins both modes with one table.
package enum ChineseNumeral {
    // MARK: The characters

    /// The value of a Chinese digit (零〇○一二两三…九), or nil.
    @inline(__always)
    package static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x96F6, 0x3007, 0x25CB: return 0   // 零 〇 ○
        case 0x4E00: return 1                   // 一
        case 0x4E8C, 0x4E24: return 2           // 二 两
        case 0x4E09: return 3                   // 三
        case 0x56DB: return 4                   // 四
        case 0x4E94: return 5                   // 五
        case 0x516D: return 6                   // 六
        case 0x4E03: return 7                   // 七
        case 0x516B: return 8                   // 八
        case 0x4E5D: return 9                   // 九
        default: return nil
        }
    }

    /// The power of ten of a Chinese place word (十 1, 百 2, 千 3, 万 4, 亿 8), or nil.
    @inline(__always)
    package static func placeExponent(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x5341: return 1   // 十
        case 0x767E: return 2   // 百
        case 0x5343: return 3   // 千
        case 0x4E07: return 4   // 万
        case 0x4EBF: return 8   // 亿
        default: return nil
        }
    }

    /// Whether `c` is a digit or a place word (value mode's characters).
    @inline(__always)
    package static func isValueCharacter(_ c: Unicode.Scalar) -> Bool { digit(c) != nil || placeExponent(c) != nil }

    // MARK: Ordinal mode

    /// The longest run of Chinese numeral characters read as an ordinal (九百九十九 has five).
    static let maxCJKLength = 7
    /// The longest run of Arabic digits read as an ordinal.
    static let maxArabicDigits = 3

    /// The ordinal value of a character: a digit other than 两 and ○, 10 for 十, 100 for 百, or nil.
    @inline(__always)
    static func ordinalValue(_ c: Unicode.Scalar) -> Int? {
        if c == "两" || c == "○" { return nil }
        if let d = digit(c) { return d }
        switch placeExponent(c) {
        case 1: return 10
        case 2: return 100
        default: return nil
        }
    }

    /// Whether `c` is a character of a Chinese ordinal (〇零一…九十百).
    @inline(__always)
    static func isOrdinalCharacter(_ c: Unicode.Scalar) -> Bool { ordinalValue(c) != nil }

    /// Reads a Chinese ordinal starting at `start` (before `limit`): its value (1…999) and end index.
    ///
    /// Rejects runs that are not ordinals: `二〇二三` (digits side by side), `百` without a digit, zero.
    static func readOrdinal(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (value: Int, end: Int)? {
        var total = 0
        var current = 0
        var lastWasDigit = false
        var lastWasZero = false
        var j = start
        while j < limit, j - start < maxCJKLength, let v = ordinalValue(s[j]) {
            switch v {
            case 10:
                total += (current == 0 ? 1 : current) * 10
                current = 0
                lastWasDigit = false
                lastWasZero = false
            case 100:
                guard current > 0, total == 0 else { return nil }
                total = current * 100
                current = 0
                lastWasDigit = false
                lastWasZero = false
            default:
                if lastWasDigit, !lastWasZero { return nil }
                current = v
                lastWasDigit = true
                lastWasZero = v == 0
            }
            j += 1
        }
        guard j > start else { return nil }
        if j < limit, j - start >= maxCJKLength, isOrdinalCharacter(s[j]) { return nil }
        let value = total + current
        guard value > 0, value <= 999 else { return nil }
        return (value, j)
    }

    /// Reads one to three Arabic digits (full- or half-width) at `start`; nil for none or more than three.
    static func readArabic(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (value: Int, end: Int)? {
        var value = 0
        var j = start
        while j < limit, ScalarFold.isDigit(s[j]) {
            guard j - start < maxArabicDigits else { return nil }
            value = value * 10 + Int(ScalarFold.analysis(s[j]).value - 0x30)
            j += 1
        }
        guard j > start else { return nil }
        return (value, j)
    }

    // MARK: Value mode

    /// A Chinese number read in value mode.
    package struct Value: Sendable, Equatable {
        /// The integer value (`UInt64.max / 10` after an overflow).
        package var significand: UInt64 = 0
        /// Where the number ends.
        package var end = 0
        /// Read digit by digit (`二〇二三`), not by place value.
        package var digitByDigit = false
        /// At least one digit was written (`十` and `百亿` have none).
        package var hasDigit = false
        /// At least one place word was written.
        package var hasPlaceWord = false
        /// The last place word is 亿 with no digit after it (`三亿`, not `三亿五`).
        package var endsInYi = false
        /// More than 64 bits were needed.
        package var overflow = false
    }

    /// The longest run of characters read as one value.
    static let maxValueLength = 24
    /// The longest run read digit by digit.
    static let maxDigitRun = 18

    /// Reads a value at `start`: two digits side by side (not 两) are read digit by digit (`二〇二三`,
    /// at most 18); otherwise by place value (`二十五`, `三千五百`, `两万`, `百亿`, a leading 十 or 万).
    /// A 百 or 千 followed by 瓦 米 克 分 is a unit (`千瓦`, `百分之`), not a place word. Nil when no
    /// numeral starts at `start`.
    package static func readValue(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Value? {
        var n = Value()
        if start + 1 < limit, let d0 = digit(s[start]), let d1 = digit(s[start + 1]), s[start] != "两", s[start + 1] != "两" {
            var value = UInt64(d0) &* 10 &+ UInt64(d1)
            var j = start + 2
            while j < limit, j - start < maxDigitRun, let d = digit(s[j]), s[j] != "两" {
                value = value &* 10 &+ UInt64(d)
                j += 1
            }
            n.significand = value
            n.end = j
            n.digitByDigit = true
            n.hasDigit = true
            return n
        }
        // Place-value reading: total = 亿 groups + 万 group + section + digit.
        var yi: UInt64 = 0, wan: UInt64 = 0, section: UInt64 = 0, current: UInt64 = 0
        var pendingDigit = false
        var lastPlace = 0
        var j = start
        while j < limit, j - start < maxValueLength {
            let c = s[j]
            if let d = digit(c) {
                if pendingDigit { break }         // two digits without a place word: stop
                current = UInt64(d)
                pendingDigit = d != 0
                n.hasDigit = true
                j += 1
                continue
            }
            guard let e = placeExponent(c) else { break }
            if j + 1 < limit, startsUnit(e, next: s[j + 1], trailing: false) { break }
            let unit = pow10(e)
            switch e {
            case 1, 2, 3:
                let m = current == 0 ? 1 : current
                let (p, o1) = m.multipliedReportingOverflow(by: unit)
                let (sum, o2) = section.addingReportingOverflow(p)
                if o1 || o2 { n.overflow = true }
                section = sum
            case 4:
                var group = section &+ current
                if group == 0, wan == 0, yi == 0 { group = 1 }   // a leading 万
                let (g, o1) = group.multipliedReportingOverflow(by: unit)
                let (w, o2) = wan.addingReportingOverflow(g)
                if o1 || o2 { n.overflow = true }
                wan = w
                section = 0
            default:
                var base = yi &+ wan &+ section &+ current
                if base == 0 { base = 1 }
                let (y, o) = base.multipliedReportingOverflow(by: unit)
                if o { n.overflow = true }
                yi = y
                wan = 0
                section = 0
            }
            current = 0
            pendingDigit = false
            n.hasPlaceWord = true
            lastPlace = e
            j += 1
        }
        guard j > start, n.hasDigit || n.hasPlaceWord else { return nil }
        let (t1, o1) = yi.addingReportingOverflow(wan)
        let (t2, o2) = t1.addingReportingOverflow(section)
        let (t3, o3) = t2.addingReportingOverflow(current)
        if o1 || o2 || o3 { n.overflow = true }
        n.significand = n.overflow ? UInt64.max / 10 : t3
        n.end = j
        n.endsInYi = lastPlace == 8 && !pendingDigit
        return n
    }

    /// Whether the place word of exponent `place` followed by `next` is a unit rather than a place
    /// word: 百/千 before 瓦 米 克 分 (`千瓦`, `千米`, `千克`, `百分之`); as a place word trailing a
    /// number (`NumberReader`: `3千字`, `十余千字`) also before 字.
    @inline(__always)
    package static func startsUnit(_ place: Int, next: Unicode.Scalar, trailing: Bool) -> Bool {
        guard place == 2 || place == 3 else { return false }
        return next == "瓦" || next == "米" || next == "克" || next == "分" || (trailing && next == "字")
    }

    /// 10^e for small e.
    @inline(__always)
    package static func pow10(_ e: Int) -> UInt64 {
        var v: UInt64 = 1
        for _ in 0..<e { v &*= 10 }
        return v
    }
}
