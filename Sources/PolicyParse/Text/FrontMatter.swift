/// YAML front matter (`---` … `---` at the very start, as Jekyll and scrapers write it).
///
/// Only flat `key: value` lines and `- item` lists under a key are read; anything else in the
/// block is ignored. A block that never closes (within `maxLines`) is not front matter.
enum FrontMatter {
    /// Longest block searched for its closing line.
    static let maxLines = 200

    /// The fields and the source index just after the closing line, or nil when there is none.
    static func parse(_ s: [Unicode.Scalar]) -> (fields: [String: String], end: Int)? {
        var i = 0
        // Allow blank lines before the opening line.
        while i < s.count, s[i] == "\n" || s[i] == "\r" || s[i] == " " { i += 1 }
        guard isDashLine(s, i) else { return nil }
        var lineStart = nextLine(s, i)
        var fields: [String: String] = [:]
        var listKey: String?
        var lines = 0
        while lineStart < s.count, lines < maxLines {
            let lineEnd = endOfLine(s, lineStart)
            if isDashLine(s, lineStart) || isDotsLine(s, lineStart) {
                return (fields, nextLine(s, lineStart))
            }
            let line = String(scalars: s[lineStart..<lineEnd]).trimmingSpaces
            if line.hasPrefix("- "), let key = listKey {
                let item = unquote(String(line.dropFirst(2)).trimmingSpaces)
                fields[key] = fields[key].map { $0.isEmpty ? item : $0 + ", " + item } ?? item
            } else if let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") {
                let key = String(line[..<colon]).trimmingSpaces
                let value = unquote(String(line[line.index(after: colon)...]).trimmingSpaces)
                if !key.isEmpty, !key.contains(" ") {
                    fields[key] = value
                    listKey = value.isEmpty ? key : nil
                }
            }
            lineStart = nextLine(s, lineStart)
            lines += 1
        }
        return nil
    }

    private static func isDashLine(_ s: [Unicode.Scalar], _ i: Int) -> Bool { isRule(s, i, "-") }
    private static func isDotsLine(_ s: [Unicode.Scalar], _ i: Int) -> Bool { isRule(s, i, ".") }

    /// Whether the line at `i` is exactly three `c` (trailing spaces allowed).
    private static func isRule(_ s: [Unicode.Scalar], _ i: Int, _ c: Unicode.Scalar) -> Bool {
        guard i + 3 <= s.count, s[i] == c, s[i + 1] == c, s[i + 2] == c else { return false }
        var j = i + 3
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        return j == s.count || s[j] == "\n" || s[j] == "\r"
    }

    private static func endOfLine(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] != "\n", s[j] != "\r" { j += 1 }
        return j
    }

    private static func nextLine(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = endOfLine(s, i)
        if j < s.count, s[j] == "\r" { j += 1 }
        if j < s.count, s[j] == "\n" { j += 1 }
        return j
    }

    private static func unquote(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == value.last, first == "'" || first == "\"" {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
