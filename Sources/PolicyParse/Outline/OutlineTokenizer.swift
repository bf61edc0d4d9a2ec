/// Finds outline markers (标号) in clean text in one linear pass over `clean.scalars`.
///
/// Line markers are read at the start of a line, after spaces and a leftover `**`, `#`, `>` or
/// `- ` bullet: `一、` `（一）` `1、` `1.` `（1）` `①` `第一章` `第一节` `第一条` `第一部分` `——` and decimal
/// outlines `1.1` `2.3.1` (plus `1 总则` when the document has a decimal outline). Inline
/// enumerations (`一是…二是…`, `第一，…第二，…`) are read inside paragraphs, only as sequences
/// that start at one. A table of contents (目录) yields no tokens; an annex heading (附件) yields
/// an `.annex` token. Whether a marker continues a sequence is decided by `TreeBuilder`.
/// See `Docs/Numbering.md`.
package enum OutlineTokenizer {
    /// The marker tokens of `clean`, in order.
    package static func tokens(in clean: CleanText) -> [OutlineToken] {
        var pass = OutlineScan(clean.scalars)
        // The rows of a task table are read by the builder, those of an indicator table are the
        // holder's indicators, and a table rebuilt from one cell per line is a table whatever its
        // columns: none gives markers (`120.14` in a cell is no item 120.14). Other HTML tables
        // (often a page's layout) keep theirs.
        pass.tables = clean.tables.filter {
            $0.isRebuilt || TableRows.read($0, in: clean) != nil || IndicatorTable.indicators($0, in: clean) != nil
        }.map(\.range)
        return pass.run()
    }

    /// The line marker at `p` of `scalars` (before `lineEnd`), read as at the start of a line: the one
    /// marker recogniser, which `Segmenter` also asks where a paragraph may go on.
    package static func marker(in scalars: [Unicode.Scalar], at p: Int, lineEnd: Int) -> OutlineToken? {
        OutlineScan(scalars).marker(at: p, lineEnd: lineEnd)
    }
}

/// The state of one tokenizer pass.
struct OutlineScan {
    let s: [Unicode.Scalar]
    var tokens: [OutlineToken] = []
    /// Inline enumeration candidates of the paragraph being read.
    var inline = InlineEnumeration()
    /// Lines before this index belong to a table of contents.
    var skipUntil = 0
    /// Tables of contents looked for so far (bounded so the lookahead stays linear).
    var tablesOfContents = 0
    /// Task tables (clean ranges, in order): their lines give no markers.
    var tables: [Range<Int>] = []
    var nextTable = 0
    /// Whether the last line read goes on in the next (a hard wrap).
    var previousLineWraps = false
    /// Whether a decimal marker with at least two components was seen.
    var hasDecimalOutline = false

    /// Lines of a table of contents looked through for the repeat of its first entry.
    static let tocLookaheadLines = 400
    /// Entries of a table of contents are at most this many characters.
    static let tocEntryLength = 40
    /// An annex heading line is at most this many characters.
    static let annexLineLength = 40
    /// The title after `1 ` in an emergency-plan top level is at most this many characters.
    static let spacedTitleLength = 24
    /// A decimal marker has at most this many components (`1.2.3.4.5.6.7.8`); a longer dotted
    /// number is text. This bounds the tree's depth (decimal frames nest by component count), and
    /// so the nesting of the JSON, which `JSONDecoder` refuses past 512 (Docs/Limits.md).
    static let maxDecimalComponents = OutlineLimits.maxDecimalDepth

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    mutating func run() -> [OutlineToken] {
        let n = s.count
        var lineStart = 0
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, s[lineEnd] != "\n" { lineEnd += 1 }
            line(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        flushInline()
        if !hasDecimalOutline {
            tokens.removeAll { $0.isSpacedDecimal }
        }
        return tokens
    }

    // MARK: Lines

    /// Reads one line: table of contents, annex heading, line marker, then inline enumerations.
    mutating func line(_ line: Range<Int>) {
        let content = contentStart(line)
        if content >= trimmedEnd(line) {
            flushInline() // A blank line ends the paragraph.
            previousLineWraps = false
            return
        }
        if line.lowerBound < skipUntil { return }
        while nextTable < tables.count, tables[nextTable].upperBound <= line.lowerBound { nextTable += 1 }
        if nextTable < tables.count, tables[nextTable].contains(line.lowerBound) {
            flushInline(endingChain: true)
            previousLineWraps = false
            return
        }
        if tablesOfContents < 2, isTableOfContentsHeading(content..<line.upperBound) {
            tablesOfContents += 1
            flushInline(endingChain: true)
            skipUntil = tableOfContentsEnd(after: line.upperBound)
            return
        }
        if isAnnexHeading(content..<trimmedEnd(line)) {
            flushInline(endingChain: true)
            tokens.append(annexMarker(content..<trimmedEnd(line)))
            // `附件：1.xx清单`: the list's first entry is a marker of its own.
            var rest = tokens[tokens.count - 1].range.upperBound
            while rest < line.upperBound, isBlank(ScalarFold.analysis(s[rest])) || s[rest] == "：" || s[rest] == ":" { rest += 1 }
            if let token = marker(at: rest, lineEnd: line.upperBound), token.style == .arabic { tokens.append(token) }
            return
        }
        var inlineFrom = content
        let wrapped = previousLineWraps
        previousLineWraps = continuesParagraph(line)
        if !wrapped { inline.paragraphStart = content }
        // A figure that a hard wrap put at a line's start (`6.25亿元…`) is the paragraph's text.
        if let token = marker(at: content, lineEnd: line.upperBound), !(token.continuesOnly && wrapped) {
            flushInline(endingChain: true)
            tokens.append(token)
            if token.style == .decimal, token.depth >= 2 { hasDecimalOutline = true }
            inlineFrom = token.range.upperBound
            if token.style == .chapter || token.style == .section || token.style == .part,
               let article = articleAfterTitle(from: token.range.upperBound, lineEnd: line.upperBound) {
                // `第一章　总则　　第一条　为规范…` on one line.
                tokens.append(article)
                inlineFrom = article.range.upperBound
            }
        }
        inline.scan(s, inlineFrom..<line.upperBound, lineStart: content)
        if !previousLineWraps { flushInline() }
    }

    /// Where a line's text starts: after spaces, `**`, `#`, `>` and a `- `/`* `/`+ `/`• ` bullet.
    func contentStart(_ line: Range<Int>) -> Int {
        var i = line.lowerBound
        let end = line.upperBound
        while i < end {
            let c = ScalarFold.analysis(s[i])
            if isBlank(c) || c == "#" || c == ">" || (c == "*" && i + 1 < end && s[i + 1] == "*") {
                i += c == "*" ? 2 : 1
            } else if (c == "-" || c == "*" || c == "+" || c == "•" || c == "·"), i + 1 < end,
                      isBlank(ScalarFold.analysis(s[i + 1])) {
                i += 2
            } else {
                break
            }
        }
        return min(i, end)
    }

    /// One past the last non-blank character of `line`.
    func trimmedEnd(_ line: Range<Int>) -> Int {
        var end = line.upperBound
        while end > line.lowerBound, isBlank(ScalarFold.analysis(s[end - 1])) { end -= 1 }
        return end
    }

    /// Whether the paragraph goes on after `line` (a hard wrap, as `TextJoiner` sees it).
    func continuesParagraph(_ line: Range<Int>) -> Bool {
        let end = trimmedEnd(line)
        guard line.upperBound < s.count else { return false }
        return WrapRule.allowsWrap(after: line.lowerBound..<end, in: s)
    }

    @inline(__always)
    func isBlank(_ c: Unicode.Scalar) -> Bool { CharacterClass.isBlank(c) }

    /// Turns the paragraph's enumeration candidates into tokens; `endingChain` when a marker, table
    /// or annex comes next, so a `N是` chain does not go on past it.
    mutating func flushInline(endingChain: Bool = false) {
        if inline.hasCandidates { tokens.append(contentsOf: inline.chains()) }
        if endingChain { inline.breakChain() }
    }

    // MARK: Table of contents and annex

    /// Whether a line is `目录` / `目　　录` / `目次` and nothing else.
    func isTableOfContentsHeading(_ line: Range<Int>) -> Bool {
        var letters: [Unicode.Scalar] = []
        for i in line {
            let c = ScalarFold.analysis(s[i])
            if isBlank(c) || c == "*" || c == "#" { continue }
            letters.append(c)
            if letters.count > 2 { return false }
        }
        return letters == ["目", "录"] || letters == ["目", "次"]
    }

    /// The letters of a line without blanks, Markdown marks and a trailing page number, for comparing
    /// entries; nil when the line is longer than `limit` letters.
    func key(_ line: Range<Int>, limit: Int) -> [Unicode.Scalar]? {
        var letters: [Unicode.Scalar] = []
        for i in line {
            let c = ScalarFold.analysis(s[i])
            if isBlank(c) || c == "*" || c == "#" { continue }
            letters.append(c)
            if letters.count > limit { return nil }
        }
        // Drop a page number and its leader dots (`1 总则……3`).
        var end = letters.count
        var sawDigit = false
        while end > 0, letters[end - 1].value >= 0x30, letters[end - 1].value <= 0x39 { end -= 1; sawDigit = true }
        if sawDigit {
            var leader = end
            while leader > 0, letters[leader - 1] == "." || letters[leader - 1] == "…" || letters[leader - 1] == "·" { leader -= 1 }
            if leader < end, leader > 0 { letters.removeSubrange(leader...) }
        }
        return letters
    }

    /// Where the table of contents that starts after `start` ends: at the line that repeats its first
    /// entry, or else at the first line too long (or too sentence-like) to be an entry.
    func tableOfContentsEnd(after start: Int) -> Int {
        let n = s.count
        var lineStart = start + 1
        var first: [Unicode.Scalar]? = nil
        var fallback: Int? = nil
        var lines = 0
        while lineStart < n, lines < OutlineScan.tocLookaheadLines {
            var lineEnd = lineStart
            while lineEnd < n, s[lineEnd] != "\n" { lineEnd += 1 }
            if let letters = key(lineStart..<lineEnd, limit: OutlineScan.tocEntryLength) {
                if !letters.isEmpty {
                    lines += 1
                    if let first {
                        if letters == first { return lineStart }
                    } else {
                        first = letters
                    }
                    if fallback == nil, letters.contains("。") { fallback = lineStart }
                }
            } else {
                if first == nil { return lineStart }
                if fallback == nil { fallback = lineStart }
            }
            lineStart = lineEnd + 1
        }
        return fallback ?? start
    }

    /// The annex token of an annex heading line: `附件`, `附件2：`, `附件 二` as marker, its number as ordinal
    /// (0 when none is written), the rest of the line its title.
    func annexMarker(_ line: Range<Int>) -> OutlineToken {
        var end = line.lowerBound + 2
        var k = end
        while k < line.upperBound, isBlank(ScalarFold.analysis(s[k])) { k += 1 }
        var ordinal = 0
        if k < line.upperBound, let (value, numberEnd) = ChineseNumeral.readArabic(s, at: k, limit: line.upperBound)
            ?? ChineseNumeral.readOrdinal(s, at: k, limit: line.upperBound) {
            ordinal = value
            end = numberEnd
        }
        // `附件2：` keeps its colon in the marker, as `一、` keeps its comma.
        if end < line.upperBound, s[end] == "：" || s[end] == ":" { end += 1 }
        return OutlineToken(kind: .annex, style: .annex, ordinal: ordinal, range: line.lowerBound..<end)
    }

    /// Whether a line is an annex heading: `附件`, `附件1`, `附件一：`, `附件：XX名单` (short, no sentence).
    func isAnnexHeading(_ line: Range<Int>) -> Bool {
        guard line.count >= 2, line.count <= OutlineScan.annexLineLength,
              s[line.lowerBound] == "附", s[line.lowerBound + 1] == "件" else { return false }
        let after = line.lowerBound + 2
        if after < line.upperBound {
            let c = ScalarFold.analysis(s[after])
            guard isBlank(c) || c == ":" || c == "：" || ScalarFold.isDigit(c) || ChineseNumeral.isOrdinalCharacter(c) else { return false }
        }
        for i in line where s[i] == "。" || s[i] == "，" { return false }
        return true
    }

    // MARK: Line markers

    /// The line marker at `p` (the start of a line's text), or nil.
    func marker(at p: Int, lineEnd: Int) -> OutlineToken? {
        guard p < lineEnd else { return nil }
        let c = ScalarFold.analysis(s[p])
        let v = c.value
        switch c {
        case "第":
            return ordinalWord(at: p, lineEnd: lineEnd)
        case "(":
            return parenthesised(at: p, lineEnd: lineEnd)
        case "—", "―", "-":
            return dash(at: p, lineEnd: lineEnd)
        default:
            break
        }
        if v >= 0x30, v <= 0x39 { return arabic(at: p, lineEnd: lineEnd) }
        if v >= 0x2460, v <= 0x2473 { return OutlineToken(style: .circled, ordinal: Int(v - 0x245F), range: p..<(p + 1)) }
        if v >= 0x3251, v <= 0x325F { return OutlineToken(style: .circled, ordinal: Int(v - 0x3251 + 21), range: p..<(p + 1)) }
        if v >= 0x2474, v <= 0x2487 { return OutlineToken(style: .arabicParen, ordinal: Int(v - 0x2473), range: p..<(p + 1)) }
        // ㈠…㈩: （一）…（十） written as one character.
        if v >= 0x3220, v <= 0x3229 { return OutlineToken(style: .cjkParen, ordinal: Int(v - 0x321F), range: p..<(p + 1)) }
        if v >= 0x2488, v <= 0x249B { return OutlineToken(style: .arabic, ordinal: Int(v - 0x2487), range: p..<(p + 1)) }
        if ChineseNumeral.isOrdinalCharacter(c) { return cjkComma(at: p, lineEnd: lineEnd) }
        return nil
    }

    /// `第一章` `第一节` `第十二条` `第一部分`.
    func ordinalWord(at p: Int, lineEnd: Int) -> OutlineToken? {
        guard let (value, end) = ChineseNumeral.readOrdinal(s, at: p + 1, limit: lineEnd) ?? arabicWord(at: p + 1, lineEnd: lineEnd),
              end < lineEnd else { return nil }
        let style: Style
        var markerEnd = end + 1
        switch s[end] {
        case "章": style = .chapter
        case "节": style = .section
        case "条": style = .article
        case "部":
            guard end + 1 < lineEnd, s[end + 1] == "分" else { return nil }
            style = .part
            markerEnd = end + 2
        default:
            return nil
        }
        // `第一条规定的…` and `第三章所称…` refer to a provision; they do not start one.
        if markerEnd < lineEnd {
            switch s[markerEnd] {
            case "规", "的", "所", "中", "至", "和", "、", "，", "或", "第", "之": return nil
            default: break
            }
        }
        return OutlineToken(style: style, ordinal: value, range: p..<markerEnd)
    }

    /// A `第N条` after a chapter title on the same line (`第一章 总则 第一条 …`), after a blank.
    func articleAfterTitle(from start: Int, lineEnd: Int) -> OutlineToken? {
        var j = start
        while j < lineEnd, j - start <= OutlineScan.spacedTitleLength {
            if s[j] == "第", j > start, isBlank(ScalarFold.analysis(s[j - 1])),
               let token = ordinalWord(at: j, lineEnd: lineEnd), token.style == .article {
                return token
            }
            if s[j] == "。" || s[j] == "，" { return nil }
            j += 1
        }
        return nil
    }

    /// `第1条`: Arabic digits inside an ordinal word.
    func arabicWord(at p: Int, lineEnd: Int) -> (value: Int, end: Int)? {
        guard let (value, end) = ChineseNumeral.readArabic(s, at: p, limit: lineEnd), value > 0 else { return nil }
        return (value, end)
    }

    /// `（一）` `(一)` `（1）` `(1)`.
    func parenthesised(at p: Int, lineEnd: Int) -> OutlineToken? {
        let q = p + 1
        guard q < lineEnd else { return nil }
        let style: Style
        let read: (value: Int, end: Int)?
        if ScalarFold.isDigit(s[q]) {
            style = .arabicParen
            read = ChineseNumeral.readArabic(s, at: q, limit: lineEnd)
        } else {
            style = .cjkParen
            read = ChineseNumeral.readOrdinal(s, at: q, limit: lineEnd)
        }
        guard let (value, end) = read, value > 0, end < lineEnd, ScalarFold.analysis(s[end]) == ")" else { return nil }
        return OutlineToken(style: style, ordinal: value, range: p..<(end + 1))
    }

    /// `——` `— —` `--` `－－` `――` dash bullets.
    func dash(at p: Int, lineEnd: Int) -> OutlineToken? {
        let first = ScalarFold.analysis(s[p])
        var q = p + 1
        if q < lineEnd, s[q] == " ", first != "-" { q += 1 }
        guard q < lineEnd, ScalarFold.analysis(s[q]) == first else { return nil }
        var end = q + 1
        while end < lineEnd, ScalarFold.analysis(s[end]) == first { end += 1 }
        // A bullet introduces text; a rule of dashes does not, nor a byline under a title
        // (`——2025年6月24日在…会议上`).
        guard end < lineEnd, end - p <= 4 else { return nil }
        var text = end
        while text < lineEnd, isBlank(s[text]) { text += 1 }
        if SignatureBlock.dateEnd(s, from: text, limit: lineEnd) != nil { return nil }
        return OutlineToken(style: .dash, ordinal: 0, range: p..<end)
    }

    /// `一、` (not `一、二、三产业` or `一、二级`).
    func cjkComma(at p: Int, lineEnd: Int) -> OutlineToken? {
        guard let (value, end) = ChineseNumeral.readOrdinal(s, at: p, limit: lineEnd), end < lineEnd, s[end] == "、" else {
            return nil
        }
        let after = end + 1
        if after < lineEnd, ChineseNumeral.isOrdinalCharacter(s[after]) {
            let next = after + 1 < lineEnd ? s[after + 1] : " "
            switch next {
            case "、", "级", "产", "类", "等", "档", "批", "星", "线", "期", "次", "是", "和", "或", "至", "到", "个", "项", "年":
                return nil
            default:
                break
            }
        }
        return OutlineToken(style: .cjkComma, ordinal: value, range: p..<after)
    }

    /// `1、` `1.` `１．` `1﹒` (arabic), `1.1` `2.3.1` (decimal), `1 总则` (spaced decimal top level).
    func arabic(at p: Int, lineEnd: Int) -> OutlineToken? {
        guard let (value, end) = ChineseNumeral.readArabic(s, at: p, limit: lineEnd), value > 0, end < lineEnd else {
            return nil
        }
        let c = ScalarFold.analysis(s[end])
        if c == "、" {
            return OutlineToken(style: .arabic, ordinal: value, range: p..<(end + 1))
        }
        if isDot(c) {
            if end + 1 < lineEnd, ScalarFold.isDigit(s[end + 1]) {
                // `11.121人才梯队项目`: a number, or item 11 and a name; the sequence decides.
                return decimal(at: p, first: value, dot: end, lineEnd: lineEnd)
                    ?? OutlineToken(style: .arabic, ordinal: value, range: p..<(end + 1), continuesOnly: true)
            }
            // `1.` then text, not `1.` closing a number such as `1.` + `5亿` split oddly.
            return OutlineToken(style: .arabic, ordinal: value, range: p..<(end + 1))
        }
        if isBlank(c), value <= 99 {
            return spacedDecimal(at: p, value: value, space: end, lineEnd: lineEnd)
        }
        return nil
    }

    @inline(__always)
    func isDot(_ c: Unicode.Scalar) -> Bool { c == "." || c == "﹒" || c == "·" }

    /// `1.1 编制目的`, `2.3.1 …`: digits joined by dots, then a blank or the start of a title.
    func decimal(at p: Int, first: Int, dot: Int, lineEnd: Int) -> OutlineToken? {
        var components = [first]
        var j = dot
        while j < lineEnd, isDot(ScalarFold.analysis(s[j])), j + 1 < lineEnd, ScalarFold.isDigit(s[j + 1]) {
            guard let (value, end) = ChineseNumeral.readArabic(s, at: j + 1, limit: lineEnd), value > 0,
                  components.count < OutlineScan.maxDecimalComponents else { return nil }
            components.append(value)
            j = end
        }
        var markerEnd = j
        if markerEnd < lineEnd, isDot(ScalarFold.analysis(s[markerEnd])) { markerEnd += 1 }
        // What follows must be a title, not a unit: `1.5亿元`, `2.5 万吨`, `3.2%` are numbers.
        var k = markerEnd
        while k < lineEnd, isBlank(ScalarFold.analysis(s[k])) { k += 1 }
        guard k < lineEnd else { return OutlineToken(style: .decimal, ordinal: components[components.count - 1], range: p..<j, components: components) }
        let next = ScalarFold.analysis(s[k])
        if ScalarFold.isDigit(next) || next == "%" || next == "-" || next == "~" || next == "～" { return nil }
        // A unit makes a number (`1.5亿元`, `2.5 万吨`), except where no number can stand: after three
        // components (`5.1.3 所有…`), or a counting word after a blank (`2.2 人员组成`, `2.3 项目管理`:
        // nobody writes 2.2 persons).
        if isUnit(next), components.count < 3, k == markerEnd || !isCountingWord(next) { return nil }
        if k == markerEnd, markerEnd == j {
            // No blank and no trailing dot: only a title written straight after (`1.1编制目的`) counts,
            // and only from two dots up or with a CJK title.
            let v = next.value
            guard v >= 0x4E00, v <= 0x9FFF else { return nil }
        }
        return OutlineToken(style: .decimal, ordinal: components[components.count - 1], range: p..<j, components: components)
    }

    /// `1 总则`: at most two digits, a blank, and a short title with no sentence punctuation.
    func spacedDecimal(at p: Int, value: Int, space: Int, lineEnd: Int) -> OutlineToken? {
        var k = space
        while k < lineEnd, isBlank(ScalarFold.analysis(s[k])) { k += 1 }
        let end = trimmedEnd(k..<lineEnd)
        guard k < end, end - k <= OutlineScan.spacedTitleLength else { return nil }
        let first = s[k].value
        guard first >= 0x4E00, first <= 0x9FFF, !isUnit(s[k]) else { return nil }
        for i in k..<end {
            switch s[i] {
            case "。", "，", "；", ",", ";", "：", ":": return nil
            default: continue
            }
        }
        return OutlineToken(style: .decimal, ordinal: value, range: p..<space, isSpacedDecimal: true)
    }

    /// Units that count whole things (个, 项, 人 …): a fraction of one is no number.
    @inline(__always)
    func isCountingWord(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "个", "家", "项", "台", "户", "人", "次", "所", "条", "座", "级", "批", "类", "位", "件", "种", "套", "号":
            return true
        default:
            return false
        }
    }

    /// Characters that make a number a quantity rather than a marker (`1.5亿元`, `2023年`).
    @inline(__always)
    func isUnit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "亿", "万", "千", "百", "元", "年", "月", "日", "号", "个", "家", "项", "倍", "度", "米", "吨", "台", "户", "人", "次",
             "所", "条", "座", "平", "公", "亩", "小", "分", "秒", "天", "周", "级", "批", "类", "位", "件", "种", "套":
            return true
        default:
            return false
        }
    }
}
