/// Markdown 视图 (Markdown view): the task tree as a nested Markdown list, marker in bold, heading,
/// and the node's own text as an indented paragraph under the item.
public enum MarkdownFormatter {
    /// The Markdown of `document`: `# title`, the preamble, then the nested list.
    public static func render(_ document: Document) -> String {
        var out = head(document)
        for step in document.allNodes { out += item(step) }
        return out
    }

    /// Streams the same text as `render` to `output` in pieces of about 64 KiB; an error thrown
    /// by `output` stops the writing and is rethrown.
    public static func write(_ document: Document, to output: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try ChunkedOutput.with(output) { out in
            try out.append(head(document))
            for step in document.allNodes { try out.append(item(step)) }
        }
    }

    /// The title and the preamble; the preamble's title lines are left out, since `# title` shows them.
    private static func head(_ document: Document) -> String {
        var out = ""
        var preamble = Substring(document.text)
        if let title = document.title {
            out += "# " + escape(title) + "\n\n"
            preamble = withoutTitle(title, preamble)
        }
        if !preamble.isEmpty { out += escape(String(preamble)).replacingNewlines(with: "\n\n") + "\n\n" }
        return out
    }

    /// `text` without its first lines when they spell `title` (one line, a title set over several
    /// lines, letter-spaced `国 家 粮 食`, or `《title》`), and without the line break after them;
    /// `text` as it is when it does not start with the title (a title from front matter).
    static func withoutTitle(_ title: String, _ text: Substring) -> Substring {
        let wanted = Array(title.unicodeScalars.filter { !CharacterClass.isBlank($0) })
        guard !wanted.isEmpty else { return text }
        var matched = 0
        var rest = text
        while !rest.isEmpty {
            let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
            var line = ArraySlice(rest[..<lineEnd].unicodeScalars.filter { !CharacterClass.isBlank($0) })
            if matched == 0, line.first == "《", line.last == "》", line.dropFirst().dropLast().elementsEqual(wanted) {
                line = line.dropFirst().dropLast()
            }
            guard !line.isEmpty, matched + line.count <= wanted.count,
                  wanted[matched..<(matched + line.count)].elementsEqual(line) else { return text }
            matched += line.count
            rest = lineEnd == rest.endIndex ? rest[lineEnd...] : rest[rest.index(after: lineEnd)...]
            if matched == wanted.count { return rest.drop { $0 == "\n" } }
        }
        return text
    }

    /// One node's list item and its text.
    private static func item(_ step: NodeWalk.Step) -> String {
        let node = step.node
        let indent = String(repeating: "  ", count: max(0, step.indices.count - 1))
        let marker = node.style == .paragraph ? "¶\(node.ordinal)" : node.marker
        var out = indent + "- **" + escape(marker) + "**"
        if !node.heading.isEmpty { out += " " + escape(node.heading) }
        out += "\n"
        if !node.text.isEmpty {
            let body = indent + "  "
            out += "\n" + body + escape(node.text).replacingNewlines(with: "\n\n" + body) + "\n\n"
        }
        return out
    }

    /// Escapes the characters that Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|":
                out.append("\\")
                out.append(c)
            default:
                out.append(c)
            }
        }
        return String(out)
    }
}

extension String {
    /// The string with each line break replaced by `separator`.
    func replacingNewlines(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
