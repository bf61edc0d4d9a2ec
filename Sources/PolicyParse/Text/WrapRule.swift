/// 硬换行 (hard wrap): the one rule that decides whether a line break inside a paragraph is a
/// wrap (the sentence goes on) or a real break. The parser (`TextJoiner`, `NodeText`,
/// `OutlineTokenizer`, the paragraph tasks) and `Segmenter` all ask it, so `policyparse segment`
/// and the document's texts join the same lines.
///
/// A line break is a wrap when the line before it, trimmed, holds at least `minimumLineLength`
/// characters and does not end in closing punctuation (`closesLine`), and the next line is not
/// blank. (The segmenter, reading the source, also ends a paragraph before a line that starts
/// with an outline marker or markup, or is indented; in clean text such a line is a node of its own.)
package enum WrapRule {
    /// Lines shorter than this are never taken as wrapped (titles, short items, dates, signatures).
    package static let minimumLineLength = 16

    /// Punctuation after which a line break is a real one: sentence-final punctuation or a closing
    /// quote or bracket.
    @inline(__always)
    package static func closesLine(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isSentenceFinal(c) || CharacterClass.isCloser(c)
    }

    /// Where the line holding `index` starts, for weighing a line that a range starts in the middle
    /// of (`二是…` after a sentence): looked back only as far as `minimumLineLength`, all the rule needs.
    @inline(__always)
    package static func lineStart(before index: Int, in s: [Unicode.Scalar]) -> Int {
        var start = index
        while start > 0, index - start < minimumLineLength, s[start - 1] != "\n" { start -= 1 }
        return start
    }

    /// Whether a line break after the trimmed line `line` of `s` may be a wrap.
    @inline(__always)
    package static func allowsWrap(after line: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        line.count >= minimumLineLength && !closesLine(s[line.upperBound - 1])
    }
}
