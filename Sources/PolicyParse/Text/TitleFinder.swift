/// Finds a document's title (标题): front matter `title`, else a leading 《…》, else a title line.
enum TitleFinder {
    /// Words that end the name of a policy document, for recognising a title line.
    static let documentKinds = ["行动计划", "实施方案", "工作方案", "方案", "规划", "意见", "办法", "条例", "通知", "决定",
                                "规定", "细则", "纲要", "计划", "政策", "措施", "预案", "指南", "函", "报告", "公告", "通告", "批复"]

    /// How many leading non-empty lines are looked at.
    static let linesExamined = 8
    /// Title lines are at most this long.
    static let maxTitleLength = 80
    /// Lines longer than this many code points are never looked at as titles (`maxTitleLength`
    /// counts characters, which may hold several code points each).
    static let maxLineScalars = 4 * maxTitleLength

    static func title(of clean: CleanText, metadata: [String: String]) -> String? {
        if let title = metadata["title"]?.trimmingSpaces, !title.isEmpty { return title }
        var lines: [String] = []
        var lineStart = 0
        let scalars = clean.scalars
        while lineStart < scalars.count, lines.count < linesExamined {
            var end = lineStart
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            // Trimmed on the code points, so a long line is not made into a string twice.
            var lower = lineStart
            var upper = end
            while lower < upper, TextJoiner.isSpace(scalars[lower]) || scalars[lower] == "\r" { lower += 1 }
            while upper > lower, TextJoiner.isSpace(scalars[upper - 1]) || scalars[upper - 1] == "\r" { upper -= 1 }
            if upper - lower > maxLineScalars {
                // Far too long for a title or a fragment of one: stands for a line that is neither,
                // without copying (a one-line document of 100 MB would be copied here).
                lines.append("。")
            } else if lower < upper {
                lines.append(clean.string(lower..<upper))
            }
            lineStart = end + 1
        }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("《"), let close = line.firstIndex(of: "》"), line.count <= maxTitleLength {
                let inner = line[line.index(after: line.startIndex)..<close]
                if !inner.isEmpty { return String(inner) }
            }
            guard isTitleLine(line) else { continue }
            // A title set over several lines: take the short lines just before it.
            var parts = [line]
            var k = index - 1
            while k >= 0, isTitleFragment(lines[k]), parts.joined().count + lines[k].count <= maxTitleLength {
                parts.insert(lines[k], at: 0)
                k -= 1
            }
            return squeezeLetterSpacing(parts.joined())
        }
        return nil
    }

    /// A line that ends like the name of a policy document.
    static func isTitleLine(_ line: String) -> Bool {
        guard line.hasAtMost(maxTitleLength), !line.unicodeScalars.contains("。"), !line.hasSuffix("：") else { return false }
        let squeezed = squeezeLetterSpacing(line)
        let scalars = Array(squeezed.unicodeScalars)
        // `二、保障措施` is a heading of the body, not the document's name.
        if OutlineTokenizer.marker(in: scalars, at: 0, lineEnd: scalars.count) != nil { return false }
        return documentKinds.indices.contains { k in
            hasSuffix(scalars, kinds[k]) || hasSuffix(scalars, kindsClosed[k]) || contains(scalars, kindsOpened[k])
        }
    }

    /// `documentKinds` as code points.
    private static let kinds = documentKinds.map { Array($0.unicodeScalars) }
    /// Each of `documentKinds` followed by `）`, as code points.
    private static let kindsClosed = documentKinds.map { Array(($0 + "）").unicodeScalars) }
    /// Each of `documentKinds` followed by `（`, as code points.
    private static let kindsOpened = documentKinds.map { Array(($0 + "（").unicodeScalars) }

    /// Whether `needle` occurs in `haystack` (code point by code point: Foundation's `contains`
    /// costs thousands of instructions a call here).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// A short line without sentence punctuation, such as the first half of a two-line title.
    static func isTitleFragment(_ line: String) -> Bool {
        line.hasAtMost(40) && !line.unicodeScalars.contains { fragmentStops.contains($0) } && !isTitleLine(line)
    }

    /// Punctuation that a title fragment never holds.
    private static let fragmentStops: [Unicode.Scalar] = ["。", "，", "：", "；", "【", "】", ":", "|"]

    /// Whether `scalars` ends with `suffix` (code point by code point).
    private static func hasSuffix(_ scalars: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
        suffix.count <= scalars.count && scalars[(scalars.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Removes spaces put between CJK characters for letter spacing (`国 家 粮 食` → `国家粮食`).
    static func squeezeLetterSpacing(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            if c == " ", i > 0, i + 1 < scalars.count, scalars[i - 1].value >= 0x3000, scalars[i + 1].value >= 0x3000 { continue }
            out.append(c)
        }
        return String(out)
    }
}

extension String {
    /// `count <= limit`, without walking past the first `limit` characters of a long line.
    func hasAtMost(_ limit: Int) -> Bool {
        guard let i = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return i == endIndex
    }

    /// The string without leading and trailing white space (ASCII, U+3000, line breaks).
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        var lower = 0
        var upper = scalars.count
        while lower < upper, TextJoiner.isSpace(scalars[lower]) || scalars[lower] == "\r" { lower += 1 }
        while upper > lower, TextJoiner.isSpace(scalars[upper - 1]) || scalars[upper - 1] == "\r" { upper -= 1 }
        return String(scalars: scalars[lower..<upper])
    }
}
