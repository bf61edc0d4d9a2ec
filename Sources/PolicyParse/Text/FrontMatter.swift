/// YAML front matter (`---` … `---` at the very start, as Jekyll and scrapers write it).
///
/// Only flat `key: value` lines and `- item` lists under a key are read; anything else in the
/// block is ignored. A block that never closes (within `maxLines`) is not front matter.
enum FrontMatter {
    /// Longest block searched for its closing line.
    static let maxLines = 200

    /// Chinese keys that name the title (标题) as `title` does.
    static let titleKeys: Set<String> = ["标题", "题名", "文件名称"]

    /// The document facts Chinese front-matter keys give, by fact key: the title (标题), the
    /// document number (文号, which wins over one read from the text: the text may cite another
    /// document's number first), the issuer (发文机关) and the signing date (成文日期, 发布日期 in
    /// the form `2021-10-13`; one read from the text wins).
    static let chineseKeys: [(fact: String, keys: [String], wins: Bool)] = [
        ("title", ["标题", "题名", "文件名称"], false),
        ("documentNumber", ["文号", "发文字号", "发文号"], true),
        ("issuer", ["发文机关", "发布机关", "发文单位", "发布单位"], false),
        ("signedDate", ["成文日期", "发布日期", "印发日期"], false),
    ]

    /// `metadata` with the facts of its Chinese front-matter keys (`chineseKeys`) added.
    static func addingChineseFacts(to metadata: [String: String]) -> [String: String] {
        var out = metadata
        for (fact, keys, wins) in chineseKeys where wins || out[fact] == nil {
            guard let value = keys.lazy.compactMap({ metadata[$0]?.trimmingSpaces }).first(where: { !$0.isEmpty }) else { continue }
            if fact == "signedDate", !isISODate(value) { continue }
            // A title line's letter spacing goes, as from a title read in the text.
            out[fact] = fact == "title" ? TitleFinder.squeezeLetterSpacing(value) : value
        }
        return out
    }

    /// `2021-10-13`.
    static func isISODate(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        guard s.count == 10, s[4] == "-", s[7] == "-" else { return false }
        return s.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ScalarFold.isDigit($0.element) }
    }

    /// The fields, the source index just after the closing line, and where the `title` value
    /// stands in the source (quotes excluded), or nil when there is no front matter.
    static func parse(_ s: ScalarBuffer) -> (fields: [String: String], end: Int, title: Range<Int>?)? {
        var i = 0
        // Allow blank lines before the opening line.
        while i < s.count, s[i] == "\n" || s[i] == "\r" || s[i] == " " { i += 1 }
        guard isDashLine(s, i) else { return nil }
        var lineStart = nextLine(s, i)
        var fields: [String: String] = [:]
        var listKey: String?
        var title: Range<Int>?
        var lines = 0
        while lineStart < s.count, lines < maxLines {
            let lineEnd = endOfLine(s, lineStart)
            if isDashLine(s, lineStart) || isDotsLine(s, lineStart) {
                return (fields, nextLine(s, lineStart), title)
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
                    if key == "title" || (title == nil && titleKeys.contains(key)) { title = valueRange(s, lineStart..<lineEnd) }
                    listKey = value.isEmpty ? key : nil
                }
            }
            lineStart = nextLine(s, lineStart)
            lines += 1
        }
        return nil
    }

    /// Where the value of the `key: value` line `line` stands: after the first `:`, without the
    /// spaces around it or one pair of matching quotes; nil when empty.
    private static func valueRange(_ s: ScalarBuffer, _ line: Range<Int>) -> Range<Int>? {
        guard var lower = line.firstIndex(where: { s[$0] == ":" }).map({ $0 + 1 }) else { return nil }
        var upper = line.upperBound
        while lower < upper, TextJoiner.isSpace(s[lower]) { lower += 1 }
        while upper > lower, TextJoiner.isSpace(s[upper - 1]) { upper -= 1 }
        if upper - lower >= 2, s[lower] == s[upper - 1], s[lower] == "'" || s[lower] == "\"" {
            lower += 1
            upper -= 1
        }
        return lower < upper ? lower..<upper : nil
    }

    /// How many code points after the front matter are searched for a repeat of its title.
    static let repeatWindow = TitleFinder.linesExamined * TitleFinder.maxLineScalars

    /// Whether the text after the front matter (from `start`, within `repeatWindow` code points)
    /// repeats the `title` value code point for code point (`# 标题`, `<h1>标题</h1>`): then that
    /// line carries the title's values, and the front matter's copy is not read a second time.
    static func bodyRepeats(_ s: ScalarBuffer, title: Range<Int>, from start: Int) -> Bool {
        let needle = s[title]
        guard let first = needle.first else { return true }
        let end = min(s.count, start + repeatWindow)
        var i = start
        while i + needle.count <= end {
            if s[i] == first, s[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    private static func isDashLine(_ s: ScalarBuffer, _ i: Int) -> Bool { isRule(s, i, "-") }
    private static func isDotsLine(_ s: ScalarBuffer, _ i: Int) -> Bool { isRule(s, i, ".") }

    /// Whether the line at `i` is exactly three `c` (trailing spaces allowed).
    private static func isRule(_ s: ScalarBuffer, _ i: Int, _ c: Unicode.Scalar) -> Bool {
        guard i + 3 <= s.count, s[i] == c, s[i + 1] == c, s[i + 2] == c else { return false }
        var j = i + 3
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        return j == s.count || s[j] == "\n" || s[j] == "\r"
    }

    private static func endOfLine(_ s: ScalarBuffer, _ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] != "\n", s[j] != "\r" { j += 1 }
        return j
    }

    private static func nextLine(_ s: ScalarBuffer, _ i: Int) -> Int {
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
