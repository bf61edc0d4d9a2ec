/// Strips wrappers (front matter, HTML, Markdown, page boilerplate) and normalises white space
/// in one linear pass, keeping a map from every clean character back to the source.
package enum Cleaner {
    /// The clean text of `text`.
    package static func clean(_ text: DecodedText) -> CleanText {
        var pass = CleanerPass(text.scalars)
        return pass.run()
    }
}

/// HTML elements that end a line without starting a paragraph.
private let lineTags = TagSet(["br", "tr", "li", "dt", "dd", "option"])

/// HTML elements that end a line (block elements; `lineTags` included).
private let blockTags = TagSet([
    "p", "br", "div", "option", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "tbody", "thead", "tfoot",
    "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "blockquote", "pre", "hr",
    "title", "center", "form", "caption", "figure", "figcaption", "nav", "aside", "main", "address",
])

/// Inline HTML elements that show a text is HTML.
private let inlineTags = TagSet(["span", "td", "th", "strong", "font", "html", "body", "img", "em", "sup", "sub"])

/// HTML elements whose content is dropped with them.
private let droppedContentTags = TagSet(["script", "style", "head", "noscript", "template", "iframe", "svg"])

/// The state of one cleaning pass.
private struct CleanerPass {
    let s: ScalarBuffer
    var out: CleanTextBuilder
    var metadata: [String: String] = [:]
    var html = false
    var markdown = false
    /// In an HTML page line breaks in the source are white space; only tags break lines.
    var newlinesAreSpace = false
    /// A search for this character from at or after this index already failed, so later ones will too.
    var noGreaterThanFrom = Int.max
    var noCommentCloseFrom = Int.max
    /// Ends of Markdown links being read: at `textEnd` (the `]`) skip to after `targetEnd` (the `)`).
    var linkEnds: [(textEnd: Int, targetEnd: Int)] = []
    /// Longest stretch searched ahead for a Markdown link's or image's closing brackets.
    static let linkLookahead = 2_000
    /// Bracket matches for Markdown links around the current position.
    var links = LinkWindow()
    /// Open `<table>` elements; only the outermost is read as a grid.
    var tableDepth = 0
    /// The grid of the outermost open table.
    var grid: TableGridReader?
    /// The tables read so far.
    var tables: [TableLayout] = []
    /// Source tabs that separate the cells of a tab-separated table (`TableLayout.cellTabs`), in
    /// order, and the next one to come.
    var cellTabs: [Int] = []
    var nextCellTab = 0

    init(_ scalars: ScalarBuffer) {
        s = scalars
        out = CleanTextBuilder(capacity: scalars.count)
    }

    mutating func run() -> CleanText {
        var start = 0
        var frontTitle: Range<Int>?
        if let (fields, end, title) = FrontMatter.parse(s) {
            metadata = fields
            start = end
            markdown = true
            if let title, !FrontMatter.bodyRepeats(s, title: title, from: end) { frontTitle = title }
        }
        detectFormat(from: start)
        if !html { cellTabs = TableLayout.cellTabs(in: s, from: start) }
        if let frontTitle {
            // A front-matter title the body does not repeat is the text's first line, so its values
            // (`（2024-2026年）`) are read once, with spans into the front matter.
            for k in frontTitle {
                if TextJoiner.isSpace(s[k]) { out.space(k..<(k + 1)) } else { out.append(s[k], at: k) }
            }
            out.lineBreak(frontTitle.upperBound..<start, .paragraph)
        }
        var i = start
        let n = s.count
        let marked = html || markdown
        let units = s.units
        while i < n {
            // The 16-bit unit: the code point itself, or 0xD800 for one above U+FFFF, which like
            // every such code point is plain wide text (copied by `append`, which reads it whole).
            let v = UInt32(units[i])
            // Fast path: a run of characters copied as they are (CJK text, and printable ASCII
            // that is no markup in this text) goes in one go.
            if Self.isPlain(v, marked: marked) {
                var j = i + 1
                while j < n, Self.isPlain(UInt32(units[j]), marked: marked) { j += 1 }
                out.append(s, i..<j)
                i = j
                continue
            }
            let c = unsafeBitCast(v, to: Unicode.Scalar.self)
            if v > 0x7F {
                switch CharacterClass.cleanRole(value: v) {
                case .space: out.space(i..<(i + 1))
                case .vanish: break   // zero-width characters and soft hyphens
                case .lineBreak: out.lineBreak(i..<(i + 1))
                case .keep: out.append(c, at: i)
                }
                i += 1
                continue
            }
            switch c {
            case "\n", "\r":
                let end = c == "\r" && i + 1 < n && s[i + 1] == "\n" ? i + 2 : i + 1
                if newlinesAreSpace { out.space(i..<end) } else { out.lineBreak(i..<end) }
                i = end
            case "\t" where nextCellTab < cellTabs.count:
                while nextCellTab < cellTabs.count, cellTabs[nextCellTab] < i { nextCellTab += 1 }
                if nextCellTab < cellTabs.count, cellTabs[nextCellTab] == i {
                    out.cellSeparator(i..<(i + 1))
                } else {
                    out.space(i..<(i + 1))
                }
                i += 1
            case " ", "\t", "\u{0B}", "\u{0C}":
                out.space(i..<(i + 1))
                i += 1
            case "<" where html || markdown:
                i = tag(at: i)
            case "&" where html || markdown:
                if let (scalar, length) = HTMLEntity.decode(s, at: i) {
                    emitDecoded(scalar, i..<(i + length))
                    i += length
                } else {
                    out.append(c, at: i)
                    i += 1
                }
            case "*" where markdown && i + 1 < n && s[i + 1] == "*",
                 "_" where markdown && i + 1 < n && s[i + 1] == "_":
                i += 2
            case "#" where markdown && out.atLineStart:
                i = headingMarks(at: i)
            case ">" where markdown && out.atLineStart && !(i + 1 < n && ScalarFold.isDigit(s[i + 1])):
                // `>2` opening a line (a table cell's value) is a comparator, not a quote mark.
                i += 1
                if i < n, s[i] == " " { i += 1 }
            case "!" where markdown && i + 1 < n && s[i + 1] == "[":
                i = image(at: i)
            case "[" where markdown:
                i = linkOpen(at: i)
            case "]" where !linkEnds.isEmpty && linkEnds[linkEnds.count - 1].textEnd == i:
                i = linkEnds.removeLast().targetEnd + 1
            default:
                if v < 0x20 || v == 0x7F {
                    // Other control characters read as white space.
                    out.space(i..<(i + 1))
                } else {
                    out.append(c, at: i)
                }
                i += 1
            }
        }
        let cut = PageBoilerplate.start(in: out.scalars)
        if let cut { out.truncate(to: cut) }
        if var grid {
            grid.closeCell(at: out.count)
            tables.append(grid.finish(at: out.count))
        }
        var (scalars, map) = out.finish(sourceCount: n)
        // Layout residue is a property of text extracted from PDF or Word, not of HTML (whose table
        // positions must not move).
        if !html { PDFLayout.normalise(&scalars, &map) }
        // A table cut by trailing boilerplate keeps what is left.
        let count = scalars.count
        tables = tables.compactMap { table in
            var t = table
            t.range = min(t.range.lowerBound, count)..<min(t.range.upperBound, count)
            t.rows = t.rows.compactMap { row in
                var r = row
                r.cells = r.cells.compactMap { cell in
                    guard cell.range.lowerBound <= count else { return nil }
                    var c = cell
                    c.range = cell.range.lowerBound..<min(cell.range.upperBound, count)
                    return c
                }
                return r.cells.isEmpty ? nil : r
            }
            return t.rows.isEmpty ? nil : t
        }
        let format: InputFormat = html ? .html : (markdown ? .markdown : .plain)
        if !html {
            tables = TableLayout.pipeTables(in: scalars)
            if !cellTabs.isEmpty {
                tables = (tables + TableLayout.tabTables(in: scalars)).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
        var text = CleanText(scalars: scalars, map: map, metadata: metadata, format: format)
        text.tables = tables
        if !html {
            let flattened = FlattenedTable.tables(in: text, outside: tables)
            if !flattened.isEmpty { text.tables = (tables + flattened).sorted { $0.range.lowerBound < $1.range.lowerBound } }
        }
        return text
    }

    /// Whether a non-ASCII code point is copied as it is (not white space, a line separator or zero-width).
    @inline(__always)
    static func isPlainWide(_ v: UInt32) -> Bool {
        if case .keep = CharacterClass.cleanRole(value: v) { return true }
        return false
    }

    /// Whether the main loop would copy code point `v` as it is, one for one: a non-ASCII
    /// character kept by `cleanRole`, or printable ASCII (`!`…`~`) that is no markup — in HTML or
    /// Markdown `< & * _ # > ! [ ]` go through the loop's own cases.
    @inline(__always)
    static func isPlain(_ v: UInt32, marked: Bool) -> Bool {
        if v > 0x7F { return isPlainWide(v) }
        guard v > 0x20, v < 0x7F else { return false }
        guard marked else { return true }
        switch v {
        case 0x3C, 0x26, 0x2A, 0x5F, 0x23, 0x3E, 0x21, 0x5B, 0x5D: return false   // < & * _ # > ! [ ]
        default: return true
        }
    }

    /// Writes a character decoded from an entity (`&nbsp;`, `&#160;`, `&#13;`) by the same rule as
    /// a written one, so no white space written as a reference survives into the clean text.
    private mutating func emitDecoded(_ scalar: Unicode.Scalar, _ source: Range<Int>) {
        switch CharacterClass.cleanRole(scalar) {
        case .space: out.space(source)
        case .vanish: break
        case .lineBreak: if newlinesAreSpace { out.space(source) } else { out.lineBreak(source) }
        case .keep: out.append(scalar, standingFor: source)
        }
    }

    /// Decides whether HTML tags and Markdown marks are read, from the first 64 KiB. A page with
    /// at least half as many block tags as line breaks is laid out by its tags alone.
    private mutating func detectFormat(from start: Int) {
        let end = min(s.count, start + 65_536)
        var i = start
        var lineStart = true
        var blockTagCount = 0
        var newlineCount = 0
        while i < end {
            // Only `<`, `*`, `!`, `#` and line breaks matter below; skip everything else at once
            // (it only tells that the next character does not start a line).
            let from = i
            // (A code point above U+FFFF is the unit 0xD800 here, which matches none of them.)
            i = s.withUnits { p, _ in
                var j = from
                while j < end {
                    let v = p[j]
                    if v == 0x3C || v == 0x2A || v == 0x21 || v == 0x23 || v == 0x0A { break }
                    j += 1
                }
                return j
            }
            if i > from { lineStart = false }
            guard i < end else { break }
            let c = s[i]
            if c == "<", i + 1 < end {
                let nameStart = s[i + 1] == "/" ? i + 2 : i + 1
                let name = tagName(from: nameStart, limit: end)
                let after = nameStart + name.utf8.count
                let closesName = after < end && (s[after] == ">" || s[after] == " " || s[after] == "/")
                if closesName, blockTags.contains(name) || inlineTags.contains(name) {
                    html = true
                    if blockTags.contains(name) { blockTagCount += 1 }
                }
                if i + 3 < end, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" { markdown = true }
            } else if c == "*", i + 1 < end, s[i + 1] == "*" {
                markdown = true
            } else if c == "!", i + 1 < end, s[i + 1] == "[" {
                markdown = true
            } else if lineStart, c == "#", i + 1 < end, s[i + 1] == " " || s[i + 1] == "#" {
                markdown = true
            }
            if c == "\n" { newlineCount += 1 }
            lineStart = c == "\n"
            i += 1
        }
        newlinesAreSpace = html && blockTagCount * 2 >= newlineCount
    }

    /// The lower-cased ASCII tag name starting at `i`.
    private func tagName(from i: Int, limit: Int) -> String {
        // At most 12 ASCII bytes: a small string, built without allocating.
        String(unsafeUninitializedCapacity: 12) { name in
            var j = i
            while j < limit, j - i < 12 {
                let v = s[j].value
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    name[j - i] = UInt8(truncatingIfNeeded: v)
                } else if v >= 0x41 && v <= 0x5A {
                    name[j - i] = UInt8(truncatingIfNeeded: v + 0x20)
                } else {
                    break
                }
                j += 1
            }
            return j - i
        }
    }

    /// White space, `/` and `>`: the characters that end an HTML tag name.
    @inline(__always)
    private static func endsTagName(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "/" || c == ">"
    }

    /// `A`–`Z` and `a`–`z` (the ASCII characters with the Unicode property Alphabetic).
    @inline(__always)
    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// The index of the first `>` at or after `i`, or nil; a failed search is remembered.
    private mutating func closingAngle(from i: Int) -> Int? {
        guard i < noGreaterThanFrom else { return nil }
        var j = i
        while j < s.count {
            if s.bmp(j) == ">" { return j }
            j += 1
        }
        noGreaterThanFrom = i
        return nil
    }

    /// Handles `<` at `i`: a tag, comment or autolink is dropped (block tags end the line,
    /// table cells become `\t`); anything else is text. Returns the next index.
    private mutating func tag(at i: Int) -> Int {
        let n = s.count
        // Comments.
        if i + 3 < n, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
            // `<!-->` and `<!--->` are whole (empty) comments, as HTML reads them: they must not
            // swallow the text up to a later `-->`.
            if i + 4 < n, s[i + 4] == ">" { return i + 5 }
            if i + 5 < n, s[i + 4] == "-", s[i + 5] == ">" { return i + 6 }
            if let end = commentEnd(from: i + 4) { return end }
            out.append("<", at: i)
            return i + 1
        }
        guard i + 1 < n else {
            out.append("<", at: i)
            return i + 1
        }
        let next = s[i + 1]
        let isClosing = next == "/"
        let nameStart = isClosing ? i + 2 : i + 1
        var name = tagName(from: nameStart, limit: n)
        let startsTag = !name.isEmpty && (nameStart < n && Self.isASCIILetter(s[nameStart]))
        // A name runs to white space, `/` or `>`: `<style="x">` is no `<style>` element.
        let nameEnd = nameStart + name.utf8.count
        if nameEnd < n, !Self.endsTagName(s[nameEnd]) { name = "" }
        let isDeclaration = next == "!" || next == "?"
        guard startsTag || isDeclaration, let close = closingAngle(from: i + 1) else {
            out.append("<", at: i)
            return i + 1
        }
        let source = i..<(close + 1)
        if !isClosing, droppedContentTags.contains(name) {
            // The removed element separates what stands around it, so `6<script>…</script>.1`
            // cannot read as the marker `6.1`.
            let end = endOfElement(name, from: close + 1)
            out.space(i..<end)
            return end
        }
        if name == "table" {
            if isClosing {
                if tableDepth == 1, var grid {
                    grid.closeCell(at: out.count)
                    tables.append(grid.finish(at: out.count))
                    self.grid = nil
                }
                tableDepth = max(0, tableDepth - 1)
            } else {
                tableDepth += 1
                if tableDepth == 1 { grid = TableGridReader(start: out.count + out.pendingBreakCount) }
            }
            out.lineBreak(source, .paragraph)
            return close + 1
        }
        let inTable = tableDepth == 1 && grid != nil
        if name == "td" || name == "th" {
            if !isClosing, !out.atLineStart { out.append("\t", standingFor: source) }
            if inTable {
                if isClosing {
                    grid?.closeCell(at: out.count)
                } else {
                    let rows = attribute("rowspan", in: source)
                    let columns = attribute("colspan", in: source)
                    grid?.openCell(at: out.count + out.pendingBreakCount, rowSpan: rows, columnSpan: columns)
                }
            }
        } else if name == "tr" {
            if inTable {
                grid?.closeCell(at: out.count)
                if !isClosing { grid?.openRow() }
            }
            out.lineBreak(source, .line)
        } else if lineTags.contains(name) {
            out.lineBreak(source, name == "br" ? .newline : .line)
        } else if blockTags.contains(name) {
            out.lineBreak(source, .paragraph)
        }
        return close + 1
    }

    /// The number in `name="3"` (or `name=3`) inside the tag at `source`; 1 when absent.
    private func attribute(_ name: String, in source: Range<Int>) -> Int {
        let key = Array(name.unicodeScalars)
        var j = source.lowerBound
        while j + key.count < source.upperBound {
            var k = 0
            // Only ASCII is compared, so the 16-bit view (`bmp`) reads exactly.
            while k < key.count, ScalarFold.lowercasedASCII(s.bmp(j + k)) == key[k] { k += 1 }
            if k == key.count {
                var q = j + k
                while q < source.upperBound, s.bmp(q) == "=" || s.bmp(q) == "\"" || s.bmp(q) == "'" || s.bmp(q) == " " { q += 1 }
                var value = 0
                while q < source.upperBound, ScalarFold.isDigit(s.bmp(q)), value < 100_000 {
                    value = value * 10 + Int(s.bmp(q).value - 0x30)
                    q += 1
                }
                return max(1, value)
            }
            j += 1
        }
        return 1
    }

    /// The index after `-->`, or nil when the comment never closes.
    private mutating func commentEnd(from i: Int) -> Int? {
        guard i < noCommentCloseFrom else { return nil }
        var j = i
        while j + 2 < s.count {
            if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return j + 3 }
            j += 1
        }
        noCommentCloseFrom = i
        return nil
    }

    /// The index after `</name>`, or the end of the text when the element never closes.
    private func endOfElement(_ name: String, from i: Int) -> Int {
        let target = Array(name.unicodeScalars)
        var j = i
        while j + 1 < s.count {
            if s[j] == "<", s[j + 1] == "/" {
                var k = 0
                while k < target.count, j + 2 + k < s.count,
                      ScalarFold.lowercasedASCII(s[j + 2 + k]) == target[k] { k += 1 }
                if k == target.count {
                    var end = j + 2 + k
                    while end < s.count, s[end] != ">" { end += 1 }
                    return min(s.count, end + 1)
                }
            }
            j += 1
        }
        return s.count
    }

    /// Drops Markdown heading marks (`## `) at the start of a line.
    private func headingMarks(at i: Int) -> Int {
        var j = i
        while j < s.count, s[j] == "#", j - i < 6 { j += 1 }
        guard j < s.count, s[j] == " " else { return i + 1 }
        return j + 1
    }

    /// Drops a Markdown image `![alt](target)`; a lone `!` is text.
    private mutating func image(at i: Int) -> Int {
        if let (_, targetEnd) = linkShape(openingAt: i + 1) { return targetEnd + 1 }
        out.append("!", at: i)
        return i + 1
    }

    /// At `[`: for a Markdown link `[text](target)` the brackets and target are dropped and the
    /// text kept; anything else is text.
    private mutating func linkOpen(at i: Int) -> Int {
        while let last = linkEnds.last, last.textEnd < i { linkEnds.removeLast() }
        if let ends = linkShape(openingAt: i) {
            linkEnds.append(ends)
            return i + 1
        }
        out.append("[", at: i)
        return i + 1
    }

    /// If `[` at `i` opens `[…](…)` on one line within the lookahead, the indices of its `]` and `)`.
    ///
    /// Answered from `links`, which matches brackets a window at a time, so a line of ten
    /// thousand `[` costs a few steps per character, not a lookahead scan for each `[`.
    private mutating func linkShape(openingAt i: Int) -> (textEnd: Int, targetEnd: Int)? {
        links.link(openingAt: i, in: s, lookahead: Self.linkLookahead)
    }
}

/// Markdown link brackets matched over a window of the text: for each `[` the index of its `]` on
/// the same line, and for each position the first `)` or line break at or after it.
///
/// A window starts at the `[` asked about and runs twice the lookahead, so it answers every `[`
/// in its first half; windows start at least a lookahead apart, which keeps the total work
/// linear (each character is looked at a bounded number of times).
struct LinkWindow {
    /// First index the window covers.
    private var start = 0
    /// One past the last index covered.
    private var end = 0
    /// `[` at `start + k` may be asked about while `start + k < valid`.
    private var valid = 0
    /// The index of the `]` matching `[` at `start + k`, or -1.
    private var matches: [Int] = []
    /// The first `)` or line break at or after `start + k`, or `end`.
    private var stops: [Int] = []

    /// If `[` at `i` opens `[…](…)` on one line with its `)` less than `lookahead` after `i`,
    /// the indices of its `]` and `)`.
    mutating func link(openingAt i: Int, in s: ScalarBuffer, lookahead: Int) -> (textEnd: Int, targetEnd: Int)? {
        let limit = min(s.count, i + lookahead)
        cover(i, in: s, lookahead: lookahead)
        guard let j = match(of: i), j < limit, j + 1 < limit, s[j + 1] == "(" else { return nil }
        let k = stop(from: j + 2)
        return k < limit && s[k] == ")" ? (j, k) : nil
    }

    /// Makes sure the window answers for `[` at `i`.
    mutating func cover(_ i: Int, in s: ScalarBuffer, lookahead: Int) {
        if i >= start, i < valid { return }
        start = i
        end = min(s.count, i + 2 * lookahead)
        valid = i + lookahead
        let count = end - start
        matches = Array(repeating: -1, count: count)
        stops = Array(repeating: end, count: count)
        var open: [Int] = []
        for p in start..<end {
            switch s.bmp(p) {
            case "[": open.append(p)
            case "]": if let q = open.popLast() { matches[q - start] = p }
            case "\n": open.removeAll(keepingCapacity: true)
            default: break
            }
        }
        var next = end
        for p in stride(from: end - 1, through: start, by: -1) {
            if s.bmp(p) == ")" || s.bmp(p) == "\n" { next = p }
            stops[p - start] = next
        }
    }

    /// The `]` matching `[` at `i` (which `cover` was called for), or nil.
    func match(of i: Int) -> Int? {
        let m = matches[i - start]
        return m < 0 ? nil : m
    }

    /// The first `)` or line break at or after `p`, or the window's end.
    func stop(from p: Int) -> Int {
        p < end ? stops[p - start] : end
    }
}
