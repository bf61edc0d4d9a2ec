import Foundation
import Testing
@testable import PolicyParse

/// Prints how fast `MentionExtractor` runs over seed 002 replicated to about 20 MB; asserts only what it found.
@Suite(.enabled(if: Corpus.isPresent, Corpus.skipReason)) struct ExtractionThroughputTests {
    @Test func printsThroughput() throws {
        let bytes = try InputFile.read(CorpusExtractionTests.seed002, limit: 1 << 24)
        let one = try TextDecoder.decode(bytes).scalars
        var scalars: [Unicode.Scalar] = []
        let copies = max(1, 20_000_000 / max(1, bytes.count))
        scalars.reserveCapacity(one.count * copies)
        for _ in 0..<copies { scalars.append(contentsOf: one) }
        let clean = CleanText(scalars: scalars, map: OffsetMap(identityCount: scalars.count))
        let clock = ContinuousClock()
        var found = Mentions()
        let elapsed = clock.measure { found = MentionExtractor.extract(from: clean, in: 0..<clean.count) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(bytes.count * copies) / 1_000_000
        print("MentionExtractor: \(String(format: "%.1f", megabytes)) MB UTF-8 in \(String(format: "%.3f", seconds)) s = \(String(format: "%.1f", megabytes / max(seconds, 1e-9))) MB/s")
        for (label, kinds) in [("numbers", MentionKinds([.amounts, .percentages, .years, .quantities])), ("departments", MentionKinds.departments)] {
            let t = clock.measure { _ = MentionExtractor.scan(clean, in: 0..<clean.count, kinds: kinds) }
            print("  \(label): \(t)")
        }
        let t2 = clock.measure { _ = DepartmentAnnotation.find(in: clean, range: 0..<clean.count) }
        print("  annotation.find: \(t2)")
        #expect(found.amounts.count == 4 * copies)
        #expect(found.departments.count == 70 * copies)
    }
}
