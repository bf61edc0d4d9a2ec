import CICUShim
import Foundation
import PolicyParse

/// `--profile STAGE`: prepares the inputs of one stage, then runs only that stage inside
/// `policyparse_bench_profiled`, for `valgrind --tool=callgrind --collect-atstart=no
/// --toggle-collect='*policyparse_bench_profiled*'` (see Docs/Performance.md).
struct ProfileRun {
    /// The stages that can be profiled alone.
    static let stages = ["decode", "clean", "outline", "extract", "parse", "sentences", "words", "icuwords", "json"]

    let documents: [[UInt8]]
    let repetitions: Int

    /// Runs `stage` `repetitions` times over the documents.
    func run(_ stage: String) {
        let decoded = ["decode", "parse", "json"].contains(stage) ? [] : documents.map { try! TextDecoder.decode($0, encoding: nil) }
        let cleaned = ["outline", "extract"].contains(stage) ? decoded.map { Cleaner.clean($0) } : []
        let trees = stage == "extract" ? cleaned.map { TreeBuilder.build(OutlineTokenizer.tokens(in: $0), in: $0) } : []
        let parsed = stage == "json" ? documents.map { try! PolicyParser.parse(bytes: $0) } : []
        let segmenter = Segmenter()
        // The raw ICU reference of `words`: the same text already in UTF-16, one iterator (SegmentationBench).
        let texts = stage == "sentences" || stage == "words" ? decoded.map(\.scalars.array) : []
        let units = stage == "icuwords" ? decoded.map { d -> [UInt16] in d.scalars.flatMap { Array($0.utf16) } } : []
        var status: Int32 = 0
        let iterator = stage == "icuwords" ? cicu_break_open(Int32(CICU_BREAK_WORD), "zh", &status) : nil
        defer { if let iterator { cicu_break_close(iterator) } }
        for _ in 0..<repetitions {
            profiled {
                switch stage {
                case "decode": documents.reduce(0) { $0 + (try! TextDecoder.decode($1, encoding: nil)).scalars.count }
                case "clean": decoded.reduce(0) { $0 + Cleaner.clean($1).count }
                case "outline": cleaned.reduce(0) { $0 + TreeBuilder.build(OutlineTokenizer.tokens(in: $1), in: $1).items.count }
                case "extract": zip(cleaned, trees).reduce(0) { $0 + StageBench.extractAll($1.0, $1.1) }
                case "parse": documents.reduce(0) { $0 + (try! PolicyParser.parse(bytes: $1)).children.count }
                case "sentences": texts.reduce(0) { $0 + segmenter.sentences(in: $1).count }
                case "words": texts.reduce(0) { $0 + segmenter.words(in: $1).count }
                case "icuwords":
                    units.reduce(0) { count, text in
                        var words = count
                        _ = text.withUnsafeBufferPointer { cicu_break_set_text(iterator, $0.baseAddress, Int32($0.count)) }
                        while cicu_break_next(iterator) >= 0 {
                            if cicu_break_rule_status(iterator) >= 100 { words += 1 }
                        }
                        return words
                    }
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
