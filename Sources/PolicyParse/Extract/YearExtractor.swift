import Foundation

/// 年份与期限 (years and deadlines): `2023年`, `2021-2023年`, `2021年至2023年`, `到2025年`, `2023年底前`,
/// `2022年度`, `2016年1月5日`, `二〇二三年`, `“十四五”期间`.
///
/// Only years from `minYear` to `maxYear` count. A month or deadline without a year (`6月底前`,
/// `年底前`) is read only when a context year is given (`MentionExtractor.extract(from:in:contextYear:)`).
package enum YearExtractor: ValueExtractor {
    /// The earliest plausible year.
    package static let minYear = 1949
    /// The latest plausible year.
    package static let maxYear = 2100

    static let leadWords: [[Unicode.Scalar]] = ["截止到", "力争到", "截至", "截止", "到", "至"].map { ScalarPattern.scalars($0) }
    static let yearDeadlines: [[Unicode.Scalar]] = ["底之前", "底以前", "底前", "末前", "上旬前", "中旬前", "下旬前", "之前", "以前", "上旬", "中旬",
                                                    "下旬", "底", "末", "前"].map { ScalarPattern.scalars($0) }
    static let dayDeadlines: [[Unicode.Scalar]] = ["之前", "以前", "前"].map { ScalarPattern.scalars($0) }
    /// Words after a year that open a period from it on (`2019年起`, `2021年开始`, `2016年以来`).
    static let sinceWords: [[Unicode.Scalar]] = ["开始", "以来", "起"].map { ScalarPattern.scalars($0) }
    static let periodTails: [[Unicode.Scalar]] = ["规划期", "期间", "时期", "末"].map { ScalarPattern.scalars($0) }
    static let bareYearWords: [[Unicode.Scalar]] = ["今年", "本年", "当年", "年"].map { ScalarPattern.scalars($0) }

    /// Whether `y` is a plausible year.
    @inline(__always)
    static func plausible(_ y: Int) -> Bool { y >= minYear && y <= maxYear }

    /// A year written as four digits: `2023`, `二〇二三`.
    static func fourDigitYear(_ n: NumberReading) -> Int? {
        guard n.approxWord == nil, n.digitCount == 4, let y = n.plainInteger, plausible(y) else { return nil }
        guard n.form == .arabic || n.form == .chineseDigits else { return nil }
        return y
    }

    /// The year mention the number `n` starts, or nil.
    package static func match(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int?) -> YearMention? {
        let s = clean.scalars
        if let from = fourDigitYear(n) {
            guard var m = matchYear(clean, n, from: from, floor: floor, limit: limit) else { return nil }
            // `逐步推进2016年前建设的…` in a plan signed in 2021: a time before the document, no deadline.
            if m.deadline == true, let contextYear, m.to < contextYear { m.deadline = nil }
            return m
        }
        // `6月底前` with a context year (not after 年 or 年度: `每年2月底前`, `上一年度1月至12月` name no year;
        // nor after 至/到, the end of a range whose start was not read).
        if let year = contextYear, !n.isRange, let month = n.plainInteger, month >= 1, month <= 12,
           n.form == .arabic || n.form == .chinese, n.range.upperBound < limit, s[n.range.upperBound] == "月",
           n.range.lowerBound == floor || !"年度至到".unicodeScalars.contains(s[n.range.lowerBound - 1]) {
            var m = YearMention(text: "", from: year, to: year, span: Span(n.range.lowerBound, n.range.upperBound + 1))
            m.month = month
            var end = monthTail(s, &m, after: n.range.upperBound + 1, limit: limit)
            if let (to, rangeEnd) = dateRangeEnd(s, &m, after: end, limit: limit) {
                m.to = to
                end = rangeEnd
            }
            m.span = Span(n.range.lowerBound, end)
            m.text = clean.text(m.span.range)
            return m
        }
        return nil
    }

    /// A mention starting with the year `from` read from `n`.
    static func matchYear(_ clean: CleanText, _ n: NumberReading, from: Int, floor: Int, limit: Int) -> YearMention? {
        let s = clean.scalars
        var to = from
        if n.isRange {
            guard let upper = n.upperPlainInteger, n.upperDigitCount == 4, plausible(upper), upper >= from else { return nil }
            to = upper
        }
        var j = ScalarPattern.skipSpace(s, n.range.upperBound, limit: limit)
        // `（2024－2026）`: a range of years alone in brackets, as titles write a plan's period.
        if n.isRange, j < limit, ScalarFold.analysis(s[j]) == ")", n.range.lowerBound > 0,
           ScalarFold.analysis(s[n.range.lowerBound - 1]) == "(" {
            return YearMention(text: clean.text(n.range), from: from, to: to, span: Span(n.range.lowerBound, n.range.upperBound))
        }
        guard j < limit, s[j] == "年" else { return nil }
        j += 1
        var m = YearMention(text: "", from: from, to: to, span: Span(n.range.lowerBound, j))
        var end = j
        if !n.isRange, let (upper, upperEnd) = rangeEnd(s, after: j, from: from, limit: limit) {
            m.to = upper
            end = upperEnd
        }
        if end < limit, s[end] == "度" {
            end += 1
        } else if m.from == m.to {
            // Month and day: `2016年1月5日`, `二〇〇五年六月十一日`.
            if let mo = NumberReader.read(s, at: end, limit: limit, ranges: false), let month = mo.plainInteger,
               month >= 1, month <= 12, mo.form != .magnitudeOnly, mo.range.upperBound < limit, s[mo.range.upperBound] == "月" {
                m.month = month
                end = monthTail(s, &m, after: mo.range.upperBound + 1, limit: limit)
                if let (to, rangeEnd) = dateRangeEnd(s, &m, after: end, limit: limit) {
                    m.to = to
                    end = rangeEnd
                }
            } else if let k = ScalarPattern.longestMatch(s, at: end, yearDeadlines, limit: limit) {
                m.deadline = true
                end += yearDeadlines[k].count
            }
        } else if let k = ScalarPattern.longestMatch(s, at: end, yearDeadlines, limit: limit) {
            m.deadline = true
            end += yearDeadlines[k].count
        }
        // `从2019年起`, `自2021年开始`, `2016年以来`: the year opens a period with no end written.
        if m.deadline != true, let k = ScalarPattern.longestMatch(s, at: end, sinceWords, limit: limit),
           end + sinceWords[k].count >= limit || NumberReader.separatorEnd(s, at: end + sinceWords[k].count, limit: limit) == nil {
            m.since = true
            end += sinceWords[k].count
        }
        var start = n.range.lowerBound
        if let k = ScalarPattern.longestSuffix(s, before: start, leadWords, floor: floor) {
            start -= leadWords[k].count
            // `截至2020年底，全区…` and `…。至2024年底，财政部尚未…` (至 opening a clause): a date things
            // are counted at, not a deadline (`截至2025年底前` is one; `持续至2024年底` is a period's end).
            let asOf = s[start] == "截" || (s[start] == "至" && opensClause(s, start, floor: floor))
            if asOf, m.deadline == true, end > 0, s[end - 1] != "前" { m.deadline = nil }
        }
        m.span = Span(start, end)
        m.text = clean.text(start..<end)
        return m
    }

    /// Whether `index` opens a clause: only blanks stand between it and the line start, `floor`
    /// or a punctuation mark (`，。；：`).
    static func opensClause(_ s: [Unicode.Scalar], _ index: Int, floor: Int) -> Bool {
        var k = index - 1
        while k >= floor, CharacterClass.isBlank(s[k]) { k -= 1 }
        guard k >= floor else { return true }
        switch ScalarFold.analysis(s[k]) {
        case "\n", "，", ",", "。", "；", ";", "：", ":", "、": return true
        default: return false
        }
    }


    /// `至2023年`, `-2023年`, `到2023年` after a first year: the last year and where it ends.
    static func rangeEnd(_ s: [Unicode.Scalar], after j: Int, from: Int, limit: Int) -> (Int, Int)? {
        guard let k = NumberReader.separatorEnd(s, at: j, limit: limit) else { return nil }
        guard let n = NumberReader.read(s, at: k, limit: limit, ranges: false), let y = fourDigitYear(n), y >= from else { return nil }
        var end = n.range.upperBound
        if end < limit, s[end] == "年" { end += 1 } else { return nil }
        return (y, end)
    }

    /// The end of a range of dates after a first date (`2019年1月1日至12月31日`, `2020年3月至6月底前`,
    /// `自2019年7月1日起至9月30日止`, `2019年1月至2020年6月`): the last year (the first date's when the
    /// second names none) and where it ends; a deadline word at the end makes `m` a deadline.
    static func dateRangeEnd(_ s: [Unicode.Scalar], _ m: inout YearMention, after j: Int, limit: Int) -> (Int, Int)? {
        guard let k = NumberReader.separatorEnd(s, at: j < limit && s[j] == "起" ? j + 1 : j, limit: limit) else { return nil }
        guard let n = NumberReader.read(s, at: k, limit: limit, ranges: false), n.form != .magnitudeOnly else { return nil }
        var year = m.from
        var monthStart = k
        if let y = fourDigitYear(n) {
            guard y >= m.from, n.range.upperBound < limit, s[n.range.upperBound] == "年" else { return nil }
            year = y
            monthStart = n.range.upperBound + 1
        }
        guard let mo = NumberReader.read(s, at: monthStart, limit: limit, ranges: false), let month = mo.plainInteger,
              month >= 1, month <= 12, mo.form != .magnitudeOnly, mo.range.upperBound < limit, s[mo.range.upperBound] == "月" else { return nil }
        // The same year: the range runs forward (`1月至12月`, not `6月至3月`).
        if year == m.from, let first = m.month, month < first { return nil }
        var last = YearMention(text: "", from: year, to: year, span: Span(k, k))
        var end = monthTail(s, &last, after: mo.range.upperBound + 1, limit: limit)
        if last.deadline == true { m.deadline = true }
        if end < limit, s[end] == "止" { end += 1 }
        return (year, end)
    }

    /// Reads a day and deadline words after `月`; returns where the mention ends.
    static func monthTail(_ s: [Unicode.Scalar], _ m: inout YearMention, after j: Int, limit: Int) -> Int {
        var end = j
        if let d = NumberReader.read(s, at: end, limit: limit, ranges: false), let day = d.plainInteger, day >= 1, day <= 31,
           d.form != .magnitudeOnly, d.range.upperBound < limit, s[d.range.upperBound] == "日" || s[d.range.upperBound] == "号" {
            m.day = day
            end = d.range.upperBound + 1
            if let k = ScalarPattern.longestMatch(s, at: end, dayDeadlines, limit: limit) {
                m.deadline = true
                end += dayDeadlines[k].count
            }
        } else if let k = ScalarPattern.longestMatch(s, at: end, yearDeadlines, limit: limit) {
            m.deadline = true
            end += yearDeadlines[k].count
        }
        return end
    }

    /// `十四五` starts a plan period; 年/今/本/当 a year-less deadline (with a context year).
    package static var wordTriggers: [Unicode.Scalar] { ["十", "年", "今", "本", "当"] }

    /// A plan period at 十, or a year-less deadline in `contextYear` at 年/今/本/当.
    package static func matchWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?) -> YearMention? {
        if clean.scalars[index] == "十" { return matchPlanPeriod(clean, at: index, floor: floor, limit: limit) }
        guard let contextYear else { return nil }
        return matchBareYear(clean, at: index, floor: floor, limit: limit, contextYear: contextYear)
    }

    /// The five-year plan named at `index` (at 十), or nil: the one reading of plan names, for
    /// mentions and titles. `十四五` and `第十四个五年规划` name the 14th plan; the N-th starts in
    /// 1966 + 5·(N − 3) (the 14th: 2021–2025). `range` covers the name (from 第 in the long form,
    /// with its 规划/计划).
    static func planName(_ s: [Unicode.Scalar], at index: Int, floor: Int, limit: Int) -> (from: Int, range: Range<Int>)? {
        guard index + 2 < limit, s[index] == "十" else { return nil }
        if index > floor, s[index - 1] == "第" {
            // `第十个五年计划`, `第十四个五年规划`.
            var k = index + 1
            var n = 10
            if let x = ChineseNumeral.digit(s[k]), x >= 1, s[k] != "两" { n += x; k += 1 }
            guard k + 2 < limit, s[k] == "个", s[k + 1] == "五", s[k + 2] == "年" else { return nil }
            var end = k + 3
            if end + 1 < limit, s[end] == "规" || s[end] == "计", s[end + 1] == "划" { end += 2 }
            return (1966 + 5 * (n - 3), (index - 1)..<end)
        }
        guard s[index + 2] == "五", let x = ChineseNumeral.digit(s[index + 1]), x >= 1, s[index + 1] != "两" else { return nil }
        if index + 3 < limit, ChineseNumeral.isValueCharacter(s[index + 3]) { return nil }
        if index > floor, ChineseNumeral.digit(s[index - 1]) != nil { return nil }
        return (1966 + 5 * (10 + x - 3), index..<(index + 3))
    }

    /// A five-year plan period at `index` (at 十): `十四五` is 2021–2025; quotes and 期间/时期 are included.
    static func matchPlanPeriod(_ clean: CleanText, at index: Int, floor: Int, limit: Int) -> YearMention? {
        let s = clean.scalars
        guard let (from, name) = planName(s, at: index, floor: floor, limit: limit) else { return nil }
        var start = name.lowerBound
        var end = name.upperBound
        if start > floor, isOpenQuote(s[start - 1]) { start -= 1 }
        if end < limit, isCloseQuote(s[end]) { end += 1 }
        if let k = ScalarPattern.longestMatch(s, at: end, periodTails, limit: limit) {
            end += periodTails[k].count
        }
        return YearMention(text: clean.text(start..<end), from: from, to: from + 4, span: Span(start, end))
    }

    /// `年底前`, `今年底`, `年内` without a number, given a context year; `index` is at 今/本/当/年.
    static func matchBareYear(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int) -> YearMention? {
        let s = clean.scalars
        guard let k = ScalarPattern.longestMatch(s, at: index, bareYearWords, limit: limit) else { return nil }
        let afterYear = index + bareYearWords[k].count
        guard let d = ScalarPattern.longestMatch(s, at: afterYear, yearDeadlines, limit: limit),
              yearDeadlines[d].count >= 2 || s[afterYear] == "底" || s[afterYear] == "末" else { return nil }
        if index > floor {
            let p = ScalarFold.analysis(s[index - 1])
            if ScalarPattern.isDigit(p) || ChineseNumeral.digit(p) != nil || p == "每" || p == "半" || p == "明" || p == "去" || p == "前" { return nil }
        }
        let end = afterYear + yearDeadlines[d].count
        return YearMention(text: clean.text(index..<end), from: contextYear, to: contextYear, deadline: true, span: Span(index, end))
    }

    @inline(__always)
    static func isOpenQuote(_ c: Unicode.Scalar) -> Bool { c == "“" || c == "\"" || c == "「" || c == "‘" }
    @inline(__always)
    static func isCloseQuote(_ c: Unicode.Scalar) -> Bool { c == "”" || c == "\"" || c == "」" || c == "’" }
}
