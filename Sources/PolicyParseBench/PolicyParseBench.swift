import Foundation
import PolicyParse
import PolicyParseBatch

/// `policyparse-bench`: throughput per stage, `policyparse batch`, and one large document, each
/// figure printed next to its budget (see Docs/Performance.md). Run in release mode.
@main
enum PolicyParseBench {
    /// Runs the benchmark (or one of its hidden child modes) as the command line asks.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--launch" { exit(ChildProcess.launch(Array(arguments.dropFirst()))) }
        let options = BenchOptions(arguments)
        if let file = options.parseFile {
            exit(LargeDocumentBench.child(path: file, resultPath: options.resultPath ?? "/dev/stdout"))
        }
        #if DEBUG
        Report.line("warning: this is a debug build; figures are meaningless (use swift run -c release policyparse-bench)")
        #endif
        let corpus = BenchCorpus(root: options.root)
        guard !corpus.items.isEmpty else {
            Report.line("no documents found under \(options.root.path)/Fixtures or ../shared/corpus (use --root)")
            exit(1)
        }
        Report.line("policyparse-bench: \(ProcessInfo.processInfo.activeProcessorCount) CPUs, \(machine())")
        Report.line("load average before the run: \(loadAverage()) (figures are best-of-N wall-clock; a busy machine lowers them,"
                    + " and on a shared one each login session gets an equal CPU share whatever its nice value)")
        Report.line("corpus: \(corpus.items.count) documents, \(Report.megabytes(corpus.byteCount)) (Fixtures/ and ../shared/corpus/)")
        if let stage = options.profileStage {
            ProfileRun(documents: corpus.replicated(toAtLeast: options.stageMegabytes * 1_000_000),
                       repetitions: options.repetitions).run(stage)
            return
        }
        let scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("policyparse-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        if options.runCLI {
            if options.buildCLI, !BatchBench.buildBinary(root: options.root, directory: scratch) { exit(1) }
            CLIBench(corpus: corpus, megabytes: options.cliMegabytes, files: options.cliFiles, callgrind: options.callgrind,
                     anchorPython: options.anchorPython, anchorMegabytes: options.anchorMegabytes, directory: scratch).run()
        }
        if options.runStages {
            StageBench(corpus: corpus, megabytes: options.stageMegabytes, repetitions: options.repetitions).run()
        }
        if options.runBatch {
            BatchBench(corpus: corpus, fileCount: options.batchFiles, directory: scratch, root: options.root,
                       build: options.buildCLI && !options.runCLI).run()
        }
        if options.runLarge {
            LargeDocumentBench(corpus: corpus, megabytes: options.largeMegabytes, directory: scratch).run()
        }
        Report.printBudget()
        Report.line("(checksum \(Sink.checksum))")
    }

    /// The 1-, 5- and 15-minute load averages, from /proc/loadavg.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The CPU model, from /proc/cpuinfo.
    private static func machine() -> String {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
              let colon = line.firstIndex(of: ":") else { return "unknown CPU" }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}
