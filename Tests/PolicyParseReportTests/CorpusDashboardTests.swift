import Foundation
import Testing
@testable import PolicyParseReport

/// The corpus dashboard: charts drawn from the numbers in their tables, escaping, links.
@Suite struct CorpusDashboardTests {
    static let summary = CorpusSummary(
        title: "plans.sqlite",
        departments: [
            .init(name: "市经济信息化委", lead: 3, responsible: 7, support: 1, documents: 2),
            .init(name: "市科委", lead: 0, responsible: 4, support: 2, documents: 2),
            .init(name: "<script>alert(1)</script>&\"", lead: 1, responsible: 0, support: 0, documents: 1),
        ] + (0..<40).map { .init(name: "部门\($0)", lead: 0, responsible: 1, support: 0, documents: 1) },
        targetsByYear: [.init(year: 2025, amounts: 2, percentages: 3, quantities: 1), .init(year: 2026, amounts: 5, percentages: 1, quantities: 4),
                        .init(year: nil, amounts: 1, percentages: 0, quantities: 0)],
        documentsByYear: [.init(year: 2023, jurisdiction: "上海市", count: 2), .init(year: 2023, jurisdiction: "北京市", count: 1),
                          .init(year: 2024, jurisdiction: "上海市", count: 3), .init(year: nil, jurisdiction: nil, count: 1)],
        ties: [.init(a: "市科委", b: "市经济信息化委", weight: 4), .init(a: "市经济信息化委", b: "市财政局", weight: 2),
               .init(a: "市科委", b: "市财政局", weight: 1)],
        documents: [.init(id: 1, path: "real/a plan#1.txt", title: "某市行动计划", jurisdiction: "上海市", date: "2023-05-01", tasks: 12, report: "documents/a plan#1.html"),
                    .init(id: 2, path: "b.txt", title: nil, jurisdiction: nil, date: nil, tasks: 3)])

    @Test func chartsMatchTheirTables() {
        let html = CorpusDashboard(summary: Self.summary).html()
        let reading = HTMLReading(html)
        #expect(reading.problems.isEmpty, "\(reading.problems)")
        #expect(reading.elements.filter { $0.name == "script" }.isEmpty, "the dashboard needs no script")
        #expect(reading.elements.filter { $0.name == "svg" }.count == 4)
        let page = String(decoding: html, as: UTF8.self)
        // Top 30 departments: 30 rows of bars; every non-zero number is one titled segment.
        let segments = Self.summary.departments.prefix(30).reduce(0) { $0 + [$1.lead, $1.responsible, $1.support].filter { $0 > 0 }.count }
        #expect(page.components(separatedBy: ": ").count > segments)
        #expect(page.contains("<title>市经济信息化委 · responsible 负责: 7</title>"))
        #expect(page.contains("<title>2026 · amount 金额: 5</title>"))
        #expect(page.contains("<title>2024 · 上海市: 3</title>"))
        #expect(page.contains("<title>市科委 – 市经济信息化委: 4</title>"))
        #expect(!page.contains("部门29<"), "only the top 30 departments")
        #expect(page.contains("部门26<"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"))
        #expect(page.contains("<a href=\"documents/a%20plan%231.html\">某市行动计划</a>"))
        #expect(page.contains("<td>b.txt</td><td>b.txt</td>"))
    }

    @Test func emptyCorpusRenders() {
        let reading = HTMLReading(CorpusDashboard(summary: CorpusSummary(title: "empty")).html())
        #expect(reading.problems.isEmpty)
        #expect(reading.elements.filter { $0.name == "svg" }.count == 4)
    }

    @Test func reportDocExampleRunsAsWritten() {
        // Docs/Report.md, "A corpus".
        let summary = CorpusSummary(title: "plans", departments: [.init(name: "市科委", lead: 2, responsible: 5, support: 1, documents: 3)])
        let html: [UInt8] = CorpusDashboard(summary: summary).html()
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("<title>市科委 · responsible 负责: 5</title>"))
        #expect(HTMLReading(html).problems.isEmpty)
    }
}
