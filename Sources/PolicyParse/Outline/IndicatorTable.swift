import Foundation

/// 指标表 (indicator table): a table whose header names an indicator column (指标, 指标名称) and
/// at least one year column (`2025年`, `目标值（2025年）`); each body row gives an `Indicator`
/// (clean spans, moved to the source by the assembler).
///
/// The first year column is the base; the target is the column for the plan's last year
/// (`planEnd`) when the header has one, else the last year column, so a 十四五 plan's
/// `目标值（2025年）` is its target and a `2035年` outlook beside it is not.
enum IndicatorTable {
    /// The indicators of `table`, or nil when it is no indicator table.
    static func indicators(_ table: TableLayout, in clean: CleanText, planEnd: Int? = nil) -> [Indicator]? {
        let s = clean.scalars
        guard let header = table.rows.first else { return nil }
        var name: Int?, unit: Int?, attribute: Int?
        var years: [(column: Int, year: Int)] = []
        for cell in header.cells {
            let text = clean.string(DepartmentList.trim(s, cell.range)).filter { $0 != " " && $0 != "\n" }
            if let year = year(in: text) {
                years.append((cell.column, year))
            } else if text.contains("属性") {
                attribute = cell.column
            } else if text.contains("单位") {
                unit = cell.column
            } else if text.contains("指标") || text.contains("名称") {
                if name == nil { name = cell.column }
            }
        }
        guard let nameColumn = name, !years.isEmpty, table.rows.count > 1 else { return nil }
        let targetColumn = years.last(where: { $0.year == planEnd }) ?? years[years.count - 1]
        var out: [Indicator] = []
        for row in table.rows.dropFirst() {
            func cell(_ column: Int?) -> String? {
                guard let column, let c = row.cells.first(where: { $0.column <= column && column < $0.column + $0.columnSpan }) else { return nil }
                let text = TextJoiner.join(clean, c.range, cell: true)
                return text.isEmpty ? nil : text
            }
            guard let indicatorName = cell(nameColumn) else { continue }
            var indicator = Indicator(name: indicatorName, unit: cell(unit), attribute: cell(attribute),
                                      span: Span(row.range.lowerBound, row.range.upperBound))
            if years.count >= 2, years[0].column != targetColumn.column, let base = cell(years[0].column) {
                indicator.baseYear = years[0].year
                indicator.baseText = base
                indicator.baseValue = value(base).value
            }
            if let target = cell(targetColumn.column) {
                indicator.targetYear = targetColumn.year
                indicator.targetText = target
                let (v, comparator) = value(target)
                indicator.targetValue = v
                indicator.comparator = comparator
            }
            out.append(indicator)
        }
        return out.isEmpty ? nil : out
    }

    /// A year 1900–2099 written in a header cell (`2025年`, `目标值（2025年）`).
    static func year(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars).map(ScalarFold.analysis)
        var i = 0
        while i + 4 <= scalars.count {
            if scalars[i..<(i + 4)].allSatisfy(ScalarFold.isDigit), i + 4 == scalars.count || !ScalarFold.isDigit(scalars[i + 4]),
               i == 0 || !ScalarFold.isDigit(scalars[i - 1]) {
                let y = scalars[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
                if y >= 1900, y <= 2099 { return y }
            }
            i += 1
        }
        return nil
    }

    /// The number in a value cell with its comparator: `≥73%`, `>2`, `98%以上`, `120.14`, `（86.4%）`.
    static func value(_ text: String) -> (value: Decimal?, comparator: ValueComparator?) {
        let s = Array(text.unicodeScalars)
        var i = 0
        var comparator: ValueComparator?
        // A bracketed figure (`（86.4％）`, an estimate or a reference value) is still the cell's value.
        while i < s.count, s[i] == " " || ScalarFold.analysis(s[i]) == "(" { i += 1 }
        if i < s.count {
            switch ScalarFold.analysis(s[i]) {
            case ">", "＞": comparator = .gt; i += 1
            case "≥", "≧": comparator = .gte; i += 1
            case "<", "＜": comparator = .lt; i += 1
            case "≤", "≦": comparator = .lte; i += 1
            default: break
            }
        }
        if i < s.count, s[i] == "=" { i += 1; if comparator == .gt { comparator = .gte } else if comparator == .lt { comparator = .lte } }
        guard let n = NumberReader.read(s, at: i, limit: s.count), n.form == .arabic else { return (nil, comparator) }
        var end = n.range.upperBound
        if end < s.count, ScalarFold.analysis(s[end]) == "%" { end += 1 }
        if comparator == nil, let after = ComparatorWords.after(s, start: end, limit: s.count) { comparator = after.comparator }
        return (n.value, comparator)
    }
}
