import Foundation
import PolicyParse
import PolicyParseBatch

/// `policyparse batch --stdin-jsonl`: request lines in on standard input, result lines out in the same order.
struct StdinJSONLRun {
    /// Parsing threads.
    let jobs: Int
    /// No summary on standard error.
    let quiet: Bool
    /// The longest request line read whole (`--max-bytes`); a longer one is answered `tooLarge`.
    let lineLimit: Int
    /// Parse options (`--departments`).
    var options = ParseOptions()

    /// Reads standard input to its end, answering every line; bad lines are answered with an error record.
    func run() throws {
        let output = RecordOutput.standardOutput(flushEachRecord: true)
        var lines = 0
        var failed = 0
        let limit = lineLimit
        let map = OrderedParallelMap<LineReader.Line, ([UInt8], Bool)>(jobs: jobs) { [options] in JSONLineResponder.respond(to: $0, limit: limit, options: options) }
        do {
            try map.run(LineReader(descriptor: 0, limit: limit)) { answer in
                lines += 1
                if answer.1 { failed += 1 }
                try output.writeLine(answer.0)
            }
            try output.commit()
        } catch let error as BatchFailure {
            throw StandardStreams.outputFailed(error.outputError ?? OutputError(output: "standard output", operation: .write, code: EIO),
                                               command: "policyparse batch")
        }
        if !quiet {
            StandardStreams.errorLine("policyparse batch --stdin-jsonl: \(lines) lines = \(lines - failed) converted + \(failed) failed")
        }
        try StandardStreams.finish(command: "policyparse batch")
    }
}
