import Foundation
import PolicyParse
import Testing

@Suite struct SegmentCommandTests {
    @Test func wordsFromStandardInputAreDictionaryWords() throws {
        let result = try CLIRunner.run(["segment", "-", "--words"], stdin: Array("推动上海网络安全产业创新升级".utf8))
        #expect(result.status == 0)
        #expect(result.stdoutString == "推动 上海 网络 安全 产业 创新 升级\n")
    }

    /// Segments of an HTML page come from its text, not its tags, and their spans point into the page.
    @Test(.enabled(if: CLIRunner.corpusIsPresent, CLIRunner.skipReason))
    func htmlPageIsSegmentedAfterCleaning() throws {
        let path = "../shared/corpus/seeds/000_029b67fde62f7326.txt"
        let result = try CLIRunner.run(["segment", path, "--json"])
        #expect(result.status == 0)
        struct Segment: Decodable { var text: String; var span: Span }
        let segments = try JSONDecoder().decode([Segment].self, from: Data(result.stdout))
        #expect(segments.count > 20)
        let source = try TextDecoder.decode(contentsOf: CLIRunner.root.appendingPathComponent(path).path).scalars.array
        for segment in segments {
            #expect(!segment.text.contains("<p"))
            #expect(segment.span.end <= source.count)
            #expect(segment.text.unicodeScalars.first == source[segment.span.start], "\(segment.text)")
        }
    }
}
