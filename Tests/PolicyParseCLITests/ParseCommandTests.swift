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

    /// The clean text and the warnings come from one reading of the input: standard input, which
    /// can be read only once, used to give an empty clean text (the parse had read it first).
    @Test func cleanFormatReadsTheInputOnce() throws {
        let result = try CLIRunner.run(["-", "--format", "clean"], stdin: Array("一、总体要求\r\n三、主要任务 ICT\u{3000}\u{3000}2025\r\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdoutString == "一、总体要求\n三、主要任务 ICT 2025\n")
        #expect(result.stderr.hasPrefix("<stdin>:2:1: warning: "))
    }

    /// `--format csv --table T` prints, byte for byte, the `T.csv` that `batch FILE --csv DIR` writes:
    /// both go through `CSVSink`, and the document's id is the file name in both.
    @Test func csvTablesAreTheBatchTables() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let batch = try CLIRunner.run(["batch", Self.seed, "--csv", dir.path, "--quiet"])
        #expect(batch.status == 0)
        for table in ["tasks", "departments", "values"] {
            let single = try CLIRunner.run([Self.seed, "--format", "csv", "--table", table])
            #expect(single.status == 0)
            let written = [UInt8](try Data(contentsOf: dir.appendingPathComponent(table + ".csv")))
            #expect(single.stdout == written, "\(table).csv")
            #expect(single.stdoutString.components(separatedBy: "\r\n").count > 3, "\(table).csv has rows")
        }
        let tasks = try CLIRunner.run([Self.seed, "--format", "csv"])
        #expect(tasks.stdoutString.hasPrefix("\u{FEFF}id,document,title,path,"))
        #expect(tasks.stdoutString.contains("\r\naction-plan.txt#三.（一）,action-plan.txt,"))
        let stdin = try CLIRunner.run(["-", "--format", "csv", "--table", "values"], stdin: Array("一、目标\n到2025年投资10亿元。\n".utf8))
        #expect(stdin.stdoutString.contains("\r\n-#一,-,,目标,amount,10亿元,1000000000,,CNY,,2025,2025,own,13,17\r\n"))   // standard input's id is -
    }

    /// Docs/CLI.md's `--format csv` example prints what the page shows.
    @Test func csvExampleOfTheCLIPageRunsAsWritten() throws {
        let page = try String(contentsOf: CLIRunner.root.appendingPathComponent("Docs/CLI.md"), encoding: .utf8)
        let command = "$ policyparse \(Self.seed) --format csv --table values | sed -n 2p\n"
        let after = try #require(page.range(of: command), "Docs/CLI.md has no --format csv example")
        let shown = page[after.upperBound...].prefix { $0 != "\n" }
        let result = try CLIRunner.run([Self.seed, "--format", "csv", "--table", "values"])
        let lines = result.stdoutString.components(separatedBy: "\r\n")
        #expect(lines.count > 2 && lines[1] == String(shown))
    }

    @Test func tableWithoutCSVIsAUsageError() throws {
        let result = try CLIRunner.run([Self.seed, "--table", "tasks"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--table goes with --format csv"))
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
