import Foundation
import Testing
import PolicyParse

/// Each document in `Fixtures/documents/` is parsed and its JSON compared with the `.json` file
/// beside it; a few also keep their outline (`.outline`) and Markdown (`.markdown`) views in
/// `Fixtures/views/`. Run with
/// `POLICYPARSE_UPDATE_GOLDEN=1 swift test --filter GoldenTests` to rewrite the expected files on
/// purpose (the run fails with "recorded new baseline"), review the diff, then run again.
@Suite struct GoldenTests {
    static let folder = Corpus.fixtures.appendingPathComponent("documents")
    static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// The fixture documents, by file name.
    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted()
    }

    /// The documents whose outline and Markdown views are kept too: every numbering style, front
    /// matter and a title, paragraph tasks, and a whole plan with preamble and task texts.
    static let viewed = ["01-all-styles.txt", "08-markdown-wrapper.md", "11-paragraph-tasks.txt", "action-plan.txt"]

    static func parse(_ name: String) throws -> Document {
        let input = folder.appendingPathComponent(name)
        return try PolicyParser.parse(bytes: [UInt8](Data(contentsOf: input)), source: "Fixtures/documents/\(name)")
    }

    /// Where the outline and Markdown views are kept (not beside the documents, which the batch,
    /// store and report tests read as inputs).
    static let views = Corpus.fixtures.appendingPathComponent("views")

    static func golden(_ name: String, _ pathExtension: String, in folder: URL = folder) -> URL {
        folder.appendingPathComponent(name).deletingPathExtension().appendingPathExtension(pathExtension)
    }

    @Test func thereAreEnoughFixtures() {
        #expect(Self.documents.count >= 12)
        #expect(Set(Self.viewed).isSubset(of: Self.documents))
    }

    @Test(arguments: documents)
    func matchesGolden(_ name: String) throws {
        try Golden.check(JSONWriter.encode(Self.parse(name), pretty: true) + [0x0A], against: Self.golden(name, "json"))
    }

    @Test(arguments: viewed)
    func outlineMatchesGolden(_ name: String) throws {
        try Golden.check(Array(OutlineFormatter.render(Self.parse(name)).utf8), against: Self.golden(name, "outline", in: Self.views))
    }

    @Test(arguments: viewed)
    func markdownMatchesGolden(_ name: String) throws {
        try Golden.check(Array(MarkdownFormatter.render(Self.parse(name)).utf8), against: Self.golden(name, "markdown", in: Self.views))
    }
}

/// The diff a failing golden test prints.
@Suite struct GoldenDiffTests {
    @Test func showsChangedLinesWithContextAndLineNumbers() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        var lines = (1...10).map { "line \($0)" }
        lines[4] = "line five"
        lines.insert("new line", at: 8)
        let diff = Golden.lineDiff(expected: old, actual: lines.joined(separator: "\n"))
        #expect(diff == """
            @@ line 3
              line 3
              line 4
            - line 5
            + line five
              line 6
              line 7
              line 8
            + new line
              line 9
              line 10
            """)
    }

    @Test func separatesDistantHunks() {
        let old = (1...20).map { "\($0)" }
        var new = old
        new[1] = "two"
        new[17] = "eighteen"
        let diff = Golden.lineDiff(expected: old.joined(separator: "\n"), actual: new.joined(separator: "\n"))
        #expect(diff == """
            @@ line 1
              1
            - 2
            + two
              3
              4
            @@ line 16
              16
              17
            - 18
            + eighteen
              19
              20
            """)
    }

    @Test func identicalTextsHaveNoDiff() {
        #expect(Golden.lineDiff(expected: "a\nb", actual: "a\nb") == "")
    }
}
