import Foundation
import PolicyParse
import PolicyParseBatch
import Testing

@Suite(.serialized) struct BatchCommandTests {
    /// The `--out` path of an input of `corpus`.
    static func outputPath(_ input: String, corpus: BatchCorpus, out: URL) -> String {
        let relative = String(input.dropFirst(corpus.root.path.count + 1))
        let stem = (relative as NSString).deletingPathExtension
        return out.appendingPathComponent(stem + ".json").path
    }

    /// The long single line is 4 MB, not 20 MB: with the extractors on main, a 20 MB line dense with
    /// values took the debug-build test past three minutes (its JSON is ~5.6× the input).
    @Test(.enabled(if: CLIRunner.corpusIsPresent, CLIRunner.skipReason))
    func corpusConvertsResumesAndReconverts() throws {
        let corpus = try BatchCorpus.make(copies: 9, bigLine: 4_000_000)
        defer { corpus.remove() }
        #expect(corpus.inputs.count >= 300)
        let out = corpus.top.appendingPathComponent("out")
        let jsonl = corpus.top.appendingPathComponent("all.jsonl")
        let csv = corpus.top.appendingPathComponent("tables")
        let report = corpus.top.appendingPathComponent("failures.jsonl")
        let arguments = ["batch", corpus.root.path, "--out", out.path, "--jsonl", jsonl.path, "--csv", csv.path,
                         "--report", report.path, "--jobs", "2"]

        // What the library says about every input, one file at a time (what `policyparse FILE --json` prints).
        var expected: [String: Result<[UInt8], PolicyParseError>] = [:]
        var expectedRows = CSVRows()
        for path in corpus.inputs {
            do {
                let document = try PolicyParser.parse(contentsOf: path)
                expected[path] = .success(JSONWriter.encode(document, pretty: true) + [0x0A])
                // Rows name the document by its path relative to the INPUT directory (its stable id).
                let rows = CSVRows(document: document, name: String(path.dropFirst(corpus.root.path.count + 1)))
                expectedRows.tasks += rows.tasks
                expectedRows.departments += rows.departments
                expectedRows.values += rows.values
            } catch {
                expected[path] = .failure(error)
            }
        }
        let expectedFailures = corpus.inputs.filter { if case .failure = expected[$0] { true } else { false } }

        let first = try CLIRunner.run(arguments)
        #expect(first.status == (expectedFailures.isEmpty ? 0 : 1))
        let summary = try #require(BatchSummary(first.stderr), "no summary in: \(first.stderr)")
        #expect(summary.inputs == corpus.inputs.count)
        #expect(summary.inputs == summary.converted + summary.skipped + summary.failed)
        #expect(summary.failed == expectedFailures.count)
        #expect(summary.skipped == 0)

        // Every converted file's JSON is the single-file output, byte for byte.
        for path in corpus.inputs {
            let written = FileManager.default.contents(atPath: Self.outputPath(path, corpus: corpus, out: out))
            switch expected[path] {
            case .success(let json)?: #expect(written.map { [UInt8]($0) } == json, "\(path)")
            default: #expect(written == nil, "\(path) failed but has an output")
            }
        }
        // The CLI's own single-file output agrees for the unusual files.
        for path in corpus.unusual where !path.hasSuffix("one-line.txt") {
            let single = try CLIRunner.run([path, "--json"])
            if case .success(let json)? = expected[path] { #expect(single.stdout == json, "\(path)") }
        }

        // The report names each failure with the library's kind.
        let reported = try Self.reportLines(report)
        #expect(reported.map(\.path) == expectedFailures)
        for line in reported {
            if case .failure(let error)? = expected[line.path] {
                #expect(line.kind == error.kind.rawValue, "\(line.path)")
                #expect(line.byteOffset == error.byteOffset, "\(line.path)")
            }
        }

        // JSONL: one line per converted document, in sorted path order.
        let successes = corpus.inputs.compactMap { path -> [UInt8]? in
            if case .success(let json)? = expected[path] { return json } else { return nil }
        }
        let lines = try Self.lines(jsonl)
        #expect(lines.count == successes.count)
        for (line, pretty) in zip(lines, successes) {
            #expect(line == JSONText.minified(pretty))
        }

        // CSV: a BOM, RFC 4180, the library's rows in input order.
        let tables = try Self.tables(csv)
        #expect(tables["tasks.csv"] == [CSVRows.taskHeader] + expectedRows.tasks)
        #expect(tables["departments.csv"] == [CSVRows.departmentHeader] + expectedRows.departments)
        #expect(tables["values.csv"] == [CSVRows.valueHeader] + expectedRows.values)

        // A second run skips every converted file and writes the same JSONL and CSV.
        let second = try CLIRunner.run(arguments)
        #expect(BatchSummary(second.stderr) == BatchSummary(inputs: corpus.inputs.count, converted: 0,
                                                            skipped: successes.count, failed: expectedFailures.count))
        #expect(try Self.lines(jsonl) == lines)
        #expect(try Self.tables(csv) == tables)

        // --force reconverts them.
        let forced = try CLIRunner.run(arguments + ["--force"])
        #expect(BatchSummary(forced.stderr) == BatchSummary(inputs: corpus.inputs.count, converted: successes.count,
                                                            skipped: 0, failed: expectedFailures.count))
        #expect(try Self.lines(jsonl) == lines)
        // No temporary files are left behind.
        let leftovers = FileManager.default.enumerator(atPath: corpus.top.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".tmp") } ?? []
        #expect(leftovers.isEmpty)
    }

    /// The hard files follow the contract: the unusual ones (empty, GB18030, UTF-16 with BOM) convert,
    /// the broken ones fail with the right kind.
    @Test func hardFilesFollowTheContract() throws {
        let corpus = try BatchCorpus.make(copies: 0, bigLine: 0)
        defer { corpus.remove() }
        let report = corpus.top.appendingPathComponent("failures.jsonl")
        let result = try CLIRunner.run(["batch", corpus.root.path, "--report", report.path, "--jobs", "2"])
        let reported = try Self.reportLines(report)
        #expect(result.status == 1)
        #expect(BatchSummary(result.stderr) == BatchSummary(inputs: corpus.inputs.count, converted: corpus.good.count,
                                                            skipped: 0, failed: corpus.broken.count))
        #expect(Dictionary(uniqueKeysWithValues: reported.map { ($0.path, $0.kind) }) == corpus.broken.mapValues(\.rawValue))
    }

    @Test func shardsCoverEveryInputOnce() throws {
        let corpus = try BatchCorpus.make(copies: 3, bigLine: 0)
        defer { corpus.remove() }
        var seen: [String] = []
        for k in 1...3 {
            let jsonl = corpus.top.appendingPathComponent("shard\(k).jsonl")
            let report = corpus.top.appendingPathComponent("shard\(k).report")
            let result = try CLIRunner.run(["batch", corpus.root.path, "--jsonl", jsonl.path, "--report", report.path,
                                            "--shard", "\(k)/3", "--jobs", "2"])
            let summary = try #require(BatchSummary(result.stderr))
            let documents = try Self.lines(jsonl).map { try JSONDecoder().decode(Document.self, from: Data($0)) }
            let failures = try Self.reportLines(report)
            #expect(summary.inputs == documents.count + failures.count)
            #expect(summary.inputs > 0)
            seen += documents.compactMap(\.source) + failures.map(\.path)
        }
        #expect(seen.sorted() == corpus.inputs.sorted())
        #expect(Set(seen).count == seen.count)
    }

    @Test func stdinJSONLKeepsIdsAndOrder() throws {
        var input = ""
        var ids: [String] = []
        for i in 0..<40 {
            let id = i % 3 == 0 ? "\"doc-\(i)\"" : i % 3 == 1 ? "\(i)" : "\(i).5"
            ids.append(id)
            input += "{\"id\": \(id), \"text\": \"一、总体要求\\n（一）任务\(i)。\\u4e8c\"}\n"
        }
        input += "{\"id\": \"bad\", \"text\": 3}\n"
        ids.append("\"bad\"")
        input += "{\"id\": true, \"text\": \"last\"}"
        ids.append("true")
        let result = try CLIRunner.run(["batch", "--stdin-jsonl", "--jobs", "2"], stdin: Array(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdoutString.split(separator: "\n").map(String.init)
        #expect(lines.count == ids.count)
        for (line, id) in zip(lines, ids) {
            #expect(line.hasPrefix("{\"id\":\(id),"), "\(line.prefix(60))")
        }
        let first = try #require(lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let document = try JSONDecoder().decode(Document.self, from: JSONSerialization.data(withJSONObject: object["document"] ?? [:]))
        #expect(document == PolicyParser.parse(text: "一、总体要求\n（一）任务0。二"))
        #expect(lines[40].contains("\"error\":{\"kind\":\"invalidRequest\""))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLIRunner.run(["batch"]).status == 64)
        #expect(try CLIRunner.run(["batch", ".", "--jsonl", "-", "--shard", "4/3"]).status == 64)
        #expect(try CLIRunner.run(["batch", ".", "--jsonl", "-", "--jobs", "0"]).status == 64)
        #expect(try CLIRunner.run(["batch", "--stdin-jsonl", "--out", "x"]).status == 64)
    }

    // MARK: Reading outputs

    struct ReportLine: Decodable {
        var path: String
        var kind: String
        var message: String
        var byteOffset: Int?
    }

    static func reportLines(_ url: URL) throws -> [ReportLine] {
        try lines(url).map { try JSONDecoder().decode(ReportLine.self, from: Data($0)) }
    }

    static func lines(_ url: URL) throws -> [[UInt8]] {
        let bytes = [UInt8](try Data(contentsOf: url))
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }

    static func tables(_ directory: URL) throws -> [String: [[String]]] {
        var tables: [String: [[String]]] = [:]
        for name in ["tasks.csv", "departments.csv", "values.csv"] {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            #expect(Array(bytes.prefix(3)) == CSVLine.byteOrderMark, "\(name) has no BOM")
            tables[name] = CSVReader.records(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        }
        return tables
    }
}
