import Foundation
import PolicyParse
import Testing

@Suite struct ParseCommandTests {
    /// A shipped example plan (in the repository, so the tests run from a fresh clone).
    static let seed = "Fixtures/documents/action-plan.txt"

    @Test func jsonIsTheLibrarysDocument() throws {
        let result = try CLIRunner.run([Self.seed, "--json"])
        #expect(result.status == 0)
        let printed = try JSONDecoder().decode(Document.self, from: Data(result.stdout))
        let library = try PolicyParser.parse(contentsOf: CLIRunner.root.appendingPathComponent(Self.seed).path)
        #expect(printed.text == library.text)
        #expect(printed.children == library.children)
        #expect(printed.source == Self.seed)
        #expect(result.stdout.last == 0x0A)
    }

    @Test func jsonlIsOneLineAndStdinHasNoSource() throws {
        let result = try CLIRunner.run(["-", "--jsonl"], stdin: Array("一、总体要求\n（一）加强攻关。\n".utf8))
        #expect(result.status == 0)
        let lines = result.stdoutString.split(separator: "\n")
        #expect(lines.count == 1)
        let document = try JSONDecoder().decode(Document.self, from: Data(lines[0].utf8))
        #expect(document.source == nil)
        #expect(document.encoding == "UTF-8")
    }

    @Test func binaryInputIsOneLineErrorNamingTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: file)
        let result = try CLIRunner.run([file.path, "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(file.path): error: ") == true)
    }

    @Test func missingFileIsAnError() throws {
        let result = try CLIRunner.run(["no/such/plan.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "no/such/plan.txt: error: no such file\n")
    }

    @Test func conflictingFormatsAreAUsageError() throws {
        let result = try CLIRunner.run([Self.seed, "--json", "--jsonl"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Choose one of --json, --jsonl and --format"))
    }

    @Test func helpMatchesSnapshot() throws {
        let result = try CLIRunner.run(["parse", "--help"])
        #expect(result.status == 0)
        #expect(try CLIRunner.matchesSnapshot(result.stdoutString, "parse-help.txt"),
                "run POLICYPARSE_UPDATE_GOLDEN=1 swift test to rewrite Fixtures/cli/parse-help.txt on purpose")
    }
}
