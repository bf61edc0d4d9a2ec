import Foundation
import Testing
@testable import PolicyParse

/// `DocumentFacts` typed: read from the text, flattened into `metadata` when written, read back
/// from metadata (front matter or a written document) with the same meaning.
@Suite struct DocumentFactsTests {
    static let header = "上海市人民政府办公厅关于印发本市行动计划（2021-2023年）的通知\n沪府办发〔2021〕12号\n各区人民政府：\n现印发给你们。\n上海市人民政府办公厅\n2021年9月2日\n"

    @Test func theTextGivesTypedFacts() {
        let facts = DocumentFacts.extract(from: CleanText(plain: Self.header))
        #expect(facts.signed == DocumentFacts.CalendarDate(year: 2021, month: 9, day: 2))
        #expect(facts.period == DocumentFacts.Period(from: 2021, to: 2023))
        #expect(facts.issuer == "上海市人民政府办公厅")
        #expect(facts.documentNumber == "沪府办发〔2021〕12号")
        #expect(facts.fields == ["signedDate": "2021-09-02", "period": "2021-2023", "issuer": "上海市人民政府办公厅",
                                 "documentNumber": "沪府办发〔2021〕12号"])
        #expect(facts.contextYear == 2021)
    }

    @Test func writtenFieldsReadBackToTheSameFacts() {
        let facts = DocumentFacts.extract(from: CleanText(plain: Self.header))
        #expect(DocumentFacts(metadata: facts.fields) == facts)
    }

    @Test(arguments: [
        ("2022-04-14", 2022, 4, 14), ("2022年4月14日", 2022, 4, 14), ("2022-04", 2022, 4, nil),
        ("2022", 2022, nil, nil), ("20220414", 2022, 4, 14),
    ] as [(String, Int, Int?, Int?)])
    func datesAsMetadataHoldsThem(text: String, year: Int, month: Int?, day: Int?) {
        #expect(DocumentFacts.CalendarDate(parsing: text) == DocumentFacts.CalendarDate(year: year, month: month, day: day))
    }

    @Test func notADate() {
        #expect(DocumentFacts.CalendarDate(parsing: "待定") == nil)
        #expect(DocumentFacts.CalendarDate(parsing: "第12号") == nil)
        #expect(DocumentFacts.Period(parsing: "十四五") == nil)
        #expect(DocumentFacts.Period(parsing: "2021年—2023年") == DocumentFacts.Period(from: 2021, to: 2023))
    }

    @Test func theContextYearIsTheSigningYearElseAOneYearPeriod() {
        #expect(DocumentAssembler.contextYear(["signedDate": "2022-04-14", "period": "2021-2023"]) == 2022)
        #expect(DocumentAssembler.contextYear(["period": "2025"]) == 2025)
        #expect(DocumentAssembler.contextYear(["period": "2025-2025"]) == 2025)
        #expect(DocumentAssembler.contextYear(["period": "2021-2023"]) == nil)
        #expect(DocumentAssembler.contextYear(["signedDate": "待定", "period": "2024"]) == 2024)
    }

    @Test func frontMatterWinsFieldByField() {
        let text = "---\nsignedDate: 2020-01-05\n---\n" + Self.header
        let document = PolicyParser.parse(text: text)
        #expect(document.metadata["signedDate"] == "2020-01-05")
        #expect(document.metadata["period"] == "2021-2023")
        // `6月底前` falls in the front matter's year, not the signing line's.
        let deadline = PolicyParser.parse(text: text + "一、工作安排\n6月底前完成评估。\n")
        #expect(deadline.children.first?.years.map(\.from) == [2020])
    }
}
