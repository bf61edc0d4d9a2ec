/// Finds a document's title (标题): front matter `title`, else a leading 《…》, else a title line.
enum TitleFinder {
    /// Words that end the name of a policy document, for recognising a title line.
    static let documentKinds = ["行动计划", "实施方案", "工作方案", "方案", "规划", "意见", "办法", "条例", "通知", "决定",
                                "规定", "细则", "纲要", "计划", "政策", "措施", "预案", "指南", "函", "报告", "公告", "通告", "批复"]

    static func title(of clean: CleanText, metadata: [String: String]) -> String? {
        if let title = metadata["title"]?.trimmingSpaces, !title.isEmpty { return title }
        // Look at the first few non-empty lines.
        var lineStart = 0
        var seen = 0
        let scalars = clean.scalars
        while lineStart < scalars.count, seen < 6 {
            var end = lineStart
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            let line = clean.string(lineStart..<end).trimmingSpaces
            if !line.isEmpty {
                seen += 1
                if line.hasPrefix("《"), let close = line.firstIndex(of: "》") {
                    let inner = line[line.index(after: line.startIndex)..<close]
                    if !inner.isEmpty { return String(inner) }
                }
                let count = line.unicodeScalars.count
                if count <= 80, !line.contains("。"), !line.hasSuffix("："),
                   documentKinds.contains(where: { line.hasSuffix($0) || line.hasSuffix($0 + "）") || line.contains($0 + "（") }) {
                    return line
                }
            }
            lineStart = end + 1
        }
        return nil
    }
}

extension String {
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
