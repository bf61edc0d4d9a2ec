import Foundation
import PolicyParse
import Testing
@testable import PolicyParseReport

/// Every shared corpus document's report is well formed, shows the source exactly and has one
/// highlight per mention at its span.
@Suite(.enabled(if: Paths.corpusIsPresent, "needs ../shared/corpus"))
struct ReportCorpusTests {
    @Test(arguments: Paths.corpusFiles)
    func rendersExactly(_ url: URL) throws {
        let sample = try ReportSample(bytes: [UInt8](Data(contentsOf: url)), source: url.lastPathComponent)
        let name = url.lastPathComponent
        #expect(sample.reading.problems.isEmpty, "\(name): \(sample.reading.problems.prefix(5))")
        #expect(sample.reading.sourceText == sample.expectedSourceText, "\(name): the source pane differs from the source")
        let mentions = sample.mentionSpans
        var offsets: [String: Int] = [:]
        for element in sample.reading.elements where element.name == "mark" {
            if let id = element.attributes["id"] { offsets[id] = element.sourceOffset }
        }
        #expect(offsets.count == mentions.count, "\(name)")
        for (k, mention) in mentions.enumerated() where offsets["m\(k)"] != min(mention.span.start, sample.scalars.count) {
            Issue.record("\(name): m\(k) \(mention.text) is not at \(mention.span.start)")
            break
        }
    }
}
