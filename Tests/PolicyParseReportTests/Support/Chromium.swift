import Foundation

/// Headless chromium for the browser tests; absent on machines without it (the tests skip).
enum Chromium {
    /// `$POLICYPARSE_CHROMIUM`, else the first of the usual binaries that exists.
    static let path: String? = {
        if let chosen = ProcessInfo.processInfo.environment["POLICYPARSE_CHROMIUM"], !chosen.isEmpty { return chosen }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether the tests can run.
    static var isPresent: Bool { path != nil }

    /// What one run printed.
    struct Run {
        var status: Int32
        var stdout: String
        var timedOut: Bool
    }

    /// Runs chromium headless with `arguments` (a fresh profile each time), killing it after `timeout` seconds.
    static func run(_ arguments: [String], timeout: TimeInterval = 90) throws -> Run {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("policyparse-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)", "--hide-scrollbars"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var data = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            data = output.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            done.wait()
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), timedOut: timedOut)
    }
}
