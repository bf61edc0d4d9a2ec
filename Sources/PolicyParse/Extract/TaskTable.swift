/// 任务分工表 (task table): rows of `\t`-separated cells under a header row that names a
/// 责任单位/牵头单位/配合单位 column, e.g. `序号\t重点任务\t责任单位\t完成时限`.
///
/// Each row's cell in a department column is read as a list of names with the header's role.
/// Rows with fewer cells than the header (merged cells) are aligned from the right.
package enum TaskTable {
    /// The departments named in table rows in `range` of `clean` (clean spans).
    package static func departments(in clean: CleanText, range: Range<Int>) -> [Department] {
        let s = clean.scalars
        var out: [Department] = []
        var header: (count: Int, columns: [(index: Int, role: DepartmentRole)])?
        var lineStart = range.lowerBound
        var cells: [Range<Int>] = []
        var cellStart = range.lowerBound
        var j = range.lowerBound
        while j <= range.upperBound {
            let atEnd = j == range.upperBound
            let c = atEnd ? "\n" : s[j]
            if c == "\t" {
                cells.append(cellStart..<j)
                cellStart = j + 1
            } else if c == "\n" {
                if !cells.isEmpty {
                    cells.append(cellStart..<j)
                    if let h = header {
                        for column in h.columns {
                            let index = cells.count == h.count ? column.index : cells.count - (h.count - column.index)
                            guard index >= 0, index < cells.count else { continue }
                            out.append(contentsOf: DepartmentList.departments(in: clean, content: cells[index], role: column.role))
                        }
                    } else {
                        var columns: [(index: Int, role: DepartmentRole)] = []
                        for (index, cell) in cells.enumerated() {
                            let t = DepartmentList.trim(s, cell)
                            for h in DepartmentList.columnHeaders where h.scalars.count == t.count && ScalarPattern.matches(s, at: t.lowerBound, h.scalars, limit: t.upperBound) {
                                columns.append((index, h.role))
                                break
                            }
                        }
                        if !columns.isEmpty { header = (cells.count, columns) }
                    }
                }
                cells.removeAll(keepingCapacity: true)
                lineStart = j + 1
                cellStart = lineStart
            }
            j += 1
        }
        return out
    }
}
