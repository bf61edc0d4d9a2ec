import PolicyParseReport
import PolicyParseStore

/// Reads the dashboard's figures (`CorpusSummary`) from a corpus database.
enum CorpusFigures {
    /// The kinds of target, in the dashboard's order.
    static let kinds = ["amount", "percentage", "quantity"]

    /// Every figure the dashboard draws, from `store`; `title` heads the page.
    static func read(from store: PlanStore, title: String) throws(StoreError) -> CorpusSummary {
        let departments = try store.departmentCounts().map {
            CorpusSummary.DepartmentRow(name: $0.department, lead: $0.lead, responsible: $0.responsible,
                                        support: $0.support, documents: $0.documents)
        }
        // Targets per year: one query per kind, merged by year (nil, no year, last).
        var byYear: [Int?: [Int]] = [:]
        for (k, kind) in kinds.enumerated() {
            for count in try store.targetsPerYear(kind: kind) {
                byYear[count.key, default: [0, 0, 0]][k] += count.count
            }
        }
        let targets = byYear.keys.sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }.map { year in
            let c = byYear[year] ?? [0, 0, 0]
            return CorpusSummary.TargetYear(year: year, amounts: c[0], percentages: c[1], quantities: c[2])
        }
        // Documents per year and jurisdiction, the year as `documentsPerYear` reads it.
        let cells = try store.table(sql: """
            SELECT coalesce(CAST(substr(signed_date, 1, 4) AS INTEGER), period_from) AS year, jurisdiction, count(*)
            FROM documents GROUP BY year, jurisdiction ORDER BY year, jurisdiction
            """).rows.map { CorpusSummary.DocumentCell(year: $0[0].int, jurisdiction: $0[1].string, count: $0[2].int ?? 0) }
        let ties = try store.networkEdges().map { CorpusSummary.Tie(a: $0.source, b: $0.target, weight: $0.weight) }
        let documents = try store.documents().map {
            CorpusSummary.DocumentRow(id: $0.id, path: $0.path, title: $0.title, jurisdiction: $0.jurisdiction, date: $0.signedDate, tasks: $0.tasks)
        }
        return CorpusSummary(title: title, departments: departments, targetsByYear: targets,
                             documentsByYear: cells, ties: ties, documents: documents)
    }
}
