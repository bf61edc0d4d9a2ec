import Testing
@testable import PolicyParse

/// `ScalarBuffer` keeps code points in 16 bits each; those above U+FFFF are set aside and must
/// still read back exactly, in place, through decoding, cleaning and spans.
@Suite struct ScalarBufferTests {
    /// Text with code points above U+FFFF among CJK and ASCII: 𠀀 (U+20000, CJK Extension B),
    /// 😀 (U+1F600) twice in a row, and one at the very end.
    static let text = "𠀀第一条 目标😀😀到2025年，投入3亿元。\n二、措施𪚥"

    @Test func readsBackEveryCodePoint() {
        let scalars = Array(Self.text.unicodeScalars)
        let buffer = ScalarBuffer(scalars)
        #expect(buffer.count == scalars.count)
        #expect(buffer.array == scalars)
        for i in scalars.indices { #expect(buffer[i] == scalars[i], "at \(i)") }
        #expect(String(scalars: buffer[2..<9]) == String(String.UnicodeScalarView(scalars[2..<9])))
    }

    @Test func appendsAndTruncates() {
        let scalars = Array(Self.text.unicodeScalars)
        var buffer = ScalarBuffer()
        buffer.append(contentsOf: scalars[..<10])
        buffer.append(ScalarBuffer(scalars), 10..<scalars.count)
        #expect(buffer.array == scalars)
        buffer.removeSubrange(9...)
        #expect(buffer.array == Array(scalars[..<9]))
        buffer.append("\u{1F600}")
        #expect(buffer[9] == "\u{1F600}")
        #expect(buffer.count == 10)
    }

    @Test func decodedUTF8KeepsAstralCodePoints() throws {
        let decoded = try TextDecoder.decode(Array(Self.text.utf8))
        #expect(decoded.scalars.array == Array(Self.text.unicodeScalars))
        let utf16 = Array(Self.text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoder.decode([0xFF, 0xFE] + utf16).scalars.array == Array(Self.text.unicodeScalars))
    }

    @Test func spansAndTextsCountAstralCodePointsOnce() {
        let text = "𠀀关于推进工作的通知\n一、目标😀😀到2025年，投入3亿元。\n二、措施𪚥，新增5亿元"
        let document = PolicyParser.parse(text: text)
        let source = Array(text.unicodeScalars)
        func amounts(_ nodes: [Node]) -> [Amount] { nodes.flatMap { $0.mentions.amounts + amounts($0.children) } }
        let found = document.mentions.amounts + amounts(document.children)
        #expect(found.map(\.text) == ["3亿元", "5亿元"])
        for amount in found {
            #expect(String(String.UnicodeScalarView(source[amount.span.range])) == amount.text)
        }
        let clean = Cleaner.clean(DecodedText(text))
        let smile = clean.scalars.firstIndex(of: "\u{1F600}")
        #expect(smile.map { clean.map.sourceStart(of: $0) } == source.firstIndex(of: "\u{1F600}"))
    }
}
