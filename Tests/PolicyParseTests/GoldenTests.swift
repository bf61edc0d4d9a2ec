import Foundation
import Testing
@testable import PolicyParse

/// Each document in `Fixtures/documents/` is parsed and its JSON compared with the `.json` file
/// beside it. Run with `POLICYPARSE_UPDATE_GOLDEN=1 swift test --filter GoldenTests` to rewrite
/// the expected files on purpose, then review the diff.
@Suite struct GoldenTests {
    static let folder = Corpus.fixtures.appendingPathComponent("documents")
    static let extensions: Set<String> = ["txt", "md", "html", "htm"]
    static let updating = ProcessInfo.processInfo.environment["POLICYPARSE_UPDATE_GOLDEN"] == "1"

    /// The fixture documents, by file name.
    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted()
    }

    @Test func thereAreEnoughFixtures() {
        #expect(Self.documents.count >= 12)
    }

    @Test(arguments: documents)
    func matchesGolden(_ name: String) throws {
        let input = Self.folder.appendingPathComponent(name)
        let golden = input.deletingPathExtension().appendingPathExtension("json")
        let document = try PolicyParser.parse(bytes: [UInt8](Data(contentsOf: input)), source: "Fixtures/documents/\(name)")
        let json = JSONWriter.encode(document, pretty: true) + [0x0A]
        if Self.updating {
            try Data(json).write(to: golden)
            return
        }
        let expected = try [UInt8](Data(contentsOf: golden))
        #expect(json == expected, "\(name) differs from \(golden.lastPathComponent); if the change is intended, rerun with POLICYPARSE_UPDATE_GOLDEN=1 and review the diff")
    }
}
