import Foundation

/// 限定语 (qualifier): the comparator a number carries, from words before it, 余/多 between it and
/// its unit, or words after the unit; words after win over 余/多, which win over words before.
struct QualifiedValue {
    /// The comparator stated, if any.
    var comparator: ValueComparator?
    /// Clean indices of the words the comparator was read from.
    var words: Range<Int>?
    /// Where the mention starts (comparator words before the number included).
    var start: Int
    /// Where the mention ends (comparator words after the unit included).
    var end: Int

    /// Qualifies the value written from `start` to `end` in `s`, looking no lower than `floor`
    /// and no higher than `limit`; `infix` is 余/多 or `+` already found inside. A `bracketed`
    /// range (`5元以上10元以下`, from `secondEnd`) holds its own bounds: no comparator, unless words
    /// follow it.
    static func qualify(_ s: [Unicode.Scalar], start: Int, end: Int, infix: ComparatorWords.Found?,
                        floor: Int, limit: Int, allowBefore: Bool = true, bracketed: Bool = false) -> QualifiedValue {
        var q = QualifiedValue(comparator: nil, words: nil, start: start, end: end)
        if allowBefore, start > floor, s[start - 1] == "数" || s[start - 1] == "几", start < end,
           s[start] == "十" || s[start] == "百" || s[start] == "千" || s[start] == "万" || s[start] == "亿",
           start - 1 == floor || !countNoun(s[start - 2]) {
            // `数十亿元`, `几百家`: more than the magnitude written, and 数 is part of the value.
            q.comparator = .gt
            q.words = (start - 1)..<start
            q.start = start - 1
        } else if allowBefore, let before = ComparatorWords.before(s, end: start, floor: floor) {
            q.comparator = before.comparator
            q.words = before.range
            q.start = before.range.lowerBound
        } else if allowBefore, let across = ComparatorWords.beforeNoun(s, end: start, floor: floor) {
            // The threshold is the value's; its span stays the number's own (the noun is not the value).
            q.comparator = across.comparator
            q.words = across.range
        }
        if let infix {
            q.comparator = infix.comparator
            q.words = infix.range
        }
        if let after = ComparatorWords.after(s, start: end, limit: limit) {
            q.comparator = after.comparator
            q.words = after.range
            q.end = after.range.upperBound
        } else if bracketed {
            q.comparator = nil
            q.words = nil
        }
        return q
    }

    /// A character that makes `X数` a noun (`人数十万人` is a count of people, not "several"):
    /// 人数, 户数, 次数, 件数, 总数, 个数, 倍数 ….
    static func countNoun(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "人", "户", "次", "件", "总", "个", "倍", "分", "天", "家", "项", "台", "位", "名", "指", "基", "系", "函", "参", "变", "计", "岁", "年":
            return true
        default:
            return false
        }
    }

    /// The upper end of a range written with its unit twice, read after the first unit at `unitEnd`:
    /// a separator and the second value (`5万元至10万元`, `6个月至12个月`), or two bounds (`5元以上10元以下`,
    /// `1倍以上5倍以下`, `1000万元及以上至5000万元`: `bracketed`, so the range carries no comparator).
    /// `unit(k)` is the length of the same unit at `k`, or nil; the second value is not smaller.
    static func secondEnd(_ s: [Unicode.Scalar], from unitEnd: Int, form: NumberReading.Form, value: Decimal, limit: Int,
                          unit: (Int) -> Int?) -> (upper: NumberReading, end: Int, bracketed: Bool)? {
        func second(at k: Int) -> (NumberReading, Int)? {
            guard let n = NumberReader.read(s, at: k, limit: limit, ranges: false),
                  n.form == form || (n.form != .arabic && form != .arabic), n.value >= value else { return nil }
            let u = ScalarPattern.skipSpace(s, n.range.upperBound, limit: limit)
            guard let length = unit(u) else { return nil }
            return (n, u + length)
        }
        if let k = NumberReader.separatorEnd(s, at: unitEnd, limit: limit), let (n, end) = second(at: k) { return (n, end, false) }
        guard let lower = ComparatorWords.after(s, start: unitEnd, limit: limit), lower.comparator == .gte else { return nil }
        var k = ScalarPattern.skipSpace(s, lower.range.upperBound, limit: limit)
        var joined = false
        if k < limit, s[k] == "至" || s[k] == "到" {
            joined = true
            k = ScalarPattern.skipSpace(s, k + 1, limit: limit)
        }
        guard let (n, unitEnd2) = second(at: k) else { return nil }
        if let closing = ComparatorWords.after(s, start: unitEnd2, limit: limit), closing.comparator == .lte {
            return (n, closing.range.upperBound, true)
        }
        return joined ? (n, unitEnd2, true) : nil
    }

    /// 余 or 多 at `index` (an approximate count such as `1000余元`), as a comparator.
    static func approxWord(_ s: [Unicode.Scalar], at index: Int, limit: Int) -> ComparatorWords.Found? {
        guard index < limit, s[index] == "余" || s[index] == "多" else { return nil }
        return ComparatorWords.Found(comparator: .approx, range: index..<(index + 1))
    }

    /// The qualified number from `start` to `end` (display text, clean span) with `value`, `upper`
    /// and `overflow` as read: the core every qualified kind wraps in its unit.
    func number(_ clean: CleanText, value: Decimal, upper: Decimal?, overflow: Bool) -> QualifiedNumber {
        QualifiedNumber(text: clean.text(start..<end), value: value, upper: upper, comparator: comparator,
                        comparatorText: wordsText(clean), overflow: overflow, span: Span(start, end))
    }

    /// The comparator words as display text.
    func wordsText(_ clean: CleanText) -> String? {
        guard let words else { return nil }
        return clean.text(words)
    }
}
