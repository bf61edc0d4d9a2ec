import Foundation

/// 金额 (amounts of money): `超过250亿元`, `1000余万元`, `5-10亿元`, `百亿级`, `3亿美元`.
package enum AmountExtractor: ValueExtractor {
    /// Currency words after a number, longest first, with their ISO 4217 code.
    static let currencies: [(String, String)] = [
        ("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("港币", "HKD"), ("日元", "JPY"),
        ("英镑", "GBP"), ("元", "CNY"),
    ]
    static let currencyScalars: [[Unicode.Scalar]] = currencies.map { ScalarPattern.scalars($0.0) }
    static let renminbi = ScalarPattern.scalars("人民币")

    /// The currency word at `index`: its code and length, or nil. `元` followed by 宇/素/件/旦 is no currency.
    static func currency(_ s: [Unicode.Scalar], at index: Int, limit: Int) -> (code: String, length: Int)? {
        guard let k = ScalarPattern.longestMatch(s, at: index, currencyScalars, limit: limit) else { return nil }
        let length = currencyScalars[k].count
        let after = index + length
        if after < limit, s[after] == "宇" || s[after] == "素" || s[after] == "件" || s[after] == "旦" { return nil }
        return (currencies[k].1, length)
    }

    /// The amount the number `n` starts, or nil; `floor` is the earliest index the mention may take.
    package static func match(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int? = nil) -> Amount? {
        let s = clean.scalars
        guard n.form != .chineseDigits else { return nil }
        var j = n.range.upperBound
        var infix: ComparatorWords.Found?
        if let a = n.approxWord {
            infix = ComparatorWords.Found(comparator: .approx, range: a)
        } else if !n.isRange, let a = QualifiedValue.approxWord(s, at: j, limit: limit) {
            infix = a
            j += 1
        }
        if n.form == .arabic || n.hasPlaceWord { j = ScalarPattern.skipSpace(s, j, limit: limit) }
        var code: String
        var unitEnd: Int
        var isScale = false
        if let (c, length) = currency(s, at: j, limit: limit) {
            code = c
            unitEnd = j + length
        } else if j < limit, s[j] == "级", n.endsInYi, !n.isRange, infix == nil {
            code = "CNY"
            unitEnd = j + 1
            isScale = true
        } else {
            return nil
        }
        // A lone place word (`亿元`) is an amount only with a comparator: `超亿元`, `亿元以上`.
        var start = n.range.lowerBound
        let rmb = ScalarPattern.skipSpaceBackward(s, start, floor: floor)
        if ScalarPattern.endsWith(s, before: rmb, renminbi, floor: floor) { start = rmb - renminbi.count }
        var value = n.value
        var upper = n.upper
        var overflow = n.overflow
        // `5万元至10万元`, `5元以上10元以下`, `1000万元及以上至5000万元`: a second amount in the same
        // currency closes a range.
        var bracketed = false
        if upper == nil, !isScale,
           let range = QualifiedValue.secondEnd(s, from: unitEnd, form: n.form, value: value, limit: limit, unit: { k in
               currency(s, at: k, limit: limit).flatMap { $0.0 == code ? $0.1 : nil }
           }) {
            upper = range.upper.value
            overflow = overflow || range.upper.overflow
            unitEnd = range.end
            bracketed = range.bracketed
        }
        var q = QualifiedValue.qualify(s, start: start, end: unitEnd, infix: infix, floor: floor, limit: limit, bracketed: bracketed)
        // `过百亿元`: 过 before a bare magnitude is `超过`.
        if n.form == .magnitudeOnly, q.comparator == nil, q.start > floor, s[q.start - 1] == "过" {
            q.start -= 1
            q.comparator = .gt
            q.words = q.start..<(q.start + 1)
        }
        if n.form == .magnitudeOnly, q.comparator == nil, !isScale { return nil }
        if upper != nil, n.upper == nil { value = n.value }
        return Amount(q.number(clean, value: value, upper: upper, overflow: overflow), currency: code)
    }
}
