import Foundation
import Testing
@testable import PolicyParse
import PolicyParseBatch

/// The registries of value kinds (`Mentions.valueKinds`) and extractors
/// (`MentionExtractor.extractors`): every kind is found by one extractor and written by the JSON
/// writer and the CSV rows, and an extractor that is not built in runs in the same single pass.
@Suite struct ValueKindRegistryTests {
    /// The kind an extractor finds.
    static func kindName<E: ValueExtractor>(_ extractor: E.Type) -> String { E.Value.name }
    /// The JSON key of a kind.
    static func key<M: ValueMention>(_ kind: M.Type) -> String { "\(M.key)" }
    /// The number of mentions of a kind.
    static func count<M: ValueMention>(_ kind: M.Type, in m: Mentions) -> Int { m[keyPath: M.path].count }

    /// One node with one mention of every kind, as the parser finds them.
    static var document: Document {
        let text = "一、到2025年，投资超过250亿元，占比提高5个百分点，建设10家示范企业。\n"
        return PolicyParser.parse(text: text)
    }

    @Test func everyKindHasExactlyOneExtractor() {
        let kinds = Mentions.valueKinds.map { Self.key($0) }
        #expect(kinds == ["amounts", "percentages", "years", "quantities"])
        let found = MentionExtractor.extractors.map { Self.kindName($0) }
        #expect(found == ["year", "percentage", "amount", "quantity"], "the order extractors are tried in")
        #expect(Set(found) == Set(Mentions.valueKinds.map { $0.name }))
        #expect(found.count == Mentions.valueKinds.count)
    }

    @Test func theSamplePassFindsEveryKind() throws {
        let node = try #require(Self.document.children.first)
        for kind in Mentions.valueKinds {
            #expect(Self.count(kind, in: node.mentions) == 1, "\(kind.name) in \(node.heading)")
        }
    }

    @Test func jsonWritesEveryKindUnderItsKeyInRegistryOrder() throws {
        let document = Self.document
        let json = JSONWriter.string(document)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let node = try #require((object["children"] as? [[String: Any]])?.first)
        for kind in Mentions.valueKinds {
            let items = try #require(node[Self.key(kind)] as? [[String: Any]], "\(Self.key(kind)) missing")
            #expect(items.count == 1)
            #expect(items.first?["text"] as? String != nil && items.first?["span"] as? [Int] != nil)
        }
        // Keys in the contract's order: departments, then the registry's order, then children.
        let keys = ["\"departments\"", "\"amounts\"", "\"percentages\"", "\"years\"", "\"quantities\"", "\"children\""]
        let nodeJSON = try #require(json.range(of: "\"marker\"")).lowerBound
        let positions = keys.compactMap { json.range(of: $0, range: nodeJSON..<json.endIndex)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        // And it reads back to the same document.
        #expect(try JSONDecoder().decode(Document.self, from: Data(json.utf8)) == document)
    }

    @Test func csvWritesOneRowPerValueWithTheKindsName() {
        let rows = CSVRows(document: Self.document, name: "plan.txt")
        let kindColumn = CSVRows.valueHeader.firstIndex(of: "kind") ?? 0
        #expect(rows.values.map { $0[kindColumn] } == Mentions.valueKinds.map { $0.name })
        let unit = CSVRows.valueHeader.firstIndex(of: "unit") ?? 0
        #expect(rows.values.map { $0[unit] } == ["CNY", "个百分点", "年", "家"])
        #expect(rows.values.allSatisfy { $0.count == CSVRows.valueHeader.count })
    }

    @Test func qualifiedKindsShareTheirCore() throws {
        let node = try #require(Self.document.children.first)
        var amount = try #require(node.amounts.first)
        #expect(amount.number.comparator == .gt && amount.number.value == 25_000_000_000 && amount.number.text == "超过250亿元")
        var core = amount.number
        core.upper = 30_000_000_000
        amount.number = core
        #expect(amount.upper == 30_000_000_000 && amount.currency == "CNY")
        #expect(Amount(core, currency: "USD").number == core)
        #expect(Quantity(core, unit: "项").columns.upper == "30000000000")
    }

    /// 亩 read by an extractor that is not registered: `300亩` at a number, `半亩` at the word 半.
    enum AreaTestExtractor: ValueExtractor {
        typealias Value = Quantity
        static let mu: Unicode.Scalar = "亩"

        static func match(_ clean: CleanText, _ n: NumberReading, floor: Int, limit: Int, contextYear: Int?) -> Quantity? {
            let end = n.range.upperBound
            guard end < limit, clean.scalars[end] == mu else { return nil }
            let q = QualifiedValue.qualify(clean.scalars, start: n.range.lowerBound, end: end + 1, infix: nil, floor: floor, limit: limit)
            return Quantity(q.number(clean, value: n.value, upper: n.upper, overflow: n.overflow), unit: "亩")
        }

        static var wordTriggers: [Unicode.Scalar] { ["半"] }

        static func matchWord(_ clean: CleanText, at index: Int, floor: Int, limit: Int, contextYear: Int?) -> Quantity? {
            guard index + 1 < limit, clean.scalars[index + 1] == mu else { return nil }
            return Quantity(QualifiedNumber(text: "半亩", value: Decimal(string: "0.5") ?? 0, span: Span(index, index + 2)), unit: "亩")
        }
    }

    @Test func anExtractorOutsideTheRegistryRunsInTheSamePass() {
        let clean = CleanText(plain: "整治耕地不少于300亩，另有半亩试验田和20家企业。")
        let found = MentionExtractor.scan(clean, in: 0..<clean.count, extractors: [AreaTestExtractor.self], departments: false)
        #expect(found.quantities.map(\.text) == ["不少于300亩", "半亩"])
        #expect(found.quantities.map(\.comparator) == [.gte, nil])
        #expect(found.amounts.isEmpty && found.years.isEmpty && found.departments.isEmpty)
        // The registered quantity extractor reads 亩 as well, and the 家 count the test kind does not.
        #expect(QuantityExtractor.extract(from: clean, in: 0..<clean.count).map(\.text) == ["不少于300亩", "20家"])
    }
}
