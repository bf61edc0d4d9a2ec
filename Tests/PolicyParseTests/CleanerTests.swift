import Foundation
import Testing
@testable import PolicyParse

@Suite struct CleanerTests {
    private func clean(_ text: String) -> CleanText { Cleaner.clean(DecodedText(text)) }

    /// Every clean character maps back to the same character in the source, except white space
    /// (collapsed), entities (decoded) and table cells (tabs).
    private func checkMapsBack(_ source: DecodedText, _ clean: CleanText, sourceName: String) {
        var cursor = OffsetMap.Cursor(clean.map)
        var previousEnd = 0
        for i in 0..<clean.count {
            let span = cursor.sourceSpan(of: i..<(i + 1))
            let c = clean.scalars[i]
            #expect(span.start >= previousEnd, "map not monotone at \(i) in \(sourceName)")
            #expect(span.end <= source.scalars.count)
            previousEnd = span.end
            let original = source.scalars[span.range]
            if c == " " || c == "\n" || c == "\t" {
                continue
            }
            if original.count == 1 {
                #expect(original.first == c, "clean \(i) '\(c)' maps to '\(String(scalars: original))' in \(sourceName)")
            } else {
                #expect(original.first == "&", "clean \(i) '\(c)' maps to '\(String(scalars: original))' in \(sourceName)")
            }
        }
    }

    @Test(.enabled(if: Corpus.isPresent, Corpus.skipReason)) func everyCorpusCharacterMapsBackToItsSource() throws {
        let files = Corpus.files
        #expect(files.count >= 34)
        for url in files {
            let source = try Corpus.decoded(url)
            let clean = Cleaner.clean(source)
            #expect(clean.count > 500, "\(url.lastPathComponent) cleaned to almost nothing")
            checkMapsBack(source, clean, sourceName: url.lastPathComponent)
        }
    }

    @Test func frontMatterBecomesMetadata() {
        let c = clean("---\nlayout: post\ntitle: \"上海网络安全产业三年行动计划发布\"\ncategories:\n - 金融\n - 要闻\ndate: 2022-01-25 16:04:12 +0800\n---\n<p>正文。</p>")
        #expect(c.metadata["title"] == "上海网络安全产业三年行动计划发布")
        #expect(c.metadata["date"] == "2022-01-25 16:04:12 +0800")
        #expect(c.metadata["categories"] == "金融, 要闻")
        // The title, which the body does not repeat, is the first line (its values are read there).
        #expect(c.string == "上海网络安全产业三年行动计划发布\n\n正文。")
        #expect(c.format == .html)
    }

    @Test func unclosedFrontMatterIsText() {
        let c = clean("---\ntitle: 未闭合\n一、总体要求")
        #expect(c.metadata.isEmpty)
        #expect(c.string.contains("一、总体要求"))
    }

    @Test func htmlTagsEntitiesAndBlocks() {
        let c = clean("<div><p style=\"x\">一、总体&nbsp;要求</p><p>加强&amp;改进&#x4E00;&#19968;<br>下一行</p><script>var a = '<p>';</script><style>p{}</style></div>")
        #expect(c.string == "一、总体 要求\n\n加强&改进一一\n下一行")
        let page = clean("<p>第一段\n接着写</p>\n<p>第二段</p>")
        #expect(page.string == "第一段 接着写\n\n第二段")
        let amp = c.string.unicodeScalars.firstIndex(of: "&").map { c.string.unicodeScalars.distance(from: c.string.unicodeScalars.startIndex, to: $0) }
        #expect(amp.map { c.sourceSpan(of: $0..<($0 + 1)).count } == 5)
    }

    @Test func htmlTableCellsBecomeTabs() {
        let c = clean("<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr><tr><td>1</td><td>建设平台</td><td>市科委</td></tr></table>")
        #expect(c.string == "序号\t重点任务\t责任单位\n1\t建设平台\t市科委")
    }

    @Test func tabSeparatedTablesKeepTheirTabs() {
        let source = "说明\t文字。\n序号 \t任务\t牵头单位\n1\t建设平台\t市科委\n二、分组\n2\t\t市财政局\n\n结束\t语。"
        let c = clean(source)
        // A lone tab in prose is a space; the table's tabs stay, an empty cell included.
        #expect(c.string == "说明 文字。\n序号\t任务\t牵头单位\n1\t建设平台\t市科委\n二、分组\n2\t\t市财政局\n\n结束 语。")
        checkMapsBack(DecodedText(source), c, sourceName: "tabs")
        #expect(c.tables.count == 1)
        let table = c.tables[0]
        #expect(table.rows.map { $0.cells.map { c.string($0.range) } } ==
                [["序号", "任务", "牵头单位"], ["1", "建设平台", "市科委"], ["二、分组"], ["2", "", "市财政局"]])
        #expect(table.rows[2].cells[0].columnSpan == 3)
        #expect(table.columnCount == 3)
        // One line with tabs is no table.
        #expect(clean("甲\t乙\t丙\n正文。").tables.isEmpty)
        #expect(clean("甲\t乙\t丙\n正文。").string == "甲 乙 丙\n正文。")
    }

    @Test func markdownMarksAreDropped() {
        let c = clean("# 标题\n\n**一、网络安全产业发展的共性问题**\n\n> 引用一段\n\n![cover](https://x/y.png)\n\n见[原文](https://example.com/a)。[![](img.png)](https://link)<http://finews.example/a>")
        #expect(c.string == "标题\n\n一、网络安全产业发展的共性问题\n\n引用一段\n\n见原文。")
        #expect(c.format == .markdown)
    }

    @Test func whiteSpaceCollapsesAndIndentationGoes() {
        let c = clean("        一、指导思想\r\n\u{3000}\u{3000}贯彻  落实\t精神。\r\n\r\n\r\n\r\n二、目标\u{200B}")
        #expect(c.string == "一、指导思想\n贯彻 落实 精神。\n\n二、目标")
    }

    @Test func fullWidthFormsStayButFoldForAnalysis() {
        let c = clean("（１）建设１２个平台，占比１０％．")
        #expect(c.string == "（１）建设１２个平台，占比１０％．")
        let folded = String(String.UnicodeScalarView((0..<c.count).map { c.analysis(at: $0) }))
        #expect(folded == "(1)建设12个平台，占比10%.")
    }

    @Test func plainTextKeepsAngleBracketsAndAmpersands() {
        let c = clean("A<B & C>D 《规划》")
        #expect(c.string == "A<B & C>D 《规划》")
        #expect(c.format == .plain)
    }

    @Test func wechatBoilerplateIsCut() {
        let body = String(repeating: "一是创新办好网络安全品牌赛会活动，促进技术交流和创新成果转化落地。", count: 3)
        let c = clean("**（五）加大产业品牌外拓布局**\n\n\(body)\n\n（本文刊登于《中国信息安全》杂志2023年第2期）\n\n**点击下图 了解详情**\n\n预览时标签不可点\n\n微信扫一扫\n关注该公众号\n\n分享\n留言\n收藏")
        #expect(c.string.hasSuffix("转化落地。"))
    }

    @Test func unclosedTagsAndCommentsDoNotLoseText() {
        let c = clean("<p>正文一<!-- 未闭合注释 <p>正文二 <span class=\"x")
        #expect(c.string.contains("正文一"))
        #expect(c.string.contains("正文二"))
    }
}
