/// What a document says about its own department names: `以下简称` definitions
/// (`上海市经济和信息化委员会（以下简称市经信委）`) and the rule `列第一位者为牵头单位`.
///
/// Both read the whole clean text once, in linear time.
package enum DepartmentDefinitions {
    static let markers: [[Unicode.Scalar]] = ["以下简称", "下称", "简称"].map { Array($0.unicodeScalars) }

    /// Every `FULL（以下简称SHORT）` in `clean` where FULL names a body: (short, full) pairs.
    ///
    /// FULL is the run of Han characters before the bracket, from the last place a region, a level
    /// prefix or a national form can start it (so `成立上海市经济和信息化委员会` gives
    /// `上海市经济和信息化委员会`). Quotes around SHORT are dropped.
    package static func abbreviations(in clean: CleanText) -> [(short: String, full: String)] {
        let s = clean.scalars
        var out: [(String, String)] = []
        var i = 0
        let n = s.count
        while i < n {
            // Skip to the next `(` or `（` in a tight loop: nothing else starts a definition.
            i = s.withUnsafeBufferPointer { p in
                var k = i
                while k < n, p[k].value != 0x28, p[k].value != 0xFF08 { k += 1 }
                return k
            }
            guard i < n else { break }
            var j = i + 1
            guard let m = markers.first(where: { ScalarPattern.matches(s, at: j, $0, limit: s.count) }) else { i += 1; continue }
            j += m.count
            if j < s.count, s[j] == "：" || s[j] == ":" { j += 1 }
            var shortStart = j
            var end = j
            while end < s.count, end - j < 20, ScalarFold.analysis(s[end]) != ")", s[end] != "\n" { end += 1 }
            guard end < s.count, ScalarFold.analysis(s[end]) == ")" else { i += 1; continue }
            var shortEnd = end
            while shortStart < shortEnd, isQuote(s[shortStart]) { shortStart += 1 }
            while shortEnd > shortStart, isQuote(s[shortEnd - 1]) { shortEnd -= 1 }
            var fullStart = i
            while fullStart > 0, i - fullStart < 40, ScalarPattern.isHan(s[fullStart - 1]) || s[fullStart - 1] == "（" || s[fullStart - 1] == "）" {
                fullStart -= 1
            }
            if shortEnd - shortStart >= 2, i - fullStart >= 3, let full = body(s, fullStart..<i) {
                out.append((String(String.UnicodeScalarView(s[shortStart..<shortEnd])), full))
            }
            i = end + 1
        }
        return out
    }

    /// The longest tail of `run` that starts like a department name (a region, a level prefix or a
    /// national form) and ends like one (委, 局, 厅, 办, 部 …).
    static func body(_ s: [Unicode.Scalar], _ run: Range<Int>) -> String? {
        guard let last = run.last, DepartmentList.endsUnitName(s[last]) else { return nil }
        for start in run where run.upperBound - start >= 3 {
            let tail = Array(s[start..<run.upperBound])
            let text = String(String.UnicodeScalarView(tail))
            if !Jurisdiction.regions(in: tail, from: 0).0.isEmpty || DepartmentList.levelPrefix(text) != nil
                || DepartmentCanonicalizer.nationalPrefixes.contains(where: { text.hasPrefix($0) })
                || DepartmentTables.national[text] != nil {
                return text
            }
        }
        return run.count <= 20 ? String(String.UnicodeScalarView(s[run])) : nil
    }

    @inline(__always)
    static func isQuote(_ c: Unicode.Scalar) -> Bool { c == "“" || c == "”" || c == "\"" || c == "‘" || c == "’" || c == "《" || c == "》" }

    static let firstPlaceWords: [[Unicode.Scalar]] = ["列第一位", "排在第一位", "排第一位", "列在第一位", "列首位", "排在首位", "列在首位", "排名第一"]
        .map { Array($0.unicodeScalars) }
    static let lead = Array("牵头".unicodeScalars)

    /// Whether `clean` declares that the first name of each list leads (`列第一位者为牵头单位`,
    /// `排在第一位的为牵头单位`): a first-place phrase followed by 牵头 within the same sentence.
    package static func declaresFirstListedLead(in clean: CleanText) -> Bool {
        let s = clean.scalars
        var i = 0
        while i < s.count {
            if s[i] == "列" || s[i] == "排", firstPlaceWords.contains(where: { ScalarPattern.matches(s, at: i, $0, limit: s.count) }) {
                var j = i + 4
                while j < s.count, j - i < 20, s[j] != "。" && s[j] != "\n" {
                    if ScalarPattern.matches(s, at: j, lead, limit: s.count) { return true }
                    j += 1
                }
            }
            i += 1
        }
        return false
    }
}
