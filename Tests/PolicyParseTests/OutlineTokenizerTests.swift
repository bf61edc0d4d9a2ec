import Testing
@testable import PolicyParse

@Suite struct OutlineTokenizerTests {
    private func tokens(_ text: String) -> [OutlineToken] { OutlineTokenizer.tokens(in: CleanText(plain: text)) }

    private func markers(_ text: String) -> [String] {
        let clean = CleanText(plain: text)
        return OutlineTokenizer.tokens(in: clean).map { clean.string($0.range) }
    }

    @Test(arguments: [
        ("一、指导思想", Style.cjkComma, 1), ("九十九、其他", .cjkComma, 99), ("（十二）加强领导", .cjkParen, 12),
        ("(三)完善机制", .cjkParen, 3), ("1、推进建设", .arabic, 1), ("12.推进建设", .arabic, 12), ("１．推进建设", .arabic, 1),
        ("3﹒推进建设", .arabic, 3), ("（1）统一领导", .arabicParen, 1), ("(10)其他", .arabicParen, 10), ("⑳其他", .circled, 20),
        ("第一章 总则", .chapter, 1), ("第二节 共享", .section, 2), ("第一百零三条 本条例自公布之日起施行。", .article, 103),
        ("第十二条（定义）", .article, 12), ("第二部分 重点任务", .part, 2), ("——产业规模。", .dash, 0), ("— —产业规模。", .dash, 0),
        ("--平台建设长足进步。", .dash, 0), ("**一、主要目标**", .cjkComma, 1), ("# 二、重点任务", .cjkComma, 2),
        ("　　（二）发展目标", .cjkParen, 2),
    ])
    func readsLineMarkers(text: String, style: Style, ordinal: Int) {
        let found = tokens(text)
        #expect(found.count == 1)
        #expect(found.first?.style == style)
        #expect(found.first?.ordinal == ordinal)
    }

    @Test func markerTextIsTheWrittenForm() {
        #expect(markers("**（一）加强领导**\n１．完善制度") == ["（一）", "１．"])
    }

    @Test func decimalDepthFollowsTheDots() {
        let found = tokens("1.1 编制目的\n2.3.1 国家级响应\n1.2编制依据")
        #expect(found.map(\.style) == [.decimal, .decimal, .decimal])
        #expect(found.map(\.components) == [[1, 1], [2, 3, 1], [1, 2]])
        #expect(found.map(\.depth) == [2, 3, 2])
    }

    @Test func spacedTopLevelNeedsADecimalOutline() {
        #expect(tokens("1 总则\n正文。").isEmpty)
        let found = tokens("1 总则\n1.1 编制目的\n2 组织体系")
        #expect(found.map(\.components) == [[1], [1, 1], [2]])
    }

    @Test(arguments: [
        "1.5亿元用于高标准农田建设", "2023年全县粮食产量创新高", "一、二、三产业融合发展", "一、二级市场布局", "2.5 万吨储备",
        "3.2%的增长", "2024.推进", "第三条规定的情形", "二〇二三年工作", "（10000）超长编号", "统一是关键",
    ])
    func ignoresNumbersThatAreNotMarkers(text: String) {
        // `1.5亿元` may give a `continuesOnly` candidate, which only continues an open list.
        #expect(tokens(text).filter { !$0.continuesOnly }.isEmpty)
        #expect(PolicyParser.parse(text: text).children.isEmpty)
    }

    @Test func aLongDigitRunDoesNotTrap() {
        let digits = String(repeating: "9", count: 400)
        #expect(tokens(digits + "、标题\n（" + digits + "）标题\n" + digits + ".1 标题").isEmpty)
    }

    @Test func inlineEnumerationsStartAtOne() {
        let found = tokens("（一）壮大产业。一是做强软件；二是发展芯片；三是布局人工智能。")
        #expect(found.map(\.style) == [.cjkParen, .inlineOrdinal, .inlineOrdinal, .inlineOrdinal])
        #expect(found.dropFirst().map(\.ordinal) == [1, 2, 3])
        #expect(tokens("加强领导。二是完善机制；三是强化保障。").isEmpty)
        #expect(tokens("加强领导。一是完善机制。").isEmpty)
        #expect(markers("推进转型。第一，推进制造业；第二，加快服务业。") == ["第一，", "第二，"])
    }

    @Test func tableOfContentsLinesAreNotMarkers() {
        let text = "某预案\n目　　录\n1 总则\n1.1 编制目的\n2 组织体系\n\n1 总则\n1.1 编制目的\n为有效应对突发事件，制定本预案。"
        let clean = CleanText(plain: text)
        let found = OutlineTokenizer.tokens(in: clean)
        #expect(found.map { clean.string($0.range) } == ["1", "1.1"])
        let firstBodyHeading = text.unicodeScalars.count - "1 总则\n1.1 编制目的\n为有效应对突发事件，制定本预案。".unicodeScalars.count
        #expect(found.first?.range.lowerBound == firstBodyHeading)
    }

    @Test func annexHeadingsAreBoundaries() {
        let found = tokens("一、目标\n附件\n一、政务服务\n附件材料应当齐全。")
        #expect(found.map(\.kind) == [.marker, .annex, .marker])
    }

    @Test func articleOnItsChaptersLine() {
        #expect(markers("第一章　总则　　第一条　为规范管理，制定本办法。") == ["第一章", "第一条"])
    }
}
