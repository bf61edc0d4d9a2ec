import Foundation

/// What one run of `policyparse-bench` measures, from its command line.
struct BenchOptions {
    /// Megabytes of replicated corpus the stages are measured on.
    var stageMegabytes = 50
    /// How many times each stage is run; the best run is reported.
    var repetitions = 3
    /// Number of files in the on-disk corpus for `policyparse batch`.
    var batchFiles = 10_000
    /// Megabytes of the one large document (its first half is parsed too, for the time ratio).
    var largeMegabytes = 100
    /// Megabytes of the command-line document (and of the batch of `cliFiles` files).
    var cliMegabytes = 20
    /// Files the command-line batch cuts the same bytes into.
    var cliFiles = 500
    /// Count instructions of the command-line runs with callgrind (when valgrind is installed).
    var callgrind = true
    /// A Python with `jionlp`, for the anchor figure.
    var anchorPython: String?
    /// Megabytes of the command-line document both tools read for the anchor figure (its first
    /// lines): JioNLP's `extract_money` on the whole 20 MB did not finish in 15 minutes.
    var anchorMegabytes = 1
    /// Which parts run.
    var runCLI = true
    var runStages = true
    var runBatch = true
    var runLarge = true
    /// Run `swift build -c release --product policyparse` before the batch part.
    var buildCLI = true
    /// The repository root (holds `Package.swift`, `Fixtures/`; `../shared/corpus` beside it).
    var root: URL
    /// Hidden child mode: parse this file once and write the timing to `resultPath`.
    var parseFile: String?
    var resultPath: String?
    /// `--profile STAGE`: run only this stage, for callgrind.
    var profileStage: String?

    static let usage = """
    usage: policyparse-bench [--quick] [--stage-mb N] [--reps N] [--batch-files N] [--large-mb N]
                             [--cli-mb N] [--cli-files N] [--no-callgrind] [--anchor-python PATH] [--anchor-mb N]
                             [--only cli|stages|batch|large]... [--skip-cli] [--skip-stages] [--skip-batch]
                             [--skip-large] [--no-build] [--root DIR]

      --quick          5 MB of stages, 1 repetition, 1,000 batch files, a 20 MB large document,
                       5 MB through the command line
      --cli-mb N       megabytes of the command-line document, also cut into --cli-files files (default 20)
      --cli-files N    files of the command-line batch (default 500)
      --no-callgrind   do not count instructions of the command-line runs (valgrind --tool=callgrind)
      --anchor-python PATH  a Python with jionlp installed: time jionlp.extract_money on the same text
      --anchor-mb N    megabytes for the anchor: the first lines of the command-line document, read by
                       both policyparse FILE --json and extract_money (default 1)
      --stage-mb N     megabytes of replicated corpus for the per-stage figures (default 50)
      --reps N         runs per stage; the best is reported (default 3)
      --batch-files N  files in the generated batch corpus (default 10000)
      --large-mb N     size of the one large document (default 100; its first half is parsed too)
      --only PART      run only this part (repeatable): cli, stages, batch, large
      --no-build       do not run `swift build -c release --product policyparse` before the batch part
      --root DIR       the repository root (default: the current directory)
      --profile STAGE  run only one stage (\(ProfileRun.stages.joined(separator: ", "))) over --stage-mb, --reps
                       times, for valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*policyparse_bench_profiled*'

    Run from the repository root:  swift run -c release policyparse-bench
    """

    /// Reads the options from `arguments` (without the program name); exits on a usage error.
    init(_ arguments: [String]) {
        root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var only: Set<String> = []
        var i = 0
        func value() -> String {
            i += 1
            guard i < arguments.count else { Self.fail("missing value after \(arguments[i - 1])") }
            return arguments[i]
        }
        func number() -> Int {
            let text = value()
            guard let n = Int(text), n > 0 else { Self.fail("not a positive number: \(text)") }
            return n
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--quick":
                stageMegabytes = 5
                repetitions = 1
                batchFiles = 1_000
                largeMegabytes = 20
                cliMegabytes = 5
            case "--stage-mb": stageMegabytes = number()
            case "--reps": repetitions = number()
            case "--batch-files": batchFiles = number()
            case "--large-mb": largeMegabytes = number()
            case "--cli-mb": cliMegabytes = number()
            case "--cli-files": cliFiles = number()
            case "--no-callgrind": callgrind = false
            case "--anchor-python": anchorPython = value()
            case "--anchor-mb": anchorMegabytes = number()
            case "--skip-cli": runCLI = false
            case "--only": only.insert(value())
            case "--skip-stages": runStages = false
            case "--skip-batch": runBatch = false
            case "--skip-large": runLarge = false
            case "--no-build": buildCLI = false
            case "--root": root = URL(fileURLWithPath: value())
            case "--parse-file": parseFile = value()
            case "--result-file": resultPath = value()
            case "--profile":
                let stage = value()
                guard ProfileRun.stages.contains(stage) else { Self.fail("unknown stage \(stage)") }
                profileStage = stage
            case "-h", "--help":
                print(Self.usage)
                exit(0)
            default:
                Self.fail("unknown argument \(arguments[i])")
            }
            i += 1
        }
        if !only.isEmpty {
            for part in only where !["cli", "stages", "batch", "large"].contains(part) { Self.fail("unknown part \(part)") }
            runCLI = only.contains("cli")
            runStages = only.contains("stages")
            runBatch = only.contains("batch")
            runLarge = only.contains("large")
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("policyparse-bench: \(message)\n\(usage)\n".utf8))
        exit(64)
    }
}
