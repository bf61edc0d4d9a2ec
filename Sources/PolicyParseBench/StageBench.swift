import Foundation
import PolicyParse

/// Throughput of each library stage, document by document over the replicated corpus, on one
/// thread. Every figure is in megabytes of *source* bytes per second, so stages compare directly
/// and the shares add up.
struct StageBench {
    let documents: [[UInt8]]
    let repetitions: Int
    let totalBytes: Int

    /// Prepares `megabytes` of replicated corpus.
    init(corpus: BenchCorpus, megabytes: Int, repetitions: Int) {
        documents = corpus.replicated(toAtLeast: megabytes * 1_000_000)
        totalBytes = documents.reduce(0) { $0 + $1.count }
        self.repetitions = repetitions
    }

    /// One measured stage.
    struct Row {
        var stage: String
        var timing: Timing
        /// The time the share is taken of (the whole parse), or nil for no share.
        var note: String = ""
    }

    /// Runs every stage, prints the table and records the budget checks.
    func run() {
        Report.section("Stages: one thread, document by document, best of \(repetitions)")
        Report.line("input: \(documents.count) documents, \(Report.megabytes(totalBytes)) of UTF-8 source in memory")
        var rows: [Row] = []

        var decoded: [DecodedText] = []
        rows.append(Row(stage: "decode", timing: measure(&decoded) {
            documents.map { try! TextDecoder.decode($0, encoding: nil) }
        }))
        var cleaned: [CleanText] = []
        rows.append(Row(stage: "cleanup", timing: measure(&cleaned) { decoded.map { Cleaner.clean($0) } }))
        var trees: [OutlineTree] = []
        rows.append(Row(stage: "outline (tokens + tree)", timing: measure(&trees) {
            cleaned.map { TreeBuilder.build(OutlineTokenizer.tokens(in: $0), in: $0) }
        }))
        var mentionCount = 0
        rows.append(Row(stage: "extraction (all extractors)", timing: measure(&mentionCount) {
            var total = 0
            for (clean, tree) in zip(cleaned, trees) { total += Self.extractAll(clean, tree) }
            return total
        }))
        trees = []
        var parsed: [Document] = []
        let parse = measure(&parsed) { documents.map { try! PolicyParser.parse(bytes: $0) } }
        let parts = rows.reduce(0.0) { $0 + $1.timing.wall }
        let rest = parse.wall - parts
        rows.append(Row(stage: "assembly (parse - stages above)",
                        timing: Timing(wall: max(0, rest), cpu: max(0, parse.cpu - rows.reduce(0.0) { $0 + $1.timing.cpu })),
                        note: rest > 0 ? "" : "(none left: the stages timed apart add up to the whole parse)"))
        rows.append(Row(stage: "library parse (decode..extract)", timing: parse))

        cleaned = []
        let segmentation = SegmentationBench(decoded: decoded, bench: self)
        rows.append(contentsOf: segmentation.rows)
        decoded = []

        var json: [[UInt8]] = []
        let compact = measure(&json) { parsed.map { JSONWriter.encode($0, pretty: false) } }
        let compactBytes = json.reduce(0) { $0 + $1.count }
        let pretty = measure(&json) { parsed.map { JSONWriter.encode($0, pretty: true) } }
        let prettyBytes = json.reduce(0) { $0 + $1.count }
        json = []
        rows.append(Row(stage: "JSON encoding (compact)", timing: compact, note: "writes \(Report.megabytes(compactBytes))"))
        rows.append(Row(stage: "JSON encoding (pretty)", timing: pretty, note: "writes \(Report.megabytes(prettyBytes))"))
        Sink.consume(parsed.count + mentionCount)
        let nodeCount = parsed.reduce(0) { $0 + Self.countNodes($1.children) }
        Report.line("parsed: \(nodeCount) nodes, \(mentionCount) mentions")
        parsed = []

        printTable(rows, parse: parse)
        let parseRate = rate(parse.wall)
        Report.check(BudgetCheck(figure: "library parse, one core (decode..extract, no words)",
                                 value: Report.fixed(parseRate) + " MB/s", budget: ">= 100 MB/s", pass: parseRate >= 100))
        for (name, t) in [("compact", compact), ("pretty", pretty)] {
            let r = rate(t.wall)
            Report.check(BudgetCheck(figure: "JSON encoding (\(name)) vs the parse it encodes",
                                     value: Report.fixed(r) + " MB/s", budget: ">= parse, " + Report.fixed(parseRate) + " MB/s",
                                     pass: r >= parseRate))
        }
        segmentation.check()
    }

    /// Runs `body` `repetitions` times, timing each, and stores the last result in `result`
    /// (the previous result is released before each run, outside the timing).
    func measure<T>(_ result: inout T, _ body: () -> T) -> Timing {
        var best = Timing(wall: .infinity, cpu: .infinity)
        for _ in 0..<max(1, repetitions) {
            let watch = Stopwatch()
            let value = body()
            let run = Timing(wall: watch.wall, cpu: watch.cpu)
            result = value
            if run.wall < best.wall { best = run }
        }
        return best
    }

    /// Source megabytes per second for a pass over the whole set that took `seconds`.
    func rate(_ seconds: Double) -> Double { Double(totalBytes) / 1e6 / seconds }

    private func printTable(_ rows: [Row], parse: Timing) {
        let width = max(34, rows.map(\.stage.count).max() ?? 0)
        Report.line("")
        Report.line(Report.pad("stage", width) + "   MB/s (wall)   MB/s (cpu)   seconds   share of parse")
        for row in rows {
            let share = row.timing.wall / parse.wall * 100
            Report.line(Report.pad(row.stage, width)
                        + Report.pad(Report.fixed(rate(row.timing.wall)), 14, right: true)
                        + Report.pad(Report.fixed(rate(row.timing.cpu)), 13, right: true)
                        + Report.pad(Report.fixed(row.timing.wall, 3), 10, right: true)
                        + Report.pad(Report.fixed(share) + "%", 17, right: true)
                        + (row.note.isEmpty ? "" : "   " + row.note))
        }
    }

    /// Runs the extractors as the parser does: document facts, the preamble, each node's content.
    static func extractAll(_ clean: CleanText, _ tree: OutlineTree) -> Int {
        var total = DocumentFacts.extract(from: clean).fields.count
        if !tree.preamble.isEmpty { total += count(MentionExtractor.extract(from: clean, in: tree.preamble)) }
        for item in tree.items where !item.contentRange.isEmpty {
            total += count(MentionExtractor.extract(from: clean, in: item.contentRange))
        }
        return total
    }

    private static func count(_ m: Mentions) -> Int {
        m.departments.count + m.valueCount
    }

    private static func countNodes(_ nodes: [Node]) -> Int {
        nodes.reduce(nodes.count) { $0 + countNodes($1.children) }
    }
}
