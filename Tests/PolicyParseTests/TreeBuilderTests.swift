import Foundation
import Testing
@testable import PolicyParse

@Suite struct TreeBuilderTests {
    private func tree(_ text: String) -> (OutlineTree, CleanText) {
        let clean = CleanText(plain: text)
        return (TreeBuilder.build(OutlineTokenizer.tokens(in: clean), in: clean), clean)
    }

    private func fixture(_ name: String) throws -> Document {
        try PolicyParser.parse(contentsOf: Corpus.fixtures.appendingPathComponent("documents/" + name).path)
    }

    /// Each item indented by its depth, marker and heading, in document order.
    private func shape(_ t: OutlineTree, _ clean: CleanText) -> [String] {
        t.items.map { String(repeating: " ", count: $0.level - 1) + clean.string($0.marker) + $0.headingAndText(in: clean).heading }
    }

    /// The top-level items, or the children of the top-level item at `k`.
    private func level(_ t: OutlineTree, under k: Int? = nil) -> [OutlineItem] {
        t.children(of: k.map { t.children(of: nil)[$0] }).map { t.items[$0] }
    }

    @Test func depthFollowsTheOrderStylesOpen() {
        let (t, clean) = tree("（一）加强领导。\n1．建立机制。\n2．压实责任。\n（二）强化保障。")
        #expect(shape(t, clean) == ["（一）加强领导", " 1．建立机制", " 2．压实责任", "（二）强化保障"])
        #expect(level(t).map(\.level) == [1, 1])
        #expect(level(t, under: 0).map(\.level) == [2, 2])
        #expect(t.items.map(\.parent) == [OutlineItem.topLevel, 0, 0, OutlineItem.topLevel])
    }

    @Test func headingTextAndRanges() {
        let text = "前言。\n一、指导思想\n坚持系统观念。统筹发展和安全。\n（一）加强攻关。开展技术研发。（责任部门：市科委）\n"
        let (t, clean) = tree(text)
        #expect(clean.string(t.preamble) == "前言。\n")
        let first = t.items[0]
        #expect(first.headingAndText(in: clean) == ("指导思想", "坚持系统观念。统筹发展和安全。"))
        #expect(clean.string(first.ownRange) == "一、指导思想\n坚持系统观念。统筹发展和安全。")
        #expect(clean.string(first.contentRange) == "指导思想\n坚持系统观念。统筹发展和安全。")
        let child = level(t, under: 0)[0]
        #expect(child.headingAndText(in: clean) == ("加强攻关", "开展技术研发。（责任部门：市科委）"))
        #expect(clean.string(child.ownRange) == "（一）加强攻关。开展技术研发。（责任部门：市科委）")
    }

    @Test func gapsAreRemarkedAndStrayNumbersStayText() {
        let (t, clean) = tree("（一）甲。\n（二）乙。\n（五）丙。\n（六）丁。\n40、孤立的数字。")
        #expect(t.items.map(\.ordinal) == [1, 2, 5, 6])
        #expect(t.remarks.map(\.code) == ["numberingGap"])
        #expect(t.remarks.first?.message == "expected （三） after （二）, found （五）")
        #expect(t.items[3].headingAndText(in: clean).text.contains("40、孤立的数字"))
    }

    @Test func anAttachmentListInTheClosingIsNoAnnexOfItsOwn() {
        let text = "某市人民政府关于印发重点任务清单的通知\n各区人民政府：\n现将重点任务清单印发给你们，请认真贯彻落实。\n\n附件：某市重点任务清单\n\n某市人民政府\n2024年3月1日\n\n附件\n某市重点任务清单\n一、加强组织领导。\n二、强化要素保障。\n"
        let doc = PolicyParser.parse(text: text)
        let annexes = doc.children.filter { $0.style == .annex }
        #expect(annexes.map(\.ordinal) == [1])
        #expect(doc.closing?.text.contains("附件：某市重点任务清单") == true)
        #expect(annexes.first?.children.map(\.marker) == ["一、", "二、"])
    }

    @Test func numberingMayRunAcrossParents() {
        let (t, _) = tree("一、任务\n（一）甲\n1．子一\n2．子二\n（二）乙\n3．子三\n")
        let sections = t.children(of: 0)
        #expect(sections.map { t.children(of: $0).map { t.items[$0].ordinal } } == [[1, 2], [3]])
        #expect(t.remarks.isEmpty)
    }

    @Test func dashesAndInlineItemsAreChildrenOfTheirNode() throws {
        let doc = try fixture("05-dash-and-inline.txt")
        #expect(doc.children[0].children.map(\.style) == [.dash, .dash])
        #expect(doc.children[0].children.map(\.ordinal) == [1, 2])
        let tasks = doc.children[1].children
        #expect(tasks[0].children.map(\.marker) == ["一是", "二是", "三是"])
        #expect(tasks[0].children.map(\.heading) == ["做强软件和信息服务业，培育一批骨干企业", "发展集成电路设计，建设产业园区", "布局人工智能产业"])
        #expect(tasks[1].children.map(\.marker) == ["第一，", "第二，"])
    }

    @Test func paragraphTasksNeedTwoAnnotations() throws {
        let doc = try fixture("11-paragraph-tasks.txt")
        let first = doc.children[0]
        #expect(first.children.map(\.style) == [.paragraph, .paragraph])
        #expect(first.children.map(\.ordinal) == [1, 2])
        #expect(first.children.map(\.marker) == ["", ""])
        #expect(first.children.map(\.heading) == ["培育工业互联网平台", "推动企业上云上平台"])
        #expect(first.text.isEmpty)
        #expect(doc.children[1].children.isEmpty)
        #expect(doc.children[1].text.hasSuffix("（责任单位：市委网信办）"))
    }

    @Test func hardWrappedLinesAreJoined() throws {
        let doc = try fixture("06-hard-wrapped.txt")
        let task = doc.children[0].children[0]
        #expect(task.heading == "加强基层党组织建设")
        #expect(task.text.hasPrefix("坚持党建引领，推动街道社区党组织在基层治理中发挥领导作用，完善"))
        #expect(!task.text.contains("\n"))
    }

    @Test func falsePositivesStayText() throws {
        let doc = try fixture("09-false-positives.txt")
        #expect(doc.children.map(\.marker) == ["一、", "二、"])
        #expect(doc.children[0].children.isEmpty)
        #expect(doc.children[0].text.contains("1.5亿元"))
        #expect(doc.children[1].children.map(\.marker) == ["（一）", "（二）", "（三）"])
        #expect(doc.children[1].children[1].text.contains("15、这一行"))
    }

    @Test func annexRestartsTheOutline() throws {
        let doc = try fixture("13-annex-restart.txt")
        // The annex is a node; its numbering starts afresh below it.
        #expect(doc.children.map(\.marker) == ["一、", "二、", "附件"])
        #expect(doc.children[2].style == .annex)
        #expect(doc.children[2].heading == "营商环境优化提升重点任务清单")
        #expect(!doc.children[1].text.contains("重点任务清单"))
        #expect(doc.children[2].children.map(\.marker) == ["一、", "二、"])
        #expect(doc.children[2].children[0].children.map(\.ordinal) == [1, 2])
        #expect(doc.allNodes.map(\.path).contains("附件1.二.1"))
        #expect(doc.diagnostics.map(\.code) == ["annexStart"])
    }

    @Test func fiveLevelsAndAStartInParentheses() throws {
        let doc = try fixture("02-five-levels.txt")
        let deepest = doc.children[0].children[0].children[0].children[0].children
        #expect(deepest.map(\.marker) == ["①", "②"])
        #expect(deepest.map(\.level) == [5, 5])
        let paren = try fixture("03-starts-at-paren.txt")
        #expect(paren.children.map(\.style) == [.cjkParen, .cjkParen, .cjkParen])
        #expect(paren.children[0].children.map(\.style) == [.arabic, .arabic])
    }

    @Test func regulationsAndWrappers() throws {
        let regulation = try fixture("04-regulation.txt")
        #expect(regulation.children.map(\.marker) == ["第一章", "第二章", "第三章"])
        #expect(regulation.children[0].children.map(\.heading) == ["目的和依据", "本办法适用于本市行政区域内公共数据的收集、共享、开放及其相关管理活动"])
        #expect(regulation.children[1].children.map(\.style) == [.section, .section])
        #expect(regulation.children[1].children[0].children.map(\.ordinal) == [3, 4])
        let html = try fixture("07-html-wrapper.html")
        #expect(html.children.map(\.heading) == ["优化市场准入环境", "加大金融支持力度"])
        #expect(html.children[0].children[1].heading == "深化“证照分离”改革")
        let markdown = try fixture("08-markdown-wrapper.md")
        #expect(markdown.children.map(\.marker) == ["一、", "二、"])
        #expect(markdown.children[1].children.map(\.heading) == ["强化基础研究", "培育创新主体"])
    }

    @Test func emergencyPlanNestsByDots() throws {
        let doc = try fixture("10-emergency-plan.txt")
        #expect(doc.children.map(\.marker) == ["1", "2", "3"])
        #expect(doc.children[1].children[0].children.map(\.marker) == ["2.1.1", "2.1.2"])
        #expect(doc.children[1].children[0].children[0].children.map(\.marker) == ["（1）", "（2）"])
        #expect(doc.text.contains("目"))
    }

    @Test func deepNestingAndManyMarkersStayIterative() {
        var text = ""
        var path: [String] = []
        for depth in 1...800 {
            path.append("1")
            text += path.joined(separator: ".") + (depth == 1 ? " 总则\n" : " 标题\n")
        }
        let (t, _) = tree(text)
        let depth = t.items.map(\.level).max() ?? 0
        // Markers past eight components are text (OutlineLimits, Docs/Limits.md): 800 levels
        // made JSON nested deeper than JSONDecoder reads.
        #expect(depth == OutlineLimits.maxDecimalDepth)
        let many = (1...100_000).map { "（\(($0 - 1) % 999 + 1)）任务。" }.joined(separator: "\n")
        let (flat, _) = tree(many)
        #expect(flat.children(of: nil).count == 100_000)
    }

    @Test func actionPlanShape() throws {
        let doc = try fixture("action-plan.txt")
        #expect(doc.children.map(\.heading) == ["指导思想", "主要目标", "重点任务", "保障措施"])
        #expect(doc.children[1].children.map(\.style) == [.dash, .dash, .dash])
        #expect(doc.children[2].children.count == 3)
        #expect(doc.children[3].children.count == 2)
    }

    @Test func walking() throws {
        let doc = try fixture("01-all-styles.txt")
        let paths = doc.allNodes.map(\.path)
        #expect(paths.prefix(5) == ["一", "一.（一）", "一.（一）.1", "一.（一）.1.（1）", "一.（一）.1.（1）.①"])
        #expect(paths.suffix(2) == ["二.—1", "二.—2"])
        #expect(doc.leafTasks.map(\.heading) == ["建设授权运营平台", "制定运营管理办法", "市场规模", "流通交易"])
        #expect(doc.path(at: [0, 0, 0]) == "一.（一）.1")
        #expect(doc.node(at: [1, 1])?.heading == "流通交易")
        let plan = try PolicyParser.parse(contentsOf: Corpus.fixtures.appendingPathComponent("documents/10-emergency-plan.txt").path)
        #expect(plan.allNodes.map(\.path).contains("2.1.1.（2）"))
    }
}
