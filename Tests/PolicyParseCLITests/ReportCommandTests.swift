import Foundation
import Testing

/// `policyparse report`: the page is written where asked; input and output errors are one line
/// and the documented exit codes.
@Suite struct ReportCommandTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policyparse-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesOneSelfContainedPage() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("sub/plan.html")
        let result = try CLIRunner.run(["report", "Fixtures/documents/action-plan.txt", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let page = try String(contentsOf: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "<mark id=\"m").count - 1 == 25)
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("src="), "no external resources")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["plan.html"], "no temporary file left")
    }

    @Test func writesStandardOutputByDefault() throws {
        let input = Array("一、总体要求\n（一）到2025年，投资超过250亿元。（责任部门：市科委）\n".utf8)
        let result = try CLIRunner.run(["report", "-"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stdoutString.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdoutString.contains("title=\"25000000000 CNY, gt (超过)\""))
    }

    @Test func unreadableInputIsExitOne() throws {
        let result = try CLIRunner.run(["report", "Fixtures/documents/no-such-file.txt", "-o", "/dev/null"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func unwritableOutputIsExit74AndLeavesNothing() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let blocker = dir.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let result = try CLIRunner.run(["report", "Fixtures/documents/action-plan.txt", "-o", blocker.appendingPathComponent("plan.html").path])
        #expect(result.status == 74)
        #expect(result.stderr.contains(blocker.path), "names the output it could not create")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["file"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func fullDiskIsExit74() throws {
        let result = try CLIRunner.run(["report", "Fixtures/documents/action-plan.txt", "-o", "/dev/full"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("/dev/full"))
    }
}

/// `policyparse report --db`: the dashboard of a database `policyparse index` wrote.
@Suite struct CorpusReportCommandTests {
    @Test func dashboardOfTheFixturesLinksEveryDocumentReport() throws {
        let dir = try ReportCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("plans.sqlite").path
        let index = try CLIRunner.run(["index", "Fixtures/documents", "--db", db, "--quiet"])
        #expect(index.status == 0, "\(index.stderr)")
        let out = dir.appendingPathComponent("site/corpus.html")
        let docs = dir.appendingPathComponent("site/documents")
        let result = try CLIRunner.run(["report", "--db", db, "-o", out.path, "--documents-dir", docs.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: out, encoding: .utf8)
        let inputs = try FileManager.default.contentsOfDirectory(atPath: "\(CLIRunner.root.path)/Fixtures/documents")
            .filter { ["txt", "md", "html", "htm"].contains(($0 as NSString).pathExtension) }   // what `index` reads
        let written = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".html") }
        #expect(written.count == inputs.count, "one report per indexed document")
        for name in written {
            #expect(page.contains("<a href=\"documents/\(name)\">"), "\(name) is linked")
        }
        #expect(page.components(separatedBy: "<svg").count - 1 == 4)
        #expect(page.contains("<span id=\"count-documents\">\(inputs.count)</span>"))
        // The department chart's first bar is the database's most named department.
        let top = try CLIRunner.run(["query", "departments", "--db", db, "--top", "1", "--format", "json"])
        struct Row: Decodable { var department: String; var responsible: Int }
        let row = try #require(try JSONDecoder().decode([Row].self, from: Data(top.stdout)).first)
        #expect(page.contains("<title>\(row.department) · responsible 负责: \(row.responsible)</title>"))
    }

    @Test func missingDatabaseIsExitOne() throws {
        let result = try CLIRunner.run(["report", "--db", "/nonexistent/plans.sqlite", "-o", "/dev/null"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/plans.sqlite"))
    }

    @Test func fileAndDatabaseTogetherIsAUsageError() throws {
        let result = try CLIRunner.run(["report", "Fixtures/documents/action-plan.txt", "--db", "x.sqlite"])
        #expect(result.status == 64)
    }
}
