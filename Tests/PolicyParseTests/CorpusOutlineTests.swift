import Foundation
import Testing
@testable import PolicyParse

@Suite(.enabled(if: Corpus.isPresent, Corpus.skipReason)) struct CorpusOutlineTests {
    private func parse(_ folder: String, _ prefix: String) throws -> Document {
        let url = try #require(Corpus.file(folder, prefix))
        return try PolicyParser.parse(contentsOf: url.path)
    }

    @Test func seedPlanHasSevenSectionsFourTargetsSeventeenTasks() throws {
        let doc = try parse("seeds", "002")
        #expect(doc.children.map(\.marker) == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"])
        #expect(doc.children[1].children.map(\.heading) == ["产业规模", "做强供给", "创新应用", "完善生态"])
        #expect(doc.children[2...].map(\.children.count) == [2, 2, 4, 2, 7])
        #expect(doc.children.flatMap(\.children).filter { $0.style == .cjkParen }.count == 17)
        #expect(doc.children[2].children[0].heading == "加强前沿和共性关键技术攻关")
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func emergencyPlanSkipsItsTableOfContents() throws {
        let doc = try parse("real", "017")
        #expect(doc.children.map(\.marker) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(doc.children[0].heading == "总则")
        #expect(doc.children[0].children.map(\.marker) == ["1.1", "1.2", "1.3", "1.4"])
        #expect(doc.children[0].children[1].children.map(\.marker) == ["1.2.1", "1.2.2", "1.2.3"])
        #expect(doc.text.contains("1.1 编制目的及依据"))
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func regulationsGiveChaptersThenArticles() throws {
        for prefix in ["006", "023", "028"] {
            let doc = try parse("real", prefix)
            #expect(doc.children.allSatisfy { $0.style == .chapter }, "\(prefix)")
            let articles = doc.allNodes.filter { $0.node.style == .article }.map(\.node.ordinal)
            #expect(articles == Array(1...(articles.count)), "\(prefix)")
        }
        let withTitles = try parse("real", "006")
        #expect(withTitles.children[0].children.first?.heading == "目的和依据")
    }

    @Test func paragraphTasksKeepTheirOwnAnnotation() throws {
        let doc = try parse("real", "001")
        let first = doc.children[0]
        #expect(first.heading == "支持工业互联网平台建设")
        #expect(first.children.map(\.style) == [.paragraph, .paragraph])
        #expect(first.children.map(\.heading) == ["培育各类工业互联网平台", "推动企业上云上平台"])
        for paragraph in first.children { #expect(paragraph.text.hasSuffix("（责任单位：省经济和信息化厅、省财政厅）")) }
        // Two documents in one notice: 一…八, then the second document (a `document` node) with
        // 一…四 below it, then the annex (an `annex` node holding the member list).
        #expect(doc.children.map(\.style) == Array(repeating: .cjkComma, count: 8) + [.document, .annex])
        #expect(doc.children[8].heading.hasPrefix("安徽省工业互联网创新发展行动计划"))
        #expect(doc.children[8].children.map(\.ordinal) == [1, 2, 3, 4])
        #expect(doc.diagnostics.map(\.code) == ["documentRestart", "annexStart"])
        #expect(!(doc.children[8].children.last?.children.last?.text.contains("王清宪") ?? true))
        #expect(doc.children[9].marker == "附件")
        let actions = doc.children[8].children[1].children
        #expect(actions.flatMap(\.children).map(\.ordinal) == Array(1...24))
    }

    @Test(arguments: Corpus.files)
    func everyNodeStartsAtItsMarker(url: URL) throws {
        let decoded = try Corpus.decoded(url)
        let clean = Cleaner.clean(decoded)
        let tree = TreeBuilder.build(OutlineTokenizer.tokens(in: clean), in: clean)
        for (k, item) in tree.items.enumerated() {
            #expect(item.ownRange.lowerBound == item.marker.lowerBound, "\(url.lastPathComponent) \(clean.string(item.marker))")
            #expect(item.contentRange.lowerBound == item.marker.upperBound)
            #expect(item.ownRange.lowerBound >= tree.preamble.upperBound)
            // Pre-order: a parent comes before its children, one level up.
            if item.parent != OutlineItem.topLevel {
                #expect(item.parent < k && tree.items[item.parent].level + 1 == item.level)
            } else {
                #expect(item.level == 1)
            }
        }
        // In the source, a node's span starts at its marker's first character.
        let doc = PolicyParser.parse(decoded, source: url.path)
        for step in doc.allNodes where !step.node.marker.isEmpty {
            let first = step.node.marker.unicodeScalars.first
            #expect(decoded.scalars[step.node.span.start] == first, "\(url.lastPathComponent) \(step.path)")
        }
    }
}
