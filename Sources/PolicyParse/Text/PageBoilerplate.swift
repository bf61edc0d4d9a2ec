/// 页面尾部杂项 (page boilerplate): share buttons, QR-code prompts (「微信扫一扫」), 文章来源 and
/// 返回首页 lines that scraped pages carry after the document proper.
///
/// Only the last `window` characters are examined. The cut starts at the first line there that
/// holds a strong marker, moved up over the short promotional lines just before it (lines of at
/// most `shortLine` characters that do not end a sentence with `。`).
enum PageBoilerplate {
    /// Phrases that only page furniture contains.
    static let strongMarkers: [[Unicode.Scalar]] = [
        "微信扫一扫", "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个", "文章来源：", "文章来源:",
        "返回首页", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "分享到：", "责任编辑：",
    ].map { Array($0.unicodeScalars) }

    /// How far from the end boilerplate is looked for.
    static let window = 8_000
    /// Lines at most this long may be promotional lines before the first marker.
    static let shortLine = 40

    /// The clean index where trailing boilerplate starts, or nil when there is none.
    static func start(in s: [Unicode.Scalar]) -> Int? {
        let windowStart = max(0, s.count - window)
        // Line starts inside the window, up to the first line that holds a marker.
        var lineStarts: [Int] = []
        var i = windowStart
        if i > 0 {
            while i < s.count, s[i - 1] != "\n" { i += 1 }
        }
        var first: Int? = nil
        s.withUnsafeBufferPointer { p in
            while true {
                var end = i
                while end < p.count, p[end] != "\n" { end += 1 }
                lineStarts.append(i)
                if hasMarker(p, line: i..<end) {
                    first = lineStarts.count - 1
                    return
                }
                // A line ends the window when no character follows its line break.
                guard end + 1 < p.count else { return }
                i = end + 1
            }
        }
        guard let first else { return nil }
        var cutLine = first
        while cutLine > 0 {
            let previous = lineRange(s, lineStarts[cutLine - 1])
            if isShortPromotional(s, previous) { cutLine -= 1 } else { break }
        }
        var cut = lineStarts[cutLine]
        // Drop the line break before the cut too.
        while cut > 0, s[cut - 1] == "\n" { cut -= 1 }
        return cut
    }

    private static func lineRange(_ s: [Unicode.Scalar], _ start: Int) -> Range<Int> {
        var end = start
        while end < s.count, s[end] != "\n" { end += 1 }
        return start..<end
    }

    /// One bit per marker's first code point (value mod 64): a quick filter, most positions start no marker.
    private static let markerFilter: UInt64 = strongMarkers.reduce(0) { $0 | 1 << UInt64($1[0].value & 63) }
    /// The markers' first code points, for an exact check after the filter.
    private static let markerFirsts: [UInt32] = strongMarkers.map { $0[0].value }

    private static func hasMarker(_ p: UnsafeBufferPointer<Unicode.Scalar>, line: Range<Int>) -> Bool {
        guard line.count >= 4 else { return false }
        // One pass over the line; a marker is compared only where its first character stands.
        let filter = markerFilter
        for j in line {
            let v = p[j].value
            guard filter & (1 << UInt64(v & 63)) != 0, markerFirsts.contains(v) else { continue }
            for marker in strongMarkers where j + marker.count <= line.upperBound && p[j] == marker[0] {
                if p[j..<(j + marker.count)].elementsEqual(marker) { return true }
            }
        }
        return false
    }

    private static func isShortPromotional(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        if line.isEmpty { return true }
        guard line.count <= shortLine else { return false }
        return s[line.upperBound - 1] != "。"
    }
}
