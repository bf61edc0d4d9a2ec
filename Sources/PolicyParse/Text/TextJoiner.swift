/// Joins the lines of a clean range into display text: hard-wrapped lines (a sentence broken
/// across lines) are joined, real paragraph breaks stay as `\n`.
///
/// A line break is a hard wrap by `WrapRule` (no blank line follows it, the line before it is
/// long enough and does not end in closing punctuation). Across a hard wrap, two ASCII letters or digits get one space between them; CJK text is joined directly.
package enum TextJoiner {
    /// `WrapRule.minimumLineLength`, under the name the PDF layout pass uses.
    package static var wrapWidth: Int { WrapRule.minimumLineLength }

    /// The display text of `range`, trimmed, with wrapped lines joined; in a table `cell` every
    /// line break is a wrap (`120.14\n平方公里` is one value).
    package static func join(_ clean: CleanText, _ range: Range<Int>, cell: Bool = false) -> String {
        let scalars = clean.scalars
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
        var out = UTF8Output(capacity: 3 * (upper - lower))
        // The wrap rule weighs the whole line, also when the range starts mid-line (`二是…`).
        var lineStart = WrapRule.lineStart(before: lower, in: scalars)
        var i = lower
        while i < upper {
            let c = scalars[i]
            if c == "\n" {
                // Trim trailing spaces already written for this line.
                var end = i
                while end > lineStart, isSpace(scalars[end - 1]) { end -= 1 }
                var next = i + 1
                var blankLine = false
                while next < upper, isSpace(scalars[next]) {
                    if scalars[next] == "\n" { blankLine = true }
                    next += 1
                }
                if next >= upper { break }
                if cell || (!blankLine && WrapRule.allowsWrap(after: lineStart..<end, in: scalars)) {
                    if CharacterClass.isASCIIWord(scalars[end - 1]), CharacterClass.isASCIIWord(scalars[next]) { out.append(" ") }
                } else {
                    out.append("\n")
                }
                lineStart = next
                i = next
                continue
            }
            if c == "\t" {
                out.append(" ")
                i += 1
                continue
            }
            // The rest of the line up to a tab: encoded in one go.
            let from = i
            scalars.withUnsafeBufferPointer { p in
                while i < upper, p[i] != "\n", p[i] != "\t" { i += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[from..<i]))
            }
        }
        return out.string
    }

    /// Blanks and line breaks of clean text.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool { CharacterClass.isBlank(c) || c == "\n" }
}

/// The document's own text (preamble), joined like any node's text.
enum PreambleText {
    static func join(_ clean: CleanText, _ range: Range<Int>) -> String { TextJoiner.join(clean, range) }
}
