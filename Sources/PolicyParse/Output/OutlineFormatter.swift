/// 提纲视图 (outline view): one line per node, marker and heading, two spaces per level, for a
/// person to check the structure at a glance.
public enum OutlineFormatter {
    /// The indented outline of `document`: the title (if any), then `marker heading` lines.
    public static func render(_ document: Document) -> String {
        var out = ""
        if let title = document.title { out += title + "\n" }
        for step in document.allNodes { out += line(step) }
        return out
    }

    /// Streams the same text as `render` to `output` in pieces of about 64 KiB; an error thrown
    /// by `output` stops the writing and is rethrown.
    public static func write(_ document: Document, to output: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try ChunkedOutput.with(output) { out in
            if let title = document.title { try out.append(title + "\n") }
            for step in document.allNodes { try out.append(line(step)) }
        }
    }

    /// One node's line: indentation, label, heading.
    private static func line(_ step: NodeWalk.Step) -> String {
        let node = step.node
        var out = String(repeating: "  ", count: max(0, step.indices.count - 1))
        out += label(node)
        if !node.heading.isEmpty { out += " " + node.heading }
        out += "\n"
        return out
    }

    /// The marker as written, or `¶N` for a paragraph task.
    static func label(_ node: Node) -> String {
        node.style == .paragraph ? "¶\(node.ordinal)" : node.marker
    }
}
