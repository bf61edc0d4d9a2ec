import Foundation
import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// Department names with brackets, bracketed roles, tables of figures and plan-period target columns
/// (fixtures 25 and 26); annotation shapes, formula factors and decimal headings (27 and 28).
@Suite struct CaptureShapeTests {
    static func fixture(_ name: String) throws -> (DecodedText, Document) {
        let url = Corpus.fixtures.appendingPathComponent("documents/\(name)")
        let decoded = try TextDecoder.decode([UInt8](try Data(contentsOf: url)))
        return (decoded, PolicyParser.parse(decoded, source: nil))
    }

    @Test func aBracketInsideANameKeepsItWhole() throws {
        let (_, document) = try Self.fixture("25-bracketed-departments.txt")
        let tasks = document.children.flatMap(\.children)
        #expect(tasks[0].departments.map(\.name) == ["市通信管理局", "各县（市、区）人民政府"])
        #expect(tasks[0].departments.map(\.generic) == [nil, true])
        #expect(tasks[1].departments.map(\.name) == ["市农业农村局", "各县（区）政府"])
        #expect(tasks[1].departments.map(\.role) == [.lead, .support])
        // A body named with its other name in brackets is one department.
        #expect(tasks[3].departments.map(\.name) == ["市财政局", "市乡村振兴局（市扶贫办）"])
    }

    @Test func aBracketedRoleAfterANameGivesItsRole() throws {
        let (_, document) = try Self.fixture("25-bracketed-departments.txt")
        let task = document.children[1].children[0]
        #expect(task.departments.map(\.name) == ["市发展改革委", "市财政局", "市自然资源局"])
        #expect(task.departments.map(\.role) == [.lead, .support, .support])
    }

    @Test func aLeagueCommitteeNamesItsOwnLevel() {
        let node = PolicyParser.parse(text: "一、测试\n（一）开展活动。（责任单位：市人社局、团市委、市妇联）\n").children[0].children[0]
        #expect(node.departments.map(\.name) == ["市人社局", "团市委", "市妇联"])
        // The list's 市 is not put before 团市委 (no 市团市委员会).
        #expect(node.departments[1].canonical == "共青团市委员会")
    }

    @Test(arguments: [
        ("各县（市、区）人民政府", true),
        ("各区（县）政府", true),
        ("市委（", false),
        ("（甲）局", false),
        ("甲局）", false),
        ("甲局（第一至第十个工作组）", false),
        ("甲局（乙）（丙）", true),
    ])
    func bracketsInANameMustBeShortAndBalanced(text: String, plausible: Bool) {
        let scalars = Array(text.unicodeScalars)
        #expect(DepartmentList.plausible(scalars, 0..<scalars.count) == plausible)
    }

    @Test func aFiveYearPlanTitleGivesThePeriod() {
        #expect(DocumentFacts.fiveYearPlanPeriod(inTitle: "某区河道整治“十四五”规划")?.text == "2021-2025")
        #expect(DocumentFacts.fiveYearPlanPeriod(inTitle: "“十五五”时期发展规划")?.text == "2026-2030")
        #expect(DocumentFacts.fiveYearPlanPeriod(inTitle: "国民经济和社会发展第十一个五年规划纲要")?.text == "2006-2010")
        #expect(DocumentFacts.fiveYearPlanPeriod(inTitle: "第二十五条实施办法") == nil)
        #expect(DocumentFacts.fiveYearPlanPeriod(inTitle: "关于印发十五项措施的通知") == nil)
    }

    @Test func theTargetColumnIsThePlansLastYear() throws {
        let (_, document) = try Self.fixture("26-figures-table.txt")
        #expect(document.metadata["period"] == "2021-2025")
        let indicators = try #require(document.children[0].indicators)
        #expect(indicators.map(\.name) == ["河湖水面率", "骨干河道整治率"])
        #expect(indicators.map(\.targetYear) == [2025, 2025])
        #expect(indicators.map(\.targetValue) == [Decimal(string: "10.5"), 85])
        #expect(indicators.map(\.comparator) == [.gte, nil])
        // A bracketed base figure is still the base value.
        #expect(indicators.map(\.baseValue) == [Decimal(string: "10.2"), 60])
    }

    @Test func aTableOfFiguresWithATwoLevelHeaderIsATableNotAnOutline() throws {
        let (decoded, document) = try Self.fixture("26-figures-table.txt")
        #expect(document.children.map(\.heading) == ["主要指标", "分年度任务", "保障措施"])
        #expect(document.children.allSatisfy { $0.children.isEmpty })
        #expect(document.diagnostics.filter { $0.severity == .warning }.isEmpty)
        let clean = Cleaner.clean(decoded)
        let figures = try #require(clean.tables.last)
        #expect(figures.isRebuilt)
        // Header, two rows of six cells (序号, 街镇 and four figures), and the 合计 row.
        #expect(figures.rows.count == 4)
        #expect(figures.rows[1].cells.count == 6 && figures.rows[2].cells.count == 6)
        let total = figures.rows[3].cells.map { String(String.UnicodeScalarView(clean.scalars[$0.range])) }
        #expect(total == ["合计", "200", "550.5", "240.2", "310.3"])
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
    }

    @Test func annotationShapes() throws {
        let (decoded, document) = try Self.fixture("27-annotation-shapes.txt")
        let tasks = document.children.flatMap(\.children)
        func names(_ k: Int) -> [String] { tasks[k].departments.map(\.name) }
        func roles(_ k: Int) -> [DepartmentRole] { tasks[k].departments.map(\.role) }
        // A full stop inside the bracket, then the note that the first listed leads.
        #expect(names(0) == ["市商务委", "市财政局"] && roles(0) == [.lead, .support])
        // 推进 inside a unit's name.
        #expect(names(1) == ["市推进长三角一体化发展领导小组办公室", "市财政局"])
        // 组织落实 ends a clause; role words stack (按职责分工牵头负责) and leave the name.
        #expect(names(2) == ["市住房城乡建设管理委", "市交通委", "市城管执法局", "各区政府"])
        #expect(roles(2) == [.lead, .responsible, .responsible, .responsible])
        #expect(names(3) == ["各部门", "各区政府"] && roles(3) == [.lead, .responsible])
        // 负责部门： is a label; 适用范围： ends the list.
        #expect(names(4) == ["人力资源社会保障部", "商务部"])
        // 支撑单位： gives support.
        #expect(names(5) == ["经济技术开发区", "区规划资源局", "区建设管理委"] && roles(5) == [.lead, .support, .support])
        // `×100%` is a factor of a formula, not a share.
        #expect(tasks[6].percentages.map(\.text) == ["达到95%以上"])
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
    }

    @Test func aDecimalHeadingMayStartWithACountingWord() throws {
        let (_, document) = try Self.fixture("28-decimal-headings.txt")
        let second = document.children[1]
        #expect(second.children.map(\.marker) == ["2.1", "2.2", "2.3", "2.4"])
        #expect(second.children.map(\.heading) == ["指挥机构", "人员组成", "项目管理", "条件保障"])
        #expect(second.children[2].children.map(\.marker) == ["2.3.1"])
        // A unit after a blank still makes a number where a number can stand.
        #expect(second.children[2].amounts.map(\.text) == ["2.5 亿元"])
        #expect(document.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test func theSignatureBlockIsTheDocumentsClosingNotTheLastTasks() throws {
        let (decoded, document) = try Self.fixture("29-notice-closing.txt")
        let closing = try #require(document.closing)
        #expect(closing.style == .closing)
        // The attachment list before the issuer goes with it: no empty annex of its own.
        #expect(closing.text == "附件：1.重点项目清单\n2.任务分工表\n某市人民政府办公厅\n2023年6月30日\n（此件公开发布）")
        #expect(closing.years.map(\.text) == ["2023年6月30日"])
        #expect(document.children.map(\.marker) == ["一、", "二、", "附件1"])
        let last = document.children[1].children[1]
        #expect(last.years.map(\.text) == ["到2024年底前"] && !last.text.contains("2023年6月30日"))
        #expect(document.children[2].children.map(\.ordinal) == [1, 2])
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
        #expect(InvariantCheck.spanViolations(document, source: decoded.scalars.array) == [])
    }

    @Test func aDateLineInsideTheBodyIsNoSignature() {
        let document = PolicyParser.parse(text: "一、测试\n（一）甲任务。\n2023年6月30日\n（二）乙任务。\n")
        #expect(document.closing == nil)
        #expect(document.children[0].children[0].years.map(\.text) == ["2023年6月30日"])
    }

    @Test func parenthesisedIdeographsAreCjkParenMarkers() {
        let document = PolicyParser.parse(text: "第一条 推广以下技术：\n㈠新型节能建筑体系；\n㈡可再生能源；\n㈢节水器具。\n第二条 附则。\n")
        let first = document.children[0]
        #expect(first.children.map(\.style) == [.cjkParen, .cjkParen, .cjkParen])
        #expect(first.children.map(\.ordinal) == [1, 2, 3])
        #expect(first.children.map(\.heading) == ["新型节能建筑体系", "可再生能源", "节水器具"])
    }

    @Test func aTaskCellKeepsItsWordsBeforeYou() throws {
        let document = PolicyParser.parse(text: "附件\n\n序号\n\n工作内容\n\n责任单位\n\n1\n\n县道规划，由区交通委编制\n\n区交通委\n\n2\n\n乡道养护\n\n各街镇\n")
        let rows = document.allNodes.map(\.node).filter { $0.style == .tableRow }
        #expect(rows.map(\.heading) == ["县道规划，由区交通委编制", "乡道养护"])
        #expect(rows.map { $0.departments.map(\.name) } == [["区交通委"], ["各街镇"]])
    }

    @Test func anInlineItemStartingMidLineGoesOnAcrossAHardWrap() {
        let text = """
        一、主要问题
        （一）预算管理方面。一是多安排国债发行手续费预算 6.25 亿元，未及时调整。二是未据实调减
        预算 176.5 亿元，至年底全部结转。三是超项目建设进度下达中
        央预算内投资 192.86 亿元。国家发展改革委未充分考虑项目建设
        进度和年度资金需求。
        """
        let items = PolicyParser.parse(text: text + "\n").children[0].children[0].children
        #expect(items.map(\.style) == [.inlineOrdinal, .inlineOrdinal, .inlineOrdinal])
        #expect(items.map(\.heading) == ["多安排国债发行手续费预算6.25亿元，未及时调整", "未据实调减预算176.5亿元，至年底全部结转",
                                          "超项目建设进度下达中央预算内投资192.86亿元"])
        #expect(items[2].amounts.map(\.value) == [19_286_000_000])
    }

    @Test func aBylineUnderTheTitleIsNoDashBullet() {
        let text = "国务院关于2024年度审计工作的报告\n——2025年6月24日在第十四届全国人民代表大会常务委员会第十六次会议上\n委员长、各位副委员长：\n一、审计情况\n——推进重大项目。\n"
        let document = PolicyParser.parse(text: text)
        #expect(document.children.map(\.marker) == ["一、"])
        #expect(document.text.contains("会议上"))
        #expect(document.children[0].children.map(\.style) == [.dash])
    }

    @Test func anAnnotationAfterTheLastItemNamesWhoDoesThemAll() {
        let text = """
        一、测试
        （一）落实属地责任。
        1.加强巡查。
        2.及时整改。
        3.指导村居发挥作用。
        （责任单位：区交通委、各街镇）
        （二）强化考核。
        1.甲。（责任单位：区财政局）
        2.乙。（责任单位：区审计局）
        （三）推进热线。一是优化流程；二是完善机制；三是加强宣传。（牵头单位：市政府办公室、市公安局）
        """
        let tasks = PolicyParser.parse(text: text + "\n").children[0].children
        // Only the last item has it: it is the task's, not item 3's.
        #expect(tasks[0].departments.map(\.name) == ["区交通委", "各街镇"])
        #expect(tasks[0].children.allSatisfy { $0.departments.isEmpty })
        // Every item has its own: each keeps it.
        #expect(tasks[1].departments.isEmpty && tasks[1].children.map { $0.departments.map(\.name) } == [["区财政局"], ["区审计局"]])
        // After an inline enumeration.
        #expect(tasks[2].departments.map(\.name) == ["市政府办公室", "市公安局"] && tasks[2].departments.map(\.role) == [.lead, .lead])
        #expect(tasks[2].children.map(\.heading) == ["优化流程", "完善机制", "加强宣传"])
    }
}
