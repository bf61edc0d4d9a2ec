import Foundation
import Testing
import PolicyParse
@testable import PolicyParseReuse

/// Corpus mode over the reuse fixtures and the unrelated documents of `Fixtures/documents`.
@Suite struct SourceFinderTests {
    static func corpus() throws -> [Document] {
        var documents = try ["central.txt", "local-copied.txt", "local-adapted.txt", "local-new.txt"].map(ReuseFixtures.document)
        let others = ReuseFixtures.root.appendingPathComponent("Fixtures/documents")
        for name in try FileManager.default.contentsOfDirectory(atPath: others.path).sorted() where name.hasSuffix(".txt") {
            documents.append(try PolicyParser.parse(contentsOf: others.appendingPathComponent(name).path))
        }
        return documents
    }

    @Test func localPlansFindTheCentralPlan() throws {
        let documents = try Self.corpus()
        let finder = SourceFinder(documents: documents)
        let copied = finder.sources(of: 1)
        #expect(copied.first?.central == 0)
        #expect((copied.first?.share ?? 0) >= 0.9)
        #expect(copied.first?.copied == 10)
        let adapted = finder.sources(of: 2)
        #expect(adapted.first?.central == 0)
        #expect((adapted.first?.share ?? 0) >= 0.6)
        // The mostly new plan shares little: at most its one reused task.
        #expect(finder.sources(of: 3).allSatisfy { $0.share <= 0.2 })
    }

    @Test func candidatesComeFromTheIndexNotAllPairs() throws {
        let documents = try Self.corpus()
        let finder = SourceFinder(documents: documents)
        #expect(finder.pairsScored < documents.count * (documents.count - 1) / 2)
        // Unrelated plans share generic tasks (加强组织领导) at most: nothing copied, shares below the true pairs'.
        let rows = finder.matrix(minimumShare: 0)
        let truePairs = rows.filter { $0.central == 0 && ($0.local == 1 || $0.local == 2) }
        #expect(truePairs.count == 2)
        let unrelated = rows.filter { $0.local >= 4 || $0.central >= 4 }
        #expect(unrelated.allSatisfy { $0.copied == 0 })
        #expect(unrelated.map(\.share).max() ?? 0 < truePairs.map(\.share).min() ?? 1)
        // The default matrix keeps pairs where at least 30% of the local tasks match.
        #expect(finder.matrix().allSatisfy { $0.share >= 0.3 })
        let csv = SourceFinder.csv(rows)
        #expect(csv.hasPrefix("local,central,central_title,local_tasks,copied,adapted,share,central_taken_up,shared_sketch\n"))
        #expect(csv.contains("Fixtures/reuse/local-copied.txt,Fixtures/reuse/central.txt,"))
    }

    @Test func csvFieldsAreQuotedWhenNeeded() {
        #expect(SourceFinder.csvField("a,b") == "\"a,b\"")
        #expect(SourceFinder.csvField("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(SourceFinder.csvField("plain") == "plain")
    }
}
