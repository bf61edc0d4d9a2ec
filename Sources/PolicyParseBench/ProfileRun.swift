import Foundation
import PolicyParse

/// `--profile STAGE`: prepares the inputs of one stage, then runs only that stage inside
/// `policyparse_bench_profiled`, for `valgrind --tool=callgrind --collect-atstart=no
/// --toggle-collect='*policyparse_bench_profiled*'` (see Docs/Performance.md).
struct ProfileRun {
    /// The stages that can be profiled alone.
    static let stages = ["decode", "clean", "outline", "extract", "parse", "sentences", "words", "json"]

    let documents: [[UInt8]]
    let repetitions: Int

    /// Runs `stage` `repetitions` times over the documents.
    func run(_ stage: String) {
        let decoded = ["decode", "parse", "json"].contains(stage) ? [] : documents.map { try! TextDecoder.decode($0, encoding: nil) }
        let cleaned = ["outline", "extract"].contains(stage) ? decoded.map { Cleaner.clean($0) } : []
        let trees = stage == "extract" ? cleaned.map { TreeBuilder.build(OutlineTokenizer.tokens(in: $0), in: $0) } : []
        let parsed = stage == "json" ? documents.map { try! PolicyParser.parse(bytes: $0) } : []
        let segmenter = Segmenter()
        for _ in 0..<repetitions {
            profiled {
                switch stage {
                case "decode": documents.reduce(0) { $0 + (try! TextDecoder.decode($1, encoding: nil)).scalars.count }
                case "clean": decoded.reduce(0) { $0 + Cleaner.clean($1).count }
                case "outline": cleaned.reduce(0) { $0 + TreeBuilder.build(OutlineTokenizer.tokens(in: $1), in: $1).items.count }
                case "extract": zip(cleaned, trees).reduce(0) { $0 + StageBench.extractAll($1.0, $1.1) }
                case "parse": documents.reduce(0) { $0 + (try! PolicyParser.parse(bytes: $1)).children.count }
                case "sentences": decoded.reduce(0) { $0 + segmenter.sentences(in: $1.scalars).count }
                case "words": decoded.reduce(0) { $0 + segmenter.words(in: $1.scalars).count }
                default: parsed.reduce(0) { $0 + JSONWriter.encode($1, pretty: true).count }
                }
            }
        }
        Report.line("profiled \(stage) \(repetitions)x over \(documents.count) documents (checksum \(Sink.checksum))")
    }
}

/// The only code callgrind collects in `--profile` runs.
@_silgen_name("policyparse_bench_profiled")
@inline(never)
func profiled(_ body: () -> Int) {
    Sink.consume(body())
}
