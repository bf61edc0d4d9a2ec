import Foundation
import Testing
@testable import PolicyParseReuse

/// Each local fixture aligned to `Fixtures/reuse/central.txt` and compared with its golden file:
/// JSON for all three, Markdown for the adapted one. Rewrite on purpose with
/// `POLICYPARSE_UPDATE_GOLDEN=1 swift test --filter ReuseGoldenTests` and review the diff.
@Suite struct ReuseGoldenTests {
    static let locals = ["local-copied.txt", "local-adapted.txt", "local-new.txt"]

    @Test(arguments: locals)
    func jsonMatchesGolden(_ name: String) throws {
        let output = ReuseJSON.encode(try ReuseFixtures.alignment(name))
        try compare(output, golden: (name as NSString).deletingPathExtension + ".expected.json")
    }

    @Test func markdownMatchesGolden() throws {
        let output = [UInt8](ReuseMarkdownFormatter.render(try ReuseFixtures.alignment("local-adapted.txt")).utf8)
        try compare(output, golden: "local-adapted.expected.md")
    }

    private func compare(_ output: [UInt8], golden: String) throws {
        let url = ReuseFixtures.folder.appendingPathComponent(golden)
        if ReuseFixtures.updating {
            try Data(output).write(to: url)
            return
        }
        let expected = try [UInt8](Data(contentsOf: url))
        let same = output == expected
        #expect(same, "output differs from \(golden); if intended, rerun with POLICYPARSE_UPDATE_GOLDEN=1 and review the diff")
    }
}
