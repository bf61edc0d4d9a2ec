import Foundation
import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// Capture on the real corpus (issue 12): nothing dropped, annexes and second documents as nodes,
/// unique paths, tables read as rows. Skipped when `../shared/corpus` is absent.
@Suite(.enabled(if: Corpus.isPresent, "needs ../shared/corpus"))
struct CaptureCorpusTests {
    static func parse(_ folder: String, _ prefix: String) throws -> Document {
        let url = try #require(Corpus.file(folder, prefix))
        return PolicyParser.parse(try Corpus.decoded(url), source: url.path)
    }

    @Test(arguments: Corpus.files)
    func everyValueIsInTheTreeExactlyOnce(url: URL) throws {
        let decoded = try Corpus.decoded(url)
        let document = PolicyParser.parse(decoded, source: url.path)
        let violations = InvariantCheck.completenessViolations(document, decoded: decoded)
        #expect(violations.isEmpty, "\(url.lastPathComponent): \(violations.joined(separator: "\n"))")
    }

    @Test(arguments: Corpus.files)
    func everyPathIsUnique(url: URL) throws {
        let document = PolicyParser.parse(try Corpus.decoded(url), source: url.path)
        let paths = document.allNodes.map(\.path)
        #expect(Set(paths).count == paths.count, "\(url.lastPathComponent)")
    }

    @Test func annexesAreNodesWithTheirOwnNumbering() throws {
        // 034: 附件：1.… 2.… (the list of attachments: the closing, no annex), 附件1 (a table),
        // 附件2 (a whole 实施方案 with 一、–七、).
        let doc = try Self.parse("real", "034")
        let annexes = doc.children.filter { $0.style == .annex }
        #expect(annexes.map(\.marker) == ["附件1", "附件2"])
        #expect(doc.closing?.text.hasPrefix("附件：1.奉贤区农村公路管理养护权力和责任清单") == true)
        #expect(annexes[1].children.filter { $0.style == .cjkComma }.map(\.ordinal) == Array(1...7))
        // 031: the annex title's year and the 附件2 task list are in the annex nodes.
        let huangpu = try Self.parse("real", "031")
        let second = try #require(huangpu.children.last)
        #expect(second.style == .annex && second.ordinal == 2)
        #expect(second.heading.contains("重点任务与项目清单"))
    }
    /// Tables flattened one cell per paragraph in real files (MANIFEST: flat-table).
    @Test func flattenedTablesAreRebuilt() throws {
        func rows(_ node: Node) -> [Node] { (node.style == .tableRow ? [node] : []) + node.children.flatMap(rows) }
        // 030: 主要指标, 15 rows, header cells split inside (指标\n属性, 基准值\n（2020年）).
        let water = try Self.parse("real", "030")
        let indicators = water.allNodes.compactMap(\.node.indicators).flatMap { $0 }
        #expect(indicators.count == 15)
        #expect(indicators.first?.name == "主海塘达标率" && indicators.first?.baseYear == 2020 && indicators.first?.attribute == "预期性")
        // A 十四五 plan: the target is the 2025 column, not the 2035 outlook beside it.
        #expect(indicators.allSatisfy { $0.targetYear == 2025 } && indicators.first?.targetText == "≥73％")
        #expect(indicators.filter { $0.comparator == .gte }.count == 6)
        #expect(!water.allNodes.contains { $0.node.style == .decimal && $0.node.marker == "120.14" })
        // 031: 附件1 11 indicators (merged 类型 cells), 附件2 22 task rows.
        let huangpu = try Self.parse("real", "031")
        let annexes = huangpu.children.filter { $0.style == .annex }
        let annex1 = try #require(annexes.first { $0.marker == "附件1：" })
        #expect(annex1.indicators?.map(\.name).last == "新增文物保护员")
        #expect(annex1.indicators?.count == 11)
        #expect(annex1.indicators?.map(\.comparator).filter { $0 == .gt }.count == 3)
        let annex2 = try #require(annexes.last)
        #expect(rows(annex2).map(\.ordinal) == Array(1...22))
        // 032: 27 rows in six 行动 sections, departments from 推进单位.
        let jingan = try Self.parse("real", "032")
        let tasks = jingan.children.flatMap(rows).filter { !$0.heading.hasPrefix("行动") }
        #expect(tasks.map(\.ordinal) == Array(1...27))
        #expect(jingan.children.flatMap(rows).filter { $0.heading.hasPrefix("行动") }.count == 6)
        #expect(tasks[0].departments.first?.name == "区规划资源局")
        #expect(tasks.flatMap(\.departments).count >= 50)
        #expect(tasks.flatMap(\.departments).allSatisfy { $0.role == .responsible })
        // 042: a two-level header without a task or indicator column stays text.
        let jiading = try Self.parse("real", "042")
        #expect(jiading.children.flatMap(rows).isEmpty && jiading.allNodes.allSatisfy { $0.node.indicators == nil })
    }
}
