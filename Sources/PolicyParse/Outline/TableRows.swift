/// 表格任务 (table tasks): the rows of a task table (重点任务分工表: 序号 | 任务 | 牵头单位 | 配合单位 |
/// 完成时限) read as task nodes. The header row names each grid column's role; each body row
/// becomes a `tableRow` node; a row of one cell across the table (一、…, 行动一：…) groups the rows below it.
struct TableRows {
    /// What a column holds, from its header cell.
    enum Role: Equatable {
        /// 序号: the row's number.
        case ordinal
        /// 任务, 工作内容, 重点任务, 改革举措 …: the row's heading.
        case task
        /// 牵头单位, 配合单位, 责任单位 …: departments with this role.
        case department(DepartmentRole)
        /// 完成时限, 时间节点 …
        case deadline
        /// 任务类型, 主要领域, 类别: the row's group (a merged cell), neither its heading nor a department.
        case category
    }

    /// One body row as the builder needs it.
    struct Row {
        /// The row's extent (clean indices).
        var range: Range<Int>
        /// The 序号 cell, trimmed, when it holds a number.
        var marker: Range<Int>?
        /// Its number.
        var ordinal: Int?
        /// The task cell.
        var task: Range<Int>?
        /// Department cells with their role, merged cells from rows above included.
        var departments: [(range: Range<Int>, role: DepartmentRole)]
        /// A row of one cell across the table: a group heading.
        var isSection: Bool
        /// The row's own cells other than its number and its task, trimmed, in order: its text.
        var cells: [Range<Int>] = []
    }

    /// Where the header ends (the first body row's start) and the body rows, or nil when the
    /// table names no task or department column.
    static func read(_ table: TableLayout, in clean: CleanText) -> (bodyStart: Int, rows: [Row])? {
        let s = clean.scalars
        // An indicator table gives `indicators` on its node, not rows.
        if IndicatorTable.indicators(table, in: clean) != nil { return nil }
        var roles: [Int: Role] = [:]
        var headerIndex: Int?
        for (r, row) in table.rows.prefix(3).enumerated() {
            var found: [Int: Role] = [:]
            for cell in row.cells {
                if let role = role(ofHeader: clean.string(DepartmentList.trim(s, cell.range))) {
                    for c in cell.column..<(cell.column + cell.columnSpan) { found[c] = role }
                }
            }
            let useful = found.values.contains { $0 == .task } || found.values.contains { if case .department = $0 { return true } else { return false } }
            if found.count >= 2, useful {
                roles = found
                headerIndex = r
                break
            }
        }
        guard let h = headerIndex, h + 1 < table.rows.count else { return nil }
        let columns = table.columnCount
        var rows: [Row] = []
        // Cells merged down from rows above: (cell, last row index it covers).
        var carried: [(cell: TableLayout.Cell, through: Int)] = []
        for r in (h + 1)..<table.rows.count {
            let row = table.rows[r]
            carried.removeAll { $0.through < r }
            if row.cells.count == 1, columns > 2, row.cells[0].columnSpan * 2 >= columns || roles[row.cells[0].column] != .task {
                rows.append(Row(range: row.range, marker: nil, ordinal: nil, task: row.cells[0].range, departments: [], isSection: true))
                continue
            }
            var out = Row(range: row.range, marker: nil, ordinal: nil, task: nil, departments: [], isSection: false)
            for cell in row.cells + carried.map(\.cell) {
                let own = row.cells.contains(cell)
                // White space only: a task cell keeps its words before 由 (`…规划，由区交通委…`).
                let text = clean.trimmed(cell.range)
                if own, !text.isEmpty { out.cells.append(text) }
                guard let role = roles[cell.column] else { continue }
                switch role {
                case .ordinal where own:
                    if let (value, end) = ChineseNumeral.readArabic(s, at: text.lowerBound, limit: text.upperBound), end == text.upperBound {
                        out.marker = text
                        out.ordinal = value
                    }
                case .task where own && out.task == nil:
                    out.task = text
                case .department(let departmentRole):
                    if !text.isEmpty { out.departments.append((text, departmentRole)) }
                default:
                    break
                }
            }
            for cell in row.cells where cell.rowSpan > 1 { carried.append((cell, r + cell.rowSpan - 1)) }
            out.cells.removeAll { $0 == out.marker || $0 == out.task }
            // The last row runs to the table's end (a pipe table's closing `|`): no text of the table is after it.
            if r == table.rows.count - 1 { out.range = out.range.lowerBound..<max(out.range.upperBound, table.range.upperBound) }
            rows.append(out)
        }
        // A table of figures (`2024-2026年任务量`: 440, 1900 …) names no tasks: without departments,
        // a "task" column that holds words in fewer than half its rows is none.
        let body = rows.filter { !$0.isSection }
        if body.allSatisfy({ $0.departments.isEmpty }) {
            let worded = body.filter { row in row.task.map { t in t.contains { CharacterClass.isHan(s[$0]) } } ?? false }.count
            if worded * 2 < body.count { return nil }
        }
        return (table.rows[h + 1].range.lowerBound, rows)
    }

    /// The tables of `clean` read as task tables, with their rows, in order.
    static func taskTables(in clean: CleanText) -> [(table: TableLayout, bodyStart: Int, rows: [Row])] {
        clean.tables.compactMap { table in read(table, in: clean).map { (table, $0.bodyStart, $0.rows) } }
    }

    /// `DepartmentList.columnHeaders` by name.
    static let headerRoles: [String: DepartmentRole] = Dictionary(
        DepartmentList.columnHeaders.map { (String(String.UnicodeScalarView($0.scalars)), $0.role) }, uniquingKeysWith: { first, _ in first })

    /// The role a header cell names, or nil.
    static func role(ofHeader text: String) -> Role? {
        let t = text.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\n" && $0 != "\t" }
        guard !t.isEmpty, t.count <= 12 else { return nil }
        if t == "序号" || t == "编号" { return .ordinal }
        // Words are looked for on the code points (Foundation's `contains` costs microseconds a call).
        let u = Array(t.unicodeScalars)
        func has(_ word: String) -> Bool { TitleFinder.contains(u, Array(word.unicodeScalars)) }
        // 单位 alone is a unit column; 指标 columns belong to indicator tables.
        if t == "单位" || has("指标") { return nil }
        if let role = headerRoles[t] { return .department(role) }
        if t.hasSuffix("单位") || t.hasSuffix("部门") || t.hasSuffix("主体") {
            return .department(has("牵头") ? .lead : (has("配合") || has("参与") || has("协助") ? .support : .responsible))
        }
        if has("时限") || has("时间") || has("进度") { return .deadline }
        if t.hasSuffix("类型") || t.hasSuffix("领域") || t.hasSuffix("类别") { return .category }
        for word in ["任务", "工作内容", "举措", "措施", "项目", "事项", "内容"] where has(word) { return .task }
        return nil
    }
}
