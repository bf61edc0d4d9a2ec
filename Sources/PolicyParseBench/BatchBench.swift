import Foundation

/// `policyparse batch` (the release binary) over a generated on-disk corpus, with one and two
/// jobs: files/s, MB/s, the speed-up and the child's peak RSS.
struct BatchBench {
    let corpus: BenchCorpus
    let fileCount: Int
    let directory: URL
    let root: URL
    let build: Bool

    /// The `policyparse` binary built beside this one.
    var binary: String {
        URL(fileURLWithPath: ChildProcess.ownExecutable).deletingLastPathComponent().appendingPathComponent("policyparse").path
    }

    /// Generates the corpus, runs the batches, prints and checks the figures.
    func run() {
        Report.section("policyparse batch: \(fileCount) files on disk")
        if build, !Self.buildBinary(root: root, directory: directory) { return }
        // Without a batch subcommand, `batch --help` is the parse command's help: look for --jobs.
        let helpPath = directory.appendingPathComponent("batch-help.txt")
        let help = ChildProcess.run(binary, ["batch", "--help"], stdoutPath: helpPath.path)
        let helpText = (try? String(contentsOf: helpPath, encoding: .utf8)) ?? ""
        guard FileManager.default.isExecutableFile(atPath: binary), help?.status == 0, helpText.contains("--jobs") else {
            Report.line("SKIP: `\(binary) batch` is not available (the batch command has not landed on main yet)")
            for figure in ["batch --jobs 2 speed-up over --jobs 1", "batch peak RSS"] {
                Report.check(BudgetCheck(figure: figure, value: "-", budget: figure.hasSuffix("RSS") ? "< 150 MB" : ">= 1.8x", pass: nil))
            }
            return
        }
        let input = directory.appendingPathComponent("batch-in")
        let bytes: Int
        do {
            bytes = try writeCorpus(to: input)
        } catch {
            Report.line("cannot write the batch corpus: \(error)")
            return
        }
        let largest = corpus.items.map(\.bytes.count).max() ?? 0
        Report.line("corpus: \(fileCount) files, \(Report.megabytes(bytes)) in \(input.path); largest file \(Report.megabytes(largest))")
        Report.line("load average: \(PolicyParseBench.loadAverage())")
        guard let one = batch(input, jobs: 1, bytes: bytes), let two = batch(input, jobs: 2, bytes: bytes) else { return }
        try? FileManager.default.removeItem(at: input)
        let speedup = one.seconds / two.seconds
        Report.line("speed-up --jobs 2 over --jobs 1: \(Report.fixed(speedup, 2))x")
        Report.check(BudgetCheck(figure: "batch --jobs 2 speed-up over --jobs 1", value: Report.fixed(speedup, 2) + "x",
                                 budget: ">= 1.8x", pass: speedup >= 1.8))
        let rss = max(one.peakRSS, two.peakRSS)
        Report.check(BudgetCheck(figure: "batch peak RSS (\(fileCount) files, \(Report.megabytes(bytes)))",
                                 value: Report.megabytes(rss), budget: "< 150 MB", pass: rss < 150_000_000))
    }

    /// Runs `swift build -c release --product policyparse` so the binary matches the sources.
    static func buildBinary(root: URL, directory: URL) -> Bool {
        Report.line("building: swift build -c release --product policyparse")
        let log = directory.appendingPathComponent("build.log").path
        guard let outcome = ChildProcess.run("/usr/bin/env", ["swift", "build", "-c", "release", "--product", "policyparse",
                                                             "--package-path", root.path], stdoutPath: log, stderrPath: log),
              outcome.status == 0 else {
            Report.line("the build failed; see \(log) (or pass --no-build)")
            return false
        }
        return true
    }

    /// Writes `fileCount` documents, cycling through the corpus; returns the bytes written.
    private func writeCorpus(to folder: URL) throws -> Int {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var total = 0
        for i in 0..<fileCount {
            let item = corpus.items[i % corpus.items.count]
            let ext = URL(fileURLWithPath: item.name).pathExtension
            let name = String(format: "doc-%05d.", i) + (ext.isEmpty ? "txt" : ext)
            try Data(item.bytes).write(to: folder.appendingPathComponent(name))
            total += item.bytes.count
        }
        return total
    }

    /// Runs one batch; output JSON Lines go to standard output on /dev/null (or `--out` to a scratch
    /// folder when the command wants one), so disk speed counts as little as possible.
    private func batch(_ input: URL, jobs: Int, bytes: Int) -> ChildProcess.Outcome? {
        let out = directory.appendingPathComponent("batch-out")
        let log = directory.appendingPathComponent("batch-stderr.txt").path
        // JSON Lines to standard output, which the child has on /dev/null. Never `--jsonl /dev/null`:
        // the batch writes a staged file and renames it over the target, which would replace the device.
        let attempts: [[String]] = [
            ["--jsonl", "-", "--quiet"],
            ["--out", out.path],
        ]
        for extra in attempts {
            try? FileManager.default.removeItem(at: out)
            guard let outcome = ChildProcess.run(binary, ["batch", input.path, "--jobs", String(jobs)] + extra, stderrPath: log) else {
                continue
            }
            if outcome.status == 64 { continue }  // usage error: try the next form
            try? FileManager.default.removeItem(at: out)
            if outcome.status != 0 {
                Report.line("`policyparse batch --jobs \(jobs) \(extra.joined(separator: " "))` exited with \(outcome.status); see \(log)")
            }
            Report.line("--jobs \(jobs): \(Report.fixed(outcome.seconds, 2)) s, \(Report.fixed(Double(fileCount) / outcome.seconds, 0)) files/s, "
                        + "\(Report.fixed(Double(bytes) / 1e6 / outcome.seconds)) MB/s, cpu \(Report.fixed(outcome.cpuSeconds, 2)) s "
                        + "(\(Report.fixed(outcome.cpuSeconds / outcome.seconds, 2)) cores busy), "
                        + "peak RSS \(Report.megabytes(outcome.peakRSS))   [batch DIR --jobs \(jobs) \(extra.joined(separator: " "))]")
            return outcome
        }
        Report.line("`policyparse batch` refused every argument form tried; see \(log)")
        return nil
    }
}
