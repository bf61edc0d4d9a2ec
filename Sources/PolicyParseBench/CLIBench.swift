import Foundation

/// What users run, timed as child processes of the release `policyparse`: one large document
/// (`--json`, `--jsonl`), the same bytes as many files through `batch --jsonl - --jobs 1/2`, and
/// as JSON lines through `batch --stdin-jsonl`. Each row: MB/s, peak RSS per input byte, and
/// (where valgrind exists) instructions per input byte from callgrind on a stripped copy.
struct CLIBench {
    let corpus: BenchCorpus
    /// Megabytes of the one document (and of the batch, the same bytes cut into `files` pieces).
    let megabytes: Int
    /// Files in the batch.
    let files: Int
    /// Count instructions with callgrind when valgrind is on the PATH.
    let callgrind: Bool
    /// A Python with `jionlp` installed, for the anchor figure.
    let anchorPython: String?
    /// Megabytes of the document's first lines that both tools read for the anchor.
    let anchorMegabytes: Int
    let directory: URL

    /// The `policyparse` binary built beside this one.
    var binary: String {
        URL(fileURLWithPath: ChildProcess.ownExecutable).deletingLastPathComponent().appendingPathComponent("policyparse").path
    }

    /// One measured command.
    struct Row {
        var name: String
        var seconds: Double
        var peakRSS: Int
        var instructions: Int?
    }

    /// Writes the inputs, runs every command, prints and checks the figures.
    func run() {
        Report.section("Command line: \(megabytes) MB as one document, as \(files) files, as JSON lines")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Report.line("SKIP: no policyparse binary beside the bench (\(binary)); build with swift build -c release")
            return
        }
        let (bytes, _) = corpus.concatenated(toAtLeast: megabytes * 1_000_000)
        let big = directory.appendingPathComponent("cli-big.txt")
        let folder = directory.appendingPathComponent("cli-files")
        let lines = directory.appendingPathComponent("cli-requests.jsonl")
        do {
            try Data(bytes).write(to: big)
            try writePieces(of: bytes, to: folder, requests: lines)
        } catch {
            Report.line("cannot write the command-line inputs: \(error)")
            return
        }
        sync()
        let stripped = callgrind ? strippedCopy() : nil
        if callgrind, stripped == nil {
            Report.line("instructions: not counted (valgrind or strip missing)")
        }
        Report.line("load average: \(PolicyParseBench.loadAverage()); input \(Report.megabytes(bytes.count))"
                    + "\(stripped == nil ? "" : "; instructions by callgrind on a stripped copy, one run each")")
        let commands: [(name: String, arguments: [String], stdin: String)] = [
            ("policyparse FILE --json", [big.path, "--json", "--quiet"], "/dev/null"),
            ("policyparse FILE --jsonl", [big.path, "--jsonl", "--quiet"], "/dev/null"),
            ("batch DIR --jsonl - --jobs 1", ["batch", folder.path, "--jsonl", "-", "--jobs", "1", "--quiet"], "/dev/null"),
            ("batch DIR --jsonl - --jobs 2", ["batch", folder.path, "--jsonl", "-", "--jobs", "2", "--quiet"], "/dev/null"),
            ("batch --stdin-jsonl --jobs 1", ["batch", "--stdin-jsonl", "--jobs", "1", "--quiet"], lines.path),
        ]
        var rows: [String: Row] = [:]
        Report.line(Report.pad("command", 30) + Report.pad("MB/s", 9, right: true) + Report.pad("seconds", 9, right: true)
                    + Report.pad("peak RSS", 12, right: true) + Report.pad("RSS/byte", 10, right: true)
                    + Report.pad("instr/byte", 12, right: true))
        for command in commands {
            // The better of two runs by wall clock; peak RSS from the same run.
            var best: ChildProcess.Outcome?
            for _ in 0..<2 {
                guard let outcome = ChildProcess.run(binary, command.arguments, stdinPath: command.stdin),
                      outcome.status == 0 || outcome.status == 1 else {
                    Report.line("\(command.name): the command failed")
                    break
                }
                if best == nil || outcome.seconds < best!.seconds { best = outcome }
            }
            guard let best else { continue }
            var instructions: Int?
            if let stripped, !command.name.contains("--jobs 2") {
                instructions = count(stripped, command.arguments, stdin: command.stdin)
            }
            let row = Row(name: command.name, seconds: best.seconds, peakRSS: best.peakRSS, instructions: instructions)
            rows[command.name] = row
            let size = Double(bytes.count)
            Report.line(Report.pad(command.name, 30) + Report.pad(Report.fixed(size / 1e6 / row.seconds), 9, right: true)
                        + Report.pad(Report.fixed(row.seconds, 2), 9, right: true)
                        + Report.pad(Report.megabytes(row.peakRSS), 12, right: true)
                        + Report.pad(Report.fixed(Double(row.peakRSS) / size, 2), 10, right: true)
                        + Report.pad(instructions.map { Report.fixed(Double($0) / size, 1) } ?? "-", 12, right: true))
        }
        check(rows, bytes: bytes.count)
        if let anchorPython { anchor(anchorPython, document: bytes) }
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: big)
        try? FileManager.default.removeItem(at: lines)
    }

    /// The budget checks of issue 16 (Docs/Performance.md).
    private func check(_ rows: [String: Row], bytes: Int) {
        let size = Double(bytes)
        func rate(_ name: String) -> Double? { rows[name].map { size / 1e6 / $0.seconds } }
        if let jsonl = rate("policyparse FILE --jsonl") {
            Report.check(BudgetCheck(figure: "policyparse FILE --jsonl (\(megabytes) MB)", value: Report.fixed(jsonl) + " MB/s",
                                     budget: ">= 100 MB/s", pass: jsonl >= 100))
            if let json = rate("policyparse FILE --json") {
                Report.check(BudgetCheck(figure: "policyparse FILE --json vs --jsonl", value: Report.fixed(100 * json / jsonl, 0) + "%",
                                         budget: ">= 90% of --jsonl", pass: json >= 0.9 * jsonl))
            }
        }
        if let one = rate("batch DIR --jsonl - --jobs 1") {
            Report.check(BudgetCheck(figure: "batch --jsonl - --jobs 1 (\(files) files)", value: Report.fixed(one) + " MB/s",
                                     budget: ">= 100 MB/s", pass: one >= 100))
            if let two = rate("batch DIR --jsonl - --jobs 2") {
                Report.check(BudgetCheck(figure: "batch --jsonl - --jobs 2 over --jobs 1 (\(files) files)",
                                         value: Report.fixed(two / one, 2) + "x", budget: ">= 1.8x", pass: two / one >= 1.8))
            }
        }
        if let json = rows["policyparse FILE --json"] {
            let perByte = Double(json.peakRSS) / size
            Report.check(BudgetCheck(figure: "policyparse FILE --json peak RSS (\(megabytes) MB)",
                                     value: Report.fixed(perByte, 2) + " bytes/byte", budget: "<= 3 bytes/byte", pass: perByte <= 3))
            if let instructions = json.instructions {
                let perByte = Double(instructions) / size
                Report.check(BudgetCheck(figure: "policyparse FILE --json instructions (callgrind)",
                                         value: Report.fixed(perByte, 1) + " /byte", budget: "<= 80 /byte", pass: perByte <= 80))
            } else {
                Report.check(BudgetCheck(figure: "policyparse FILE --json instructions (callgrind)", value: "-",
                                         budget: "<= 80 /byte", pass: nil))
            }
        }
    }

    /// Cuts `bytes` into `files` pieces of about equal size at line ends; writes them as files
    /// and as `{"id":…,"text":…}` request lines.
    private func writePieces(of bytes: [UInt8], to folder: URL, requests: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var jsonl: [UInt8] = []
        jsonl.reserveCapacity(bytes.count + bytes.count / 8)
        let target = max(1, bytes.count / files)
        var start = 0
        var k = 0
        while start < bytes.count {
            var end = min(bytes.count, start + target)
            if k == files - 1 { end = bytes.count }
            while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
            let piece = bytes[start..<end]
            try Data(piece).write(to: folder.appendingPathComponent(String(format: "doc-%05d.txt", k)))
            jsonl += Array("{\"id\":\"doc-\(k)\",\"text\":".utf8)
            JSONText.quote(piece, into: &jsonl)
            jsonl += Array("}\n".utf8)
            start = end
            k += 1
        }
        try Data(jsonl).write(to: requests)
    }

    /// A copy of `policyparse` without debug information (callgrind reads it faster; the code is the same).
    private func strippedCopy() -> String? {
        guard let valgrind = Self.which("valgrind"), let strip = Self.which("strip") else { return nil }
        _ = valgrind
        let copy = directory.appendingPathComponent("policyparse-stripped").path
        try? FileManager.default.removeItem(atPath: copy)
        guard (try? FileManager.default.copyItem(atPath: binary, toPath: copy)) != nil,
              let outcome = ChildProcess.run(strip, ["--strip-debug", copy]), outcome.status == 0 else { return nil }
        return copy
    }

    /// Instructions the command executes, from callgrind's `Collected :` line.
    private func count(_ program: String, _ arguments: [String], stdin: String) -> Int? {
        guard let valgrind = Self.which("valgrind") else { return nil }
        let log = directory.appendingPathComponent("callgrind.txt").path
        guard let outcome = ChildProcess.run(valgrind, ["--tool=callgrind", "--callgrind-out-file=/dev/null", program] + arguments,
                                             stderrPath: log, stdinPath: stdin),
              outcome.status == 0 || outcome.status == 1,
              let text = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.contains("Collected :") {
            if let number = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                return number
            }
        }
        return nil
    }

    /// JioNLP's `extract_money` and `policyparse FILE --json` over the same bytes: the first
    /// `anchorMegabytes` of the document, cut at a line end (import time not counted; the better
    /// of two runs of `policyparse`), and the ratio.
    private func anchor(_ python: String, document: [UInt8]) {
        var end = min(document.count, anchorMegabytes * 1_000_000)
        if end < document.count {
            while end > 0, document[end - 1] != 0x0A { end -= 1 }
            if end == 0 { end = min(document.count, anchorMegabytes * 1_000_000) }
        }
        let slice = directory.appendingPathComponent("anchor-slice.txt")
        let result = directory.appendingPathComponent("anchor.txt")
        defer {
            try? FileManager.default.removeItem(at: slice)
            try? FileManager.default.removeItem(at: result)
        }
        do {
            try Data(document[..<end]).write(to: slice)
        } catch {
            Report.line("anchor: cannot write the slice: \(error)")
            return
        }
        var ours: Double?
        for _ in 0..<2 {
            guard let outcome = ChildProcess.run(binary, [slice.path, "--json", "--quiet"], stdinPath: "/dev/null"),
                  outcome.status == 0 || outcome.status == 1 else { break }
            ours = min(ours ?? .infinity, outcome.seconds)
        }
        let program = """
        import sys, time
        import jionlp
        text = open(sys.argv[1], encoding='utf-8').read()
        start = time.perf_counter()
        found = jionlp.ner.extract_money(text)
        seconds = time.perf_counter() - start
        open(sys.argv[2], 'w').write('%f %d\\n' % (seconds, len(found)))
        """
        guard let outcome = ChildProcess.run(python, ["-c", program, slice.path, result.path],
                                             stderrPath: directory.appendingPathComponent("anchor-stderr.txt").path),
              outcome.status == 0,
              let text = try? String(contentsOf: result, encoding: .utf8) else {
            Report.line("anchor: \(python) -c 'import jionlp; jionlp.ner.extract_money(…)' failed (is jionlp installed in it?)")
            return
        }
        let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let seconds = Double(fields[0]) else { return }
        let theirs = Double(end) / 1e6 / seconds
        Report.line("anchor: JioNLP extract_money on the first \(Report.megabytes(end)) of the document: \(Report.fixed(seconds, 2)) s = "
                    + "\(Report.fixed(theirs, 4)) MB/s, \(fields.count > 1 ? fields[1] : "?") amounts, process peak RSS \(Report.megabytes(outcome.peakRSS))")
        if let ours {
            let mine = Double(end) / 1e6 / ours
            Report.line("anchor: policyparse FILE --json on the same bytes: \(Report.fixed(ours, 3)) s = \(Report.fixed(mine, 2)) MB/s "
                        + "(the whole parse, every extractor, JSON), \(Report.fixed(mine / theirs, 1))x JioNLP extract_money alone")
        }
    }

    /// The full path of `program` on the PATH.
    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// JSON string quoting for the request lines the bench writes.
enum JSONText {
    /// Appends `bytes` (UTF-8) as a quoted, escaped JSON string.
    static func quote(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), b]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
