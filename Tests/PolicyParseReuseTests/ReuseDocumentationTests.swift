import Foundation
import Testing
import PolicyParse
import PolicyParseReuse

/// The example of Docs/Reuse.md, run as written (on the fixtures).
@Suite struct ReuseDocumentationTests {
    @Test func reuseExampleRuns() throws {
        let folder = ReuseFixtures.folder.path
        let alignment = ReuseAligner().align(central: try PolicyParser.parse(contentsOf: folder + "/central.txt"),
                                             local: try PolicyParser.parse(contentsOf: folder + "/local-copied.txt"))
        var lines: [String] = []
        for task in alignment.tasks where task.label != .new {
            lines.append("\(task.path) \(task.label) \(task.matches.map(\.path))")
        }
        #expect(lines.count == 12)
        #expect(lines.contains("二.（三） copied [\"二.（三）\"]"))
        #expect(ReuseMarkdownFormatter.summaryLine(alignment.summary) == "copied 12, adapted 0, new 1; central tasks taken up 10 of 10 (1)")
    }
}
