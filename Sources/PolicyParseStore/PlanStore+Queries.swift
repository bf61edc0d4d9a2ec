import GRDB
import PolicyParse

/// The standard questions (常用查询), each one SQL statement over the indexes of the schema.
extension PlanStore {
    /// The names a user's department name stands for (部门名称解析): the name itself, its canonical
    /// name in each jurisdiction the database holds (`DepartmentCanonicalizer`, so 市经信委 in a Shanghai
    /// document's database gives 上海市经济和信息化委员会), and the canonical names the database
    /// records for mentions written that way. `jurisdiction` limits the first kind to one jurisdiction.
    public func departmentNames(for name: String, jurisdiction: String? = nil) throws(StoreError) -> [String] {
        var names = [name]
        func add(_ candidate: String?) { if let candidate, !candidate.isEmpty, !names.contains(candidate) { names.append(candidate) } }
        let canonicalizer = DepartmentCanonicalizer()
        let jurisdictions: [String?]
        if let jurisdiction {
            jurisdictions = [jurisdiction]
        } else {
            jurisdictions = [nil] + (try table(sql: "SELECT DISTINCT jurisdiction FROM documents WHERE jurisdiction IS NOT NULL ORDER BY 1")
                .column("jurisdiction").map(\.string))
        }
        for j in jurisdictions { add(canonicalizer.canonical(for: name, jurisdiction: j)) }
        let found = try table(sql: "SELECT DISTINCT canonical FROM departments WHERE name = ?1 OR canonical = ?1 ORDER BY 1",
                              arguments: [.text(name)])
        for value in found.column("canonical") { add(value.string) }
        return names
    }

    /// `tasks --department NAME [--role R] [--jurisdiction J]`: the tasks naming the department,
    /// in document and reading order, with the roles it has in each.
    public func tasks(department: String, role: DepartmentRole? = nil, jurisdiction: String? = nil) throws(StoreError) -> ResultTable {
        let names = try departmentNames(for: department, jurisdiction: jurisdiction)
        let list = Array(repeating: "?", count: names.count).joined(separator: ", ")
        var sql = """
            SELECT d.title, d.path AS file, t.path AS task, t.heading, group_concat(DISTINCT m.role) AS roles,
                   group_concat(DISTINCT m.name) AS written, d.id AS document_id, t.id AS task_id
            FROM departments m JOIN tasks t ON t.id = m.task_id JOIN documents d ON d.id = m.document_id
            WHERE (m.canonical IN (\(list)) OR m.name IN (\(list)))
            """
        var arguments = names.map(QueryValue.text) + names.map(QueryValue.text)
        if let role { sql += " AND m.role = ?"; arguments.append(.text(role.rawValue)) }
        if let jurisdiction { sql += " AND d.jurisdiction = ?"; arguments.append(.text(jurisdiction)) }
        sql += " GROUP BY t.id ORDER BY d.path, t.ordinal"
        return try table(sql: sql, arguments: arguments)
    }

    /// `targets [--year Y] [--kind K] [--department NAME]`: every amount, percentage and quantity with
    /// its value, unit, comparator, year (the year it is due: `year_to`) and task.
    public func targets(year: Int? = nil, kind: String? = nil, department: String? = nil) throws(StoreError) -> ResultTable {
        var sql = """
            SELECT d.title, d.path AS file, t.path AS task, t.heading, g.kind, g.text, g.value, g.upper, g.unit,
                   g.comparator, g.year_to AS year, g.year_source, g.id AS target_id
            FROM targets g JOIN tasks t ON t.id = g.task_id JOIN documents d ON d.id = g.document_id
            WHERE 1
            """
        var arguments: [QueryValue] = []
        if let year { sql += " AND g.year_to = ?"; arguments.append(.integer(Int64(year))) }
        if let kind { sql += " AND g.kind = ?"; arguments.append(.text(kind)) }
        if let department {
            let names = try departmentNames(for: department)
            let list = Array(repeating: "?", count: names.count).joined(separator: ", ")
            sql += " AND EXISTS (SELECT 1 FROM departments m WHERE m.task_id = g.task_id AND (m.canonical IN (\(list)) OR m.name IN (\(list))))"
            arguments += names.map(QueryValue.text) + names.map(QueryValue.text)
        }
        sql += " ORDER BY d.path, t.ordinal, g.start"
        return try table(sql: sql, arguments: arguments)
    }

    /// `indicators [--year Y] [--jurisdiction J] [--name TEXT]`: the rows of the plans' indicator tables
    /// (指标: name, unit, base and target year and value, comparator, 属性), in document and table order.
    /// `year` is the target year; `name` matches any part of the indicator's name.
    public func indicators(year: Int? = nil, jurisdiction: String? = nil, name: String? = nil) throws(StoreError) -> ResultTable {
        var sql = """
            SELECT d.title, d.path AS file, t.path AS task, i.name AS indicator, i.unit, i.base_year, i.base_text,
                   i.target_year, i.target_text, i.target_value, i.comparator, i.attribute, i.id AS indicator_id
            FROM indicators i JOIN tasks t ON t.id = i.task_id JOIN documents d ON d.id = i.document_id
            WHERE 1
            """
        var arguments: [QueryValue] = []
        if let year { sql += " AND i.target_year = ?"; arguments.append(.integer(Int64(year))) }
        if let jurisdiction { sql += " AND d.jurisdiction = ?"; arguments.append(.text(jurisdiction)) }
        if let name { sql += " AND instr(i.name, ?) > 0"; arguments.append(.text(name)) }
        sql += " ORDER BY d.path, i.id"
        return try table(sql: sql, arguments: arguments)
    }

    /// `search WORDS… [--limit N]`: tasks whose heading or text holds every argument as a phrase of
    /// ICU words, best first (bm25, headings weighted twice), with the match bracketed in a snippet.
    /// An argument that is not made of whole words (`络安`) matches nothing.
    public func search(_ arguments: [String], limit: Int = 20) throws(StoreError) -> ResultTable {
        guard let match = SearchPhrase.match(arguments) else { return ResultTable(columns: Self.searchColumns) }
        var result = try table(sql: """
            SELECT d.title, d.path AS file, t.path AS task, t.heading,
                   snippet(tasks_fts, -1, '[', ']', '…', 24) AS snippet,
                   round(bm25(tasks_fts, 2.0, 1.0), 3) AS rank, t.id AS task_id
            FROM tasks_fts JOIN tasks t ON t.id = tasks_fts.rowid JOIN documents d ON d.id = t.document_id
            WHERE tasks_fts MATCH ? ORDER BY bm25(tasks_fts, 2.0, 1.0) LIMIT ?
            """, arguments: [.text(match), .integer(Int64(max(0, limit)))])
        if let column = result.columns.firstIndex(of: "snippet") {
            for i in result.rows.indices {
                if let s = result.rows[i][column].string { result.rows[i][column] = .text(SearchPhrase.compact(s)) }
            }
        }
        return result
    }

    static let searchColumns = ["title", "file", "task", "heading", "snippet", "rank", "task_id"]

    /// `departments [--top N]`: canonical departments with their task counts by role (generic ones left out).
    public func departments(top: Int? = nil) throws(StoreError) -> ResultTable {
        try table(sql: """
            SELECT canonical AS department, count(DISTINCT task_id) AS tasks,
                   count(DISTINCT CASE WHEN role = 'lead' THEN task_id END) AS lead,
                   count(DISTINCT CASE WHEN role = 'responsible' THEN task_id END) AS responsible,
                   count(DISTINCT CASE WHEN role = 'support' THEN task_id END) AS support,
                   count(DISTINCT document_id) AS documents
            FROM departments WHERE generic = 0
            GROUP BY canonical ORDER BY tasks DESC, canonical LIMIT ?
            """, arguments: [.integer(Int64(top ?? -1))])
    }

    /// `network`: one edge per pair of canonical departments sharing tasks; `weight` is the number of
    /// shared tasks, `lead` / `support` how many of them one of the two leads / supports.
    public func network() throws(StoreError) -> ResultTable {
        try table(sql: """
            SELECT a.canonical AS source, b.canonical AS target, count(DISTINCT a.task_id) AS weight,
                   count(DISTINCT CASE WHEN a.role = 'lead' OR b.role = 'lead' THEN a.task_id END) AS lead,
                   count(DISTINCT CASE WHEN a.role = 'support' OR b.role = 'support' THEN a.task_id END) AS support
            FROM departments a JOIN departments b ON b.task_id = a.task_id AND a.canonical < b.canonical
            WHERE a.generic = 0 AND b.generic = 0
            GROUP BY a.canonical, b.canonical ORDER BY weight DESC, source, target
            """)
    }

    // MARK: - Typed values for other targets (report, reuse)

    /// A canonical department's task counts by role.
    public struct DepartmentCount: Sendable, Hashable {
        /// The canonical name.
        public var department: String
        /// Tasks naming it in any role.
        public var tasks: Int
        /// Tasks it leads (牵头).
        public var lead: Int
        /// Tasks it is responsible for (责任).
        public var responsible: Int
        /// Tasks it supports (配合).
        public var support: Int
        /// Documents naming it.
        public var documents: Int
    }

    /// `departments(top:)` as values.
    public func departmentCounts(top: Int? = nil) throws(StoreError) -> [DepartmentCount] {
        try departments(top: top).rows.map {
            DepartmentCount(department: $0[0].string ?? "", tasks: $0[1].int ?? 0, lead: $0[2].int ?? 0,
                            responsible: $0[3].int ?? 0, support: $0[4].int ?? 0, documents: $0[5].int ?? 0)
        }
    }

    /// An edge of the co-responsibility network.
    public struct NetworkEdge: Sendable, Hashable {
        /// One canonical department (the smaller name).
        public var source: String
        /// The other.
        public var target: String
        /// Tasks they share.
        public var weight: Int
        /// Shared tasks one of them leads.
        public var lead: Int
        /// Shared tasks one of them supports.
        public var support: Int
    }

    /// `network()` as values.
    public func networkEdges() throws(StoreError) -> [NetworkEdge] {
        try network().rows.map {
            NetworkEdge(source: $0[0].string ?? "", target: $0[1].string ?? "", weight: $0[2].int ?? 0,
                        lead: $0[3].int ?? 0, support: $0[4].int ?? 0)
        }
    }

    /// A count for one key (a year, a jurisdiction).
    public struct Count<Key: Sendable & Hashable>: Sendable, Hashable {
        /// The key; nil for rows without one.
        public var key: Key?
        /// How many.
        public var count: Int
    }

    /// Targets by the year they are due (`year_to`), oldest first; `kind` limits them to one kind.
    public func targetsPerYear(kind: String? = nil) throws(StoreError) -> [Count<Int>] {
        try table(sql: """
            SELECT year_to, count(*) FROM targets WHERE ?1 IS NULL OR kind = ?1 GROUP BY year_to ORDER BY year_to
            """, arguments: [kind.map(QueryValue.text) ?? .null]).rows.map { Count(key: $0[0].int, count: $0[1].int ?? 0) }
    }

    /// Documents by signing year (else the plan period's first year), oldest first.
    public func documentsPerYear() throws(StoreError) -> [Count<Int>] {
        try table(sql: """
            SELECT coalesce(CAST(substr(signed_date, 1, 4) AS INTEGER), period_from) AS year, count(*)
            FROM documents GROUP BY year ORDER BY year
            """).rows.map { Count(key: $0[0].int, count: $0[1].int ?? 0) }
    }

    /// Documents by jurisdiction, most first.
    public func documentsPerJurisdiction() throws(StoreError) -> [Count<String>] {
        try table(sql: "SELECT jurisdiction, count(*) AS n FROM documents GROUP BY jurisdiction ORDER BY n DESC, jurisdiction")
            .rows.map { Count(key: $0[0].string, count: $0[1].int ?? 0) }
    }

    /// One indexed document.
    public struct DocumentSummary: Sendable, Hashable {
        /// `documents.id`.
        public var id: Int
        /// The file's path as indexed.
        public var path: String
        /// The title, if found.
        public var title: String?
        /// The jurisdiction, if known.
        public var jurisdiction: String?
        /// The signing date (`YYYY-MM-DD`), if stated.
        public var signedDate: String?
        /// Tasks (outline nodes, the preamble not counted).
        public var tasks: Int
    }

    /// Every document, by path.
    public func documents() throws(StoreError) -> [DocumentSummary] {
        try table(sql: """
            SELECT d.id, d.path, d.title, d.jurisdiction, d.signed_date,
                   (SELECT count(*) FROM tasks t WHERE t.document_id = d.id AND t.level > 0)
            FROM documents d ORDER BY d.path
            """).rows.map {
            DocumentSummary(id: $0[0].int ?? 0, path: $0[1].string ?? "", title: $0[2].string, jurisdiction: $0[3].string,
                            signedDate: $0[4].string, tasks: $0[5].int ?? 0)
        }
    }

    /// One task's text, as the reuse and report targets read it.
    public struct TaskText: Sendable, Hashable {
        /// `tasks.id`.
        public var id: Int
        /// The outline path (`三.（一）.2`); empty for the preamble.
        public var path: String
        /// 0 for the preamble, else the outline depth.
        public var level: Int
        /// The heading.
        public var heading: String
        /// The task's own text.
        public var text: String
        /// The task's extent in the source (code points).
        public var span: Span
    }

    /// All tasks of document `documentID` in reading order, the preamble (level 0) first.
    public func taskTexts(documentID: Int) throws(StoreError) -> [TaskText] {
        try table(sql: """
            SELECT id, path, level, heading, text, start, "end" FROM tasks WHERE document_id = ? ORDER BY ordinal
            """, arguments: [.integer(Int64(documentID))]).rows.map {
            TaskText(id: $0[0].int ?? 0, path: $0[1].string ?? "", level: $0[2].int ?? 0, heading: $0[3].string ?? "",
                     text: $0[4].string ?? "", span: Span($0[5].int ?? 0, $0[6].int ?? 0))
        }
    }
}
