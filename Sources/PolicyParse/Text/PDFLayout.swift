/// 版面残留 (layout residue) of text extracted from PDF or Word, removed from the clean text with
/// its map kept exact (removed characters simply have no clean character, as dropped markup):
///
/// - page-number lines: `— 3 —`, `- 3 -`, `－3－`, `第3页`, `第 3 页 共 27 页`;
/// - running headers: a short line next to a page number that repeats next to three or more of them;
/// - stray spaces inside numbers and markers: `第 1 0 条` → `第10条`, `2 0 2 5 年` → `2025年`,
///   `2024 年` → `2024年`, `二 、` → `二、`, `（ 一 ）` → `（一）`, `6.5 %` → `6.5%` (a space between a
///   digit and a CJK character, between CJK punctuation and a CJK character or digit, or between
///   single digits); Latin text keeps its spaces (`D 《规划》`);
/// - a hard wrap inside a figure: `3.9\n万亿元` → `3.9万亿元`, `2305.2 亿\n元` → `2305.2亿元` (a long
///   line ending in a digit, or in 万/亿/千/百 after one, the next starting with a digit or a unit),
///   also across a page-number line between them (`2.18\n— 12 —\n亿元`).
///
/// A number that starts a line keeps the space after it (`1 总则`, an emergency plan's top level).
package enum PDFLayout {
    /// Running headers are at most this many characters.
    static let headerLength = 40
    /// A running header repeats next to at least this many page numbers.
    static let headerRepeats = 3

    /// Removes the layout residue from `scalars` and `map`.
    ///
    /// The removed positions are collected as a list (few in any text), not a flag per character,
    /// and the kept text is moved down in place in runs between them, so the text is never held twice.
    static func normalise(_ scalars: inout [Unicode.Scalar], _ map: inout OffsetMap) {
        let pages = pageLines(scalars)
        var removed: [Int] = []
        for line in pages {
            removed.append(contentsOf: line)
            // The line's own break goes with it; the last line takes the break before it.
            if line.upperBound < scalars.count {
                removed.append(line.upperBound)
            } else if line.lowerBound > 0 {
                removed.append(line.lowerBound - 1)
            }
        }
        inlineSpaces(scalars, skipping: pages, &removed)
        guard !removed.isEmpty else { return }
        removed.sort()
        var unique: [Int] = []
        unique.reserveCapacity(removed.count)
        for r in removed where unique.last != r { unique.append(r) }
        var kept = 0
        scalars.withUnsafeMutableBufferPointer { p in
            guard let base = p.baseAddress else { return }
            let size = MemoryLayout<Unicode.Scalar>.stride
            var from = 0
            func move(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                // Overlapping move down (memmove).
                UnsafeMutableRawPointer(base + kept).copyMemory(from: base + range.lowerBound, byteCount: range.count * size)
                kept += range.count
            }
            for r in unique {
                if r > from { move(from..<r) }
                from = r + 1
            }
            if from < p.count { move(from..<p.count) }
        }
        scalars.removeSubrange(kept...)
        map = map.removing(unique)
    }

    // MARK: Lines

    /// The positions of page-number lines and of the running headers next to them (each with its
    /// line break).
    ///
    /// Only a line whose first letter is a dash or 第 is read further; the others are skipped to
    /// their line break.
    static func pageLines(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        let n = s.count
        var pages: [Range<Int>] = []
        s.withUnsafeBufferPointer { p in
            var i = 0
            while i < n {
                let lineStart = i
                while i < n, p[i] == " " || p[i] == "\t" || p[i] == "\u{3000}" { i += 1 }
                let candidate = i < n && (p[i] == "第" || isDash(ScalarFold.analysis(p[i])))
                while i < n, p[i] != "\n" { i += 1 }
                if candidate, isPageNumber(s, lineStart..<i) { pages.append(lineStart..<i) }
                i += 1
            }
        }
        guard !pages.isEmpty else { return [] }
        var dropped = pages
        if pages.count >= headerRepeats {
            let pageStarts = Set(pages.map(\.lowerBound))
            // Neighbouring non-blank lines of each page number, counted by their text.
            var counts: [[Unicode.Scalar]: Int] = [:]
            var neighbours: [(Range<Int>, [Unicode.Scalar])] = []
            for page in pages {
                for line in [previousLine(s, before: page), nextLine(s, after: page)] {
                    guard let line, !pageStarts.contains(line.lowerBound), line.count <= headerLength else { continue }
                    let text = Array(s[line]).filter { $0 != " " }
                    neighbours.append((line, text))
                    counts[text, default: 0] += 1
                }
            }
            for (line, text) in neighbours where counts[text, default: 0] >= headerRepeats { dropped.append(line) }
        }
        return Set(dropped).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The nearest non-empty line before `line`, or nil.
    static func previousLine(_ s: [Unicode.Scalar], before line: Range<Int>) -> Range<Int>? {
        var end = line.lowerBound - 1   // the break before `line`
        while end >= 0 {
            var start = end
            while start > 0, s[start - 1] != "\n" { start -= 1 }
            if start < end { return start..<end }
            end = start - 1
        }
        return nil
    }

    /// The nearest non-empty line after `line`, or nil.
    static func nextLine(_ s: [Unicode.Scalar], after line: Range<Int>) -> Range<Int>? {
        var start = line.upperBound + 1   // after the break ending `line`
        while start <= s.count {
            var end = start
            while end < s.count, s[end] != "\n" { end += 1 }
            if end > start { return start..<end }
            start = end + 1
        }
        return nil
    }

    /// `— 3 —`, `- 3 -`, `－3－`, `第3页`, `第 3 页`, `第3页 共27页`, `第3页，共27页` and nothing else on the line.
    package static func isPageNumber(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var letters: [Unicode.Scalar] = []
        for i in line {
            let c = ScalarFold.analysis(s[i])
            if c == " " || c == "\t" { continue }
            // Only a dash or 第 starts a page number: most lines end here, before any array is made.
            if letters.isEmpty, !isDash(c), c != "第" { return false }
            letters.append(c)
            if letters.count > 16 { return false }
        }
        guard letters.count >= 2 else { return false }
        func digits(_ from: Int) -> Int {
            var j = from
            while j < letters.count, ScalarFold.isDigit(letters[j]) { j += 1 }
            return j
        }
        if isDash(letters[0]) {
            var j = 0
            while j < letters.count, isDash(letters[j]) { j += 1 }
            guard j <= 2 else { return false }
            let d = digits(j)
            guard d > j, d < letters.count else { return false }
            var k = d
            while k < letters.count, isDash(letters[k]) { k += 1 }
            return k == letters.count && k - d <= 2
        }
        if letters[0] == "第" {
            let d = digits(1)
            guard d > 1, d < letters.count, letters[d] == "页" else { return false }
            var k = d + 1
            if k < letters.count, letters[k] == "，" || letters[k] == "," || letters[k] == "/" { k += 1 }
            if k == letters.count { return true }
            guard letters[k] == "共" else { return false }
            let e = digits(k + 1)
            return e > k + 1 && e + 1 == letters.count && letters[e] == "页"
        }
        return false
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool { c == "—" || c == "-" || c == "–" || c == "―" || c == "－" }

    // MARK: Inside lines

    /// Adds to `removed` stray spaces inside numbers and markers, and hard wraps inside figures
    /// (looking past the dropped `pages` lines, in order, after a break).
    static func inlineSpaces(_ s: [Unicode.Scalar], skipping pages: [Range<Int>], _ removed: inout [Int]) {
        var lineStart = 0
        var i = 0
        let n = s.count
        var page = 0
        s.withUnsafeBufferPointer { p in
            while i < n {
                // Only a line break, 第 and a space start anything; skip the rest at once.
                var c = p[i]
                while c != "\n", c != " ", c != "第" {
                    i += 1
                    guard i < n else { return }
                    c = p[i]
                }
                if c == "\n" {
                    // The next kept character: past page-number lines right after this break.
                    var next = i + 1
                    while page < pages.count, pages[page].upperBound < next { page += 1 }
                    while page < pages.count, pages[page].lowerBound == next, pages[page].upperBound < n {
                        next = pages[page].upperBound + 1
                        page += 1
                    }
                    if i > 0, next < n, i - lineStart >= TextJoiner.wrapWidth, endsFigure(p, before: i, lineStart: lineStart),
                       continuesFigure(ScalarFold.analysis(p[next])) {
                        removed.append(i)
                    }
                    lineStart = i + 1
                } else if c == "第" {
                    ordinalWord(s, from: i, &removed)
                } else if i > lineStart, i + 1 < n {
                    if strays(s, i, p[i - 1], p[i + 1], lineStart: lineStart) { removed.append(i) }
                }
                i += 1
            }
        }
    }

    /// Marks the spaces of an ordinal word written with spaces, `第 二 章`, `第 1 0 条`, `第 十 二 部分`.
    static func ordinalWord(_ s: [Unicode.Scalar], from start: Int, _ removed: inout [Int]) {
        var j = start + 1
        var spaces: [Int] = []
        var numerals = 0
        while j < s.count, j - start <= 16 {
            let c = ScalarFold.analysis(s[j])
            if c == " " {
                spaces.append(j)
            } else if ScalarFold.isDigit(c) || ChineseNumeral.isOrdinalCharacter(c) {
                numerals += 1
            } else {
                break
            }
            j += 1
        }
        guard numerals > 0, !spaces.isEmpty, j < s.count else { return }
        switch s[j] {
        case "章", "节", "条", "部", "编", "款", "项", "页": break
        default: return
        }
        removed.append(contentsOf: spaces)
    }

    /// Whether the space at `i` between `a` and `b` (as written) is a stray one.
    static func strays(_ s: [Unicode.Scalar], _ i: Int, _ writtenA: Unicode.Scalar, _ writtenB: Unicode.Scalar, lineStart: Int) -> Bool {
        let a = ScalarFold.analysis(writtenA)
        let b = ScalarFold.analysis(writtenB)
        let aDigit = ScalarFold.isDigit(a)
        let bDigit = ScalarFold.isDigit(b)
        let aPunctuation = isCJKPunctuation(writtenA)
        let bPunctuation = isCJKPunctuation(writtenB)
        if (aPunctuation && (CharacterClass.isHan(b) || bPunctuation || bDigit)) || (bPunctuation && (CharacterClass.isHan(a) || aPunctuation || aDigit)) {
            return true
        }
        if aDigit, b == "%" { return true }
        if aDigit, bDigit {
            // Single digits spaced out: `1 0`, `2 0 2 5`.
            let before = i >= 2 ? ScalarFold.analysis(s[i - 2]) : " "
            let after = i + 2 < s.count ? ScalarFold.analysis(s[i + 2]) : " "
            return !ScalarFold.isDigit(before) && before != "." && !ScalarFold.isDigit(after) && after != "."
        }
        if aDigit, CharacterClass.isHan(b) {
            // `1 总则` at a line's start keeps its space.
            var j = i - 1
            while j > lineStart, ScalarFold.isDigit(ScalarFold.analysis(s[j - 1])) || s[j - 1] == " " || ScalarFold.analysis(s[j - 1]) == "." { j -= 1 }
            return j > lineStart
        }
        if CharacterClass.isHan(a), bDigit { return true }
        return false
    }

    /// Full-width punctuation that never takes a space beside it: `、，。；：？！（）《》“”【】`.
    static func isCJKPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "、", "，", "。", "；", "：", "？", "！", "（", "）", "《", "》", "“", "”", "【", "】", "〔", "〕": return true
        default: return false
        }
    }

    /// A character a figure can end a line with: a digit or a decimal point.
    static func isFigureEnd(_ c: Unicode.Scalar) -> Bool { ScalarFold.isDigit(c) || c == "." }

    /// Whether the line before `end` ends in a figure: a digit or decimal point, or a place word
    /// (万 亿 千 百) after one (`2305.2 亿`, `3.9万亿`).
    static func endsFigure(_ p: UnsafeBufferPointer<Unicode.Scalar>, before end: Int, lineStart: Int) -> Bool {
        var k = end - 1
        guard k >= lineStart else { return false }
        if isFigureEnd(ScalarFold.analysis(p[k])) { return true }
        var places = 0
        while k >= lineStart, places < 2, p[k] == "万" || p[k] == "亿" || p[k] == "千" || p[k] == "百" {
            k -= 1
            places += 1
        }
        guard places > 0 else { return false }
        while k >= lineStart, p[k] == " " { k -= 1 }
        return k >= lineStart && ScalarFold.isDigit(ScalarFold.analysis(p[k]))
    }

    /// A character that goes on a figure at the start of the next line: a digit, `%` or a unit.
    static func continuesFigure(_ c: Unicode.Scalar) -> Bool {
        if ScalarFold.isDigit(c) || c == "%" { return true }
        switch c {
        case "万", "亿", "元", "年", "月", "日", "个", "人", "家", "项", "倍", "吨", "户", "亩", "公", "平", "千", "百": return true
        default: return false
        }
    }
}
