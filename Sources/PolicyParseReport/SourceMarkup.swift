/// Writes the source text with its highlights as properly nested HTML (原文标注).
///
/// Highlights may nest (a department inside a node, a year inside an amount) or cross (a mention
/// running past the end of a node's span). Nested ones become nested elements. When one crosses
/// another, the inner element is closed where the outer one ends and reopened after it as a
/// continuation piece (`data-of`), so the markup stays well formed and every highlight still
/// has exactly one first piece. One pass over the text: time is linear in the text plus the
/// highlights (times the nesting depth where they cross).
enum SourceMarkup {
    /// Writes `scalars` with `highlights` (any order; spans are clamped to the text).
    static func write(_ scalars: [Unicode.Scalar], _ highlights: [Highlight], into out: inout HTMLStream) throws(ReportError) {
        let n = scalars.count
        var items = highlights
        for i in items.indices {
            items[i].start = min(max(0, items[i].start), n)
            items[i].end = min(max(items[i].start, items[i].end), n)
        }
        // Outer first: by start, then longer first, then by layer.
        items.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.layer.rawValue < b.layer.rawValue
        }
        /// An open element: its highlight and the smallest end among it and everything below it.
        struct Open { var index: Int; var minEnd: Int }
        var stack: [Open] = []
        var reopen: [Int] = []
        var next = 0
        var position = 0
        func push(_ index: Int, _ stack: inout [Open]) {
            stack.append(Open(index: index, minEnd: min(items[index].end, stack.last?.minEnd ?? Int.max)))
        }
        while true {
            let nextStart = next < items.count ? items[next].start : Int.max
            let nextEnd = stack.last?.minEnd ?? Int.max
            let p = min(nextStart, nextEnd, n)
            if p > position {
                try out.text(scalars, position..<p)
                position = p
            }
            // Close everything that ends here; what is closed early because of a crossing reopens.
            reopen.removeAll(keepingCapacity: true)
            while let top = stack.last, top.minEnd <= p {
                stack.removeLast()
                try items[top.index].writeClose(into: &out)
                if items[top.index].end > p { reopen.append(top.index) }
            }
            for index in reopen.reversed() {
                try items[index].writeOpen(first: false, into: &out)
                push(index, &stack)
            }
            // Open everything that starts here; an empty highlight is a point (an anchor).
            while next < items.count, items[next].start <= p {
                let h = items[next]
                try h.writeOpen(first: !h.isRepeat, into: &out)
                if h.end <= p {
                    try h.writeClose(into: &out)
                } else {
                    push(next, &stack)
                }
                next += 1
            }
            if position >= n, next >= items.count, stack.isEmpty { break }
        }
    }
}
