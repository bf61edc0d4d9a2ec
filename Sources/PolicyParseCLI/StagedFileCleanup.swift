import Dispatch
import PolicyParse
import PolicyParseBatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a batch does about staged `.tmp` files it cannot finish: on SIGINT, SIGTERM or SIGHUP it
/// removes its own and exits 128 + the signal (130, 143, 129); at the start it removes those left
/// by processes of this host that are gone (a `kill -9`, a crash, a power cut). Docs/Batch.md.
struct StagedFileCleanup {
    private let sources: [any DispatchSourceSignal]

    /// The signals that end a run cleanly.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Routes the signals to a handler on a background queue (not a C signal handler, so it may
    /// take the staged-file lock and allocate), which removes the staged files and exits.
    static func install() -> StagedFileCleanup {
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let removed = StagedFile.removeAllStaged()
                let name = number == SIGINT ? "SIGINT" : number == SIGTERM ? "SIGTERM" : "SIGHUP"
                // A writer of its own: the main thread may be using `StandardStreams.error`.
                let stderr = FileDescriptorWriter.standardError()
                try? stderr.write("policyparse batch: \(name): stopped, \(removed) unfinished staged file(s) removed\n")
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
        return StagedFileCleanup(sources: sources)
    }

    /// Restores the default handling of the signals.
    func cancel() {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }

    /// Removes staged files of dead processes under the `--out` directory and beside the other outputs.
    static func removeStale(out: String?, files: [String], directories: [String]) {
        if let out { StagedFile.removeStale(in: out, recursive: true) }
        for file in files where file != "-" {
            let slash = file.lastIndex(of: "/")
            StagedFile.removeStale(in: slash.map { String(file[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? ".", recursive: false)
        }
        for directory in directories { StagedFile.removeStale(in: directory, recursive: false) }
    }
}
