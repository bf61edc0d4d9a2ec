import ArgumentParser
import Foundation
import PolicyParse
import PolicyParseBatch

/// `policyparse batch INPUT…`: converts a corpus in parallel, resumably, optionally one shard of it (Docs/Batch.md).
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert many documents in parallel: resumable, shardable, nothing lost.",
        discussion: """
        INPUT is a file or a directory (searched recursively for --include patterns; hidden files \
        skipped). Choose any of --out, --jsonl, --csv, --report. The summary on standard error \
        states inputs = converted + skipped + failed. Exit codes: 0 every input converted or \
        skipped; 1 some inputs failed; 64 usage error; 74 an output could not be written. \
        See Docs/Batch.md.
        """
    )

    @Argument(help: "Files or directories to convert.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Write one JSON file per input, mirroring the input tree (a/b.txt → DIR/a/b.json).", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Write one document per line to FILE (- for standard output), in input-path order.", valueName: "file"))
    var jsonl: String?

    @Option(help: ArgumentHelp("Write tasks.csv, departments.csv and values.csv (UTF-8 with BOM) to DIR.", valueName: "dir"))
    var csv: String?

    @Option(name: .customLong("tasks-jsonl"), help: ArgumentHelp("Write one JSON object per task (the tasks.csv columns plus its departments and values) to FILE.", valueName: "file"))
    var tasksJSONL: String?

    @OptionGroup var departmentFlags: DepartmentFlags

    @Option(name: .customLong("include"), help: ArgumentHelp("Take files matching GLOB in directories (repeatable; default *.txt *.md *.html *.htm).", valueName: "glob"))
    var includes: [String] = []

    @Option(help: "Parse on N threads (default: all cores).")
    var jobs: Int?

    @OptionGroup var decoding: DecodingFlags

    @Flag(help: "Reconvert inputs whose --out JSON is newer than the input.")
    var force = false

    @Flag(help: "fsync every output before the rename that publishes it, and its folder after (survives a power cut; slower, see Docs/Batch.md).")
    var fsync = false

    @Flag(name: .shortAndLong, help: "Print nothing on standard error, not even the summary.")
    var quiet = false

    @Option(help: ArgumentHelp("Write one JSON line per failed input (path, kind, message, byteOffset) to FILE.", valueName: "file"))
    var report: String?

    @Option(help: ArgumentHelp("Take only share K of N, chosen by a stable hash of each input's relative path.", valueName: "K/N"))
    var shard: String?

    @Flag(name: .customLong("stdin-jsonl"), help: "Read {\"id\":…,\"text\":…} lines from standard input; write {\"id\":…,\"document\":…} lines in the same order.")
    var stdinJSONL = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. --shard 2/8.")
        }
        if stdinJSONL {
            if !inputs.isEmpty { throw ValidationError("--stdin-jsonl reads standard input; give no INPUT.") }
            if out != nil || jsonl != nil || csv != nil || tasksJSONL != nil || report != nil || shard != nil || !includes.isEmpty || decoding.encoding != nil || force {
                throw ValidationError("--stdin-jsonl writes its results to standard output and takes only --jobs, --max-bytes, --departments and --quiet.")
            }
            return
        }
        if inputs.isEmpty { throw ValidationError("Give at least one INPUT file or directory.") }
        if out == nil && jsonl == nil && csv == nil && tasksJSONL == nil && report == nil {
            throw ValidationError("Choose at least one output: --out, --jsonl, --csv, --tasks-jsonl or --report.")
        }
    }

    /// The number of parsing threads.
    var threadCount: Int { jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    func run() throws {
        let options = try departmentFlags.applied(to: decoding.parseOptions)
        if stdinJSONL {
            var run = StdinJSONLRun(jobs: threadCount, quiet: quiet, lineLimit: options.maxInputBytes)
            run.options = options
            try run.run()
            return
        }
        let shardFilter = shard.flatMap(Shard.init(parsing:))
        let discovered = InputDiscovery(includes: includes.map(GlobPattern.init)).inputs(from: inputs)
        // Names are chosen over every input before sharding, so all shards agree on them.
        let names: [String?] = out == nil ? Array(repeating: nil, count: discovered.count) : OutputNaming.jsonPaths(for: discovered)
        var jobsList: [BatchJob] = []
        for (input, name) in zip(discovered, names) where shardFilter?.contains(input.relativePath) ?? true {
            var job = BatchJob(input: input)
            if let out {
                if let name {
                    job.outputPath = (out.hasSuffix("/") ? out : out + "/") + name
                } else {
                    job.outputConflict = "another input has the same relative path \(input.relativePath); its output would be overwritten"
                }
            }
            jobsList.append(job)
        }
        var converter = BatchConverter(options: options, force: force,
                                       wantsJSONLine: jsonl != nil, wantsRows: csv != nil, wantsTaskLines: tasksJSONL != nil)
        converter.syncs = fsync
        var run = BatchRun(jobs: jobsList, converter: converter, threads: threadCount, quiet: quiet, shard: shardFilter)
        let failed = try run.execute(jsonl: jsonl, csv: csv, tasksJSONL: tasksJSONL, report: report, out: out)
        try StandardStreams.finish(command: "policyparse batch")
        if failed > 0 { throw ExitCodes.inputFailed }
    }
}
