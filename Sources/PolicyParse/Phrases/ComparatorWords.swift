/// 比较词 (comparator words) written before a number (`超过`, `不低于`) or after it (`以上`, `左右`).
package enum ComparatorWords {
    /// A comparator found next to a number.
    package struct Found: Hashable, Sendable {
        /// The relation the words state.
        package var comparator: ValueComparator
        /// Clean indices of the words.
        package var range: Range<Int>
    }

    /// Words before a number, longest first, with their comparator.
    package static let prefixes: [(String, ValueComparator)] = [
        ("不低于", .gte), ("不少于", .gte), ("不小于", .gte), ("至少", .gte), ("最少", .gte), ("达到", .gte), ("达", .gte),
        ("不超过", .lte), ("不高于", .lte), ("不大于", .lte), ("不多于", .lte), ("最高", .lte), ("最多", .lte), ("控制在", .lte),
        ("超过", .gt), ("突破", .gt), ("高于", .gt), ("大于", .gt), ("多于", .gt), ("逾", .gt), ("超", .gt),
        ("低于", .lt), ("少于", .lt), ("小于", .lt), ("不足", .lt), ("不到", .lt),
        ("大约", .approx), ("约为", .approx), ("约占", .approx), ("接近", .approx), ("将近", .approx), ("约", .approx), ("近", .approx),
        // Signs, as indicator tables write them: `≥98%`, `＞2`.
        ("≥", .gte), ("≧", .gte), ("≤", .lte), ("≦", .lte), (">", .gt), ("＞", .gt), ("<", .lt), ("＜", .lt),
    ].sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }

    /// Words after a number and its unit, longest first, with their comparator.
    package static let suffixes: [(String, ValueComparator)] = [
        ("及以上", .gte), ("以上", .gte), ("及以下", .lte), ("以下", .lte), ("以内", .lte), ("之内", .lte),
        ("左右", .approx),
    ].sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }

    static let prefixScalars: [[Unicode.Scalar]] = prefixes.map { ScalarPattern.scalars($0.0) }
    static let suffixScalars: [[Unicode.Scalar]] = suffixes.map { ScalarPattern.scalars($0.0) }
    /// The suffixes that bound a number from one side (`以上`, `以下`, `以内`), not `左右`.
    static let boundScalars: [[Unicode.Scalar]] = suffixes.filter { $0.1 != .approx }.map { ScalarPattern.scalars($0.0) }

    /// The comparator words ending just before `end` (one space allowed), at most two chained
    /// (`最高不超过`); the comparator is the one nearest the number. Never reaches below `floor`.
    package static func before(_ s: [Unicode.Scalar], end: Int, floor: Int) -> Found? {
        let e = ScalarPattern.skipSpaceBackward(s, end, floor: floor)
        guard let k = ScalarPattern.longestSuffix(s, before: e, prefixScalars, floor: floor) else { return nil }
        var start = e - prefixScalars[k].count
        if let k2 = ScalarPattern.longestSuffix(s, before: start, prefixScalars, floor: floor) {
            start -= prefixScalars[k2].count
        }
        return Found(comparator: prefixes[k].1, range: start..<e)
    }

    /// Threshold words that reach a share across the noun it is a share of (`不低于采购金额的30%`).
    static let distantPrefixes: [(scalars: [Unicode.Scalar], comparator: ValueComparator)] = ([
        ("不低于", .gte), ("不少于", .gte), ("不小于", .gte), ("不超过", .lte), ("不高于", .lte), ("不大于", .lte), ("不多于", .lte),
    ] as [(String, ValueComparator)]).map { (ScalarPattern.scalars($0.0), $0.1) }
    /// How many characters the noun between may hold: with 的, and without.
    static let distantReach = 12
    static let shortReach = 5

    /// A threshold word before a number across a noun ending in 的 (`不低于采购金额的30%`,
    /// `不超过上年度的10%`), or a short noun without it (`不超过投资额20%`): only Han characters
    /// between, never below `floor`.
    package static func beforeNoun(_ s: [Unicode.Scalar], end: Int, floor: Int) -> Found? {
        let e = ScalarPattern.skipSpaceBackward(s, end, floor: floor)
        guard e - 1 > floor else { return nil }
        let reach = s[e - 1] == "的" ? distantReach : shortReach
        var p = e
        while p > floor, e - p < reach, CharacterClass.isHan(s[p - 1]) {
            p -= 1
            for word in distantPrefixes where p - word.scalars.count >= floor && e - p >= 2 {
                if ScalarPattern.endsWith(s, before: p, word.scalars, floor: floor) {
                    return Found(comparator: word.comparator, range: (p - word.scalars.count)..<p)
                }
            }
        }
        return nil
    }

    /// The comparator words starting at `start` (one space allowed), never past `limit`.
    package static func after(_ s: [Unicode.Scalar], start: Int, limit: Int) -> Found? {
        let b = ScalarPattern.skipSpace(s, start, limit: limit)
        guard let k = ScalarPattern.longestMatch(s, at: b, suffixScalars, limit: limit) else { return nil }
        return Found(comparator: suffixes[k].1, range: b..<(b + suffixScalars[k].count))
    }
}
