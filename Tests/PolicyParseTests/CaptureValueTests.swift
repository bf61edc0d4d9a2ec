import Foundation
import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// Ranges written as one bracket, magnitudes after 过/超, and items whose name starts with digits.
@Suite struct CaptureValueTests {
    static func first(_ text: String) -> Node { PolicyParser.parse(text: "一、测试\n" + text + "\n").children[0] }

    @Test(arguments: [
        ("处以5元以上10元以下罚款", "5元以上10元以下", Decimal(5), Decimal(10)),
        ("对1000万元及以上至5000万元的项目", "1000万元及以上至5000万元", Decimal(10_000_000), Decimal(50_000_000)),
    ])
    func oneBracketIsOneAmount(text: String, surface: String, value: Decimal, upper: Decimal) {
        let amounts = Self.first(text).amounts
        #expect(amounts.map(\.text) == [surface])
        #expect(amounts.first?.value == value && amounts.first?.upper == upper && amounts.first?.comparator == nil)
    }

    @Test func percentRangesAreOne() {
        let node = Self.first("比例5%—20%，下降1～3个百分点")
        #expect(node.percentages.map(\.value) == [5, 1])
        #expect(node.percentages.map(\.upper) == [20, 3])
        #expect(node.percentages.map(\.kind) == [.percent, .percentagePoint])
    }

    @Test func aBareMagnitudeAfterGuoOrChaoIsMoreThan() {
        let amounts = Self.first("营收过百亿元、超百亿元的企业").amounts
        #expect(amounts.map(\.text) == ["过百亿元", "超百亿元"])
        #expect(amounts.map(\.value) == [10_000_000_000, 10_000_000_000])
        #expect(amounts.map(\.comparator) == [.gt, .gt])
    }

    @Test func theSequenceDecidesAnItemWhoseNameStartsWithDigits() {
        var text = ""
        for i in 1...10 { text += "\(i).第\(i)批项目。\n" }
        text += "11.121人才梯队项目。（责任单位：区人社局）\n12.青年驿站。\n"
        let items = Self.first(text).children
        #expect(items.map(\.ordinal) == Array(1...12))
        #expect(items[10].heading == "121人才梯队项目")
        #expect(items[10].departments.map(\.name) == ["区人社局"])
        #expect(items[9].departments.isEmpty)
        // Without the sequence, a line starting `1.5亿元` stays a number.
        #expect(Self.first("1.5亿元用于建设。").children.isEmpty)
    }
}

/// HTML task tables: each row a `tableRow` node with its column's departments, merged cells included.
@Suite struct TaskTableRowTests {
    @Test func rowsAreTasksWithTheirColumnsDepartments() throws {
        let url = Corpus.fixtures.appendingPathComponent("documents/17-task-table.html")
        let document = try PolicyParser.parse(bytes: [UInt8](Data(contentsOf: url)))
        let holder = document.children[1]
        #expect(holder.heading == "重点任务分工")
        #expect(holder.children.map(\.style) == [.tableRow, .tableRow])
        #expect(holder.children.map(\.heading) == ["一、提升政务服务效能", "二、优化市场环境"])
        let rows = holder.children.flatMap(\.children)
        #expect(rows.map(\.ordinal) == [1, 2, 3])
        // The merged 牵头单位 cell (rowspan 2) leads rows 1 and 2.
        #expect(rows[1].departments.map(\.name) == ["市政务服务局", "市发展改革委", "市司法局"])
        #expect(rows[1].departments.map(\.role) == [.lead, .support, .support])
        #expect(rows.map { $0.years.map(\.text) } == [["2024年底前"], ["2025年6月底前"], ["2025年底前"]])
        // A numbered list inside one cell stays in its row.
        #expect(rows[1].children.isEmpty && rows[1].heading.contains("2.减少申报材料"))
        #expect(document.children.map(\.marker) == ["一、", "二、", "三、"])
    }
}

/// Indicator tables: each row an `Indicator` on the node that holds the table.
@Suite struct IndicatorTableTests {
    @Test func rowsBecomeIndicatorsWithYearsAndComparators() throws {
        let url = Corpus.fixtures.appendingPathComponent("documents/18-indicator-table.html")
        let bytes = [UInt8](try Data(contentsOf: url))
        let document = try PolicyParser.parse(bytes: bytes)
        let holder = document.children[0].children[0]
        #expect(holder.heading == "主要指标")
        #expect(holder.children.isEmpty)
        let indicators = try #require(holder.indicators)
        #expect(indicators.map(\.name) == ["城镇污水处理率", "河湖水面率", "黑臭水体"])
        #expect(indicators.map(\.baseYear) == [2020, 2020, 2020])
        #expect(indicators.map(\.targetYear) == [2025, 2025, 2025])
        #expect(indicators.map(\.targetValue) == [98, 10.5, nil])
        #expect(indicators.map(\.comparator) == [.gte, .gte, nil])
        #expect(indicators.map(\.attribute) == ["约束性", "预期性", "约束性"])
        #expect(indicators[0].unit == "%" && indicators[2].targetText == "基本消除")
        #expect(document.children[0].children[1].indicators == nil)
        // The row's values are also mentions of the holder, each once.
        #expect(holder.percentages.map(\.text) == ["≥98%"])
    }
}

/// Tab-separated tables (pasted from Word or Excel) are read like HTML and pipe tables.
@Suite struct TabTableTests {
    static func fixture() throws -> (DecodedText, Document) {
        let url = Corpus.fixtures.appendingPathComponent("documents/22-tab-task-table.txt")
        let decoded = try TextDecoder.decode([UInt8](try Data(contentsOf: url)))
        return (decoded, PolicyParser.parse(decoded, source: nil))
    }

    @Test func tabRowsAreTasksGroupedUnderTheirSections() throws {
        let (decoded, document) = try Self.fixture()
        let holder = document.children[1]
        #expect(holder.heading == "重点任务分工")
        #expect(holder.children.map(\.heading) == ["一、夯实数字基础设施", "二、发展智慧农业"])
        let rows = holder.children.flatMap(\.children)
        #expect(rows.map(\.style) == Array(repeating: .tableRow, count: 4))
        #expect(rows.map(\.ordinal) == [1, 2, 3, 4])
        #expect(rows.map(\.marker) == ["1", "2", "3", "4"])
        #expect(rows[0].departments.map { "\($0.name)=\($0.role.rawValue)" } ==
                ["市通信管理局=lead", "市发展改革委=support", "市数据局=support"])
        #expect(rows[1].departments.map { "\($0.name)=\($0.role.rawValue)" } == ["市通信管理局=lead", "各县区人民政府=support"])
        #expect(rows[2].departments.map(\.role) == [.lead])
        #expect(rows.map { $0.years.map(\.text) } == [["2024年底前"], ["2025年6月底前"], ["2026年底前"], []])
        #expect(rows[0].amounts.map(\.text) == ["1.2亿元"] && rows[1].percentages.map(\.value) == [90])
        // Every span points at its text in the source.
        let source = decoded.scalars
        for row in rows {
            for d in row.departments { #expect(String(String.UnicodeScalarView(source[d.span.range])) == d.name) }
            for y in row.years { #expect(String(String.UnicodeScalarView(source[y.span.range])) == y.text) }
        }
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
        #expect(document.children.map(\.marker) == ["一、", "二、", "三、"])
    }

    @Test func aTabIndicatorTableGivesIndicators() throws {
        let (decoded, document) = try Self.fixture()
        let holder = document.children[0].children[0]
        #expect(holder.heading == "主要指标" && holder.children.isEmpty)
        let indicators = try #require(holder.indicators)
        #expect(indicators.map(\.name) == ["行政村5G网络覆盖率", "益农信息社数量", "农产品网络零售额"])
        #expect(indicators.map(\.baseYear) == [2023, 2023, 2023] && indicators.map(\.targetYear) == [2026, 2026, 2026])
        #expect(indicators.map(\.targetValue) == [95, 500, 20])
        #expect(indicators.map(\.comparator) == [.gte, .gte, nil])
        #expect(indicators.map(\.unit) == ["%", "个", "亿元"])
        let first = String(String.UnicodeScalarView(decoded.scalars[indicators[0].span.range]))
        #expect(first == "行政村5G网络覆盖率\t%\t82\t≥95\t约束性")
    }
}

/// Tables flattened one cell per paragraph or per line are rebuilt from their header and 序号.
@Suite struct FlattenedTableTests {
    static func fixture() throws -> (DecodedText, Document) {
        let url = Corpus.fixtures.appendingPathComponent("documents/23-flattened-tables.txt")
        let decoded = try TextDecoder.decode([UInt8](try Data(contentsOf: url)))
        return (decoded, PolicyParser.parse(decoded, source: nil))
    }

    @Test func cellsPerParagraphBecomeRowsUnderTheirSections() throws {
        let (decoded, document) = try Self.fixture()
        let holder = document.children[1]
        #expect(holder.children.map(\.heading) == ["行动一：老旧小区改造", "行动二：产业园区提质"])
        let rows = holder.children.flatMap(\.children)
        #expect(rows.map(\.ordinal) == [1, 2, 3, 4])
        #expect(rows.map(\.heading) == ["完成旧住房成套改造5万平方米", "加装电梯300台", "新建口袋公园10座，绿化覆盖率达到40%", "盘活低效用地200亩，投资5亿元"])
        // Row 2's 牵头单位 was merged from row 1: its deadline is not taken for a department, and
        // the merged cell covers it (the span of the cell in row 1, as an HTML rowspan).
        #expect(rows.map { $0.departments.map(\.name) } == [["区房管局"], ["区房管局"], ["区绿化市容局", "各街道办事处"], ["区经委"]])
        #expect(rows[1].departments[0].span == rows[0].departments[0].span)
        #expect(rows.allSatisfy { $0.departments.allSatisfy { $0.role == .lead } })
        #expect(rows.map { $0.years.map(\.text) } == [["2024年底前"], ["2025年底前"], ["2026年底前"], ["2026年6月底前"]])
        // The category cells (旧住房改造, 公共空间) stay inside their rows' spans.
        let source = decoded.scalars
        let third = String(String.UnicodeScalarView(source[rows[2].span.range]))
        #expect(third.hasPrefix("公共空间") && third.hasSuffix("2026年底前"))
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
    }

    @Test func cellsPerLineBecomeIndicators() throws {
        let (_, document) = try Self.fixture()
        let annex = try #require(document.children.last)
        #expect(annex.style == .annex && annex.heading == "主要指标表")
        let indicators = try #require(annex.indicators)
        #expect(indicators.map(\.name) == ["旧住房成套改造面积", "加装电梯数量", "口袋公园数量"])
        #expect(indicators.map(\.unit) == ["万平方米", "台", "座"])
        #expect(indicators.map(\.baseValue) == [12, 150, 20] && indicators.map(\.targetValue) == [17, 450, 30])
        #expect(indicators.map(\.comparator) == [.gte, .gte, nil])
        #expect(indicators.map(\.attribute) == ["约束性", "预期性", "预期性"])
        // The note after the table is not a cell of its last row.
        #expect(annex.text.hasSuffix("注：2023年为实际值。"))
    }

    @Test func numbersThatDoNotFollowLeaveTheText() throws {
        let (_, document) = try Self.fixture()
        // 序号 项目名称 申报单位 then 1 … 3 …: no 2, so no table; the cells stay text of 三、.
        let third = document.children[2]
        #expect(third.children.isEmpty)
        #expect(third.text.contains("序号\n项目名称\n申报单位\n1\n口袋公园"))
    }
}

/// Markdown pipe tables are read as task tables too.
@Suite struct PipeTableTests {
    @Test func pipeRowsAreTasks() throws {
        let url = Corpus.fixtures.appendingPathComponent("documents/19-pipe-task-table.md")
        let document = try PolicyParser.parse(bytes: [UInt8](try Data(contentsOf: url)))
        let rows = document.children[1].children
        #expect(rows.map(\.style) == [.tableRow, .tableRow])
        #expect(rows.map(\.ordinal) == [1, 2])
        #expect(rows[0].departments.map(\.role) == [.lead, .support, .support])
        #expect(rows.map { $0.years.map(\.text) } == [["2024年底前"], ["2025年底前"]])
        #expect(rows[1].percentages.map(\.value) == [60])
    }

    @Test func aFrontMatterTitleIsTheTitleAndItsValuesAreReadOnce() throws {
        let source = "---\ntitle: 某区人才发展三年行动计划（2024-2026年）\n---\n\n为落实人才强区战略，制定本计划。\n\n一、主要目标\n\n到2026年，新增人才1万名。\n"
        let decoded = DecodedText(source)
        let document = PolicyParser.parse(decoded, source: nil)
        #expect(document.title == "某区人才发展三年行动计划（2024-2026年）")
        #expect(document.years.map(\.text) == ["2024-2026年"])
        let scalars = Array(source.unicodeScalars)
        let span = try #require(document.years.first?.span)
        #expect(String(String.UnicodeScalarView(scalars[span.range])) == "2024-2026年")
        #expect(document.children.flatMap(\.years).map(\.text) == ["到2026年"])
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
    }

    @Test func aFrontMatterTitleTheBodyRepeatsIsReadFromTheBody() throws {
        let source = "---\ntitle: 某区人才发展三年行动计划（2024-2026年）\n---\n\n# 某区人才发展三年行动计划（2024-2026年）\n\n一、主要目标\n"
        let decoded = DecodedText(source)
        let document = PolicyParser.parse(decoded, source: nil)
        #expect(document.title == "某区人才发展三年行动计划（2024-2026年）")
        let years = document.years
        #expect(years.count == 1)
        // The body's heading, not the front matter's line.
        #expect((years.first?.span.start ?? 0) > source.unicodeScalars.split(separator: "#")[0].count)
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
    }
}

/// Chinese front-matter keys (标题, 文号, 发文机关, 发布日期) give the title and document facts.
@Suite struct ChineseFrontMatterTests {
    @Test func chineseKeysGiveTheTitleAndFacts() throws {
        let url = Corpus.fixtures.appendingPathComponent("documents/24-chinese-front-matter.md")
        let decoded = try TextDecoder.decode([UInt8](try Data(contentsOf: url)))
        let document = PolicyParser.parse(decoded, source: nil)
        // The title's letter spacing goes; its years are read once, from the front matter.
        #expect(document.title == "某区智慧社区建设行动方案（2024-2026年）")
        #expect(document.years.map(\.text) == ["2024-2026年"])
        let span = try #require(document.years.first?.span)
        #expect(String(String.UnicodeScalarView(decoded.scalars[span.range])) == "2024-2026年")
        // 文号 wins over the number the text cites first; 发布日期 dates 年底前.
        #expect(document.metadata["documentNumber"] == "某府办发〔2024〕7号")
        #expect(document.metadata["issuer"] == "某区人民政府办公室")
        #expect(document.metadata["signedDate"] == "2024-03-15")
        #expect(document.children[1].children[0].years.map(\.from) == [2024])
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded) == [])
    }

    @Test func aDateInAnotherFormIsNotTheSigningDate() {
        let metadata = FrontMatter.addingChineseFacts(to: ["发布日期": "2024年3月15日", "标题": "某 方案"])
        #expect(metadata["signedDate"] == nil)
        #expect(metadata["title"] == "某方案")
        // A `title` key is kept as written.
        #expect(FrontMatter.addingChineseFacts(to: ["title": "甲", "标题": "乙"])["title"] == "甲")
    }
}
