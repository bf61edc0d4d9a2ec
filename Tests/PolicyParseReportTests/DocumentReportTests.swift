import Foundation
import PolicyParse
import Testing
@testable import PolicyParseReport

/// The document report: exact source, one highlight per mention, escaping, nesting.
@Suite struct DocumentReportTests {
    @Test func everyMentionHasOneHighlightAtItsSpan() throws {
        let url = Paths.documents.appendingPathComponent("action-plan.txt")
        let sample = try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: "action-plan.txt")
        #expect(sample.reading.problems.isEmpty, "\(sample.reading.problems)")
        let mentions = sample.mentionSpans
        #expect(mentions.count == 25)
        let firsts = sample.reading.elements.filter { $0.name == "mark" && $0.attributes["id"] != nil }
        #expect(firsts.count == mentions.count)
        for (k, mention) in mentions.enumerated() {
            let mark = firsts.first { $0.attributes["id"] == "m\(k)" }
            #expect(mark?.sourceOffset == mention.span.start, "m\(k) \(mention.text)")
        }
        #expect(sample.reading.sourceText == sample.expectedSourceText)
    }

    @Test func hoverShowsNormalisedValues() throws {
        let sample = ReportSample(text: "一、目标\n2025年底前，投资超过250亿元，增长不低于5个百分点，新增10家。（牵头单位：市科委；配合单位：市财政局）\n")
        let titles = sample.reading.elements.filter { $0.name == "mark" }.compactMap { $0.attributes["title"] }
        #expect(titles.contains("25000000000 CNY, gt (超过)"))
        #expect(titles.contains("5 percentage points, gte (不低于)"))
        #expect(titles.contains("2025, deadline"))
        #expect(titles.contains("lead: 市科委 → 市科学技术委员会"))   // name → canonical
        #expect(titles.contains("support: 市财政局"))
        #expect(titles.contains { $0.hasPrefix("10 家") })
    }

    @Test func documentTextCannotInjectMarkup() {
        let hostile = """
        <script>alert("x")</script> & "quoted" 'single' </style></pre></textarea><!-- -->
        一、<script>document.body.innerHTML=""</script>总体要求
        （一）加强&amp;攻关</style>。投入超过250亿元"><img src=x onerror=alert(1)>。（责任部门：市科委"</mark>）
        （二）<![CDATA[ x ]]>完成\r\n第二项，新增10家&lt;企业&gt;。\r（责任部门：市财政局）\u{0}
        """
        let sample = ReportSample(text: hostile)
        #expect(sample.reading.problems.isEmpty, "\(sample.reading.problems)")
        #expect(sample.reading.elements.filter { $0.name == "script" }.count == 1)
        #expect(sample.reading.elements.filter { $0.name == "style" }.count == 1)
        #expect(sample.reading.elements.filter { $0.name == "img" || $0.name == "textarea" }.isEmpty)
        #expect(sample.reading.rawTexts.allSatisfy { !$0.contains("alert") && !$0.contains("innerHTML") })
        #expect(sample.reading.sourceText == sample.expectedSourceText)
        // The headings in the outline come back exactly after decoding their escapes.
        let page = String(decoding: sample.html, as: UTF8.self)
        #expect(page.contains("&lt;script&gt;document.body.innerHTML=&quot;&quot;&lt;/script&gt;") == false)
        #expect(page.contains("&lt;script&gt;document.body.innerHTML=\"\"&lt;/script&gt;"))
        #expect(!page.contains("\r"))
    }

    @Test func sourceStartingWithNewlinesAndCarriageReturnsIsKept() {
        let sample = ReportSample(text: "\n\r\n一、总体要求\r\n（一）到2025年完成。\r")
        #expect(sample.reading.problems.isEmpty)
        #expect(sample.reading.sourceText == sample.expectedSourceText)
        let mark = sample.reading.elements.first { $0.attributes["id"] == "m0" }
        #expect(mark?.sourceOffset == sample.mentionSpans.first?.span.start)
    }

    @Test func crossingHighlightsAreSplitAndNested() {
        let scalars = Array("0123456789abcdefghij".unicodeScalars)
        let highlights = [
            Highlight(start: 0, end: 10, layer: .node, number: 1, kind: "", title: nil),
            Highlight(start: 5, end: 15, layer: .mention, number: 0, kind: "k-year", title: "y"),
            Highlight(start: 6, end: 8, layer: .mention, number: 1, kind: "k-amount", title: nil),
            Highlight(start: 12, end: 12, layer: .diagnostic, number: 0, kind: "w", title: nil),
            Highlight(start: 18, end: 40, layer: .mention, number: 2, kind: "k-quantity", title: nil),
        ]
        let bytes = HTMLStream.collect { (out: inout HTMLStream) throws(ReportError) in
            try out.raw("<pre id=\"src\">\n")
            try SourceMarkup.write(scalars, highlights, into: &out)
            try out.raw("</pre>")
        }
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html == """
        <pre id="src">
        <span id="n1" class="nd ">01234<mark id="m0" class="hl k-year" title="y">5<mark id="m1" class="hl k-amount">67</mark>89</mark></span>\
        <mark data-of="m0" class="hl k-year cont" title="y">ab<span id="d0" class="dg w"></span>cde</mark>fgh\
        <mark id="m2" class="hl k-quantity">ij</mark></pre>
        """)
        let reading = HTMLReading(bytes)
        #expect(reading.problems.isEmpty)
        #expect(reading.sourceText == String(String.UnicodeScalarView(scalars)))
    }

    @Test func outlineLinksReachEveryNodeSpan() throws {
        let url = Paths.documents.appendingPathComponent("02-five-levels.txt")
        let sample = try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: nil)
        let links = sample.reading.elements.filter { $0.name == "a" && $0.attributes["class"] == "node" }
        let nodes = Array(sample.document.allNodes)
        #expect(links.count == nodes.count + 1)
        for (k, step) in nodes.enumerated() {
            let target = sample.reading.elements.first { $0.attributes["id"] == "n\(k + 1)" }
            #expect(target?.sourceOffset == step.node.span.start, "\(step.path)")
        }
        // Nodes with children are collapsible without a script.
        let details = sample.reading.elements.filter { $0.name == "details" }
        #expect(details.count == nodes.filter { !$0.node.children.isEmpty }.count)
    }

    @Test func diagnosticsLinkToTheirPlaces() throws {
        let url = Paths.documents.appendingPathComponent("12-continuous-numbering.txt")
        let sample = try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: nil)
        let diagnostics = sample.document.diagnostics
        try #require(!diagnostics.isEmpty)
        for (i, d) in diagnostics.enumerated() {
            let anchor = sample.reading.elements.first { $0.attributes["id"] == "d\(i)" }
            #expect(anchor?.sourceOffset == d.span.start)
            #expect(anchor?.attributes["title"] == d.message)
            #expect(sample.reading.elements.contains { $0.name == "a" && $0.attributes["href"] == "#d\(i)" })
        }
    }
}
