import Foundation
import Testing

/// Runs the built `policyparse` binary and captures what it prints.
struct CLIRunner {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var stdoutString: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The repository root (from this file's path).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` next to the repository (the shared real documents; not part of the project).
    static let sharedCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Whether `../shared/corpus` is present. A fresh `git clone` has no corpus: tests that read it
    /// carry `.enabled(if: CLIRunner.corpusIsPresent, CLIRunner.skipReason)` and are skipped there.
    static let corpusIsPresent: Bool = {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("seeds").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }()

    /// The line a skipped corpus test prints.
    static let skipReason: Comment = "needs ../shared/corpus (the shared real documents, absent from a fresh clone)"

    /// The `policyparse` binary next to the test bundle.
    static var binary: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("policyparse")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/policyparse")
    }

    /// Runs `policyparse arguments…` in the repository root, feeding `stdin`.
    static func run(_ arguments: [String], stdin: [UInt8] = []) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: [UInt8](outData), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Compares `actual` with the snapshot file `Fixtures/cli/NAME`; with
    /// `POLICYPARSE_UPDATE_GOLDEN=1` the snapshot is rewritten instead.
    static func matchesSnapshot(_ actual: String, _ name: String) throws -> Bool {
        let url = root.appendingPathComponent("Fixtures/cli").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["POLICYPARSE_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            return true
        }
        return (try? String(contentsOf: url, encoding: .utf8)) == actual
    }
}
