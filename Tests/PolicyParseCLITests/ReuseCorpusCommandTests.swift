import Foundation
import Testing

/// `policyparse reuse --db` and `policyparse query sources --db` on the reuse fixtures indexed.
@Suite struct ReuseCorpusCommandTests {
    static func database() throws -> (URL, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pp-reuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let db = directory.appendingPathComponent("plans.sqlite").path
        let index = try CLIRunner.run(["index", "Fixtures/reuse", "Fixtures/documents/action-plan.txt", "--db", db, "--quiet"])
        #expect(index.status == 0, "\(index.stderr)")
        return (directory, db)
    }

    @Test func matrixListsTheLocalPlansAndTheirSource() throws {
        let (directory, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["reuse", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutString.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "local_id,local_path,source_id,source_path,source_title,local_tasks,copied,adapted,share,source_taken_up,shared_sketch")
        #expect(lines.contains { $0.contains("Fixtures/reuse/local-copied.txt") && $0.contains(",Fixtures/reuse/central.txt,") && $0.contains(",11,10,0,0.909,") })
        // The mostly new plan and the unrelated plan take up too little of anything to be listed.
        #expect(!lines.dropFirst().contains { $0.split(separator: ",")[1].contains("local-new") })
        #expect(!lines.dropFirst().contains { $0.split(separator: ",")[1].contains("action-plan") })
    }

    @Test func sourcesOfOneDocument() throws {
        let (directory, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLIRunner.run(["query", "sources", "--db", db, "Fixtures/reuse/local-adapted.txt", "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let first = try #require(result.stdoutString.split(separator: "\n").first)
        let row = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(row["source_path"] as? String == "Fixtures/reuse/central.txt")
        #expect(row["adapted"] as? Int == 7)
        let missing = try CLIRunner.run(["query", "sources", "--db", db, "Fixtures/reuse/nothing.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no indexed document Fixtures/reuse/nothing.txt"))
    }
}
