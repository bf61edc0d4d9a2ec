/// 标题与正文 (heading and text) of a node: the first sentence after the marker, and the rest.
enum NodeText {
    /// Sentence ends that close a heading (dropped from it).
    @inline(__always)
    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "！" || c == "？" || c == "；" || c == "!" || c == "?" || c == ";"
    }

    /// The heading and the text of `content` (clean indices after the marker).
    ///
    /// The heading runs to the first `。！？；` or to the end of the marker's line (a hard-wrapped
    /// line goes on); `第五条（标题）` gives the bracketed title as heading; before a `；` list
    /// that a colon opens, the heading is the words before the colon.
    static func split(_ clean: CleanText, style: Style, content: Range<Int>) -> (String, String) {
        let s = clean.scalars
        var h = content.lowerBound
        while h < content.upperBound, isSpace(s[h]) || s[h] == "\n" { h += 1 }
        // A `、` or `，` left after a marker such as `第一，` is not part of the heading.
        guard h < content.upperBound else { return ("", "") }
        if style == .article || style == .chapter || style == .section, ScalarFold.analysis(s[h]) == "(",
           let close = bracketTitleEnd(s, from: h, limit: content.upperBound) {
            return (TextJoiner.join(clean, (h + 1)..<close), TextJoiner.join(clean, (close + 1)..<content.upperBound))
        }
        var i = h
        // The wrap rule weighs the whole line: an item starting mid-line (`三是…` after a sentence)
        // shares its line with the text before it (looked back a bounded way).
        var lineStart = WrapRule.lineStart(before: h, in: s)
        while i < content.upperBound {
            let c = s[i]
            if endsSentence(c) {
                // `知识产权保护方面5项：A；B；C。`: a list after a colon is no heading; the words before it are.
                if c == "；" || c == ";", let colon = (h..<i).first(where: { s[$0] == "：" }), colon > h {
                    return (heading(clean, h..<colon), TextJoiner.join(clean, (colon + 1)..<content.upperBound))
                }
                return (heading(clean, h..<i), TextJoiner.join(clean, (i + 1)..<content.upperBound))
            }
            if c == "\n" {
                var end = i
                while end > lineStart, isSpace(s[end - 1]) { end -= 1 }
                let wraps = WrapRule.allowsWrap(after: lineStart..<end, in: s) && i + 1 < content.upperBound && s[i + 1] != "\n"
                if !wraps { return (heading(clean, h..<i), TextJoiner.join(clean, i..<content.upperBound)) }
                lineStart = i + 1
            }
            i += 1
        }
        return (heading(clean, h..<content.upperBound), "")
    }

    /// A heading without leftover Markdown emphasis at its end.
    static func heading(_ clean: CleanText, _ range: Range<Int>) -> String {
        var upper = range.upperBound
        while upper > range.lowerBound, clean.scalars[upper - 1] == "*" || isSpace(clean.scalars[upper - 1]) { upper -= 1 }
        return TextJoiner.join(clean, range.lowerBound..<upper)
    }

    /// The closing bracket of `（标题）` when it is followed by the line end or a blank (an article title).
    static func bracketTitleEnd(_ s: [Unicode.Scalar], from open: Int, limit: Int) -> Int? {
        var j = open + 1
        while j < limit, j - open <= 40 {
            let c = ScalarFold.analysis(s[j])
            if c == "\n" || endsSentence(c) || c == "，" { return nil }
            if c == ")" { return j > open + 1 ? j : nil }
            j += 1
        }
        return nil
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool { CharacterClass.isBlank(c) }
}
