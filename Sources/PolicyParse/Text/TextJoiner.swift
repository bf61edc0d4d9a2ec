/// Joins the lines of a clean range into display text: hard-wrapped lines (a sentence broken
/// across lines) are joined, real paragraph breaks stay as `\n`.
///
/// A line break is a hard wrap when no blank line follows it, the line before it is at least
/// `wrapWidth` characters long, and that line does not end in closing punctuation (`。！？；：…` or a closing quote or bracket). Across a
/// hard wrap, two ASCII letters or digits get one space between them; CJK text is joined directly.
package enum TextJoiner {
    /// Lines shorter than this are never taken as hard-wrapped (titles, short items).
    package static let wrapWidth = 16

    /// The display text of `range`, trimmed, with wrapped lines joined.
    package static func join(_ clean: CleanText, _ range: Range<Int>) -> String {
        let scalars = clean.scalars
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
        var out = UTF8Output(capacity: 3 * (upper - lower))
        var lineStart = lower
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
                let lineLength = end - lineStart
                if !blankLine, lineLength >= wrapWidth, !closesLine(scalars[end - 1]) {
                    if isASCIIWord(scalars[end - 1]), isASCIIWord(scalars[next]) { out.append(" ") }
                } else {
                    out.append("\n")
                }
                lineStart = next
                i = next
                continue
            }
            out.append(c == "\t" ? " " : c)
            i += 1
        }
        return out.string
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\u{3000}"
    }

    @inline(__always)
    static func isASCIIWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Punctuation after which a line break is a real one.
    @inline(__always)
    static func closesLine(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "；", "：", "…", "”", "’", "」", "』", "）", ")", "】", "》", "!", "?", ";", ":", ".":
            return true
        default:
            return false
        }
    }
}

/// The document's own text (preamble), joined like any node's text.
enum PreambleText {
    static func join(_ clean: CleanText, _ range: Range<Int>) -> String { TextJoiner.join(clean, range) }
}
