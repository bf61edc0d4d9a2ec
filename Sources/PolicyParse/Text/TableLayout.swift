/// 表格版面 (table layout): an HTML `<table>` as the cleaner wrote it, cell by cell, with the grid
/// column each cell stands in after `rowspan`/`colspan` are applied. Positions are clean indices.
///
/// The clean text keeps one line per row (`<tr>`), cells separated by `\t`; a line break inside a
/// cell (`<br>`, `<p>`) stays a line break, but the cell's range holds it, so a numbered list inside
/// one cell belongs to its row (the tokenizer reads no markers inside a task table).
package struct TableLayout: Sendable, Hashable {
    /// One cell.
    package struct Cell: Sendable, Hashable {
        /// The cell's text (clean indices), possibly empty.
        package var range: Range<Int>
        /// The first grid column the cell covers.
        package var column: Int
        /// Columns covered (`colspan`).
        package var columnSpan: Int
        /// Rows covered (`rowspan`).
        package var rowSpan: Int
    }

    /// One row: its cells in order.
    package struct Row: Sendable, Hashable {
        /// The row's cells.
        package var cells: [Cell]
        /// From the first cell's start to the last cell's end.
        package var range: Range<Int> {
            guard let first = cells.first, let last = cells.last else { return 0..<0 }
            return first.range.lowerBound..<max(first.range.lowerBound, last.range.upperBound)
        }
    }

    /// The table's extent.
    package var range: Range<Int>
    /// The rows that hold at least one cell.
    package var rows: [Row]
    /// Whether the table was rebuilt from text written one cell per line (`FlattenedTable`): its
    /// lines are cells, so none of them is an outline item (`799.77` in a cell is no item 799.77).
    package var isRebuilt = false
    /// The number of grid columns.
    package var columnCount: Int {
        rows.reduce(0) { max($0, $1.cells.map { $0.column + $0.columnSpan }.max() ?? 0) }
    }
}

/// Reads a table's grid while the cleaner writes it: which column each cell takes once the
/// cells merged from rows above (`rowspan`) are skipped.
struct TableGridReader {
    var layout: TableLayout
    /// Rows still covered by a merged cell, per column.
    private var covered: [Int] = []
    private var column = 0
    private var rowOpen = false
    /// Limits that keep a hostile table bounded.
    static let maxSpan = 1_000
    static let maxColumns = 1_000

    init(start: Int) { layout = TableLayout(range: start..<start, rows: []) }

    /// `<tr>`: the cells merged from above move down one row.
    mutating func openRow() {
        if rowOpen {
            for c in covered.indices where covered[c] > 0 { covered[c] -= 1 }
        }
        rowOpen = true
        column = 0
        layout.rows.append(TableLayout.Row(cells: []))
    }

    /// `<td>`/`<th>` whose text starts at `start`.
    mutating func openCell(at start: Int, rowSpan: Int, columnSpan: Int) {
        if !rowOpen { openRow() }
        closeCell(at: start)
        while column < covered.count, covered[column] > 0, column < Self.maxColumns { column += 1 }
        let span = min(max(1, columnSpan), Self.maxSpan)
        let rows = min(max(1, rowSpan), Self.maxSpan)
        if covered.count < column + span { covered += Array(repeating: 0, count: min(Self.maxColumns, column + span) - covered.count) }
        for c in column..<min(column + span, covered.count) { covered[c] = rows }
        layout.rows[layout.rows.count - 1].cells.append(TableLayout.Cell(range: start..<start, column: column, columnSpan: span, rowSpan: rows))
        column += span
    }

    /// Sets the end of the open cell (the text written so far ends at `end`).
    mutating func closeCell(at end: Int) {
        guard let r = layout.rows.indices.last, let c = layout.rows[r].cells.indices.last else { return }
        let start = layout.rows[r].cells[c].range.lowerBound
        if layout.rows[r].cells[c].range.upperBound == start, end > start {
            layout.rows[r].cells[c].range = start..<end
        }
    }

    /// `</table>` at clean `end`: rows without cells are dropped.
    mutating func finish(at end: Int) -> TableLayout {
        layout.rows.removeAll { $0.cells.isEmpty }
        layout.range = layout.range.lowerBound..<max(layout.range.lowerBound, end)
        return layout
    }
}

extension TableLayout {
    /// The Markdown pipe tables of a clean text: a line `| 序号 | 任务 | 牵头单位 |`, a separator line
    /// `|---|---|---|`, then rows; each cell is the text between two pipes. Linear in the text.
    static func pipeTables(in s: [Unicode.Scalar]) -> [TableLayout] {
        var tables: [TableLayout] = []
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        func isPipeLine(_ line: Range<Int>) -> Bool {
            guard let first = line.first(where: { s[$0] != " " }), s[first] == "|" else { return false }
            return line.filter { s[$0] == "|" }.count >= 2
        }
        func isSeparator(_ line: Range<Int>) -> Bool {
            isPipeLine(line) && line.allSatisfy { s[$0] == "|" || s[$0] == "-" || s[$0] == ":" || s[$0] == " " }
        }
        func cells(_ line: Range<Int>) -> [Cell] {
            var out: [Cell] = []
            var open: Int? = nil
            for i in line where s[i] == "|" {
                if let o = open { out.append(Cell(range: (o + 1)..<i, column: out.count, columnSpan: 1, rowSpan: 1)) }
                open = i
            }
            return out
        }
        var k = 0
        while k + 1 < lines.count {
            guard isPipeLine(lines[k]), isSeparator(lines[k + 1]) else {
                k += 1
                continue
            }
            var rows = [Row(cells: cells(lines[k]))]
            var end = k + 2
            while end < lines.count, isPipeLine(lines[end]) {
                rows.append(Row(cells: cells(lines[end])))
                end += 1
            }
            tables.append(TableLayout(range: lines[k].lowerBound..<lines[end - 1].upperBound, rows: rows))
            k = end
        }
        return tables
    }
}

extension TableLayout {
    /// Fewest tabs between text on the first line (the header) of a tab-separated table: three columns.
    static let minHeaderTabs = 2

    /// 制表符分隔的表格 (tab-separated table, as pasted from Word or Excel): the source indices of
    /// the tabs the cleaner keeps as cell separators, in order. A table is a header line with at
    /// least `minHeaderTabs` tabs between text, then lines that each hold a tab between text; one
    /// line without such a tab between two of them is a row of one cell across the table (一、…).
    /// Every tab of the rows is kept (a leading tab is an empty first cell); a lone tab inside prose
    /// is white space as before. Linear in the text.
    static func cellTabs(in s: ScalarBuffer, from start: Int) -> [Int] {
        guard s.units[min(start, s.count)...].contains(0x09) else { return [] }
        var kept: [Int] = []
        var lines: [(tabs: Range<Int>, inner: Int, blank: Bool)] = []
        var tabs: [Int] = []
        var lineTabsStart = 0
        var inner = 0, pendingTabs = 0
        var sawText = false
        var i = start
        while i <= s.count {
            // Only tabs, line breaks and spaces are told apart, so the 16-bit view reads exactly.
            let c: Unicode.Scalar = i == s.count ? "\n" : s.bmp(i)
            if c == "\n" || c == "\r" {
                lines.append((lineTabsStart..<tabs.count, inner, !sawText))
                if c == "\r", i + 1 < s.count, s.bmp(i + 1) == "\n" { i += 1 }
                lineTabsStart = tabs.count
                inner = 0
                pendingTabs = 0
                sawText = false
            } else if c == "\t" {
                tabs.append(i)
                if sawText { pendingTabs += 1 }
            } else if !TextJoiner.isSpace(c) {
                sawText = true
                inner += pendingTabs
                pendingTabs = 0
            }
            i += 1
        }
        for run in tableRuns(lines.map { ($0.inner, $0.blank) }) {
            for k in run where lines[k].inner > 0 { kept += tabs[lines[k].tabs] }
        }
        return kept
    }

    /// The runs of lines that form tab-separated tables, given each line's count of tabs between
    /// text and whether it is blank (the one rule `cellTabs` and `tabTables` share).
    static func tableRuns(_ lines: [(inner: Int, blank: Bool)]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = 0
        while k < lines.count {
            guard lines[k].inner >= minHeaderTabs else {
                k += 1
                continue
            }
            var end = k + 1
            while end < lines.count {
                if lines[end].inner > 0 {
                    end += 1
                } else if !lines[end].blank, end + 1 < lines.count, lines[end + 1].inner > 0 {
                    end += 2
                } else {
                    break
                }
            }
            if end - k >= 2 { runs.append(k..<end) }
            k = end
        }
        return runs
    }

    /// The tab-separated tables of a clean text (only the tabs `cellTabs` kept are in it); each
    /// tab-separated piece is a cell in the column of its position (`1\t\t2025年` leaves column 1
    /// empty), a line without tabs inside a table is one cell across it.
    static func tabTables(in s: [Unicode.Scalar]) -> [TableLayout] {
        var lines: [Range<Int>] = []
        var shapes: [(inner: Int, blank: Bool)] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let line = start..<i
            lines.append(line)
            shapes.append((line.filter { s[$0] == "\t" }.count, !line.contains { !TextJoiner.isSpace(s[$0]) }))
            start = i + 1
        }
        return tableRuns(shapes).map { run in
            let width = shapes[run.lowerBound].inner + 1
            let rows = run.map { k -> Row in
                let line = lines[k]
                guard shapes[k].inner > 0 else { return Row(cells: [Cell(range: line, column: 0, columnSpan: width, rowSpan: 1)]) }
                var cells: [Cell] = []
                var cellStart = line.lowerBound
                for p in line where s[p] == "\t" {
                    cells.append(Cell(range: cellStart..<p, column: cells.count, columnSpan: 1, rowSpan: 1))
                    cellStart = p + 1
                }
                cells.append(Cell(range: cellStart..<line.upperBound, column: cells.count, columnSpan: 1, rowSpan: 1))
                return Row(cells: cells)
            }
            return TableLayout(range: lines[run.lowerBound].lowerBound..<lines[run.upperBound - 1].upperBound, rows: rows)
        }
    }
}
