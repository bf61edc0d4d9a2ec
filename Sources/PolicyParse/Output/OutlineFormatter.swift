/// 提纲视图 (outline view): one line per node, marker and heading, two spaces per level, for a
/// person to check the structure at a glance.
public enum OutlineFormatter {
    /// The indented outline of `document`: the title (if any), then `marker heading` lines.
    public static func render(_ document: Document) -> String {
        var out = ""
        if let title = document.title { out += title + "\n" }
        for step in document.allNodes {
            let node = step.node
            out += String(repeating: "  ", count: max(0, step.indices.count - 1))
            out += label(node)
            if !node.heading.isEmpty { out += " " + node.heading }
            out += "\n"
        }
        return out
    }

    /// The marker as written, or `¶N` for a paragraph task.
    static func label(_ node: Node) -> String {
        node.style == .paragraph ? "¶\(node.ordinal)" : node.marker
    }
}
