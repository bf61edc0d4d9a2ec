import Foundation
import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// Extraction checked on the shared corpus of real documents.
@Suite(.enabled(if: Corpus.isPresent, Corpus.skipReason)) struct CorpusExtractionTests {
    static let corpus = Corpus.sharedCorpus.path
    static let seed002 = corpus + "/seeds/002_7023b17c9d3b74e5.txt"
    static let seed000 = corpus + "/seeds/000_029b67fde62f7326.txt"

    /// Every corpus file (seeds and real documents).
    static var files: [String] {
        var out: [String] = []
        for dir in ["seeds", "real"] {
            let path = corpus + "/" + dir
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            out += names.filter { $0.hasSuffix(".txt") }.sorted().map { path + "/" + $0 }
        }
        return out
    }

    /// The document and every node below it, in document order.
    static func holders(_ doc: Document) -> [any MentionHolding] {
        var out: [any MentionHolding] = [doc]
        func walk(_ nodes: [Node]) {
            for n in nodes {
                out.append(n)
                walk(n.children)
            }
        }
        walk(doc.children)
        return out
    }

    /// All mentions in the document, wherever the outline put them.
    static func allMentions(_ doc: Document) -> Mentions {
        var m = Mentions()
        for h in holders(doc) {
            m.amounts += h.amounts
            m.percentages += h.percentages
            m.years += h.years
            m.quantities += h.quantities
            m.departments += h.departments
        }
        return m
    }

    @Test func seed002AmountsPercentagesYears() throws {
        let doc = try PolicyParser.parse(contentsOf: Self.seed002)
        let m = Self.allMentions(doc)
        let amounts = m.amounts.map { "\($0.text)=\($0.value) \($0.comparator?.rawValue ?? "-")" }
        #expect(amounts == ["超过250亿元=25000000000 gt", "超过2500亿元=250000000000 gt", "超百亿元=10000000000 gt", "超亿元=100000000 gt"])
        let percentages = m.percentages.map { "\($0.text)=\($0.value) \($0.comparator?.rawValue ?? "-")" }
        #expect(percentages == ["超过25%=25 gt", "超过10%=10 gt", "不低于10%=10 gte"])
        let years = m.years.map { "\($0.text)=\($0.from)-\($0.to)" }
        #expect(years == ["到2023年=2023-2023"])
        let quantities = m.quantities.map { "\($0.text)=\($0.value)\($0.unit) \($0.comparator?.rawValue ?? "-")" }
        #expect(quantities == ["10家=10家 -", "至少100个=100个 gte", "2个=2个 -", "5家=5家 -", "50家以上=50家 gte", "10个=10个 -"])
        // 17 annotations, 70 names in all.
        #expect(m.departments.count == 70)
        #expect(m.departments.allSatisfy { $0.role == .responsible })
    }

    @Test func seed000PeriodAndPlusQuantity() throws {
        let doc = try PolicyParser.parse(contentsOf: Self.seed000)
        let m = Self.allMentions(doc)
        #expect(m.years.contains { $0.from == 2021 && $0.to == 2023 && $0.text == "2021-2023年" })
        #expect(m.years.contains { $0.text == "力争到2023年" && $0.from == 2023 })
        #expect(m.quantities.contains { $0.text == "10+" && $0.value == 10 && $0.comparator == .gte })
        #expect(m.amounts.contains { $0.text == "超250亿元" && $0.value == 25_000_000_000 && $0.comparator == .gt })
    }

    /// Expected 责任部门 of the 17 （N） tasks of seed 002, in order (read off the document).
    static let seed002Tasks: [[String]] = [
        ["市科委", "市经济信息化委", "市发展改革委", "市密码管理局"],
        ["市科委", "市密码管理局", "市国防科工办", "市经济信息化委", "市发展改革委"],
        ["市经济信息化委", "市委网信办", "市通信管理局"],
        ["市经济信息化委", "市通信管理局", "市地方金融监管局", "上海银保监局"],
        ["市经济信息化委", "市通信管理局"],
        ["市经济信息化委", "市密码管理局", "市国防科工办", "市通信管理局"],
        ["市经济信息化委", "市委网信办", "市通信管理局"],
        ["市经济信息化委", "市委网信办", "市公安局", "市通信管理局", "临港新片区管委会", "大数据中心"],
        ["市经济信息化委", "市密码管理局", "市通信管理局", "相关区政府"],
        ["市经济信息化委", "市密码管理局", "市国防科工办", "市地方金融监管局", "市通信管理局"],
        ["市委网信办", "市经济信息化委", "市发展改革委", "市科委", "市公安局", "市密码管理局", "市保密局", "市通信管理局"],
        ["市经济信息化委", "相关园区所在区政府"],
        ["市委网信办", "市财政局", "市经济信息化委"],
        ["市委网信办", "市经济信息化委", "市公安局", "市密码管理局", "市市场监管局", "市保密局", "市通信管理局"],
        ["市教委", "市经济信息化委", "市人力资源社会保障局", "市通信管理局"],
        ["市经济信息化委", "市地方金融监管局", "相关园区所在区政府"],
        ["市经济信息化委", "市市场监管局", "市外办"],
    ]

    /// Whether the outline stage builds a tree yet (it is a placeholder until the outline work lands).
    static var outlineBuildsTrees: Bool {
        !PolicyParser.parse(text: "一、总则\n（一）目标。内容。\n").children.isEmpty
    }

    // NOTE: this test needs the outline stage (TreeBuilder). Until it lands on main the tree has no
    // nodes and the test is skipped; after the merge it checks every （N） task's own 责任部门.
    @Test(.enabled(if: CorpusExtractionTests.outlineBuildsTrees, "needs the outline stage"))
    func seed002TaskDepartments() throws {
        let doc = try PolicyParser.parse(contentsOf: Self.seed002)
        var tasks: [Node] = []
        func walk(_ nodes: [Node]) {
            for n in nodes {
                if n.style == .cjkParen { tasks.append(n) }
                walk(n.children)
            }
        }
        walk(doc.children)
        #expect(tasks.count == 17)
        #expect(tasks.map { $0.departments.map(\.name) } == Self.seed002Tasks)
        #expect(tasks.allSatisfy { $0.departments.allSatisfy { $0.role == .responsible } })
    }

    @Test(arguments: CorpusExtractionTests.files)
    func everyMentionPointsAtItsText(path: String) throws {
        let bytes = try InputFile.read(path, limit: 1 << 28)
        let decoded = try TextDecoder.decode(bytes)
        let source = decoded.scalars.array
        let doc = PolicyParser.parse(decoded, source: path)
        // Each value as the extractor read it stands in the source at its span.
        #expect(InvariantCheck.scanViolations(decoded, parsed: doc) == [])
        func text(_ span: Span) -> String? {
            guard span.start >= 0, span.end <= source.count, span.start < span.end else { return nil }
            return String(scalars: source[span.range])
        }
        for h in Self.holders(doc) {
            for y in h.years {
                #expect(y.from >= YearExtractor.minYear && y.to <= YearExtractor.maxYear && y.from <= y.to)
            }
            for d in h.departments { #expect(text(d.span) != nil && !d.name.isEmpty) }
        }
    }
}
