import Foundation

/// 数字读取 (number reader): one hand-written scanner for Arabic, full-width and Chinese numerals,
/// place words (`1.2万亿`, `3千万`), 余/多 before a place word, and ranges (`5-10`, `5至10`, `1—2`).
///
/// Values are exact `Decimal`s built from a 64-bit significand and a power of ten; at most
/// `maxSignificantDigits` digits are kept and `overflow` is set when more were written.
package enum NumberReader {
    /// Significant digits kept exactly; more set `overflow`.
    package static let maxSignificantDigits = 18
    /// The largest power of ten a value may carry; larger ones are capped and set `overflow`.
    package static let maxExponent = 90
    /// Longest run of Chinese numerals read as one number.
    static let maxChineseLength = 24

    /// The value of a Chinese digit (零〇一二两三…九), or nil.
    @inline(__always)
    package static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
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

    /// Reads the number starting at `start` (with a range if `ranges`), or nil if none starts there.
    package static func read(_ s: [Unicode.Scalar], at start: Int, limit: Int, ranges: Bool = true) -> NumberReading? {
        guard start >= 0, start < limit, var first = single(s, at: start, limit: limit) else { return nil }
        guard ranges else { return first.reading(start: start) }
        // A range: separator, then a second number of the same script.
        var j = first.end
        guard j < limit else { return first.reading(start: start) }
        let c = ScalarFold.analysis(s[j])
        let isSeparator = c == "-" || c == "~" || c.value == 0x2014 || c.value == 0x2013 || c.value == 0x2015
            || c.value == 0xFF5E || c.value == 0x301C || c.value == 0x81F3 // 至
        guard isSeparator else { return first.reading(start: start) }
        j += 1
        if c.value == 0x2014, j < limit, s[j].value == 0x2014 { j += 1 }   // ——
        guard j < limit else { return first.reading(start: start) }
        let d = ScalarFold.analysis(s[j])
        let sameScript = first.form == .arabic ? ScalarPattern.isDigit(d) : (first.form != .arabic && (chineseDigit(d) != nil || placeExponent(d) != nil))
        guard sameScript, let second = single(s, at: j, limit: limit) else { return first.reading(start: start) }
        // `5-10亿`: the lower end takes the upper end's place words when it has none.
        if first.placeExponent == 0, second.placeExponent > 0, first.form == second.form {
            first.exponent += second.placeExponent
            first.placeExponent = second.placeExponent
            first.endsInYi = second.endsInYi
        }
        guard NumberReading.value((second.significand, second.exponent), isAtLeast: (first.significand, first.exponent)) else {
            return first.reading(start: start)
        }
        var reading = first.reading(start: start)
        reading.upperParts = (second.significand, second.exponent)
        reading.range = start..<second.end
        reading.overflow = first.overflow || second.overflow
        reading.hasPlaceWord = first.placeExponent > 0 || second.placeExponent > 0 || first.hasPlaceWord
        reading.endsInYi = second.endsInYi
        reading.plainInteger = first.plainInteger
        reading.upperPlainInteger = second.plainInteger
        reading.upperDigitCount = second.digitCount
        return reading
    }

    /// One number without a range.
    struct Single {
        var significand: UInt64 = 0
        var exponent = 0
        var overflow = false
        var end = 0
        var form: NumberReading.Form = .arabic
        var plainInteger: Int?
        var digitCount = 0
        var placeExponent = 0
        var hasPlaceWord = false
        var hasChineseDigit = false
        var endsInYi = false
        var approxWord: Range<Int>?

        func reading(start: Int) -> NumberReading {
            NumberReading(significand: significand, exponent: exponent, range: start..<end, form: form, overflow: overflow, plainInteger: plainInteger,
                          digitCount: digitCount, hasPlaceWord: hasPlaceWord || placeExponent > 0,
                          hasChineseDigit: hasChineseDigit, endsInYi: endsInYi, approxWord: approxWord)
        }

        /// Multiplies by 10^e, capping the exponent.
        mutating func scale(_ e: Int) {
            exponent += e
            if exponent > NumberReader.maxExponent {
                exponent = NumberReader.maxExponent
                overflow = true
            }
        }
    }

    /// Reads one number (no range) at `start`.
    static func single(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Single? {
        let c = ScalarFold.analysis(s[start])
        var n: Single
        if ScalarPattern.isDigit(c) {
            n = arabic(s, at: start, limit: limit)
        } else if let chinese = chinese(s, at: start, limit: limit) {
            n = chinese
        } else {
            return nil
        }
        // 余/多 between the number and a place word: `1000余万`, `十多亿`.
        var j = n.end
        if j + 1 < limit, s[j] == "余" || s[j] == "多", placeExponent(s[j + 1]) != nil, s[j + 1] != "十" || n.form == .arabic {
            n.approxWord = j..<(j + 1)
            j += 1
            n.end = j
            n.plainInteger = nil
            n.placeExponent = 0
        } else if n.form != .arabic {
            return n
        }
        // Place words after Arabic digits (or after 余): `250亿`, `1.2万亿`, `3千万`, `354.6 亿`.
        var k = j
        if n.form == .arabic, n.approxWord == nil { k = ScalarPattern.skipSpace(s, k, limit: limit) }
        var words = 0
        var yi = false
        while k < limit, words < 3, let e = placeExponent(s[k]) {
            // 千瓦, 千米, 千克, 百分 are units, not place words.
            if k + 1 < limit, e == 3 || e == 2 {
                let next = s[k + 1]
                if next == "瓦" || next == "米" || next == "克" || next == "分" || next == "字" { break }
            }
            n.scale(e)
            n.placeExponent += e
            yi = e == 8
            words += 1
            k += 1
        }
        if words > 0 {
            n.end = k
            n.plainInteger = nil
            n.endsInYi = yi
        }
        return n
    }

    /// Arabic digits with `,` groups and a decimal point.
    static func arabic(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Single {
        var n = Single()
        var j = start
        var kept = 0
        var written = 0
        var grouped = false
        while j < limit {
            let c = ScalarFold.analysis(s[j])
            if ScalarPattern.isDigit(c) {
                let d = UInt64(c.value - 0x30)
                if kept < NumberReader.maxSignificantDigits {
                    if n.significand != 0 || d != 0 { kept += 1 }
                    n.significand = n.significand &* 10 &+ d
                } else {
                    n.scale(1)
                    if d != 0 { n.overflow = true }
                }
                written += 1
                j += 1
            } else if c == ",", written > 0, isGroup(s, j + 1, limit: limit) {
                grouped = true
                j += 1
            } else {
                break
            }
        }
        if written > 0, written > NumberReader.maxSignificantDigits { n.overflow = true }
        var fraction = false
        if j + 1 < limit, ScalarFold.analysis(s[j]) == ".", ScalarPattern.isDigit(ScalarFold.analysis(s[j + 1])) {
            fraction = true
            j += 1
            while j < limit {
                let c = ScalarFold.analysis(s[j])
                guard ScalarPattern.isDigit(c) else { break }
                let d = UInt64(c.value - 0x30)
                if kept < NumberReader.maxSignificantDigits {
                    if n.significand != 0 || d != 0 { kept += 1 }
                    n.significand = n.significand &* 10 &+ d
                    n.exponent -= 1
                } else if d != 0 {
                    n.overflow = true
                }
                j += 1
            }
        }
        n.end = j
        n.form = .arabic
        n.digitCount = written
        if !fraction, !grouped, written <= 9, n.exponent == 0 { n.plainInteger = Int(n.significand) }
        return n
    }

    /// Whether exactly three digits follow at `index` (then a non-digit or another group).
    @inline(__always)
    static func isGroup(_ s: [Unicode.Scalar], _ index: Int, limit: Int) -> Bool {
        guard index + 3 <= limit else { return false }
        for k in index..<(index + 3) where !ScalarPattern.isDigit(ScalarFold.analysis(s[k])) { return false }
        if index + 3 < limit, ScalarPattern.isDigit(ScalarFold.analysis(s[index + 3])) { return false }
        return true
    }

    /// Chinese numerals: digit by digit (`二〇二三`) or with place words (`二十五`, `三千万`, `百亿`).
    static func chinese(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Single? {
        var n = Single()
        n.form = .chinese
        // Digit by digit: two Chinese digits in a row (not 两).
        if start + 1 < limit, let d0 = chineseDigit(s[start]), let d1 = chineseDigit(s[start + 1]),
           s[start] != "两", s[start + 1] != "两" {
            var value = UInt64(d0) &* 10 &+ UInt64(d1)
            var j = start + 2
            while j < limit, j - start < 18, let d = chineseDigit(s[j]), s[j] != "两" {
                value = value &* 10 &+ UInt64(d)
                j += 1
            }
            n.significand = value
            n.end = j
            n.form = .chineseDigits
            n.digitCount = j - start
            n.hasChineseDigit = true
            n.plainInteger = j - start <= 9 ? Int(value) : nil
            return n
        }
        // Place-value reading: total = 亿 groups + 万 group + section + digit.
        var yi: UInt64 = 0, wan: UInt64 = 0, section: UInt64 = 0, digit: UInt64 = 0
        var sawDigit = false, sawPlace = false, pendingDigit = false
        var lastPlace = 0
        var j = start
        while j < limit, j - start < maxChineseLength {
            let c = s[j]
            if let d = chineseDigit(c) {
                if pendingDigit { break }         // two digits without a place word: stop
                digit = UInt64(d)
                pendingDigit = d != 0
                sawDigit = true
                j += 1
                continue
            }
            guard let e = placeExponent(c) else { break }
            // 千瓦, 千米, 百分之 … are units, not place words.
            if j + 1 < limit, e == 2 || e == 3 {
                let next = s[j + 1]
                if next == "瓦" || next == "米" || next == "克" || next == "分" { break }
            }
            let unit = pow10(e)
            switch e {
            case 1, 2, 3:
                let m = digit == 0 ? 1 : digit
                let (p, o1) = m.multipliedReportingOverflow(by: unit)
                let (sum, o2) = section.addingReportingOverflow(p)
                if o1 || o2 { n.overflow = true }
                section = sum
            case 4:
                var group = section &+ digit
                if group == 0, wan == 0, yi == 0 { group = 1 }   // a leading 万
                let (g, o1) = group.multipliedReportingOverflow(by: unit)
                let (w, o2) = wan.addingReportingOverflow(g)
                if o1 || o2 { n.overflow = true }
                wan = w
                section = 0
            default:
                var base = yi &+ wan &+ section &+ digit
                if base == 0 { base = 1 }
                let (y, o) = base.multipliedReportingOverflow(by: unit)
                if o { n.overflow = true }
                yi = y
                wan = 0
                section = 0
            }
            digit = 0
            pendingDigit = false
            sawPlace = true
            lastPlace = e
            j += 1
        }
        guard j > start, sawDigit || sawPlace else { return nil }
        let (t1, o1) = yi.addingReportingOverflow(wan)
        let (t2, o2) = t1.addingReportingOverflow(section)
        let (t3, o3) = t2.addingReportingOverflow(digit)
        if o1 || o2 || o3 { n.overflow = true }
        if n.overflow {
            n.significand = UInt64.max / 10
        } else {
            n.significand = t3
        }
        n.end = j
        n.hasChineseDigit = sawDigit
        n.hasPlaceWord = sawPlace
        n.endsInYi = lastPlace == 8 && !pendingDigit
        n.form = sawDigit ? .chinese : (s[start] == "十" ? .chinese : .magnitudeOnly)
        n.digitCount = j - start
        if !n.overflow, t3 <= 100_000 { n.plainInteger = Int(t3) }
        return n
    }

    /// 10^e for small e.
    @inline(__always)
    static func pow10(_ e: Int) -> UInt64 {
        var v: UInt64 = 1
        for _ in 0..<e { v &*= 10 }
        return v
    }
}
