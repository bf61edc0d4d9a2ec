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

    /// Where a separator between the two ends of a range (`-` `~` `—` `——` `–` `～` `至` `到`) at `j` ends, or nil.
    package static func separatorEnd(_ s: [Unicode.Scalar], at j: Int, limit: Int) -> Int? {
        guard j < limit else { return nil }
        let c = ScalarFold.analysis(s[j])
        guard c == "-" || c == "~" || c.value == 0x2014 || c.value == 0x2013 || c.value == 0xFF5E || c == "至" || c == "到" else { return nil }
        if c.value == 0x2014, j + 1 < limit, s[j + 1].value == 0x2014 { return j + 2 }
        return j + 1
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
        let sameScript = first.form == .arabic ? ScalarPattern.isDigit(d) : (first.form != .arabic && ChineseNumeral.isValueCharacter(d))
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
        if j + 1 < limit, s[j] == "余" || s[j] == "多", ChineseNumeral.placeExponent(s[j + 1]) != nil, s[j + 1] != "十" || n.form == .arabic {
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
        while k < limit, words < 3, let e = ChineseNumeral.placeExponent(s[k]) {
            // 千瓦, 千米, 千克, 百分 are units, not place words.
            if k + 1 < limit, ChineseNumeral.startsUnit(e, next: s[k + 1], trailing: true) { break }
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

    /// Chinese numerals: digit by digit (`二〇二三`) or with place words (`二十五`, `三千万`, `百亿`),
    /// read by `ChineseNumeral.readValue`.
    static func chinese(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Single? {
        guard let value = ChineseNumeral.readValue(s, at: start, limit: limit) else { return nil }
        var n = Single()
        n.significand = value.significand
        n.end = value.end
        n.overflow = value.overflow
        n.digitCount = value.end - start
        n.hasChineseDigit = value.hasDigit
        if value.digitByDigit {
            n.form = .chineseDigits
            n.plainInteger = n.digitCount <= 9 ? Int(value.significand) : nil
            return n
        }
        n.hasPlaceWord = value.hasPlaceWord
        n.endsInYi = value.endsInYi
        n.form = value.hasDigit || s[start] == "十" ? .chinese : .magnitudeOnly
        if !value.overflow, value.significand <= 100_000 { n.plainInteger = Int(value.significand) }
        return n
    }
}
