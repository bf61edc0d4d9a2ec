import Foundation
import Testing
@testable import PolicyParse

/// The streaming writers (`JSONWriter.write`, `OutlineFormatter.write`, `MarkdownFormatter.write`)
/// give exactly the bytes of the in-memory ones, in bounded pieces, and stop on an output error.
@Suite struct StreamingOutputTests {
    /// Collects what a streaming writer hands out, piece by piece.
    final class Collector {
        var bytes: [UInt8] = []
        var pieces: [Int] = []
        func take(_ buffer: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: buffer)
            pieces.append(buffer.count)
        }
    }

    struct Refused: Error, Equatable {}

    /// Every fixture document, parsed.
    static var fixtureDocuments: [Document] {
        let folder = Corpus.fixtures.appendingPathComponent("documents")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasSuffix(".json") }.sorted()
        return names.compactMap { try? PolicyParser.parse(contentsOf: folder.appendingPathComponent($0).path) }
    }

    /// A plan with 3,000 tasks and a long preamble full of characters JSON must escape.
    static var largeDocument: Document {
        var text = ""
        for i in 0..<3_000 {
            text += "\(["一", "二", "三", "四", "五", "六", "七", "八", "九"][i % 9])、任务\(i)\n"
            text += "（一）到2025年投资\(i)亿元，完成率提高到\(i % 100)%。（责任单位：市发展改革委\"\\\u{1}）\n"
        }
        var document = PolicyParser.parse(text: String(repeating: "前言\"引号\"\\反斜杠\u{7F}\t制表。", count: 20_000) + "\n" + text)
        document.source = "large.txt"
        return document
    }

    @Test func fixturesStreamExactlyTheirJSON() throws {
        let documents = Self.fixtureDocuments
        #expect(documents.count >= 10)
        for document in documents {
            for pretty in [true, false] {
                let collector = Collector()
                try JSONWriter.write(document, pretty: pretty, newline: true, to: collector.take)
                #expect(collector.bytes == JSONWriter.encode(document, pretty: pretty) + [0x0A], "\(document.source ?? "")")
            }
        }
    }

    @Test(arguments: [true, false])
    func largeDocumentStreamsInBoundedPieces(pretty: Bool) throws {
        let document = Self.largeDocument
        let collector = Collector()
        try JSONWriter.write(document, pretty: pretty, to: collector.take)
        let whole = JSONWriter.encode(document, pretty: pretty)
        #expect(collector.bytes == whole)
        #expect(collector.pieces.count > 10)
        // Pieces stay within twice the 64 KiB buffer (this document has no run of 64 KiB without an
        // escape, which would be passed straight through).
        #expect(collector.pieces.allSatisfy { $0 <= 2 * JSONWriter.flushThreshold + 4096 })
        _ = try JSONSerialization.jsonObject(with: Data(collector.bytes))
    }

    @Test func everyEscapedByteAtEveryAlignment() throws {
        // Each byte JSON escapes, at each offset in an eight-byte word, between CJK and ASCII text.
        var escaped: [Unicode.Scalar] = (0..<0x20).compactMap { Unicode.Scalar($0) }
        escaped += ["\"", "\\", "\u{7F}"]
        for c in escaped {
            for offset in 0..<9 {
                let text = String(repeating: "a", count: offset) + String(Character(c)) + "中文abcdefgh" + String(Character(c))
                    + String(repeating: "b", count: offset)
                let document = Document(text: text)
                let json = JSONWriter.encode(document, pretty: false)
                let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
                #expect(object?["text"] as? String == text, "U+\(String(c.value, radix: 16)) at \(offset)")
                let collector = Collector()
                try JSONWriter.write(document, pretty: false, to: collector.take)
                #expect(collector.bytes == json)
            }
        }
    }

    @Test func integersAreWrittenExactly() throws {
        for value in [0, 7, 9, 10, 99, 100, 123_456_789, -1, -10, -987_654, Int.max, Int.min] {
            let node = Node(marker: "1.", style: .arabic, ordinal: value, level: 1, heading: "", text: "", span: Span(0, 1))
            let json = JSONWriter.encode(Document(children: [node]), pretty: false)
            let text = String(decoding: json, as: UTF8.self)
            #expect(text.contains("\"ordinal\":\(value),"), "\(value)")
        }
    }

    @Test func anOutputErrorStopsTheWritingAndIsRethrown() {
        var calls = 0
        #expect(throws: Refused.self) {
            try JSONWriter.write(Self.largeDocument, pretty: true) { _ in
                calls += 1
                throw Refused()
            }
        }
        #expect(calls == 1)
    }

    @Test func outlineAndMarkdownStreamWhatTheyRender() throws {
        for document in Self.fixtureDocuments + [Self.largeDocument] {
            let outline = Collector()
            try OutlineFormatter.write(document, to: outline.take)
            #expect(outline.bytes == Array(OutlineFormatter.render(document).utf8))
            let markdown = Collector()
            try MarkdownFormatter.write(document, to: markdown.take)
            #expect(markdown.bytes == Array(MarkdownFormatter.render(document).utf8))
        }
    }
}
