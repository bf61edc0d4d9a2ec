import Foundation
import Testing
@testable import PolicyParse
import PolicyParseInvariants

/// Capture on the real corpus (issue 12): nothing dropped, annexes and second documents as nodes,
/// unique paths, tables read as rows. Skipped when `../shared/corpus` is absent.
@Suite(.enabled(if: Corpus.isPresent, "needs ../shared/corpus"))
struct CaptureCorpusTests {
    static func parse(_ folder: String, _ prefix: String) throws -> Document {
        let url = try #require(Corpus.file(folder, prefix))
        return PolicyParser.parse(try Corpus.decoded(url), source: url.path)
    }

    @Test(arguments: Corpus.files)
    func everyValueIsInTheTreeExactlyOnce(url: URL) throws {
        let decoded = try Corpus.decoded(url)
        let document = PolicyParser.parse(decoded, source: url.path)
        let violations = InvariantCheck.completenessViolations(document, decoded: decoded)
        #expect(violations.isEmpty, "\(url.lastPathComponent): \(violations.joined(separator: "\n"))")
    }

    @Test(arguments: Corpus.files)
    func everyPathIsUnique(url: URL) throws {
        let document = PolicyParser.parse(try Corpus.decoded(url), source: url.path)
        let paths = document.allNodes.map(\.path)
        #expect(Set(paths).count == paths.count, "\(url.lastPathComponent)")
    }

    @Test func annexesAreNodesWithTheirOwnNumbering() throws {
        // 034: 附件：1.… 2.… (the list), 附件1 (a table), 附件2 (a whole 实施方案 with 一、–七、).
        let doc = try Self.parse("real", "034")
        let annexes = doc.children.filter { $0.style == .annex }
        #expect(annexes.map(\.marker) == ["附件：", "附件1", "附件2"])
        #expect(annexes[2].children.filter { $0.style == .cjkComma }.map(\.ordinal) == Array(1...7))
        // 031: the annex title's year and the 附件2 task list are in the annex nodes.
        let huangpu = try Self.parse("real", "031")
        let second = try #require(huangpu.children.last)
        #expect(second.style == .annex && second.ordinal == 2)
        #expect(second.heading.contains("重点任务与项目清单"))
    }
}
