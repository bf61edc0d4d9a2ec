import Foundation
import PolicyParse

/// One large document (the corpus concatenated) parsed in a child process, so the peak RSS is
/// the parse's own; its first half is parsed too, to show whether time grows linearly.
struct LargeDocumentBench {
    let corpus: BenchCorpus
    let megabytes: Int
    let directory: URL

    /// Writes both documents, parses each in a child, prints and checks the figures.
    func run() {
        Report.section("One large document (child process: \(ChildProcess.ownExecutable) --parse-file)")
        let (bytes, half) = corpus.concatenated(toAtLeast: megabytes * 1_000_000)
        let full = directory.appendingPathComponent("large-full.txt")
        let first = directory.appendingPathComponent("large-half.txt")
        do {
            try Data(bytes).write(to: full)
            try Data(bytes[..<half]).write(to: first)
        } catch {
            Report.line("cannot write the large document: \(error)")
            return
        }
        // Written pages are flushed first, so write-back does not run during the timed parses; each
        // document is parsed twice (alternating) and the faster run kept.
        sync()
        guard let small1 = parse(first, half), let big1 = parse(full, bytes.count),
              let small2 = parse(first, half), let big2 = parse(full, bytes.count) else { return }
        let small = small1.parse <= small2.parse ? small1 : small2
        let big = big1.parse <= big2.parse ? big1 : big2
        let ratio = big.parse / small.parse
        Report.line("time ratio \(Report.megabytes(bytes.count)) / \(Report.megabytes(half)): \(Report.fixed(ratio, 2)) (size ratio \(Report.fixed(Double(bytes.count) / Double(half), 2)))")
        let rssRatio = Double(big.rss) / Double(bytes.count)
        Report.check(BudgetCheck(figure: "large document peak RSS (\(Report.megabytes(bytes.count)))",
                                 value: Report.megabytes(big.rss) + " = " + Report.fixed(rssRatio, 2) + "x",
                                 budget: "< 8x its size", pass: rssRatio < 8))
        let sizeRatio = Double(bytes.count) / Double(half)
        Report.check(BudgetCheck(figure: "large document time, full / half",
                                 value: Report.fixed(ratio, 2), budget: "linear: <= 1.15 x size ratio " + Report.fixed(sizeRatio, 2),
                                 pass: ratio <= 1.15 * sizeRatio))
        try? FileManager.default.removeItem(at: full)
        try? FileManager.default.removeItem(at: first)
    }

    /// Parses `file` in a child; prints and returns the parse time and peak RSS.
    private func parse(_ file: URL, _ size: Int) -> (parse: Double, rss: Int)? {
        let result = directory.appendingPathComponent("large-result.txt")
        guard let outcome = ChildProcess.run(ChildProcess.ownExecutable,
                                             ["--parse-file", file.path, "--result-file", result.path],
                                             stderrPath: directory.appendingPathComponent("large-stderr.txt").path),
              outcome.status == 0,
              let text = try? String(contentsOf: result, encoding: .utf8),
              let seconds = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            Report.line("the child parse of \(file.lastPathComponent) failed")
            return nil
        }
        Report.line("\(Report.pad(Report.megabytes(size), 9, right: true)): parse \(Report.fixed(seconds, 2)) s = "
                    + "\(Report.fixed(Double(size) / 1e6 / seconds)) MB/s, process \(Report.fixed(outcome.seconds, 2)) s, "
                    + "peak RSS \(Report.megabytes(outcome.peakRSS)) (\(Report.fixed(Double(outcome.peakRSS) / Double(size), 2))x)")
        return (seconds, outcome.peakRSS)
    }

    /// The hidden child mode: reads `path`, parses it once and writes the parse's seconds to `resultPath`.
    static func child(path: String, resultPath: String) -> Int32 {
        do {
            let bytes = try InputFile.read(path)
            let watch = Stopwatch()
            let document = try PolicyParser.parse(bytes: bytes, source: path)
            let seconds = watch.wall
            Sink.consume(document.children.count)
            try "\(seconds)\n".write(toFile: resultPath, atomically: false, encoding: .utf8)
            return 0
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            return 1
        }
    }
}
