import Foundation
import Testing
@testable import PolicyParse

/// Pins every character rule of `CharacterClass` and `WrapRule`, and checks that the parser and
/// `Segmenter` join the same lines.
@Suite struct CharacterClassTests {
    /// (character, what the cleaner writes for it)
    static let roles: [(Unicode.Scalar, CharacterClass.CleanRole)] = [
        ("a", .keep), ("一", .keep), ("，", .keep), ("\u{FF11}", .keep), ("①", .keep),
        (" ", .space), ("\t", .space), ("\u{0B}", .space), ("\u{0C}", .space), ("\u{01}", .space), ("\u{7F}", .space),
        ("\u{A0}", .space), ("\u{3000}", .space), ("\u{2002}", .space), ("\u{2003}", .space), ("\u{2009}", .space),
        ("\u{1680}", .space), ("\u{202F}", .space), ("\u{205F}", .space),
        ("\n", .lineBreak), ("\r", .lineBreak), ("\u{85}", .lineBreak), ("\u{2028}", .lineBreak), ("\u{2029}", .lineBreak),
        ("\u{200B}", .vanish), ("\u{200C}", .vanish), ("\u{200D}", .vanish), ("\u{2060}", .vanish), ("\u{FEFF}", .vanish), ("\u{AD}", .vanish),
    ]

    @Test func cleanRoles() {
        for (c, role) in Self.roles {
            #expect(CharacterClass.cleanRole(c) == role, "U+\(String(c.value, radix: 16, uppercase: true))")
        }
    }

    @Test func sourceSpaceIsWhatTheCleanerFoldsWithinALine() {
        for (c, role) in Self.roles {
            let expected = (role == .space || role == .vanish) && !CharacterClass.isLineBreak(c)
            #expect(CharacterClass.isSourceSpace(c) == expected, "U+\(String(c.value, radix: 16, uppercase: true))")
        }
    }

    @Test func punctuationClasses() {
        #expect("。！？；：!?;:….｡．".unicodeScalars.allSatisfy(CharacterClass.isSentenceFinal))
        #expect(!"，、".unicodeScalars.contains(where: CharacterClass.isSentenceFinal))
        #expect("”’\"'）)】》」』〉〕]".unicodeScalars.allSatisfy(CharacterClass.isCloser))
        #expect("“‘（(【《「『〈〔[".unicodeScalars.allSatisfy(CharacterClass.isOpener))
        #expect("一〇，（ＡＢ가".unicodeScalars.allSatisfy(CharacterClass.isWide))
        #expect(!"aZ9 .".unicodeScalars.contains(where: CharacterClass.isWide))
        #expect("azAZ09".unicodeScalars.allSatisfy(CharacterClass.isASCIIWord))
    }

    /// The clean text's normal form: no NBSP, `\r`, ideographic space or white space written as a reference.
    @Test(arguments: [
        ("一、总体要求\r\n（一）加强\u{A0}攻关\u{3000}投入\r5亿元", "plain"),
        ("<p>一、总体要求&#13;&#10;（一）加强&nbsp;攻关&#160;投入&#x3000;5亿元&#8203;。</p>", "html"),
    ])
    func cleanTextHasOneNormalForm(_ input: String, _ label: String) {
        let clean = Cleaner.clean(DecodedText(input))
        for c in clean.scalars {
            if case .keep = CharacterClass.cleanRole(c) { continue }
            #expect(c == " " || c == "\n" || c == "\t", "\(label): U+\(String(c.value, radix: 16, uppercase: true)) left in the clean text")
        }
    }

    /// (line before the break, whether the break is a wrap)
    static let wraps: [(String, Bool)] = [
        ("前言部分说明如下内容的一些情况和", true),          // 16 characters, no closing punctuation
        ("前言部分说明如下内容的一些情况", false),            // 15: too short
        ("前言部分说明如下内容的一些情况。", false),          // closed by 。
        ("前言部分说明如下内容（责任单位：市科委）", false),  // closed by a bracket
        ("前言部分说明如下内容的一些情况：", false),
        ("the plan sets targets for the next", true),
    ]

    @Test func wrapRule() {
        for (line, wraps) in Self.wraps {
            let s = Array(line.unicodeScalars)
            #expect(WrapRule.allowsWrap(after: 0..<s.count, in: s) == wraps, "\(line)")
        }
        #expect(Segmenter().minimumWrapLength == WrapRule.minimumLineLength)
    }

    /// Whether the parser joins `first` and `second` into one paragraph, and whether `segment` does.
    static func joins(_ first: String, _ second: String) -> (parser: Bool, segmenter: Bool) {
        let text = first + "\n" + second
        let parser = !TextJoiner.join(CleanText(plain: text), 0..<text.unicodeScalars.count).contains("\n")
        let segmenter = Segmenter().paragraphs(in: Array(text.unicodeScalars)).count == 1
        return (parser, segmenter)
    }

    @Test func issueExampleIsOneParagraphToBoth() {
        let (parser, segmenter) = Self.joins("前言部分说明如下内容的一些情况和", "后续安排。")
        #expect(parser && segmenter)
        let text = Array("前言部分说明如下内容的一些情况和\n后续安排。".unicodeScalars)
        #expect(Segmenter().sentences(in: text).count == 1)
    }

    /// Every pair of adjacent lines in the plain-text fixtures where the second is text (not a
    /// marker the outline would make a node of): the parser and `segment` join it alike.
    @Test func parserAndSegmenterAgreeOnEveryWrapInFixtures() throws {
        let folder = Corpus.fixtures.appendingPathComponent("documents")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var pairs = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            for (first, second) in zip(lines, lines.dropFirst()) where !first.isEmpty && !second.isEmpty {
                let s = Array(second.unicodeScalars)
                if OutlineTokenizer.marker(in: s, at: 0, lineEnd: s.count) != nil { continue }
                pairs += 1
                let (parser, segmenter) = Self.joins(first, second)
                #expect(parser == segmenter, "\(name): \(first) ⏎ \(second)")
            }
        }
        #expect(pairs > 20)
    }
}
