import PolicyParse

/// A readable two-column Markdown report of an alignment: each local node beside the central
/// node(s) it comes from, with its label, score and changes; then the central tasks not taken up.
public enum ReuseMarkdownFormatter {
    /// The report.
    public static func render(_ alignment: ReuseAlignment) -> String {
        let s = alignment.summary
        var out = "# Reuse: \(inline(alignment.local.title ?? alignment.local.source ?? "local")) ← \(inline(alignment.central.title ?? alignment.central.source ?? "central"))\n\n"
        out += "\(summaryLine(s))\n\n"
        out += "| Local | Central |\n|---|---|\n"
        for task in alignment.tasks {
            var left = "**\(inline(task.path))** \(inline(task.heading))<br>*\(task.label.rawValue)*"
            if task.label != .new { left += " \(task.score)" }
            if task.kind == "heading" { left += " (heading)" }
            for change in task.changes { left += "<br>" + inline(describe(change)) }
            let right = task.matches.map { "**\(inline($0.path))** \(inline($0.heading)) (\($0.score))" }.joined(separator: "<br>")
            out += "| \(left) | \(right.isEmpty ? "—" : right) |\n"
        }
        out += "\n## Central tasks not taken up\n\n"
        if alignment.unmatchedCentral.isEmpty { out += "None.\n" }
        for node in alignment.unmatchedCentral { out += "- **\(inline(node.path))** \(inline(node.heading))\n" }
        return out
    }

    /// `copied 3, adapted 2, new 1; central tasks taken up 5 of 6 (0.833)`.
    public static func summaryLine(_ s: ReuseSummary) -> String {
        "copied \(s.copied), adapted \(s.adapted), new \(s.new); central tasks taken up \(s.centralTasksTakenUp) of \(s.centralTasks) (\(s.takenUpShare))"
    }

    /// `year changed: 2025年 → 2023年`, `department added: 区财政局`.
    static func describe(_ change: TaskChange) -> String {
        switch change.change {
        case "changed": "\(change.kind) changed: \(change.central ?? "") → \(change.local ?? "")"
        case "added": "\(change.kind) added: \(change.local ?? "")"
        default: "\(change.kind) removed: \(change.central ?? "")"
        }
    }

    /// Text safe inside a table cell: no line breaks, `|` and Markdown markup characters escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\n", "\r", "\u{2029}", "\u{2028}": out += " "
            case "|", "*", "_", "`", "[", "]", "<", ">", "\\", "#": out += "\\" + String(c)
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
