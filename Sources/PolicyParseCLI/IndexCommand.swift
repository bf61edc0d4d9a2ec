import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseBatch
import PolicyParseStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `policyparse index CORPUS… --db plans.sqlite`: parses a corpus into the database, incrementally (Docs/Database.md).
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Parse documents into a SQLite database for `policyparse query` (incremental).",
        discussion: """
        INPUT is a file or a directory, found as `batch` finds them. Unchanged files (same size, \
        modification time and parser version, or same SHA-256) are skipped, changed ones replaced; \
        --prune deletes documents whose files are gone. One transaction per chunk in WAL mode: a run \
        killed midway leaves a consistent database and a rerun finishes the job. The summary states \
        inputs = indexed + unchanged + failed. Exit codes: 0 all indexed or unchanged; 1 some inputs \
        failed; 64 usage error; 74 the database or the report could not be written. See Docs/Database.md.
        """
    )

    @Argument(help: "Files or directories to index.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("The database file (created if missing).", valueName: "file"))
    var db: String

    @Option(name: .customLong("include"), help: ArgumentHelp("Take files matching GLOB in directories (repeatable; default *.txt *.md *.html *.htm).", valueName: "glob"))
    var includes: [String] = []

    @Option(help: "Parse on N threads (default: all cores).")
    var jobs: Int?

    @OptionGroup var decoding: DecodingFlags

    @OptionGroup var departmentFlags: DepartmentFlags

    @Flag(help: "Delete documents whose files were not found under the inputs.")
    var prune = false

    @Flag(help: "Reparse every input, changed or not.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing on standard error, not even the summary.")
    var quiet = false

    @Option(help: ArgumentHelp("Write one JSON line per failed input (path, kind, message, byteOffset) to FILE.", valueName: "file"))
    var report: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if inputs.isEmpty { throw ValidationError("Give at least one INPUT file or directory.") }
    }

    func run() throws {
        let indexer = CorpusIndexer(roots: inputs, includes: includes.map(GlobPattern.init),
                                    jobs: jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount),
                                    options: try departmentFlags.applied(to: decoding.parseOptions), prune: prune, force: force)
        var reportOutput: RecordOutput?
        do {
            if let report { reportOutput = try RecordOutput(path: report) }
        } catch {
            StandardStreams.errorLine("policyparse index: error: \(error.message)")
            throw ExitCodes.outputFailed
        }
        var failures: [BatchFailure] = []
        var progress: ProgressLine?
        let showProgress = !quiet && isatty(2) == 1
        let started = DispatchTime.now().uptimeNanoseconds
        let summary: CorpusIndexer.Summary
        do {
            summary = try indexer.run(databasePath: db, failure: { failure in
                if failures.count < 10 { failures.append(failure) }
                try reportOutput?.writeLine(failure.jsonLine)
            }, progress: { p in
                if showProgress {
                    if progress == nil { progress = ProgressLine(total: p.total, totalBytes: p.totalBytes) }
                    progress?.update(done: p.done, bytes: p.bytes, failed: p.failed)
                }
            })
            try reportOutput?.commit()
        } catch {
            progress?.clear()
            reportOutput?.discard()
            let message = (error as? BatchFailure)?.message ?? "\((error as? StoreError)?.description ?? "\(error)")"
            StandardStreams.errorLine("policyparse index: error: \(message)")
            throw ExitCodes.outputFailed
        }
        progress?.clear()
        if !quiet {
            for failure in failures { StandardStreams.errorLine(failure.line) }
            if summary.failed > failures.count {
                StandardStreams.errorLine("… and \(summary.failed - failures.count) more failures (see --report)")
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            var line = "policyparse index: \(summary.inputs) inputs = \(summary.indexed) indexed + \(summary.unchanged) unchanged + \(summary.failed) failed"
            if prune { line += "; \(summary.pruned) pruned" }
            line += String(format: " in %.1f s (%.1f MB/s parsed) → %@", seconds,
                           seconds > 0 ? Double(summary.bytesIndexed) / seconds / 1e6 : 0, db)
            StandardStreams.errorLine(line)
        }
        if summary.failed > 0 { throw ExitCodes.inputFailed }
    }
}
