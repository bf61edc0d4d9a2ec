import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// Text extracted from PDF or Word: page numbers, running headers and stray spaces leave the
/// clean text, positions stay exact.
@Suite struct PDFLayoutTests {
    static func clean(_ text: String) -> (DecodedText, CleanText) {
        let decoded = DecodedText(scalars: Array(text.unicodeScalars), encoding: "UTF-8")
        return (decoded, Cleaner.clean(decoded))
    }

    @Test func strayspacesInMarkersAndNumbersGo() {
        let (decoded, clean) = Self.clean("第 1 0 条 到 2 0 2 5 年投入 3.9 亿元，增长 6.5 %。\n二 、支持范围\n（ 一 ）家庭农场\n1 总则\n")
        #expect(clean.string == "第10条 到2025年投入3.9亿元，增长6.5%。\n二、支持范围\n（一）家庭农场\n1 总则")
        // `第10条` maps back to `第 1 0 条` as written.
        let span = clean.sourceSpan(of: 0..<4)
        #expect(String(String.UnicodeScalarView(decoded.scalars.array[span.range])) == "第 1 0 条")
        let amount = clean.sourceSpan(of: 13..<18)
        #expect(String(String.UnicodeScalarView(decoded.scalars.array[amount.range])) == "3.9 亿元")
    }

    @Test func latinTextKeepsItsSpaces() {
        #expect(Self.clean("采用 AI 技术，见 A 《规划》 2020 2025\n").1.string == "采用 AI 技术，见 A 《规划》2020 2025")
    }

    @Test func pageNumbersAndRunningHeadersGo() {
        var text = "某县办法\n"
        for page in 1...3 {
            text += "第\(page)条 内容第\(page)项，资金\(page)万元。\n— \(page) —\n某县办法\n"
        }
        text += "第4条 本办法自 2025 年起施行。\n第5页 共5页\n"
        let (decoded, clean) = Self.clean(text)
        #expect(clean.string == "某县办法\n第1条 内容第1项，资金1万元。\n第2条 内容第2项，资金2万元。\n第3条 内容第3项，资金3万元。\n第4条 本办法自2025年起施行。")
        let document = PolicyParser.parse(decoded)
        #expect(document.children.map(\.ordinal) == [1, 2, 3, 4])
        #expect(InvariantCheck.check(document, source: decoded.scalars.array).isEmpty)
        #expect(InvariantCheck.completenessViolations(document, decoded: decoded).isEmpty)
    }

    @Test func aFigureWrappedAcrossLinesIsOne() {
        let document = PolicyParser.parse(text: "一、扩大地方政府专项债券投向领域，新增专项债务限额 3.9\n万亿元，支持地方加大补短板力度。\n")
        #expect(document.children[0].amounts.map(\.value) == [3_900_000_000_000])
        #expect(document.children[0].amounts.map(\.text) == ["3.9\n万亿元"])
    }

    @Test func aWrapBetweenThePlaceWordAndYuanOrAcrossAPageNumberIsInsideTheFigure() {
        let text = """
        一、审计发现，部分地区违规增加支出总量 2305.2 亿
        元，虚增收入规模，另有地方获得地方财政安排的 2.18
        — 12 —
        亿元专项债券资金闲置超过一年未使用情况。
        """
        let document = PolicyParser.parse(text: text + "\n")
        #expect(document.children[0].amounts.map(\.value) == [230_520_000_000, 218_000_000])
        #expect(document.children[0].amounts.map(\.text) == ["2305.2 亿\n元", "2.18\n— 12 —\n亿元"])
    }
}
