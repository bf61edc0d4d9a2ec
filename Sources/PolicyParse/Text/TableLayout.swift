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
