import Foundation
import PolicyParse
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing is silently lost or corrupted by `batch`: bad resumed outputs, unreadable folders,
/// FIFOs, names that are not UTF-8, a file named twice, signals, staged files of dead processes.
@Suite(.serialized) struct BatchFaultTests {
    /// A fresh temporary folder with `in/` holding `count` copies of the example plan.
    static func workspace(copies count: Int) throws -> URL {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("pp-fault-\(UUID().uuidString)")
        let input = top.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let plan = try Data(contentsOf: CLIRunner.root.appendingPathComponent(OutputFaultTests.plan))
        for i in 0..<count { try plan.write(to: input.appendingPathComponent(String(format: "plan-%04d.txt", i))) }
        return top
    }

    static func lines(_ url: URL) throws -> [Data] {
        try Data(contentsOf: url).split(separator: 0x0A).map { Data($0) }
    }

    @Test(arguments: ["truncated", "empty", "foreign"])
    func resumeReconvertsABadOutput(_ damage: String) throws {
        let top = try Self.workspace(copies: 3)
        defer { try? FileManager.default.removeItem(at: top) }
        let out = top.appendingPathComponent("out"), jsonl = top.appendingPathComponent("all.jsonl")
        let arguments = ["batch", top.appendingPathComponent("in").path, "--out", out.path, "--jsonl", jsonl.path, "--jobs", "1"]
        #expect(try CLIRunner.run(arguments).status == 0)
        let first = try Self.lines(jsonl)
        let damaged = out.appendingPathComponent("plan-0001.json")
        let good = try Data(contentsOf: damaged)
        switch damage {
        case "truncated": try good.prefix(good.count / 2).write(to: damaged)
        case "empty": try Data().write(to: damaged)
        default: try Data(contentsOf: out.appendingPathComponent("plan-0000.json")).write(to: damaged)  // another input's output
        }
        let second = try CLIRunner.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(BatchSummary(second.stderr) == BatchSummary(inputs: 3, converted: 1, skipped: 2, failed: 0), "\(second.stderr)")
        #expect(try Self.lines(jsonl) == first)
        #expect(try Data(contentsOf: damaged) == good)
    }

    @Test func fifoInAFolderIsReportedAndANamedFIFOIsRefused() throws {
        let top = try Self.workspace(copies: 2)
        defer { try? FileManager.default.removeItem(at: top) }
        let fifo = top.appendingPathComponent("in/pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let report = top.appendingPathComponent("report.jsonl")
        for input in [top.appendingPathComponent("in").path, fifo] {
            let result = try CLIRunner.run(["batch", input, "--report", report.path, "--jobs", "1"])
            #expect(result.status == 1, "\(result.stderr)")
            let lines = try Self.lines(report)
            #expect(lines.count == 1)
            let line = String(decoding: lines.first ?? Data(), as: UTF8.self)
            #expect(line.contains("\"kind\":\"unreadable\"") && line.contains("FIFO") && line.contains("pipe.txt"), "\(line)")
        }
    }

    @Test func namesThatAreNotUTF8AreConverted() throws {
        let top = try Self.workspace(copies: 0)
        defer { try? FileManager.default.removeItem(at: top) }
        let plan = try [UInt8](Data(contentsOf: CLIRunner.root.appendingPathComponent(OutputFaultTests.plan)))
        // `plan-\xB9\xA4.txt`: 工 in GB18030, not UTF-8.
        let name = Array((top.path + "/in/plan-").utf8) + [0xB9, 0xA4] + Array(".txt".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) { open($0, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        _ = plan.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let out = top.appendingPathComponent("out"), jsonl = top.appendingPathComponent("all.jsonl")
        let result = try CLIRunner.run(["batch", top.appendingPathComponent("in").path, "--out", out.path, "--jsonl", jsonl.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(BatchSummary(result.stderr)?.converted == 1)
        let document = try JSONDecoder().decode(Document.self, from: try #require(try Self.lines(jsonl).first))
        #expect(document.source == top.path + "/in/plan-\\xB9\\xA4.txt")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan-\\xB9\\xA4.json").path))
    }

    @Test func theSameFileNamedTwiceIsTakenOnce() throws {
        let top = try Self.workspace(copies: 1)
        defer { try? FileManager.default.removeItem(at: top) }
        let jsonl = top.appendingPathComponent("all.jsonl")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.currentDirectoryURL = top
        process.arguments = ["batch", "in/plan-0000.txt", "./in/plan-0000.txt", "in", "--jsonl", jsonl.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try Self.lines(jsonl).count == 1)
    }

    /// As a user without permission (root reads every folder), a folder that cannot be read is a
    /// failed input, not a silent loss of its files.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv to run as nobody"))
    func unreadableFolderIsAFailure() throws {
        let top = try Self.workspace(copies: 2)
        defer {
            chmod(top.appendingPathComponent("in/locked").path, 0o755)
            try? FileManager.default.removeItem(at: top)
        }
        let locked = top.appendingPathComponent("in/locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("一、总则\n".utf8).write(to: locked.appendingPathComponent("hidden-from-nobody.txt"))
        chmod(locked.path, 0o000)
        chmod(top.path, 0o777)
        let report = top.appendingPathComponent("report.jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.binary.path,
                             "batch", top.appendingPathComponent("in").path, "--report", report.path, "--jobs", "1"]
        let error = Pipe()
        process.standardError = error
        try process.run()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(BatchSummary(stderr) == BatchSummary(inputs: 3, converted: 2, skipped: 0, failed: 1), "\(stderr)")
        let line = String(decoding: try Self.lines(report).first ?? Data(), as: UTF8.self)
        #expect(line.contains("\"kind\":\"unreadable\"") && line.contains("locked") && line.contains("Permission denied"), "\(line)")
    }

    /// SIGINT, SIGTERM and SIGHUP end a run with 128 + the signal and leave no staged file.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP] as [Int32])
    func signalsRemoveStagedFiles(_ signal: Int32) throws {
        let status = 128 + signal
        let top = try Self.workspace(copies: 400)
        defer { try? FileManager.default.removeItem(at: top) }
        let out = top.appendingPathComponent("out"), jsonl = top.appendingPathComponent("all.jsonl")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["batch", top.appendingPathComponent("in").path, "--out", out.path, "--jsonl", jsonl.path, "--jobs", "1"]
        let error = Pipe()
        process.standardError = error
        try process.run()
        // Wait until the run has staged its JSONL (it does before converting anything).
        var staged = false
        for _ in 0..<2000 where !staged {
            staged = ((try? FileManager.default.contentsOfDirectory(atPath: top.path)) ?? []).contains { $0.hasPrefix(".all.jsonl.") }
            if !staged { usleep(5000) }
        }
        #expect(staged)
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == status, "\(stderr)")
        #expect(stderr.contains("staged file(s) removed"), "\(stderr)")
        let everything = FileManager.default.enumerator(atPath: top.path)?.compactMap { $0 as? String } ?? []
        #expect(everything.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(everything.filter { $0.hasSuffix(".tmp") })")
        #expect(!FileManager.default.fileExists(atPath: jsonl.path))
    }

    @Test func staleStagedFilesOfDeadProcessesAreRemoved() throws {
        let top = try Self.workspace(copies: 1)
        defer { try? FileManager.default.removeItem(at: top) }
        let out = top.appendingPathComponent("out/sub")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A PID that is gone: a process that ran and was reaped.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        var hostBytes = [CChar](repeating: 0, count: 256)
        gethostname(&hostBytes, 255)
        let host = String(decoding: hostBytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let dead = out.appendingPathComponent(".a.json.\(gone.processIdentifier)@\(host).tmp")
        let oldStyle = out.appendingPathComponent(".b.json.\(gone.processIdentifier).tmp")
        let alive = out.appendingPathComponent(".c.json.\(getpid())@\(host).tmp")
        let otherHost = out.appendingPathComponent(".d.json.\(gone.processIdentifier)@another-host.example.tmp")
        for file in [dead, oldStyle, alive, otherHost] { try Data("{\"half".utf8).write(to: file) }
        let result = try CLIRunner.run(["batch", top.appendingPathComponent("in").path, "--out", top.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: oldStyle.path))
        #expect(FileManager.default.fileExists(atPath: alive.path), "a running process's staged file is kept")
        #expect(FileManager.default.fileExists(atPath: otherHost.path), "another host's staged file is kept")
    }

    /// `--stdin-jsonl`: a UTF-8 byte order mark before the first line, CR-only and CRLF line ends,
    /// and a line over the limit answered `tooLarge` while the lines after it are still answered.
    @Test func stdinJSONLLineEnds() throws {
        let input = [0xEF, 0xBB, 0xBF] + Array("{\"id\":1,\"text\":\"一\"}\r{\"id\":2,\"text\":\"二\"}\r\n".utf8)
            + Array("{\"id\":3,\"text\":\"".utf8) + [UInt8](repeating: 0x41, count: 5000) + Array("\"}\n{\"id\":4,\"text\":\"四\"}".utf8)
        let result = try CLIRunner.run(["batch", "--stdin-jsonl", "--max-bytes", "1000"], stdin: input)
        let answers = result.stdoutString.split(separator: "\n").map(String.init)
        #expect(answers.count == 4, "\(answers)")
        #expect(answers.count == 4 && answers[0].hasPrefix("{\"id\":1,\"document\":"))
        #expect(answers.count == 4 && answers[1].hasPrefix("{\"id\":2,\"document\":"))
        #expect(answers.count == 4 && answers[2].contains("\"tooLarge\"") && answers[2].contains("line is 5018 bytes"))
        #expect(answers.count == 4 && answers[3].hasPrefix("{\"id\":4,\"document\":"))
    }
}
