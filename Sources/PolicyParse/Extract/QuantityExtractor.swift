import Foundation

/// 数量 (quantities): a number with a measure word (量词), `10家`, `不少于20项`, `5家以上`, `1-2个`, `10+`.
///
/// Chinese numerals count only with a place word (`十家`, `二十个`, `三百名`): single numerals such as
/// `一个`, `两个`, `一批`, `三项` are prose and skipped, and so is anything after `第` (ordinals).
/// Durations are the exception (`五个工作日`, `三个月`, `两天`), and so is `个` with a bound
/// (`两个以上`): both are always counts.
package enum QuantityExtractor: ValueExtractor {
    /// Measure words (量词), longest first.
    package static let measureWords: [String] = [
        "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "个工作日", "个自然日", "个小时", "个月", "工作日", "自然日",
        "小时", "天", "平米", "公里", "千米", "公顷", "人次", "户次", "台套", "千瓦",
        "兆瓦", "部门", "家", "个", "项", "所", "名", "人", "场", "次", "批", "座", "条", "套", "台", "款", "类", "种", "支",
        "户", "件", "份", "篇", "部", "处", "只", "辆", "架", "艘", "位", "间", "栋", "幢", "张", "本", "门", "组", "队",
        "例", "株", "亩", "吨", "米", "倍", "期", "轮", "起", "校", "片", "块",
    ].sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    static let measureScalars: [[Unicode.Scalar]] = measureWords.map { ScalarPattern.scalars($0) }
    /// Measure words of time, which a single Chinese numeral counts too (`五个工作日`, `三个月`).
    static let durationWords: Set<String> = ["个工作日", "个自然日", "个小时", "个月", "工作日", "自然日", "小时", "天"]

    /// Measure words that begin a longer word, and the characters that complete it: before them the
    /// measure word is no count (`11.121人才梯队` is not 121人; `121人员` neither). Only words whose
    /// continuation never follows a count are listed: `1000人大会`, `3人身亡`, `10人工作组`,
    /// `5000人群众`, `100万人口`, `1000人居住` are counts, so 大/身/工/群/口/居 are not; nor is
    /// 名 listed (`2名单位负责人`, `8名录用人员` count people).
    package static let wordStarts: [String: String] = [
        "人": "才员民力",   // 人才, 人员, 人民, 人力
        "条": "例件",       // 条例, 条件
        "台": "账",         // 台账
        "天": "然津下",     // 天然, 天津, 天下
    ]
    /// `wordStarts` aligned with `measureWords` (empty where a measure word has none).
    static let wordStartScalars: [[Unicode.Scalar]] = measureWords.map { Array((wordStarts[$0] ?? "").unicodeScalars) }

    /// Head nouns that name what a bare `10+` counts (`10+网络安全龙头企业` counts 企业).
    package static let headNouns: [String] = [
        "企业", "机构", "平台", "园区", "基地", "中心", "项目", "产品", "团队", "场景", "应用", "集群", "标准", "人才", "专家",
    ]
    static let headNounScalars: [[Unicode.Scalar]] = headNouns.map { ScalarPattern.scalars($0) }

    /// How far after `10+` a head noun is looked for.
    static let headNounWindow = 16

    /// The quantity the number `n` starts, or nil.
    package static func match(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int? = nil) -> Quantity? {
        let s = clean.scalars
        switch n.form {
        case .arabic, .chinese: break
        case .chineseDigits, .magnitudeOnly: return nil
        }
        let single = n.form == .chinese && !n.hasPlaceWord
        let start = n.range.lowerBound
        if start > floor, s[start - 1] == "第" { return nil }
        var j = n.range.upperBound
        var infix: ComparatorWords.Found?
        var plus = false
        if let a = n.approxWord {
            infix = ComparatorWords.Found(comparator: .approx, range: a)
        } else if !n.isRange, let a = QualifiedValue.approxWord(s, at: j, limit: limit) {
            infix = a
            j += 1
        } else if !n.isRange, j < limit, ScalarFold.analysis(s[j]) == "+",
                  j + 1 >= limit || !ScalarPattern.isDigit(ScalarFold.analysis(s[j + 1])) {
            infix = ComparatorWords.Found(comparator: .gte, range: j..<(j + 1))
            plus = true
            j += 1
        }
        // A space before the measure word only inside a line or on a wrapped line, and only a plain
        // space: `7.3　本预案` and `2　组织机构` are outline numbers, `…和 52 家所属单位的\n100 个活动` is a count.
        if n.form == .arabic, j < limit, s[j] == " " || s[j].value == 0xA0, !startsOwnLine(s, start, floor: floor) { j += 1 }
        var unit: String
        var end: Int
        var upper = n.upper
        var bracketed = false
        if let k = ScalarPattern.longestMatch(s, at: j, measureScalars, limit: limit) {
            let after = j + measureScalars[k].count
            if after < limit, wordStartScalars[k].contains(s[after]) { return nil }
            unit = measureWords[k]
            end = j + measureScalars[k].count
            if single, !durationWords.contains(unit),
               unit != "个" || ScalarPattern.longestMatch(s, at: end, ComparatorWords.boundScalars, limit: limit) == nil {
                return nil
            }
            // `6个月至12个月`, `1倍以上5倍以下`: the unit written twice around one range.
            if upper == nil, infix == nil, let range = QualifiedValue.secondEnd(s, from: end, form: n.form, value: n.value, limit: limit, unit: { u in
                ScalarPattern.matches(s, at: u, measureScalars[k], limit: limit) ? measureScalars[k].count : nil
            }) {
                upper = range.upper.value
                end = range.end
                bracketed = range.bracketed
            }
        } else if !single, plus, let noun = headNoun(s, from: j, limit: limit) {
            unit = noun
            end = infix?.range.upperBound ?? j
        } else {
            return nil
        }
        let q = QualifiedValue.qualify(s, start: start, end: end, infix: infix, floor: floor, limit: limit, bracketed: bracketed)
        return Quantity(q.number(clean, value: n.value, upper: upper, overflow: n.overflow), unit: unit)
    }

    /// Whether only spaces stand between the line start (or `floor`) and `index`.
    static func atLineStart(_ s: [Unicode.Scalar], _ index: Int, floor: Int) -> Bool {
        var k = index - 1
        while k >= floor {
            let c = s[k]
            if c == "\n" || c == ">" { return true }
            if !DepartmentList.isBlank(c) { return false }
            k -= 1
        }
        return true
    }

    /// Whether `index` starts a line of its own: only spaces before it on its line, and the line
    /// before (if its break lies at or above `floor`) ends where the wrap rule sees a real break.
    static func startsOwnLine(_ s: [Unicode.Scalar], _ index: Int, floor: Int) -> Bool {
        guard atLineStart(s, index, floor: floor) else { return false }
        var k = index - 1
        while k >= floor, s[k] != "\n" { k -= 1 }
        guard k > floor, s[k] == "\n" else { return true }
        var end = k
        while end > floor, CharacterClass.isBlank(s[end - 1]) { end -= 1 }
        // The whole line weighs, also where a mention before the number raised `floor` into it.
        let start = WrapRule.lineStart(before: end, in: s)
        return !(start < end && WrapRule.allowsWrap(after: start..<end, in: s))
    }

    /// The first head noun within `headNounWindow` characters of CJK text after `from`.
    static func headNoun(_ s: [Unicode.Scalar], from: Int, limit: Int) -> String? {
        var k = from
        let end = min(limit, from + headNounWindow)
        while k < end, ScalarPattern.isHan(s[k]) {
            if let h = ScalarPattern.longestMatch(s, at: k, headNounScalars, limit: limit) { return headNouns[h] }
            k += 1
        }
        return nil
    }
}
