/// Which kinds of mentions a scan collects.
package struct MentionKinds: OptionSet, Sendable {
    /// The raw bits.
    package let rawValue: Int
    /// Creates a set from raw bits.
    package init(rawValue: Int) { self.rawValue = rawValue }
    /// 金额
    package static let amounts = MentionKinds(rawValue: 1)
    /// 百分比
    package static let percentages = MentionKinds(rawValue: 2)
    /// 年份与期限
    package static let years = MentionKinds(rawValue: 4)
    /// 数量
    package static let quantities = MentionKinds(rawValue: 8)
    /// 责任部门
    package static let departments = MentionKinds(rawValue: 16)
    /// Every kind.
    package static let all: MentionKinds = [.amounts, .percentages, .years, .quantities, .departments]
}

/// 提取 (extraction): runs every extractor over one node's own text in a single pass that triggers
/// on digits, Chinese numerals, 百分之 and 十X五; department annotations and task tables follow.
///
/// One stretch of text gives at most one mention among amounts, percentages, years and
/// quantities: a number is tried as a year, then a percentage, then an amount, then a quantity.
package enum MentionExtractor {
    /// The mentions in `range` of `clean`; spans are clean indices and `text` the display text.
    package static func extract(from clean: CleanText, in range: Range<Int>) -> Mentions {
        scan(clean, in: range, kinds: .all)
    }

    /// As `extract(from:in:)`, reading year-less deadlines (`6月底前`, `年底前`) in `contextYear`.
    package static func extract(from clean: CleanText, in range: Range<Int>, contextYear: Int?) -> Mentions {
        scan(clean, in: range, kinds: .all, contextYear: contextYear)
    }

    /// As `extract(from:in:contextYear:)`; with `firstListedLeads` (the document declares
    /// `列第一位者为牵头单位`) the first name of each department list leads and the others support.
    package static func extract(from clean: CleanText, in range: Range<Int>, contextYear: Int?, firstListedLeads: Bool) -> Mentions {
        scan(clean, in: range, kinds: .all, contextYear: contextYear, firstListedLeads: firstListedLeads)
    }

    /// The scan behind every extractor: collects `kinds` in `range` of `clean`.
    static func scan(_ clean: CleanText, in range: Range<Int>, kinds: MentionKinds, contextYear: Int? = nil,
                     firstListedLeads: Bool = false) -> Mentions {
        let s = clean.scalars
        let lo = max(0, min(range.lowerBound, s.count))
        let hi = max(lo, min(range.upperBound, s.count))
        var found = Mentions()
        var floor = lo
        var i = lo
        var afterAlnum = false   // previous character is an ASCII letter, digit or `.`
        var sawTab = false
        let numbers = kinds.contains(.years) || kinds.contains(.percentages) || kinds.contains(.amounts) || kinds.contains(.quantities)
        while i < hi {
            let c = ScalarFold.analysis(s[i])
            let v = c.value
            if v < 0x80 {
                let digit = v >= 0x30 && v <= 0x39
                if digit, !afterAlnum, numbers, let next = number(clean, at: i, floor: floor, limit: hi, kinds: kinds,
                                                                  contextYear: contextYear, into: &found) {
                    if next.mention { floor = next.index }
                    i = next.index
                    afterAlnum = next.mention ? false : true
                    continue
                }
                if v == 0x09 { sawTab = true }
                afterAlnum = digit || ScalarPattern.isLetter(c) || c == "."
                i += 1
                continue
            }
            afterAlnum = false
            guard numbers, (v >= 0x4E00 && v <= 0x9FFF) || v == 0x3007 else {
                i += 1
                continue
            }
            if c == "十", kinds.contains(.years), let m = YearExtractor.matchPlanPeriod(clean, at: i, floor: floor, limit: hi) {
                found.years.append(m)
                floor = m.span.end
                i = m.span.end
                continue
            }
            if c == "百", kinds.contains(.percentages), let m = PercentageExtractor.matchPercentOf(clean, at: i, floor: floor, limit: hi) {
                found.percentages.append(m)
                floor = m.span.end
                i = m.span.end
                continue
            }
            if let year = contextYear, kinds.contains(.years), c == "年" || c == "今" || c == "本" || c == "当",
               let m = YearExtractor.matchBareYear(clean, at: i, floor: floor, limit: hi, contextYear: year) {
                found.years.append(m)
                floor = m.span.end
                i = m.span.end
                continue
            }
            if ChineseNumeral.isValueCharacter(c) {
                if i > lo, ChineseNumeral.isValueCharacter(s[i - 1]) {
                    i += 1
                    continue
                }
                if let next = number(clean, at: i, floor: floor, limit: hi, kinds: kinds, contextYear: contextYear, into: &found) {
                    if next.mention { floor = next.index }
                    i = next.index
                    continue
                }
            }
            i += 1
        }
        if kinds.contains(.departments) {
            found.departments = DepartmentExtractor.extract(from: clean, in: lo..<hi, firstListedLeads: firstListedLeads)
            if sawTab {
                found.departments.append(contentsOf: TaskTable.departments(in: clean, range: lo..<hi))
                found.departments.sort { $0.span.start < $1.span.start }
            }
        }
        return found
    }

    /// Reads the number at `i` and classifies it; returns where to continue and whether a mention was found.
    private static func number(_ clean: CleanText, at i: Int, floor: Int, limit: Int, kinds: MentionKinds,
                               contextYear: Int?, into found: inout Mentions) -> (index: Int, mention: Bool)? {
        guard let n = NumberReader.read(clean.scalars, at: i, limit: limit) else { return nil }
        if kinds.contains(.years), let m = YearExtractor.match(clean, n, floor: floor, limit: limit, contextYear: contextYear) {
            found.years.append(m)
            return (m.span.end, true)
        }
        if kinds.contains(.percentages), let m = PercentageExtractor.match(clean, n, floor: floor, limit: limit) {
            found.percentages.append(m)
            return (m.span.end, true)
        }
        if kinds.contains(.amounts), let m = AmountExtractor.match(clean, n, floor: floor, limit: limit) {
            found.amounts.append(m)
            return (m.span.end, true)
        }
        if kinds.contains(.quantities), let m = QuantityExtractor.match(clean, n, floor: floor, limit: limit) {
            found.quantities.append(m)
            return (m.span.end, true)
        }
        return (max(n.range.upperBound, i + 1), false)
    }
}
