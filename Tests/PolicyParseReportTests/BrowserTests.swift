import Foundation
import PolicyParse
import Testing
@testable import PolicyParseReport

/// Reports opened in a real browser (headless chromium): the DOM after the script ran has one
/// highlight per mention and the source exactly; clicking each outline node marks its span (the
/// page's own `#selftest` hook clicks them); without JavaScript the page is still all there; a
/// screenshot is not blank.
@Suite(.enabled(if: Chromium.isPresent, "needs chromium (apt-get install chromium); browser tests skipped"),
       .serialized)
struct BrowserTests {
    /// What the page's self-test reports (`<pre id="selftest-result">`).
    struct SelfTest: Decodable {
        var highlights: Int
        var pieces: Int
        var nodes: Int
        var diagnostics: Int
        var treeLinks: Int
        var clicked: Int
        var marked: Int
        var bad: [String]
        var sourceCodePoints: Int
        var sourceHash: UInt32
    }

    static let hostile = """
    <script>alert("x")</script> & "quoted" </style></pre><!--
    一、<script>document.title="pwned"</script>总体要求
    （一）加强&amp;攻关</style>。投入超过250亿元"><img src=x onerror=alert(1)>。（责任部门：市科委）
    （二）完成\r\n第二项，新增10家&lt;企业&gt;。（责任部门：市财政局）
    """

    /// A temporary folder with the report of `sample` in it.
    static func write(_ sample: ReportSample, _ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policyparse-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try Data(sample.html).write(to: file)
        return file
    }

    /// FNV-1a (32 bits) over code points, as the page computes it.
    static func fnv(_ scalars: [Unicode.Scalar]) -> UInt32 {
        var h: UInt32 = 0x811c9dc5
        for c in scalars { h = (h ^ c.value) &* 16777619 }
        return h
    }

    static func selfTest(_ file: URL) throws -> SelfTest {
        let run = try Chromium.run(["--dump-dom", file.absoluteString + "#selftest"])
        #expect(!run.timedOut, "chromium did not finish")
        guard let start = run.stdout.range(of: "<pre id=\"selftest-result\">"),
              let end = run.stdout.range(of: "</pre>", range: start.upperBound..<run.stdout.endIndex) else {
            throw BrowserFailure("no self-test result in the dumped DOM (status \(run.status)): \(run.stdout.prefix(300))")
        }
        // The result is JSON inside element text: only &, <, > (and quotes) are escaped by the serializer.
        let text = String(run.stdout[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(SelfTest.self, from: Data(text.utf8))
    }

    struct BrowserFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func check(_ sample: ReportSample, _ name: String) throws {
        let file = try write(sample, name)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try selfTest(file)
        let nodes = Array(sample.document.allNodes).count
        #expect(result.highlights == sample.mentionSpans.count, "\(name): one highlight per mention")
        #expect(result.nodes == nodes + 1, "\(name): every node's span (and the preamble's) is in the source pane")
        #expect(result.diagnostics == sample.document.diagnostics.count)
        #expect(result.treeLinks == nodes + 1)
        #expect(result.clicked == min(300, nodes + 1))
        #expect(result.marked == result.clicked, "\(name): clicking did not mark \(result.bad)")
        #expect(result.sourceCodePoints == sample.scalars.count, "\(name): the page holds the source exactly")
        #expect(result.sourceHash == fnv(sample.scalars), "\(name): the page holds the source exactly")
    }

    @Test func fixtureReportWorksInTheBrowser() throws {
        let url = Paths.documents.appendingPathComponent("action-plan.txt")
        try Self.check(try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: "action-plan.txt"), "action-plan.html")
    }

    @Test func hostileTextStaysText() throws {
        let sample = ReportSample(text: Self.hostile)
        try Self.check(sample, "hostile.html")
        let file = try Self.write(sample, "hostile.html")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let dom = try Chromium.run(["--dump-dom", file.absoluteString]).stdout
        #expect(dom.components(separatedBy: "<script").count == 2, "exactly one script element")
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("pwned</title>"))
    }

    @Test func readableWithoutItsScript() throws {
        // Headless chromium cannot dump the DOM with JavaScript disabled, so the page is loaded
        // with its one script element cut out: what a reader with JavaScript off gets.
        let url = Paths.documents.appendingPathComponent("02-five-levels.txt")
        var sample = try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: nil)
        var page = String(decoding: sample.html, as: UTF8.self)
        let open = try #require(page.range(of: "<script>"))
        let close = try #require(page.range(of: "</script>", range: open.upperBound..<page.endIndex))
        page.removeSubrange(open.lowerBound..<close.upperBound)
        sample.html = Array(page.utf8)
        let file = try Self.write(sample, "nojs.html")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let dom = try Chromium.run(["--dump-dom", file.absoluteString + "#selftest"]).stdout
        #expect(dom.contains("<pre id=\"src\">"))
        #expect(!dom.contains("selftest-result"), "no script ran")
        #expect(!dom.contains("Expand all"), "no script ran")
        #expect(dom.components(separatedBy: "<mark id=\"m").count - 1 == sample.mentionSpans.count)
        #expect(dom.components(separatedBy: "<details open=").count - 1 == Array(sample.document.allNodes).filter { !$0.node.children.isEmpty }.count)
        #expect(dom.components(separatedBy: "<a class=\"node\" href=\"#n").count - 1 == Array(sample.document.allNodes).count + 1)
    }

    @Test func screenshotIsNotBlank() throws {
        let url = Paths.documents.appendingPathComponent("action-plan.txt")
        let sample = try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: "action-plan.txt")
        let file = try Self.write(sample, "shot.html")
        let dir = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let blankPage = dir.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><title>blank</title>".utf8).write(to: blankPage)
        func shoot(_ page: URL, _ png: String) throws -> Data {
            let path = dir.appendingPathComponent(png).path
            _ = try Chromium.run(["--window-size=1200,900", "--screenshot=\(path)", page.absoluteString])
            return (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        }
        let blank = try shoot(blankPage, "blank.png")
        let shot = try shoot(file, "shot.png")
        #expect(shot.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG was written")
        #expect(blank.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A blank 1200×900 page compresses to a few kilobytes; text, colours and badges do not.
        #expect(shot.count > 8 * max(blank.count, 1000), "screenshot \(shot.count) bytes vs blank \(blank.count)")
    }

    @Test func dashboardRendersItsCharts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policyparse-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("corpus.html")
        try Data(CorpusDashboard(summary: CorpusDashboardTests.summary).html()).write(to: page)
        let dom = try Chromium.run(["--dump-dom", page.absoluteString]).stdout
        #expect(dom.components(separatedBy: "<svg").count - 1 == 4, "four charts in the DOM")
        #expect(dom.contains("<title>市经济信息化委 · responsible 负责: 7</title>"))
        #expect(!dom.contains("<script>alert"), "a department name stays text")
        let png = dir.appendingPathComponent("corpus.png").path
        _ = try Chromium.run(["--window-size=1200,900", "--screenshot=\(png)", page.absoluteString])
        let shot = (try? Data(contentsOf: URL(fileURLWithPath: png))) ?? Data()
        #expect(shot.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(shot.count > 40_000, "a 1200×900 page of charts is more than a blank page (\(shot.count) bytes)")
    }
}
