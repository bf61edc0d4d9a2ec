import PolicyParse
import PolicyParseReport

/// A self-contained HTML page of an alignment: the local and central tasks side by side, shared
/// passages highlighted with `<mark>`. One inline style sheet; no scripts, no external files.
/// Document text is escaped exactly (`&`, `<`, `>`, `"`, `'`) by the report's one escaping rule,
/// `HTMLStream.escaped`, so the page shows what the documents say.
public enum ReuseHTMLFormatter {
    /// The page.
    public static func render(_ alignment: ReuseAlignment) -> String {
        let localTitle = alignment.local.title ?? alignment.local.source ?? "local"
        let centralTitle = alignment.central.title ?? alignment.central.source ?? "central"
        var out = """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <title>Reuse: \(escape(localTitle))</title>
        <style>
        body{font-family:sans-serif;margin:1.5em;line-height:1.6}
        table{border-collapse:collapse;width:100%;table-layout:fixed}
        td,th{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;text-align:left}
        mark{background:#fde68a}
        .path{font-weight:bold;color:#333}
        .copied{color:#065f46}.adapted{color:#1e40af}.new{color:#9a3412}
        .label{font-size:.85em;font-weight:bold}
        .changes{font-size:.85em;color:#555;margin:.3em 0 0 1em;padding:0}
        .heading-node{background:#f8f8f8}
        </style>
        </head>
        <body>
        <h1>\(escape(localTitle)) ← \(escape(centralTitle))</h1>
        <p>\(escape(ReuseMarkdownFormatter.summaryLine(alignment.summary)))</p>
        <table>
        <tr><th>Local: \(escape(localTitle))</th><th>Central: \(escape(centralTitle))</th></tr>

        """
        for task in alignment.tasks {
            out += "<tr\(task.kind == "heading" ? " class=\"heading-node\"" : "")><td>"
            out += "<span class=\"path\">\(escape(task.path))</span> <span class=\"label \(task.label.rawValue)\">\(task.label.rawValue)"
            if task.label != .new { out += " \(task.score)" }
            out += "</span><br>"
            out += highlighted(task.shared)
            if !task.changes.isEmpty {
                out += "<ul class=\"changes\">"
                for change in task.changes { out += "<li>\(escape(ReuseMarkdownFormatter.describe(change)))</li>" }
                out += "</ul>"
            }
            out += "</td><td>"
            for (i, match) in task.matches.enumerated() {
                if i > 0 { out += "<hr>" }
                out += "<span class=\"path\">\(escape(match.path))</span> <span class=\"label\">\(match.score)</span><br>"
                out += highlighted(match.shared)
            }
            out += "</td></tr>\n"
        }
        out += "</table>\n<h2>Central tasks not taken up</h2>\n<ul>\n"
        for node in alignment.unmatchedCentral {
            out += "<li><span class=\"path\">\(escape(node.path))</span> \(escape(node.heading))</li>\n"
        }
        out += "</ul>\n</body>\n</html>\n"
        return out
    }

    /// The text with its shared ranges in `<mark>`, the heading/text separator as a line break.
    static func highlighted(_ shared: SharedText) -> String {
        var out = ""
        var next = 0
        func plain(_ range: Range<Int>) {
            // Runs between paragraph separators escaped as one; each separator is a line break.
            var k = range.lowerBound
            while k < range.upperBound {
                var e = k
                while e < range.upperBound, shared.text[e] != "\u{2029}" { e += 1 }
                out += escape(shared.text[k..<e])
                if e < range.upperBound {
                    out += "<br>"
                    e += 1
                }
                k = e
            }
        }
        for range in shared.ranges {
            let lower = max(next, min(range.lowerBound, shared.text.count))
            let upper = max(lower, min(range.upperBound, shared.text.count))
            plain(next..<lower)
            out += "<mark>"
            plain(lower..<upper)
            out += "</mark>"
            next = upper
        }
        plain(next..<shared.text.count)
        return out
    }

    /// `text` with `& < > " '` escaped (and CR, NUL as the report writes them): `HTMLStream.escaped`.
    public static func escape(_ text: String) -> String {
        HTMLStream.escaped(text.unicodeScalars)
    }

    static func escape(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        HTMLStream.escaped(scalars)
    }
}
