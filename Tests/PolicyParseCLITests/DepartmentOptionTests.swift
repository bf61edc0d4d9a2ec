import Foundation
import PolicyParse
import Testing

/// `--departments aliases.tsv` on parse and batch, and batch's `--tasks-jsonl`.
@Suite struct DepartmentOptionTests {
    static let fixture = "Fixtures/documents/departments-shanghai.txt"
    static let aliases = "Fixtures/departments/aliases.tsv"

    @Test func parseReadsTheAliasFile() throws {
        let with = try CLIRunner.run([Self.fixture, "--jsonl", "--departments", Self.aliases])
        #expect(with.status == 0)
        let document = try JSONDecoder().decode(Document.self, from: Data(with.stdout))
        let names = document.allNodes.flatMap { $0.node.departments }
        #expect(names.first { $0.name == "区城运中心" }?.canonical == "上海市城市运行管理中心")
        let without = try CLIRunner.run([Self.fixture, "--jsonl"])
        let plain = try JSONDecoder().decode(Document.self, from: Data(without.stdout))
        #expect(plain.allNodes.flatMap { $0.node.departments }.first { $0.name == "区城运中心" }?.canonical != "上海市城市运行管理中心")
    }

    @Test func aBadAliasFileIsAUsageErrorNamingTheLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-alias-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("aliases.tsv")
        try Data("市经信委\t上海市经济和信息化委员会\nno tab here\n".utf8).write(to: bad)
        let result = try CLIRunner.run([Self.fixture, "--departments", bad.path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("\(bad.path): error: line 2:"))
        let batch = try CLIRunner.run(["batch", Self.fixture, "--csv", dir.appendingPathComponent("t").path, "--departments", bad.path])
        #expect(batch.status == 64)
    }

    @Test func batchWritesTaskLinesAndTables() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-tasks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = dir.appendingPathComponent("tasks.jsonl")
        let result = try CLIRunner.run(["batch", "Fixtures/documents", "--include", "departments-*.txt", "--tasks-jsonl", lines.path,
                                        "--csv", dir.appendingPathComponent("t").path, "--departments", Self.aliases, "-q"])
        #expect(result.status == 0)
        let records = try String(contentsOf: lines, encoding: .utf8).split(separator: "\n")
        let objects = try records.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(objects.count == 7)
        #expect(objects.first?["id"] as? String == "departments-shanghai.txt#一")
        let first = objects[1]
        #expect(first["lead"] as? [String] == ["上海市经济和信息化委员会"])
        #expect(first["support"] as? [String] == ["上海市发展和改革委员会", "上海市财政局"])
        let values = first["values"] as? [[String: Any]] ?? []
        #expect(values.contains { $0["kind"] as? String == "percentage" && $0["year_to"] as? Int == 2025 && $0["year_source"] as? String == "own" })
        let tasks = try String(contentsOf: dir.appendingPathComponent("t/tasks.csv"), encoding: .utf8)
        #expect(tasks.hasPrefix("id,document,title,path,parent,level,style,marker,heading,heading_path,is_leaf,start,end,lead,responsible,support\r\n"))
    }
}
