import CICUShim
import Foundation
import PolicyParse

/// ICU sentence and word segmentation (`Segmenter`) over each decoded document, as
/// `policyparse segment` runs them, and the reference: raw ICU word breaking (`ubrk_next` and
/// `ubrk_getRuleStatus`) through the same shim over the same text, already in UTF-16, with one
/// iterator opened once.
struct SegmentationBench {
    let decoded: [DecodedText]
    let bench: StageBench
    private let words: Timing
    private let raw: Timing

    /// Measures the three figures.
    init(decoded: [DecodedText], bench: StageBench) {
        self.decoded = decoded
        self.bench = bench
        let segmenter = Segmenter()
        var count = 0
        // The segmenter reads arrays of code points; the conversion is not what is measured.
        let texts = decoded.map(\.scalars.array)
        sentences = bench.measure(&count) { texts.reduce(0) { $0 + segmenter.sentences(in: $1).count } }
        Sink.consume(count)
        words = bench.measure(&count) { texts.reduce(0) { $0 + segmenter.words(in: $1).count } }
        Sink.consume(count)
        let units = decoded.map { d -> [UInt16] in
            var u: [UInt16] = []
            u.reserveCapacity(d.scalars.count)
            for s in d.scalars { u.append(contentsOf: s.utf16) }
            return u
        }
        var status: Int32 = 0
        guard let iterator = cicu_break_open(Int32(CICU_BREAK_WORD), "zh", &status) else {
            raw = Timing(wall: .nan, cpu: .nan)
            return
        }
        defer { cicu_break_close(iterator) }
        raw = bench.measure(&count) {
            var words = 0
            for text in units {
                _ = text.withUnsafeBufferPointer { cicu_break_set_text(iterator, $0.baseAddress, Int32($0.count)) }
                while cicu_break_next(iterator) >= 0 {
                    if cicu_break_rule_status(iterator) >= 100 { words += 1 }
                }
            }
            return words
        }
        Sink.consume(count)
    }

    private let sentences: Timing

    /// The table rows.
    var rows: [StageBench.Row] {
        [StageBench.Row(stage: "ICU sentence segmentation", timing: sentences),
         StageBench.Row(stage: "ICU word segmentation", timing: words),
         StageBench.Row(stage: "raw ICU word breaks (reference)", timing: raw)]
    }

    /// Records the word-segmentation budget check.
    func check() {
        let ratio = raw.wall / words.wall
        Report.check(BudgetCheck(figure: "word segmentation vs raw ICU word breaks",
                                 value: Report.fixed(bench.rate(words.wall)) + " MB/s = " + Report.fixed(ratio * 100, 0) + "% (cpu "
                                     + Report.fixed(100 * raw.cpu / words.cpu, 0) + "%)",
                                 budget: ">= 80% of raw ICU, " + Report.fixed(bench.rate(raw.wall)) + " MB/s",
                                 pass: ratio.isFinite ? ratio >= 0.8 : nil))
    }
}
