import Foundation

/// 百分比 (percentages): `25%`, `25％`, `百分之二十五`, `3%-5%`, `3-5%`, `10%以上`, `5个百分点`.
package enum PercentageExtractor: ValueExtractor {
    static let pointWords: [[Unicode.Scalar]] = [ScalarPattern.scalars("个百分点"), ScalarPattern.scalars("百分点")]
    static let percentOf = ScalarPattern.scalars("百分之")

    /// The kind and end of a percent sign or 个百分点 at `index`, or nil.
    static func sign(_ s: [Unicode.Scalar], at index: Int, limit: Int) -> (PercentageKind, Int)? {
        guard index < limit else { return nil }
        if ScalarFold.analysis(s[index]) == "%" { return (.percent, index + 1) }
        if let k = ScalarPattern.longestMatch(s, at: index, pointWords, limit: limit) {
            return (.percentagePoint, index + pointWords[k].count)
        }
        return nil
    }

    /// The percentage the number `n` starts, or nil.
    package static func match(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int? = nil) -> Percentage? {
        let s = clean.scalars
        guard n.form == .arabic || n.form == .chinese, n.approxWord == nil, !followsOperator(s, n.range.lowerBound, floor: floor) else { return nil }
        let j = ScalarPattern.skipSpace(s, n.range.upperBound, limit: limit)
        guard let (kind, signEnd) = sign(s, at: j, limit: limit) else { return nil }
        var end = signEnd
        var upper = n.upper
        var overflow = n.overflow
        // `3%-5%`, `60%—70%`: a second percentage closes a range.
        if upper == nil, end < limit {
            let c = ScalarFold.analysis(s[end])
            if c == "-" || c == "~" || c.value == 0x2014 || c.value == 0x2013 || c.value == 0xFF5E || c == "至" {
                var k = end + 1
                if c.value == 0x2014, k < limit, s[k].value == 0x2014 { k += 1 }
                if let second = NumberReader.read(s, at: k, limit: limit, ranges: false), second.form == n.form,
                   let (kind2, end2) = sign(s, at: second.range.upperBound, limit: limit), kind2 == kind,
                   second.value >= n.value {
                    upper = second.value
                    overflow = overflow || second.overflow
                    end = end2
                }
            }
        }
        let q = QualifiedValue.qualify(s, start: n.range.lowerBound, end: end, infix: nil, floor: floor, limit: limit)
        return Percentage(q.number(clean, value: n.value, upper: upper, overflow: overflow), kind: kind)
    }

    /// Whether the number at `start` is a factor of a formula (`总台次数×100%`, `A/B*100%`): no share.
    static func followsOperator(_ s: [Unicode.Scalar], _ start: Int, floor: Int) -> Bool {
        var k = start - 1
        while k >= floor, CharacterClass.isBlank(s[k]) { k -= 1 }
        guard k >= floor else { return false }
        switch s[k] {
        case "×", "✕", "✖", "*", "＊", "÷", "/", "／": return true
        default: return false
        }
    }

    /// `百分之` starts a percentage without digits.
    package static var wordTriggers: [Unicode.Scalar] { ["百"] }

    /// `百分之二十五` at `index`.
    package static func matchWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?) -> Percentage? {
        matchPercentOf(clean, at: index, floor: floor, limit: limit)
    }

    /// `百分之二十五` starting at `index` (at 百), or nil.
    static func matchPercentOf(_ clean: CleanText, at index: Int, floor: Int, limit: Int) -> Percentage? {
        let s = clean.scalars
        guard ScalarPattern.matches(s, at: index, percentOf, limit: limit),
              let n = NumberReader.read(s, at: index + 3, limit: limit),
              n.form == .arabic || n.form == .chinese || n.form == .magnitudeOnly else { return nil }
        let q = QualifiedValue.qualify(s, start: index, end: n.range.upperBound, infix: nil, floor: floor, limit: limit)
        return Percentage(q.number(clean, value: n.value, upper: n.upper, overflow: n.overflow), kind: .percent)
    }
}
