import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseBatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One execution of `policyparse batch` over a list of jobs: parallel conversion, ordered outputs,
/// progress and the summary.
struct BatchRun {
    let jobs: [BatchJob]
    let converter: BatchConverter
    let threads: Int
    let quiet: Bool
    let shard: Shard?

    private var converted = 0
    private var skipped = 0
    private var failures: [BatchFailure] = []
    private var failedCount = 0

    /// Creates a run.
    init(jobs: [BatchJob], converter: BatchConverter, threads: Int, quiet: Bool, shard: Shard?) {
        self.jobs = jobs
        self.converter = converter
        self.threads = threads
        self.quiet = quiet
        self.shard = shard
    }

    /// Converts every job, writes the outputs, prints the summary; returns the number of failed inputs.
    mutating func execute(jsonl: String?, csv: String?, tasksJSONL: String? = nil, report: String?, out: String?) throws -> Int {
        var outputs: [RecordOutput] = []
        var jsonlOutput: RecordOutput?
        var tables: CSVSink?
        var reportOutput: RecordOutput?
        var taskLinesOutput: RecordOutput?
        let cleanup = StagedFileCleanup.install()
        defer { cleanup.cancel() }
        StagedFileCleanup.removeStale(out: out, files: [jsonl, tasksJSONL, report].compactMap { $0 }, directories: [csv].compactMap { $0 })
        do {
            if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
            if let jsonl { jsonlOutput = try RecordOutput(path: jsonl, syncs: converter.syncs); outputs.append(jsonlOutput!) }
            if let csv {
                let directory = csv.hasSuffix("/") ? csv : csv + "/"
                var files: [CSVSink.Table: RecordOutput] = [:]
                for table in CSVSink.Table.allCases {
                    let file = try RecordOutput(path: directory + table.fileName, syncs: converter.syncs)
                    outputs.append(file)
                    files[table] = file
                }
                let sink = CSVSink(tasks: files[.tasks]?.writer, departments: files[.departments]?.writer, values: files[.values]?.writer)
                try sink.writeHeaders()
                tables = sink
            }
            if let tasksJSONL { taskLinesOutput = try RecordOutput(path: tasksJSONL, syncs: converter.syncs); outputs.append(taskLinesOutput!) }
            if let report { reportOutput = try RecordOutput(path: report, syncs: converter.syncs); outputs.append(reportOutput!) }
        } catch let error as BatchFailure {
            outputs.forEach { $0.discard() }
            StandardStreams.errorLine("policyparse batch: error: \(error.message)")
            throw ExitCodes.outputFailed
        } catch let error as OutputError {
            outputs.forEach { $0.discard() }
            StandardStreams.errorLine("policyparse batch: error: \(error.description)")
            throw ExitCodes.outputFailed
        } catch {
            outputs.forEach { $0.discard() }
            StandardStreams.errorLine("policyparse batch: error: cannot create \(out ?? "output directory"): \(error.localizedDescription)")
            throw ExitCodes.outputFailed
        }

        let totalBytes = jobs.reduce(0) { $0 + $1.input.size }
        var progress = !quiet && isatty(2) == 1 ? ProgressLine(total: jobs.count, totalBytes: totalBytes) : nil
        let started = DispatchTime.now().uptimeNanoseconds
        var bytesDone = 0
        let converter = self.converter
        let map = OrderedParallelMap<BatchJob, BatchOutcome>(jobs: threads) { converter.convert($0) }
        do {
            try map.run(jobs.makeIterator()) { outcome in
                switch outcome.status {
                case .converted: converted += 1
                case .skipped: skipped += 1
                case .failed(let failure):
                    // A full disk, a quota, a read-only file system or an I/O error is the output's
                    // fault, not the input's: stop with 74 rather than fail every later input alike.
                    if failure.stopsRun { throw failure }
                    failedCount += 1
                    if failures.count < 10 { failures.append(failure) }
                    try reportOutput?.writeLine(failure.jsonLine)
                }
                if let line = outcome.jsonLine, let jsonlOutput { try jsonlOutput.writeLine(line) }
                if let rows = outcome.rows, let tables { try tables.write(rows) }
                if let rows = outcome.rows, let taskLinesOutput {
                    for line in rows.taskLines { try taskLinesOutput.writeLine(line) }
                }
                bytesDone += outcome.input.size
                progress?.update(done: converted + skipped + failedCount, bytes: bytesDone, failed: failedCount)
            }
            for output in outputs { try output.commit() }
        } catch {
            progress?.clear()
            outputs.forEach { $0.discard() }
            let failure = error as? BatchFailure
            let message = (error as? OutputError)?.description ?? failure?.outputError?.description ?? failure?.message ?? "\(error)"
            StandardStreams.errorLine("policyparse batch: error: \(message)")
            throw ExitCodes.outputFailed
        }
        progress?.clear()
        if !quiet { printSummary(seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, bytes: bytesDone) }
        return failedCount
    }

    private func printSummary(seconds: Double, bytes: Int) {
        for failure in failures { StandardStreams.errorLine(failure.line) }
        if failedCount > failures.count {
            StandardStreams.errorLine("… and \(failedCount - failures.count) more failures (see --report)")
        }
        let rate = seconds > 0 ? Double(converted + skipped + failedCount) / seconds : 0
        let shardText = shard.map { " (shard \($0))" } ?? ""
        StandardStreams.errorLine(
            "policyparse batch\(shardText): \(jobs.count) inputs = \(converted) converted + \(skipped) skipped + \(failedCount) failed"
            + String(format: " in %.1f s (%.0f files/s, %.1f MB/s)", seconds, rate, seconds > 0 ? Double(bytes) / seconds / 1e6 : 0))
    }
}
