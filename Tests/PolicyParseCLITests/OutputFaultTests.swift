import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Output errors never crash the command line: a full device, a closed pipe, a full or read-only
/// file system under `batch` all end with exit 74 and one line naming the output.
@Suite(.serialized) struct OutputFaultTests {
    static let plan = "Fixtures/documents/action-plan.txt"

    /// Runs `policyparse arguments…` with standard output going to `stdout` (a file handle the caller opened).
    static func run(_ arguments: [String], stdout: FileHandle) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.root
        let error = Pipe()
        process.standardOutput = stdout
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func devFull() throws -> FileHandle {
        try #require(FileHandle(forWritingAtPath: "/dev/full"))
    }

    @Test(arguments: [
        [plan, "--json"], [plan, "--jsonl"], [plan, "--format", "outline"], [plan, "--format", "markdown"],
        [plan, "--format", "clean"], ["segment", plan], ["segment", plan, "--json"],
        ["batch", plan, "--jsonl", "-"], ["batch", plan, "--jsonl", "/dev/full"], ["report", plan, "-o", "-"],
    ])
    func fullDeviceIsExit74WithOneLine(_ arguments: [String]) throws {
        let result = try Self.run(arguments, stdout: try Self.devFull())
        #expect(result.status == 74, "\(arguments): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.contains("No space left on device") == true, "\(result.stderr)")
        #expect(lines.first?.contains("standard output") == true || lines.first?.contains("/dev/full") == true, "\(result.stderr)")
    }

    /// With SIGPIPE ignored by the parent (as Python's `subprocess` with `restore_signals=False`,
    /// or a shell with `trap '' PIPE`), a closed pipe is EPIPE: one line, exit 74.
    @Test(arguments: [["--json"], ["--format", "outline"]])
    func closedPipeIsExit74(_ flags: [String]) throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        // A large input, so the output is larger than a pipe's buffer even if the close were late.
        let result = try Self.run(["segment", "--words"] + [Self.plan], stdout: pipe.fileHandleForWriting)
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("Broken pipe"))
        let parse = try Self.run([Self.plan] + flags, stdout: pipe.fileHandleForWriting)
        #expect(parse.status == 74, "\(parse.stderr)")
        #expect(parse.stderr == "policyparse: error: cannot write standard output: Broken pipe (EPIPE)\n")
    }

    @Test func versionIsPrinted() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdoutString.split(separator: ".").count == 3)
        #expect(try CLIRunner.run(["--help"]).stdoutString.contains(String(result.stdoutString.dropLast())))
    }

    @Test func unknownEncodingIsAUsageErrorListingNames() throws {
        for arguments in [[Self.plan, "--encoding", "nope"], ["segment", Self.plan, "--encoding", "nope"],
                          ["batch", Self.plan, "--jsonl", "-", "--encoding", "nope"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("GB18030") && result.stderr.contains("UTF-16LE"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        // A name ICU knows is accepted (decoding this UTF-8 file as GBK may still fail: status 1, not 64).
        #expect(try CLIRunner.run([Self.plan, "--encoding", "gbk", "--format", "outline"]).status != 64)
    }

    @Test func maxBytesIsTheLibrarysLimit() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: CLIRunner.root.appendingPathComponent(Self.plan).path)[.size] as? Int)
        let refused = try CLIRunner.run([Self.plan, "--max-bytes", "\(size - 1)"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("more than the limit of \(size - 1)"), "\(refused.stderr)")
        #expect(try CLIRunner.run([Self.plan, "--max-bytes", "\(size)"]).status == 0)
        #expect(try CLIRunner.run([Self.plan, "--max-bytes", "-1"]).status == 64)
        let line = "{\"id\":1,\"text\":\"" + String(repeating: "一", count: 50) + "\"}\n{\"id\":2,\"text\":\"二\"}\n"
        let jsonl = try CLIRunner.run(["batch", "--stdin-jsonl", "--max-bytes", "100"], stdin: Array(line.utf8))
        let answers = jsonl.stdoutString.split(separator: "\n")
        #expect(answers.count == 2)
        #expect(answers.first?.contains("\"tooLarge\"") == true && answers.first?.contains("limit of 100") == true)
        #expect(answers.last?.hasPrefix("{\"id\":2,\"document\":") == true)
    }
}

/// `batch` on a file system that fills up or is read-only: the run stops with 74 and one line
/// instead of failing every later input as if it were bad. Needs root to mount a small tmpfs.
@Suite(.serialized, .enabled(if: FullFileSystem.canMount, "needs root to mount a small tmpfs"))
struct FullFileSystemTests {
    @Test func fullDiskUnderOutStopsWith74() throws {
        try FullFileSystem.with(size: "96k") { mount in
            let corpus = try FullFileSystem.inputs(count: 60)
            defer { try? FileManager.default.removeItem(atPath: corpus) }
            let result = try CLIRunner.run(["batch", corpus, "--out", mount + "/out", "--jobs", "2"])
            #expect(result.status == 74, "\(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(lines.first?.contains("No space left on device (ENOSPC)") == true, "\(result.stderr)")
            let leftovers = FileManager.default.enumerator(atPath: mount)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") } ?? []
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }

    @Test(arguments: ["--jsonl", "--report", "--csv"])
    func fullDiskForRecordOutputsStopsWith74(_ flag: String) throws {
        try FullFileSystem.with(size: "8k") { mount in
            let corpus = try FullFileSystem.inputs(count: 200, broken: flag == "--report")
            defer { try? FileManager.default.removeItem(atPath: corpus) }
            let target = mount + (flag == "--csv" ? "/tables" : "/records")
            let result = try CLIRunner.run(["batch", corpus, flag, target, "--jobs", "2"])
            #expect(result.status == 74, "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains("ENOSPC"), "\(result.stderr)")
            // The output was never published half-written, and nothing staged is left.
            let names = (FileManager.default.enumerator(atPath: mount)?.compactMap { $0 as? String }) ?? []
            #expect(names.allSatisfy { !$0.hasSuffix(".tmp") && !$0.hasSuffix(".csv") && $0 != "records" }, "\(names)")
        }
    }

    @Test func readOnlyFileSystemStopsWith74() throws {
        try FullFileSystem.with(size: "1m", readOnly: true) { mount in
            let corpus = try FullFileSystem.inputs(count: 5)
            defer { try? FileManager.default.removeItem(atPath: corpus) }
            let result = try CLIRunner.run(["batch", corpus, "--out", mount, "--jobs", "1"])
            #expect(result.status == 74, "\(result.stderr)")
            #expect(result.stderr.contains("EROFS"), "\(result.stderr)")
        }
    }
}

/// A small tmpfs mounted for one test.
enum FullFileSystem {
    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        do {
            try with(size: "4k") { _ in }
            return true
        } catch {
            return false
        }
    }()

    struct MountFailed: Error {}

    static func with(size: String, readOnly: Bool = false, _ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard mount("tmpfs", dir, "tmpfs", readOnly ? UInt(MS_RDONLY) : 0, "size=\(size)") == 0 else { throw MountFailed() }
        defer { umount2(dir, Int32(MNT_DETACH)) }
        try body(dir)
    }

    /// A folder of `count` copies of the example plan (and a broken file per ten with `broken`).
    static func inputs(count: Int, broken: Bool = false) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pp-in-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let plan = try Data(contentsOf: CLIRunner.root.appendingPathComponent(OutputFaultTests.plan))
        for i in 0..<count {
            let bad = broken && i % 2 == 0
            try (bad ? Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) : plan)
                .write(to: URL(fileURLWithPath: dir + String(format: "/plan-%03d.txt", i)))
        }
        return dir
    }
}
