import Foundation
import Testing

/// `policyparse compare CENTRAL LOCAL` end to end.
@Suite struct CompareCommandTests {
    static let central = "Fixtures/reuse/central.txt"
    static let local = "Fixtures/reuse/local-adapted.txt"

    @Test func jsonIsTheGoldenAlignment() throws {
        let result = try CLIRunner.run(["compare", Self.central, Self.local])
        #expect(result.status == 0)
        let golden = try [UInt8](Data(contentsOf: CLIRunner.root.appendingPathComponent("Fixtures/reuse/local-adapted.expected.json")))
        let same = result.stdout == golden
        #expect(same, "compare's JSON differs from Fixtures/reuse/local-adapted.expected.json")
    }

    @Test func markdownAndHTML() throws {
        let markdown = try CLIRunner.run(["compare", Self.central, Self.local, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdoutString.contains("| Local | Central |"))
        #expect(markdown.stdoutString.contains("copied 1, adapted 7, new 2; central tasks taken up 7 of 10 (0.7)"))
        let html = try CLIRunner.run(["compare", Self.central, Self.local, "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdoutString.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdoutString.contains("<mark>"))
        #expect(!html.stdoutString.contains("<script"))
    }

    @Test func localFromStandardInput() throws {
        let bytes = try [UInt8](Data(contentsOf: CLIRunner.root.appendingPathComponent(Self.local)))
        let result = try CLIRunner.run(["compare", Self.central, "-", "--format", "markdown"], stdin: bytes)
        #expect(result.status == 0)
        #expect(result.stdoutString.contains("central tasks taken up 7 of 10"))
    }

    @Test func unreadableInputExitsOneNamingTheFile() throws {
        let result = try CLIRunner.run(["compare", Self.central, "Fixtures/reuse/missing.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Fixtures/reuse/missing.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func bothFromStandardInputIsAUsageError() throws {
        let result = try CLIRunner.run(["compare", "-", "-"])
        #expect(result.status == 64)
    }
}
