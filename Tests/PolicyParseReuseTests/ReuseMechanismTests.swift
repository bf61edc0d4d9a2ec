import Foundation
import Testing
import PolicyParse
@testable import PolicyParseReuse

/// The pieces of the comparison, each on small input.
@Suite struct ReuseMechanismTests {
    @Test func departmentKeysDropJurisdictionAndOrganKind() {
        let places: Set<String> = ["奉贤区", "奉贤"]
        #expect(JurisdictionWords.departmentKey("市发展改革委", places: places) == "发展改革")
        #expect(JurisdictionWords.departmentKey("国家发展改革委", places: places) == "发展改革")
        #expect(JurisdictionWords.departmentKey("农业农村部", places: places) == "农业农村")
        #expect(JurisdictionWords.departmentKey("省农业农村厅", places: places) == "农业农村")
        #expect(JurisdictionWords.departmentKey("奉贤区交通委", places: places) == "交通")
        #expect(JurisdictionWords.departmentKey("相关区政府", places: places) != JurisdictionWords.departmentKey("市交通委", places: places))
    }

    @Test func placeNamesComeFromTheTitle() {
        let names = JurisdictionWords.placeNames(inTitle: "上海市奉贤区人民政府关于印发《奉贤区深化农村公路管理养护体制改革实施方案》的通知")
        #expect(names.isSuperset(of: ["上海市", "上海", "奉贤区", "奉贤"]))
        #expect(!names.contains("人民"))
    }

    @Test func jurisdictionWordsBecomeOnePlaceholder() {
        #expect(JurisdictionWords.normalize("国务院", places: []) == ["⟨地⟩", "政府"])
        #expect(JurisdictionWords.normalize("区政府", places: []) == ["⟨地⟩", "政府"])
        #expect(JurisdictionWords.normalize("全省", places: []) == ["⟨地⟩"])
        #expect(JurisdictionWords.normalize("城市", places: []) == ["城市"])
        #expect(JurisdictionWords.normalize("东海省", places: []) == ["⟨地⟩"])
    }

    @Test func numbersPlacesAndDepartmentsAreNormalisedOut() {
        let central = PolicyParser.parse(text: "一、重点任务\n（一）加强统筹。到2025年，全国产业规模超过250亿元。（责任部门：国家发展改革委）\n")
        let local = PolicyParser.parse(text: "一、重点任务\n（一）加强统筹。到2023年，全市产业规模超过30亿元。（责任部门：市发展改革委）\n")
        var vocabulary = Vocabulary()
        let normalizer = WordNormalizer(places: [])
        let c = normalizer.words(of: central, vocabulary: &vocabulary)
        let l = normalizer.words(of: local, vocabulary: &vocabulary)
        #expect(c.count == 2 && l.count == 2)
        #expect(c[1].tokens == l[1].tokens)
        let words = c[1].tokens.map { vocabulary.word($0) }
        #expect(words.contains("⟨年⟩") && words.contains("⟨额⟩") && words.contains("⟨部门⟩") && words.contains("⟨地⟩"))
    }

    @Test func tilingFindsReorderedClausesOnce() {
        // Two clauses swapped: a longest common subsequence finds one, greedy tiling both.
        var vocabulary = Vocabulary()
        let words = { (list: [String]) -> TaskWords in
            var unit = TaskWords(path: "", node: Node(marker: "", style: .paragraph, ordinal: 1, level: 1, heading: "", text: "", span: Span(0, 0)),
                                 isHeading: false, text: [], tokens: [], weights: [], ranges: [], mentions: [], totalWeight: 0)
            for (i, w) in list.enumerated() {
                unit.tokens.append(vocabulary.id(w))
                unit.weights.append(2)
                unit.ranges.append(i..<(i + 1))
                unit.mentions.append(nil)
                unit.totalWeight += 2
            }
            return unit
        }
        let local = words(["完善", "市场", "准入", "培育", "养护", "队伍", "规范", "标准"])
        let central = words(["培育", "养护", "队伍", "完善", "市场", "准入", "提高", "水平"])
        let tiles = GreedyTiler().tiles(local, central, centralPairs: PairIndex(central))
        #expect(tiles == [Tile(local: 0, central: 3, length: 3), Tile(local: 3, central: 0, length: 3)])
        // A repeated pair is taken once.
        let again = words(["完善", "市场", "完善", "市场"])
        #expect(GreedyTiler().tiles(again, local, centralPairs: PairIndex(local)).count == 1)
    }

    @Test func shingleIndexRanksBySharedRareShingles() {
        var index = ShingleIndex()
        index.add([1, 2, 3, 4])
        index.add([5, 6, 7, 8])
        index.add([1, 2, 9, 9])
        let found = index.candidates(for: [1, 2, 3, 4], limit: 5)
        #expect(found.first?.item == 0)
        #expect(found.map(\.item).contains(2))
        #expect(!found.map(\.item).contains(1))
        #expect(index.candidates(for: [1, 2, 3, 4], limit: 5, excluding: 0).first?.item == 2)
    }

    @Test func htmlIsSelfContainedAndEscapesDocumentText() throws {
        let central = PolicyParser.parse(text: "一、重点任务\n（一）推进<script>alert('x')</script>建设 & 应用。加快发展数字经济，建设一批示范园区。\n")
        let local = PolicyParser.parse(text: "一、重点任务\n（一）推进<script>alert('x')</script>建设 & 应用。加快发展数字经济，建设一批示范园区。\n")
        let html = ReuseHTMLFormatter.render(ReuseAligner().align(central: central, local: local))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("建设 &amp; 应用"))
        #expect(html.contains("<mark>"))
        for external in ["src=", "href=", "@import", "url("] { #expect(!html.contains(external), "\(external)") }
    }

    @Test func emptyDocumentsAlignToNothing() {
        let empty = PolicyParser.parse(text: "")
        let a = ReuseAligner().align(central: empty, local: empty)
        #expect(a.tasks.isEmpty && a.unmatchedCentral.isEmpty && a.summary.takenUpShare == 0)
        let some = PolicyParser.parse(text: "一、总体要求\n加快发展。\n")
        #expect(ReuseAligner().align(central: empty, local: some).tasks.allSatisfy { $0.label == .new })
    }
}
