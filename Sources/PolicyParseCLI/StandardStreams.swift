import ArgumentParser
import PolicyParse

/// Standard output and standard error, both through `FileDescriptorWriter`, so every write the
/// command line makes reports its errors instead of trapping. Only the main thread writes.
enum StandardStreams {
    /// Standard output, buffered: callers `flush()` (or `finish()`) before exiting.
    nonisolated(unsafe) static let output = FileDescriptorWriter.standardOutput()
    /// Standard error, unbuffered.
    nonisolated(unsafe) static let error = FileDescriptorWriter.standardError()

    /// Writes `bytes` to standard output.
    static func out(_ bytes: [UInt8]) throws(OutputError) {
        try output.write(bytes)
    }

    /// Writes `text` to standard output.
    static func out(_ text: String) throws(OutputError) {
        try output.write(text)
    }

    /// Writes one line to standard error. A failure is kept (`finish()` reports it as exit 74);
    /// it cannot be printed, since standard error is where it would go.
    static func errorLine(_ line: String) {
        try? error.write(line + "\n")
    }

    /// Writes raw text (a progress line) to standard error, keeping a failure as `errorLine` does.
    static func errorText(_ text: String) {
        try? error.write(text)
    }

    /// Flushes standard output; throws exit code 74 (after one line on standard error) if standard
    /// output or standard error failed. Every command calls it last.
    static func finish(command: String = "policyparse") throws {
        do {
            try output.flush()
        } catch {
            throw outputFailed(error, command: command)
        }
        if error.failure != nil { throw ExitCodes.outputFailed }
    }

    /// Prints `command: error: <the output error>` on standard error and returns exit code 74.
    static func outputFailed(_ failure: OutputError, command: String = "policyparse") -> ExitCode {
        output.abandon()
        errorLine("\(command): error: \(failure.description)")
        return ExitCodes.outputFailed
    }
}
