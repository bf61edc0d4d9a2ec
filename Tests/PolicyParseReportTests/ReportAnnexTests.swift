import Testing
import PolicyParse
import PolicyParseReport

/// The report shows annex nodes (style `annex`) like any other node, with their title.
@Suite struct ReportAnnexTests {
    @Test func annexTitleIsInTheReport() throws {
        let text = "一、工作目标\n到2024年底完成。\n\n附件1\n\n重点任务清单\n\n一、政务服务\n"
        let report = try DocumentReport(bytes: Array(text.utf8), source: "plan.txt")
        let html = String(decoding: report.html(), as: UTF8.self)
        #expect(html.contains("重点任务清单"))
        #expect(html.contains("附件1"))
    }
}
