import Foundation
import Testing
import PolicyParse

/// The Foundation-typed entry points give the same document as the byte and path entry points.
@Suite struct ParserEntryTests {
    static let gbk: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xCC, 0xE5, 0xD2, 0xAA, 0xC7, 0xF3, 0x0A]   // 一、总体要求\n in GBK

    @Test func dataMatchesBytes() throws {
        let bytes = Array("一、总体要求\n（一）加强攻关，投入5亿元。（责任部门：市科委）\n".utf8)
        let fromData = try PolicyParser.parse(data: Data(bytes), source: "plan.txt")
        #expect(fromData == (try PolicyParser.parse(bytes: bytes, source: "plan.txt")))
        #expect(fromData.children.first?.children.first?.amounts.first?.value == 500_000_000)
    }

    @Test func dataHonoursTheRequestedEncoding() throws {
        let document = try PolicyParser.parse(data: Data(Self.gbk), options: ParseOptions(encoding: "GB18030"))
        #expect(document.encoding == "GB18030")
        #expect(document.children.first?.heading == "总体要求")
    }

    @Test func fileURLReadsTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policyparse-\(UUID().uuidString).txt")
        try Data("一、总体要求\n二、重点任务\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try PolicyParser.parse(contentsOf: url)
        #expect(document.source == url.path)
        #expect(document.children.map(\.heading) == ["总体要求", "重点任务"])
    }

    @Test func missingFileURLNamesThePath() {
        let url = URL(fileURLWithPath: "/nonexistent/policyparse/plan.txt")
        #expect(throws: PolicyParseError(.unreadable, path: url.path, detail: "no such file")) {
            try PolicyParser.parse(contentsOf: url)
        }
    }

    @Test func remoteURLIsRefused() {
        let url = URL(string: "https://example.org/plan.txt")!
        #expect(throws: PolicyParseError(.unreadable, path: url.absoluteString, detail: "not a file URL")) {
            try PolicyParser.parse(contentsOf: url)
        }
    }
}
