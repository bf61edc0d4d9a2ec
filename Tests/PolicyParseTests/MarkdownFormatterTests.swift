import Testing
@testable import PolicyParse

/// The Markdown view shows the title once, as `# title`, and keeps every other preamble line.
@Suite struct MarkdownFormatterTests {
    @Test func titleLineOfThePreambleIsNotRepeated() {
        let document = PolicyParser.parse(text: "某市促进数字经济发展行动计划\n\n为推动数字经济发展，制定本计划。\n一、总体要求\n坚持创新驱动。\n")
        #expect(document.title == "某市促进数字经济发展行动计划")
        #expect(document.text.hasPrefix("某市促进数字经济发展行动计划"))   // the JSON keeps it in the preamble
        let markdown = MarkdownFormatter.render(document)
        #expect(markdown.hasPrefix("# 某市促进数字经济发展行动计划\n\n为推动数字经济发展，制定本计划。\n\n- **一、** 总体要求\n"))
        #expect(markdown.components(separatedBy: "某市促进数字经济发展行动计划").count == 2)
    }

    @Test func titleSetOverTwoLinesIsLeftOutWhole() {
        let document = PolicyParser.parse(text: "某市关于加快推进\n新型基础设施建设的实施方案\n\n为加快建设新型基础设施，制定本方案。\n一、主要目标\n")
        #expect(document.title == "某市关于加快推进新型基础设施建设的实施方案")
        #expect(MarkdownFormatter.render(document).hasPrefix("# 某市关于加快推进新型基础设施建设的实施方案\n\n为加快建设新型基础设施，制定本方案。\n\n"))
    }

    @Test func preambleWithoutTheTitleIsKeptWhole() {
        // The title comes from front matter; the preamble's first line only starts like it.
        let document = PolicyParser.parse(text: "---\ntitle: 某市促进数字经济发展行动计划\n---\n某市促进数字经济发展行动计划的说明如下。\n一、总体要求\n")
        #expect(document.title == "某市促进数字经济发展行动计划")
        #expect(MarkdownFormatter.render(document).hasPrefix("# 某市促进数字经济发展行动计划\n\n某市促进数字经济发展行动计划的说明如下。\n\n- **一、**"))
    }

    @Test(arguments: [
        ("标题", "标题\n正文", "正文"),
        ("标题", "标 题\n\n正文", "正文"),                  // letter spacing
        ("某某办法", "《某某办法》\n正文", "正文"),           // the title found inside 《》
        ("上半下半", "上半\n下半\n正文", "正文"),             // a title over two lines
        ("标题", "标题党\n正文", "标题党\n正文"),             // a longer line is not the title
        ("标题", "标\n正文", "标\n正文"),                    // a part of the title only
        ("标题", "标题", ""),                               // a preamble that is just the title
    ])
    func withoutTitle(_ title: String, _ text: String, _ expected: String) {
        #expect(String(MarkdownFormatter.withoutTitle(title, Substring(text))) == expected)
    }
}
