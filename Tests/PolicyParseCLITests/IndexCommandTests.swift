import Foundation
import PolicyParse
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `policyparse index` and `policyparse query`, run as a user runs them.
@Suite(.serialized) struct IndexCommandTests {
    static let corpusIsPresent = FileManager.default.fileExists(
        atPath: CLIRunner.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds").path)
    static let fixtures = CLIRunner.root.appendingPathComponent("Fixtures/documents")

    /// A temporary directory with `copies` copies of the fixture documents under `corpus/setN/`.
    static func corpus(copies: Int) throws -> URL {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("pp-index-\(UUID().uuidString)")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { !$0.hasSuffix(".json") }
        for copy in 0..<copies {
            let dir = top.appendingPathComponent("corpus/set\(copy)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for name in names { try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name)) }
        }
        return top
    }

    /// `policyparse query sql STATEMENT --format csv`, the records after the header.
    static func sql(_ db: String, _ statement: String) throws -> [[String]] {
        let result = try CLIRunner.run(["query", "sql", "--db", db, "--format", "csv", statement])
        #expect(result.status == 0, "\(statement): \(result.stderr)")
        return Array(CSVReader.records(result.stdoutString).dropFirst())
    }

    /// The same query without recording a failure, for polling a database another process is
    /// still creating (no table yet, or the writer holds the lock): nil when the query fails.
    static func sqlIfReady(_ db: String, _ statement: String) -> [[String]]? {
        guard let result = try? CLIRunner.run(["query", "sql", "--db", db, "--format", "csv", statement]),
              result.status == 0 else { return nil }
        return Array(CSVReader.records(result.stdoutString).dropFirst())
    }

    /// Row counts of every table, for comparing two databases.
    static func tableCounts(_ db: String) throws -> [String] {
        try sql(db, """
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM tasks), (SELECT count(*) FROM departments),
                   (SELECT count(*) FROM targets), (SELECT count(*) FROM years), (SELECT count(*) FROM tasks_fts)
            """)[0]
    }

    @Test func aKilledIndexLeavesAConsistentDatabaseAndARerunFinishes() throws {
        let top = try Self.corpus(copies: 40)
        defer { try? FileManager.default.removeItem(at: top) }
        let corpus = top.appendingPathComponent("corpus").path
        let db = top.appendingPathComponent("plans.sqlite").path

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["index", corpus, "--db", db, "--jobs", "1", "--quiet"]
        try process.run()
        // Kill it once the first chunks are committed.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            if FileManager.default.fileExists(atPath: db),
               let rows = Self.sqlIfReady(db, "SELECT count(*) FROM documents"), let n = Int(rows.first?.first ?? "") {
                committed = n
                if n > 0 { break }
            }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the index finished before it could be killed")
        #expect(committed > 0)

        // Consistent: the file checks out, and no document is half written.
        #expect(try Self.sql(db, "PRAGMA integrity_check") == [["ok"]])
        let halfWritten = try Self.sql(db, """
            SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND t.level = 0)
            """)
        #expect(halfWritten == [["0"]])
        let stored = Int(try Self.sql(db, "SELECT count(*) FROM documents")[0][0]) ?? 0

        // The rerun keeps what was committed and indexes the rest.
        let rerun = try CLIRunner.run(["index", corpus, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let inputs = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html") }.count
        #expect(rerun.stderr.contains("\(inputs) inputs = \(inputs - stored) indexed + \(stored) unchanged + 0 failed"), "\(rerun.stderr)")

        // The result is the same as an uninterrupted run.
        let fresh = top.appendingPathComponent("fresh.sqlite").path
        #expect(try CLIRunner.run(["index", corpus, "--db", fresh, "--quiet"]).status == 0)
        #expect(try Self.tableCounts(db) == Self.tableCounts(fresh))
    }

    @Test func queriesPrintTablesJSONAndCSV() throws {
        let top = try Self.corpus(copies: 1)
        defer { try? FileManager.default.removeItem(at: top) }
        let db = top.appendingPathComponent("plans.sqlite").path
        let indexed = try CLIRunner.run(["index", top.appendingPathComponent("corpus").path, "--db", db])
        #expect(indexed.status == 0, "\(indexed.stderr)")
        let plan = top.appendingPathComponent("corpus/set0/action-plan.txt").path

        // tasks: the four tasks of 市经济信息化委 in the action plan, with their roles.
        let tasks = try CLIRunner.run(["query", "tasks", "--db", db, "--department", "市经济信息化委", "--format", "jsonl"])
        #expect(tasks.status == 0)
        let lines = tasks.stdoutString.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let planTasks = lines.compactMap { $0 }.filter { $0["file"] as? String == plan }
        #expect(planTasks.map { $0["task"] as? String } == ["三.（一）", "三.（二）", "三.（三）", "四.（一）"])
        #expect(planTasks.allSatisfy { $0["roles"] as? String == "responsible" })

        // targets --year 2025: the 2025 targets of the plan (到2025年底 … 不少于100个, 达到10%).
        let targets = try CLIRunner.run(["query", "targets", "--db", db, "--year", "2025", "--format", "csv"])
        let records = CSVReader.records(targets.stdoutString)
        #expect(records.first?.prefix(7) == ["title", "file", "task", "heading", "kind", "text", "value"])
        let planTargets = records.dropFirst().filter { $0[1] == plan }.map { $0[5] }
        #expect(planTargets == ["不少于100个", "达到10%"])

        // json is one array; table has a header, a rule and one line per row.
        let json = try CLIRunner.run(["query", "departments", "--db", db, "--top", "3", "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [[String: Any]])
        #expect(array.count == 3)
        // Ranked by task count; the plan's four 市经济信息化委 tasks make its canonical one of the top three.
        let counts = array.compactMap { $0["tasks"] as? Int }
        #expect(counts.count == 3 && counts == counts.sorted(by: >))
        let economy = array.first { $0["department"] as? String == "市经济和信息化委员会" }
        #expect(economy?["tasks"] as? Int == 4 && economy?["responsible"] as? Int == 4)
        let table = try CLIRunner.run(["query", "departments", "--db", db, "--top", "3"])
        let tableLines = table.stdoutString.split(separator: "\n")
        #expect(tableLines.count == 5 && tableLines[0].hasPrefix("department") && tableLines[1].hasPrefix("---"))

        // search: the phrase is found, a non-word is not.
        let search = try CLIRunner.run(["query", "search", "--db", db, "网络安全产业", "--limit", "2", "--format", "csv"])
        #expect(CSVReader.records(search.stdoutString).count == 3)
        let none = try CLIRunner.run(["query", "search", "--db", db, "络安", "--format", "csv"])
        #expect(none.status == 0 && CSVReader.records(none.stdoutString).count == 1)

        // indicators: the three rows of the indicator table fixture and the two of the figures
        // fixture (a 十四五 plan whose 2035 column is not its target), due in 2025; none for 2030.
        let indicators = try CLIRunner.run(["query", "indicators", "--db", db, "--year", "2025", "--format", "csv"])
        let indicatorRecords = CSVReader.records(indicators.stdoutString)
        #expect(indicators.status == 0 && indicatorRecords.first?.prefix(5) == ["title", "file", "task", "indicator", "unit"])
        #expect(indicatorRecords.dropFirst().map { $0[3] } == ["城镇污水处理率", "河湖水面率", "黑臭水体", "河湖水面率", "骨干河道整治率"])
        let later = try CLIRunner.run(["query", "indicators", "--db", db, "--year", "2030", "--format", "csv"])
        #expect(CSVReader.records(later.stdoutString).count == 1)

        // network: 市科委–市经济信息化委 (canonical names) share 三.（一） of the action plan; graphml is XML with the same edges.
        let network = try CLIRunner.run(["query", "network", "--db", db])
        let edges = CSVReader.records(network.stdoutString)
        #expect(edges.first == ["source", "target", "weight", "lead", "support"])
        #expect(edges.contains { $0[0] == "市科学技术委员会" && $0[1] == "市经济和信息化委员会" })
        let graphml = try CLIRunner.run(["query", "network", "--db", db, "--format", "graphml"])
        let parser = XMLParser(data: Data(graphml.stdout))
        #expect(parser.parse())
        #expect(graphml.stdoutString.components(separatedBy: "<edge ").count - 1 == edges.count - 1)

        // sql is read-only; a missing database is one line and exit 1.
        let write = try CLIRunner.run(["query", "sql", "--db", db, "DELETE FROM documents"])
        #expect(write.status == 1 && write.stderr.contains("read-only"))
        let missing = try CLIRunner.run(["query", "departments", "--db", top.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1 && missing.stderr.contains("no such database"))
    }

    @Test(.enabled(if: corpusIsPresent, "needs ../shared/corpus"))
    func everyCorpusDocumentIsStoredWithAllItsTasksAndMentions() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("pp-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: top, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: top) }
        let corpus = CLIRunner.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let db = top.appendingPathComponent("plans.sqlite").path
        let run = try CLIRunner.run(["index", corpus.path, "--db", db, "--include", "*.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        let stored = try Self.sql(db, """
            SELECT d.path, (SELECT count(*) FROM tasks t WHERE t.document_id = d.id AND t.level > 0),
                   (SELECT count(*) FROM departments m WHERE m.document_id = d.id),
                   (SELECT count(*) FROM targets g WHERE g.document_id = d.id)
            FROM documents d ORDER BY d.path
            """)
        var files: [String] = []
        for folder in ["real", "seeds"] {
            let dir = corpus.appendingPathComponent(folder)
            files += try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
                .map { dir.appendingPathComponent($0).path }
        }
        #expect(stored.map { $0[0] }.sorted() == files.sorted())
        for row in stored {
            let document = try PolicyParser.parse(contentsOf: row[0])
            var tasks = 0, departments = document.departments.count
            var targets = document.amounts.count + document.percentages.count + document.quantities.count
            for step in document.allNodes {
                tasks += 1
                departments += step.node.departments.count
                targets += step.node.amounts.count + step.node.percentages.count + step.node.quantities.count
            }
            #expect(row[1...] == ["\(tasks)", "\(departments)", "\(targets)"], "\(row[0])")
        }
        // Seed 002 writes 市经济信息化委: `--department 市经信委` finds exactly those tasks.
        let seed = corpus.appendingPathComponent("seeds").path
        let named = try CLIRunner.run(["query", "tasks", "--db", db, "--department", "市经信委", "--format", "csv"])
        #expect(named.status == 0, "\(named.stderr)")
        let seedTasks = CSVReader.records(named.stdoutString).dropFirst().filter { $0[1].hasPrefix(seed + "/002_") }
        let document = try PolicyParser.parse(contentsOf: try #require(files.first { $0.hasPrefix(seed + "/002_") }))
        let expected = document.allNodes.filter { $0.node.departments.contains { $0.name == "市经济信息化委" } }.map(\.path)
        #expect(!expected.isEmpty)
        #expect(seedTasks.allSatisfy { $0[5].contains("市经济信息化委") })
        #expect(seedTasks.map { $0[2] } == expected)
    }
}
