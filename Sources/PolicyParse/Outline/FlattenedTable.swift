/// 逐格成行的表格 (a table flattened one cell per line): a Word or web table whose extractor wrote
/// each cell as a paragraph of its own (or a line of its own): the header cells (序号, 任务,
/// 牵头单位 … or 序号, 指标名称, 单位, 2025年, 属性), then each row's cells.
///
/// The header is a run of column names that holds 序号: known ones (the vocabulary `TableRows` and
/// `IndicatorTable` read HTML headers with) and short labels of any table (`街镇`, `件数`) up to the
/// first row. Rows are rebuilt from the 序号 sequence 1, 2, 3 … (the anchor):
/// the cells between two numbers go to the columns after 序号 of the row above, in order, and to the
/// columns before 序号 of the row below. A category column (类型, 领域) is skipped when a row has
/// fewer cells than columns (its cell was merged from the row above), a department column when the
/// cell names no department or the row's cells run out before it: that cell was merged from the row
/// above, and the cell above covers this row too (`rowSpan`, up to a section row); a cell of the
/// shape `一、…` or `行动一：…` between rows is a section row.
/// Rows all narrower than the header (a two-level header: a group cell such as `分年度任务量` above
/// its sub-columns) take the width the numbers show; a closing `合计`/`总计` row belongs to the table.
/// When the numbers do not follow one another within a row's width, nothing is rebuilt and the text
/// stays as it is. The result is a `TableLayout` (`isRebuilt`), the grid every table reader takes.
enum FlattenedTable {
    /// Longest header cell, white space excluded.
    static let maxHeaderLength = 14
    /// Most header cells.
    static let maxColumns = 12
    /// Fewest columns and rows of a rebuilt table.
    static let minColumns = 3
    static let minRows = 2
    /// Column names that only indicator tables use (`TableRows.role` reads the others).
    static let indicatorWords = ["指标", "名称", "单位", "属性", "类型", "领域", "类别", "目标值", "基准值"]

    /// What the rebuilding needs to know of a column.
    enum Column: Equatable {
        case ordinal, department, category, other
    }

    /// The flattened tables of `clean` (cells one per paragraph, else one per line) that do not
    /// overlap `existing`, in order. Linear in the text: a failed header costs a few cells.
    static func tables(in clean: CleanText, outside existing: [TableLayout]) -> [TableLayout] {
        guard hasOrdinalLine(clean.scalars) else { return [] }
        var out: [TableLayout] = []
        // Tables found so far (by the cleaner, then per paragraph), in order: a table found per line
        // must not overlap one; both passes move forward, so one cursor each keeps this linear.
        var blocked = existing.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        for paragraphs in [true, false] {
            let units = blocks(clean.scalars, paragraphs: paragraphs)
            var cursor = 0
            var found: [Range<Int>] = []
            var k = 0
            while k < units.count {
                guard let (table, next) = read(units, at: k, clean) else {
                    k += 1
                    continue
                }
                while cursor < blocked.count, blocked[cursor].upperBound <= table.range.lowerBound { cursor += 1 }
                if cursor == blocked.count || !blocked[cursor].overlaps(table.range) {
                    out.append(table)
                    found.append(table.range)
                }
                k = next
            }
            blocked = (blocked + found).sorted { $0.lowerBound < $1.lowerBound }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether the trimmed cell `r` is 序号 or 编号 (letter spacing allowed), without making a string.
    static func isOrdinalHeader(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard r.count >= 2, r.count <= 4, s[r.lowerBound] == "序" || s[r.lowerBound] == "编", s[r.upperBound - 1] == "号" else { return false }
        return r.dropFirst().dropLast().allSatisfy { CharacterClass.isBlank(s[$0]) }
    }

    /// Whether a line of `s` is 序号 or 编号 alone (the cheap test before any table is looked for).
    static func hasOrdinalLine(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < s.count {
            if s[i + 1] == "号", s[i] == "序" || s[i] == "编", i == 0 || s[i - 1] == "\n" || TextJoiner.isSpace(s[i - 1]) {
                var j = i + 2
                while j < s.count, CharacterClass.isBlank(s[j]) { j += 1 }
                if j == s.count || s[j] == "\n" { return true }
            }
            i += 1
        }
        return false
    }

    /// The text's paragraphs (separated by a blank line) or non-blank lines, trimmed.
    static func blocks(_ s: [Unicode.Scalar], paragraphs: Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        func add(_ r: Range<Int>) {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, TextJoiner.isSpace(s[lo]) || s[lo] == "\n" { lo += 1 }
            while hi > lo, TextJoiner.isSpace(s[hi - 1]) || s[hi - 1] == "\n" { hi -= 1 }
            if lo < hi { out.append(lo..<hi) }
        }
        while i < s.count {
            if s[i] == "\n", !paragraphs || (i + 1 < s.count && s[i + 1] == "\n") {
                add(start..<i)
                start = i + 1
            }
            i += 1
        }
        add(start..<s.count)
        return out
    }

    /// The text of a cell without white space or line breaks.
    static func compact(_ clean: CleanText, _ r: Range<Int>) -> String {
        String(String.UnicodeScalarView(clean.scalars[r].filter { !TextJoiner.isSpace($0) && $0 != "\n" && $0 != "\t" }))
    }

    /// The column a header cell names, or nil when it is no known column name.
    static func column(ofHeader text: String) -> Column? {
        // A column name holds a Han character (a value cell `1`, `>2`, `46％` is none).
        guard !text.isEmpty, text.count <= maxHeaderLength, text.unicodeScalars.contains(where: CharacterClass.isHan) else { return nil }
        switch TableRows.role(ofHeader: text) {
        case .ordinal?: return .ordinal
        case .department?: return .department
        case .category?: return .category
        case .task?, .deadline?: return .other
        case nil:
            if IndicatorTable.year(in: text) != nil { return .other }
            let u = Array(text.unicodeScalars)
            return indicatorWords.contains { TitleFinder.contains(u, Array($0.unicodeScalars)) } ? .other : nil
        }
    }

    /// The table whose header holds 序号 at unit `k`, and the unit after it.
    static func read(_ units: [Range<Int>], at k: Int, _ clean: CleanText) -> (TableLayout, Int)? {
        let s = clean.scalars
        guard isOrdinalHeader(units[k], s) else { return nil }
        // Header: category columns before 序号 (a title above the table must not join it), any known names after.
        var first = k
        while first > 0, k - first < 2, units[first - 1].count <= 2 * maxHeaderLength,
              column(ofHeader: compact(clean, units[first - 1])) == .category { first -= 1 }
        func number(_ u: Int) -> Int? {
            guard let (value, stop) = ChineseNumeral.readArabic(s, at: units[u].lowerBound, limit: units[u].upperBound),
                  stop == units[u].upperBound else { return nil }
            return value
        }
        var end = k + 1
        var kinds: [Column] = (first...k).map { $0 == k ? .ordinal : .category }
        // The last header cell that is a known column name: short labels after it may be the
        // first row's leading cells instead.
        var known = k
        while end < units.count, kinds.count < maxColumns, units[end].count <= 2 * maxHeaderLength {
            let text = compact(clean, units[end])
            if let c = column(ofHeader: text) {
                guard c != .ordinal else { break }
                kinds.append(c)
                known = end
            } else if isLabel(text), !isSection(units[end], s) {
                kinds.append(.other)
            } else {
                break
            }
            end += 1
        }
        let o = k - first
        // Labels read up to the first row's number: the last `o` of them lead that row.
        if o > 0, end < units.count, number(end) == 1, end - o > known {
            kinds.removeLast(o)
            end -= o
        }
        let width = kinds.count
        var trailing = width - o - 1
        guard width >= minColumns, trailing >= 1 else { return nil }

        // A row: its trailing cells, a section row, the next row's leading cells, then its number.
        let reach = trailing + o + 2
        func candidates(_ value: Int, after p: Int) -> [Int] {
            var found: [Int] = []
            var u = p + 2
            while u < units.count, u <= p + reach, !endsTable(units[u], s) {
                if number(u) == value { found.append(u) }
                u += 1
            }
            return found
        }
        guard let firstRow = (end..<min(units.count, end + o + 2)).first(where: { number($0) == 1 }) else { return nil }
        var positions = [firstRow]
        while let p = positions.last {
            let found = candidates(positions.count + 1, after: p)
            guard let latest = found.last else { break }
            // The latest number that the next one follows, else the latest.
            positions.append(found.last { !candidates(positions.count + 2, after: $0).isEmpty } ?? latest)
        }
        guard positions.count >= minRows else { return nil }
        // Rows narrower than the header (a two-level header): the widest distance between two
        // numbers (section rows aside) is a row's cells after 序号 and the next row's before it.
        // Rows narrowed by a merged category cell leave the widest rows full.
        let widest = zip(positions, positions.dropFirst()).map { p, q in
            ((p + 1)..<q).filter { !isSection(units[$0], s) }.count
        }.max() ?? trailing + o
        if widest - o >= 1, widest - o < trailing { trailing = widest - o }
        // The last row takes at most `trailing` cells, up to a section, a heading or a note.
        var last = positions[positions.count - 1] + 1
        while last < units.count, last - positions[positions.count - 1] <= trailing,
              !endsTable(units[last], s), !isSection(units[last], s), !isHeading(units[last], s) {
            last += 1
        }

        var rows = [TableLayout.Row(cells: (first..<end).enumerated().map { c, u in
            TableLayout.Cell(range: units[u], column: c, columnSpan: 1, rowSpan: 1)
        })]
        var leading: [Int] = []
        func leadingCells(_ between: ArraySlice<Int>, overflowInto row: inout [TableLayout.Cell]) {
            // Units after a section row: the last `o` lead the next row, any before them are kept in it.
            let lead = between.suffix(o)
            for u in between.dropLast(lead.count) { row.append(TableLayout.Cell(range: units[u], column: width, columnSpan: 1, rowSpan: 1)) }
            leading = Array(lead)
        }
        var carried: [TableLayout.Cell] = []
        // Department columns whose last cell may be merged down: the row (in `rows`) that holds it.
        var mergedFrom: [Int: Int] = [:]
        // A department cell merged from the row above covers this row too (rowSpan), as in HTML.
        func coverMerged(_ columns: [Int], down to: Int) {
            for c in columns {
                guard let r0 = mergedFrom[c], let k = rows[r0].cells.firstIndex(where: { $0.column == c }) else { continue }
                rows[r0].cells[k].rowSpan = to - r0 + 1
            }
        }
        // Units before the first number: a section row and the first row's leading cells.
        var before = Array(end..<positions[0])
        if let sec = before.firstIndex(where: { isSection(units[$0], s) }) {
            rows.append(section(units[before[sec]], width))
            before.removeSubrange(...sec)
        }
        leadingCells(before[...], overflowInto: &carried)
        for (i, p) in positions.enumerated() {
            var cells = carried
            carried = []
            for (j, u) in leading.enumerated() {
                cells.append(TableLayout.Cell(range: units[u], column: o - leading.count + j, columnSpan: 1, rowSpan: 1))
            }
            leading = []
            cells.append(TableLayout.Cell(range: units[p], column: o, columnSpan: 1, rowSpan: 1))
            let stop = i + 1 < positions.count ? positions[i + 1] : last
            var between = Array((p + 1)..<stop)
            var sectionUnit: Int?
            var after: [Int] = []
            if i + 1 < positions.count, let sec = between.firstIndex(where: { isSection(units[$0], s) }) {
                sectionUnit = between[sec]
                after = Array(between[(sec + 1)...])
                between = Array(between[..<sec])
            }
            // The row's own cells, left to right over the columns after 序号.
            var u = 0
            var merged: [Int] = []
            var ownDepartments: [Int] = []
            for (ci, c) in ((o + 1)..<width).enumerated() where u < between.count {
                let remainingUnits = between.count - u
                if kinds[c] == .category, remainingUnits < trailing - ci { continue }
                if kinds[c] == .department, !namesDepartments(units[between[u]], clean) {
                    merged.append(c)
                    continue
                }
                if kinds[c] == .department { ownDepartments.append(c) }
                cells.append(TableLayout.Cell(range: units[between[u]], column: c, columnSpan: 1, rowSpan: 1))
                u += 1
            }
            // A department column the row's cells did not reach was merged from above as well.
            for c in (o + 1)..<width where kinds[c] == .department && !ownDepartments.contains(c) && !merged.contains(c) { merged.append(c) }
            let rest = between[u...]
            if sectionUnit == nil { leadingCells(rest, overflowInto: &cells) }
            rows.append(TableLayout.Row(cells: cells.sorted { $0.range.lowerBound < $1.range.lowerBound }))
            coverMerged(merged, down: rows.count - 1)
            for c in ownDepartments { mergedFrom[c] = rows.count - 1 }
            if let sectionUnit {
                for r in rest { rows[rows.count - 1].cells.append(TableLayout.Cell(range: units[r], column: width, columnSpan: 1, rowSpan: 1)) }
                rows.append(section(units[sectionUnit], width))
                // A merged cell does not reach across a section row.
                mergedFrom = [:]
                leadingCells(after[...], overflowInto: &carried)
            }
        }
        var lastUnit = max(positions[positions.count - 1], last - 1)
        // A closing 合计/总计 row: the label, then figures (no Han), at most a row's width.
        if last < units.count, isTotal(compact(clean, units[last])) {
            var u = last + 1
            while u < units.count, u - last <= o + trailing, !units[u].contains(where: { CharacterClass.isHan(s[$0]) }) { u += 1 }
            if u > last + 1 {
                let figures = u - last - 1
                var cells = [TableLayout.Cell(range: units[last], column: 0, columnSpan: max(1, width - figures), rowSpan: 1)]
                for (j, f) in ((last + 1)..<u).enumerated() {
                    cells.append(TableLayout.Cell(range: units[f], column: max(1, width - figures) + j, columnSpan: 1, rowSpan: 1))
                }
                rows.append(TableLayout.Row(cells: cells))
                lastUnit = u - 1
            }
        }
        var table = TableLayout(range: units[first].lowerBound..<units[lastUnit].upperBound, rows: rows)
        table.isRebuilt = true
        return (table, lastUnit + 1)
    }

    /// A short label a header cell may be of any table: Han characters, no sentence punctuation.
    static func isLabel(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maxHeaderLength, text.unicodeScalars.contains(where: CharacterClass.isHan) else { return false }
        return !text.unicodeScalars.contains { $0 == "。" || $0 == "，" || $0 == "；" || $0 == "：" || $0 == ":" }
    }

    /// A closing row's label (`合计`, `总计`, `小计`, letter spacing removed).
    static func isTotal(_ text: String) -> Bool {
        text == "合计" || text == "总计" || text == "小计" || text == "总量"
    }

    /// Whether a cell names a department: one of its names ends like a unit (局, 委, 办 …) or is a
    /// collective actor (`各街镇`), so a category cell (`“美丽家园”建设`) that the department
    /// column's place falls to is not one.
    static func namesDepartments(_ r: Range<Int>, _ clean: CleanText) -> Bool {
        DepartmentList.departments(in: clean, content: r, role: .responsible).contains { d in
            (d.name.unicodeScalars.last.map(DepartmentList.endsUnitName) ?? false) || DepartmentCanonicalizer.isGeneric(d.name)
        }
    }

    /// A row of one cell across the table.
    static func section(_ range: Range<Int>, _ width: Int) -> TableLayout.Row {
        TableLayout.Row(cells: [TableLayout.Cell(range: range, column: 0, columnSpan: width, rowSpan: 1)])
    }

    /// A group heading inside a table: `一、…`, or a short word and a Chinese number before `：`
    /// or `、` (`行动一：`, `专项二、`).
    static func isSection(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound, i - r.lowerBound < 4, CharacterClass.isHan(s[i]), !ChineseNumeral.isOrdinalCharacter(s[i]) { i += 1 }
        let numerals = i
        while i < r.upperBound, i - numerals < 3, ChineseNumeral.isOrdinalCharacter(s[i]) { i += 1 }
        guard i > numerals, i < r.upperBound else { return false }
        let c = ScalarFold.analysis(s[i])
        return c == "、" || c == ":" || c == "："
    }

    /// A cell that cannot be in a table: a note (`注：`, `备注`, `说明`) or an annex heading (`附件`).
    static func endsTable(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        guard r.count >= 2 else { return false }
        let pair = (s[r.lowerBound], ScalarFold.analysis(s[r.lowerBound + 1]))
        switch pair {
        case ("附", "件"), ("备", "注"), ("说", "明"), ("注", ":"), ("注", "："): return true
        default: return false
        }
    }

    /// An outline heading (`（一）`, `第二章`, `第三条`) after the last row: the table has ended.
    static func isHeading(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var lineEnd = r.lowerBound
        while lineEnd < r.upperBound, s[lineEnd] != "\n" { lineEnd += 1 }
        guard let token = OutlineTokenizer.marker(in: s, at: r.lowerBound, lineEnd: lineEnd) else { return false }
        return [.part, .chapter, .section, .article, .cjkComma, .cjkParen].contains(token.style)
    }
}
