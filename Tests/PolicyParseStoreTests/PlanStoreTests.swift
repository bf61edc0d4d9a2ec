import Foundation
import PolicyParse
import Testing
@testable import PolicyParseStore

/// The typed questions other targets (report, reuse) build on, on the shipped action plan.
@Suite struct PlanStoreTests {
    /// A database holding `Fixtures/documents/action-plan.txt` only.
    static func actionPlanStore() throws -> (PlanStore, URL) {
        let directory = try StoreTestSupport.temporaryDirectory()
        let plan = StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt").path
        let db = directory.appendingPathComponent("plans.sqlite").path
        _ = try CorpusIndexer(roots: [plan]).run(databasePath: db)
        return (try PlanStore(readOnly: db), directory)
    }

    @Test func departmentCountsAndNetworkEdges() throws {
        let (store, directory) = try Self.actionPlanStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let counts = try store.departmentCounts()
        // Canonical names (the plan's jurisdiction is unknown, so the 市 prefix stays as written).
        #expect(counts.first == PlanStore.DepartmentCount(department: "市经济和信息化委员会", tasks: 4, lead: 0, responsible: 4, support: 0, documents: 1))
        #expect(counts.map(\.department).sorted() == ["中共市委网络安全和信息化委员会办公室", "市地方金融监督管理局", "市市场监督管理局",
                                                        "市科学技术委员会", "市经济和信息化委员会", "市财政局"].sorted())
        #expect(try store.departmentCounts(top: 2).count == 2)
        // 三.（一） names 市科委, 市经济信息化委 and 市财政局: three edges; six in all.
        let edges = try store.networkEdges()
        #expect(edges.count == 6)
        #expect(edges.allSatisfy { $0.source < $0.target && $0.weight == 1 })
        #expect(edges.contains(PlanStore.NetworkEdge(source: "市科学技术委员会", target: "市经济和信息化委员会", weight: 1, lead: 0, support: 0)))
    }

    @Test func targetsAndDocumentsPerYear() throws {
        let (store, directory) = try Self.actionPlanStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 到2025年底 … 不少于100个 … 达到10% are due in 2025; everything else inherits 到2026年 from 二、主要目标.
        #expect(try store.targetsPerYear() == [.init(key: 2025, count: 2), .init(key: 2026, count: 9)])
        #expect(try store.targetsPerYear(kind: "percentage") == [.init(key: 2025, count: 1), .init(key: 2026, count: 1)])
        // 超过300亿元 sits under 二、主要目标 (到2026年); 不少于2亿元 in 三.（一） has only the plan period.
        let amounts = try store.targets(kind: "amount")
        let source = Dictionary(zip(amounts.column("text").map(\.description), amounts.column("year_source").map(\.description)),
                                uniquingKeysWith: { a, _ in a })
        #expect(source["超过300亿元"] == "ancestor" && source["不少于2亿元"] == "period")
        #expect(try store.documentsPerYear() == [.init(key: 2024, count: 1)])
        #expect(try store.documentsPerJurisdiction() == [.init(key: nil, count: 1)])
    }

    @Test func taskTextsComeInReadingOrderWithThePreambleFirst() throws {
        let (store, directory) = try Self.actionPlanStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try #require(try store.documents().first)
        let parsed = try PolicyParser.parse(contentsOf: StoreTestSupport.fixtures.appendingPathComponent("action-plan.txt").path)
        #expect(document.title == parsed.title && document.tasks == Array(parsed.allNodes).count)
        let texts = try store.taskTexts(documentID: document.id)
        #expect(texts.first?.level == 0 && texts.first?.text == parsed.text)
        #expect(texts.dropFirst().map(\.path) == parsed.allNodes.map(\.path))
        #expect(texts.dropFirst().map(\.span) == parsed.allNodes.map(\.node.span))
        // Any written form resolves to the canonical name the mentions carry, and finds the same tasks.
        #expect(try store.departmentNames(for: "市科委").contains("市科学技术委员会"))
        let written = try store.tasks(department: "市经济信息化委").column("task")
        #expect(written.map(\.description) == ["三.（一）", "三.（二）", "三.（三）", "四.（一）"])
        #expect(try store.tasks(department: "市经信委").column("task") == written)
        #expect(try store.tasks(department: "市经济和信息化委员会").column("task") == written)
    }
}
