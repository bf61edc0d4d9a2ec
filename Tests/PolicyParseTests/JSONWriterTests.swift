import Foundation
import Testing
@testable import PolicyParse

@Suite struct JSONWriterTests {
    /// A document with every kind of value, nested three deep.
    static var sample: Document {
        var leaf = Node(marker: "1.", style: .arabic, ordinal: 1, level: 3, heading: "引育\"龙头\"企业", text: "换行\n和\t制表\u{1}",
                        span: Span(40, 60))
        leaf.quantities = [Quantity(text: "不少于20项", value: 20, unit: "项", comparator: .gte, comparatorText: "不少于", span: Span(45, 51))]
        var section = Node(marker: "（一）", style: .cjkParen, ordinal: 1, level: 2, heading: "加强攻关", text: "", span: Span(20, 40), children: [leaf])
        section.departments = [Department(name: "市科委", role: .responsible, span: Span(30, 33)),
                               Department(name: "各区政府", role: .support, canonical: "区政府", span: Span(34, 38))]
        section.amounts = [Amount(text: "5-10亿元", value: Decimal(500_000_000), upper: Decimal(1_000_000_000), span: Span(21, 27)),
                           Amount(text: "1.5万元", value: Decimal(string: "15000.5") ?? 0, comparator: .approx, span: Span(27, 30))]
        section.percentages = [Percentage(text: "5个百分点", value: 5, kind: .percentagePoint, span: Span(22, 27))]
        section.years = [YearMention(text: "2023年底前", from: 2023, to: 2023, month: 12, deadline: true, span: Span(23, 30))]
        let top = Node(marker: "一、", style: .cjkComma, ordinal: 1, level: 1, heading: "总体要求", text: "", span: Span(10, 20), children: [section])
        return Document(source: "plans/a.txt", encoding: "GB18030", title: "上海市行动计划（2021-2023年）",
                        metadata: ["date": "2022-01-25", "url": "https://example.gov.cn/a?b=1&c=2"], text: "前言",
                        span: Span(0, 10), children: [top],
                        diagnostics: [Diagnostic(severity: .warning, code: "numberingGap", message: "expected （二）", span: Span(20, 23), line: 3, column: 1)])
    }

    @Test(arguments: [true, false])
    func decodesBackToTheSameDocument(pretty: Bool) throws {
        let bytes = JSONWriter.encode(Self.sample, pretty: pretty)
        let decoded = try JSONDecoder().decode(Document.self, from: Data(bytes))
        #expect(decoded == Self.sample)
    }

    @Test func agreesWithJSONEncoderKeyForKey() throws {
        let ours = try JSONSerialization.jsonObject(with: Data(JSONWriter.encode(Self.sample))) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.sample)) as? NSDictionary
        #expect(ours != nil)
        #expect(ours == theirs)
    }

    @Test func compactOutputIsOneLine() {
        let line = JSONWriter.string(Self.sample, pretty: false)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("{\"schemaVersion\":1,\"source\":\"plans/a.txt\",\"encoding\":\"GB18030\""))
    }

    @Test func emptyDocumentHasEveryArrayKey() throws {
        let object = try JSONSerialization.jsonObject(with: Data(JSONWriter.encode(Document()))) as? [String: Any]
        for key in ["departments", "amounts", "percentages", "years", "quantities", "children", "diagnostics"] {
            #expect((object?[key] as? [Any])?.isEmpty == true, "\(key)")
        }
        #expect(object?["title"] is NSNull)
        #expect((object?["span"] as? [Int]) == [0, 0])
    }
}
