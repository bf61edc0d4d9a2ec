import Foundation
import PolicyParse
import Testing
@testable import PolicyParseStore

/// `PlanStore.storedDocuments()` gives back the documents that were indexed: same outline, paths,
/// headings, texts, spans and mention texts as parsing the files again.
@Suite struct StoredDocumentTests {
    @Test func documentsReadBackAsParsed() throws {
        let directory = try StoreTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = try StoreTestSupport.copyFixtures(to: directory)
        let db = directory.appendingPathComponent("plans.sqlite").path
        _ = try CorpusIndexer(roots: [directory.path], jobs: 2).run(databasePath: db)
        let stored = try PlanStore(readOnly: db).storedDocuments()
        #expect(stored.count == paths.filter { !$0.hasSuffix(".sqlite") }.count)
        for (_, document) in stored {
            let path = try #require(document.source)
            let parsed = try PolicyParser.parse(contentsOf: path)
            #expect(document.title == parsed.title, "\(path)")
            let a = Array(document.allNodes), b = Array(parsed.allNodes)
            #expect(a.map(\.path) == b.map(\.path), "\(path)")
            #expect(a.map(\.node.heading) == b.map(\.node.heading), "\(path)")
            #expect(a.map(\.node.text) == b.map(\.node.text), "\(path)")
            #expect(a.map(\.node.span) == b.map(\.node.span), "\(path)")
            #expect(a.map { $0.node.departments.map(\.name) } == b.map { $0.node.departments.map(\.name) }, "\(path)")
            #expect(a.map { $0.node.amounts.map(\.text) + $0.node.percentages.map(\.text) + $0.node.quantities.map(\.text) }
                    == b.map { $0.node.amounts.map(\.text) + $0.node.percentages.map(\.text) + $0.node.quantities.map(\.text) }, "\(path)")
            #expect(a.map { $0.node.years.map(\.text) } == b.map { $0.node.years.map(\.text) }, "\(path)")
        }
    }
}
