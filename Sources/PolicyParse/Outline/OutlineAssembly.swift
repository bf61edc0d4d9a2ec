/// The state of one `TreeBuilder.build` run: a flat list of records in document order (pre-order)
/// with parent links, and a stack of the open levels.
struct OutlineAssembly {
    /// One open level of the outline.
    struct Frame {
        var style: Style
        var ordinal: Int
        var components: [Int]
        var record: Int
    }

    let clean: CleanText
    let s: [Unicode.Scalar]
    let tokens: [OutlineToken]
    var records: [OutlineItem] = []
    var stack: [Frame] = []
    /// Stack position of the (single) open frame of each non-decimal style.
    var position: [Int?]
    /// Last ordinal of each style whose level was closed (for numbering that runs across parents).
    var closed: [Int]
    var remarks: [OutlineRemark] = []
    /// The record whose end is not known yet.
    var pending: Int? = nil
    /// Index of the next token of the same style (same kind), for lookahead.
    var nextSame: [Int?]

    /// A gap this small is accepted without the next marker confirming it.
    static let acceptedGap = 3

    init(clean: CleanText, tokens: [OutlineToken]) {
        self.clean = clean
        self.s = clean.scalars
        self.tokens = tokens
        let styles = Style.allCases.count
        position = Array(repeating: nil, count: styles)
        closed = Array(repeating: 0, count: styles)
        var next: [Int?] = Array(repeating: nil, count: tokens.count)
        var seen: [Int?] = Array(repeating: nil, count: styles)
        for i in tokens.indices.reversed() where tokens[i].kind == .marker {
            let key = OutlineAssembly.index(tokens[i].style)
            next[i] = seen[key]
            seen[key] = i
        }
        nextSame = next
    }

    static func index(_ style: Style) -> Int { Style.allCases.firstIndex(of: style) ?? 0 }

    // MARK: Main loop

    mutating func run() -> OutlineTree {
        let tables = TableRows.taskTables(in: clean)
        var nextTable = 0
        for i in tokens.indices {
            let token = tokens[i]
            while nextTable < tables.count, tables[nextTable].table.range.lowerBound <= token.range.lowerBound {
                table(tables[nextTable].bodyStart, tables[nextTable].rows)
                nextTable += 1
            }
            if token.kind == .annex {
                annex(token)
                continue
            }
            if token.continuesOnly {
                guard let k = position[OutlineAssembly.index(token.style)], stack[k].ordinal + 1 == token.ordinal else { continue }
            }
            switch token.style {
            case .dash: dash(token)
            case .inlineOrdinal: inline(token)
            case .decimal:
                if let item = itemReading(of: token) { structural(item, at: i) } else { decimal(token) }
            case .paragraph: continue
            default: structural(token, at: i)
            }
        }
        while nextTable < tables.count {
            table(tables[nextTable].bodyStart, tables[nextTable].rows)
            nextTable += 1
        }
        if let p = pending { finish(p, at: s.count) }
        let closing = carveClosing()
        liftSharedAnnotations()
        let firstStart = records.first?.marker.lowerBound ?? s.count
        return OutlineTree(preamble: 0..<min(firstStart, preambleEnd ?? firstStart), items: records, remarks: remarks, closing: closing)
    }

    /// The first signature block (`SignatureBlock`) that ends a record's own text, carved out of
    /// that record: the body's last task does not hold the issuer and the signing date. An annex
    /// above it that only lists attachments (`附件：1.…`, no sentence) goes with it. A block needs
    /// an issuer line unless it ends the last record or an annex follows it. Without a signature,
    /// an attachment list that another annex follows is the closing (it is no annex of its own).
    mutating func carveClosing() -> Range<Int>? {
        for r in records.indices where records[r].style != .tableRow {
            let own = records[r].contentStart..<records[r].end
            guard own.count >= 6, let (block, issuers) = SignatureBlock.find(in: clean, ending: own) else { continue }
            let annexFollows = r + 1 < records.count && records[r + 1].style == .annex
            guard issuers > 0 || r == records.count - 1 || annexFollows else { continue }
            if clean.tables.contains(where: { $0.range.contains(block.lowerBound) }) { continue }
            if let a = listingAnnex(holding: r, before: block.lowerBound) {
                return removeRecords(a...r, through: block.upperBound)
            }
            records[r].end = block.lowerBound
            return block
        }
        // No signature: an attachment list (`附件：1.…2.…`) that an annex follows is the closing.
        for a in records.indices where records[a].style == .annex {
            var last = a
            while last + 1 < records.count, isDescendant(last + 1, of: a) { last += 1 }
            guard last + 1 < records.count, records[last + 1].style == .annex,
                  listingAnnex(holding: last, before: records[last].end) == a else { continue }
            return removeRecords(a...last, through: records[last].end)
        }
        return nil
    }

    /// Removes records `removed` (an annex and all below it) with the remarks about them, and
    /// returns their text from the annex marker to `end`, which becomes the closing. Annexes after
    /// it that were numbered by counting (`附件` with no number) count without it: the attachment
    /// list `附件：…` is no annex, so the one annex after it is annex 1.
    mutating func removeRecords(_ removed: ClosedRange<Int>, through end: Int) -> Range<Int> {
        let range = records[removed.lowerBound].marker.lowerBound..<end
        let uncounted = records[removed].filter { $0.style == .annex && !hasNumber($0.marker) }.count
        records.removeSubrange(removed)
        for k in removed.lowerBound..<records.count where records[k].parent > removed.upperBound { records[k].parent -= removed.count }
        if uncounted > 0 {
            for k in removed.lowerBound..<records.count where records[k].style == .annex && !hasNumber(records[k].marker) {
                records[k].ordinal = max(1, records[k].ordinal - uncounted)
            }
        }
        remarks.removeAll { range.contains($0.range.lowerBound) }
        return range
    }

    /// Whether a marker writes a number (`附件2`, `附件二`), rather than being numbered by counting.
    func hasNumber(_ marker: Range<Int>) -> Bool {
        marker.contains { ScalarPattern.isDigit(ScalarFold.analysis(s[$0])) || ChineseNumeral.digit(s[$0]) != nil }
    }

    /// An annotation that closes the last of a record's items when none of the items before has one
    /// (`(1)…(2)…(3)…` then `(责任单位：区交通委、各街镇)`, or `…五是…。（牵头单位：…）`) names who
    /// does them all: it moves from the last item to the record. Where every item has its own, the
    /// last one keeps its own.
    mutating func liftSharedAnnotations() {
        var lastChild = Array(repeating: -1, count: records.count)
        var childCount = Array(repeating: 0, count: records.count)
        for k in records.indices where records[k].parent >= 0 {
            lastChild[records[k].parent] = k
            childCount[records[k].parent] += 1
        }
        for p in records.indices where childCount[p] >= 2 {
            let last = lastChild[p]
            guard records[last].style != .tableRow, records[last].style != .paragraph,
                  last + 1 >= records.count || records[last + 1].parent != last else { continue }
            // Only the last line of the last item is looked at first: most items end otherwise.
            let own = records[last].contentStart..<records[last].end
            var lineStart = own.upperBound
            while lineStart > own.lowerBound, s[lineStart - 1] != "\n" { lineStart -= 1 }
            guard let annotation = DepartmentAnnotation.find(in: clean, range: lineStart..<own.upperBound).last,
                  trimEnd(annotation.range.upperBound..<own.upperBound) == annotation.range.upperBound else { continue }
            // It stands after the item's last sentence or on a line of its own.
            var before = annotation.range.lowerBound
            while before > own.lowerBound, isBlank(s[before - 1]) { before -= 1 }
            guard before > own.lowerBound else { continue }
            let c = s[before - 1]
            guard c == "\n" || c == "。" || c == "；" || c == ";" else { continue }
            // The records between are the items before and what lies below them (pre-order).
            let shared = ((p + 1)..<last).allSatisfy { k in
                records[k].style == .tableRow || DepartmentAnnotation.find(in: clean, range: records[k].contentStart..<records[k].end).isEmpty
            }
            guard shared, DepartmentAnnotation.find(in: clean, range: own.lowerBound..<annotation.range.lowerBound).isEmpty else { continue }
            records[p].liftedAnnotations.append(annotation.range)
            records[last].end = trimEnd(own.lowerBound..<annotation.range.lowerBound)
        }
    }

    /// Whether record `k` lies below record `a`.
    func isDescendant(_ k: Int, of a: Int) -> Bool {
        var p = records[k].parent
        while p >= 0 {
            if p == a { return true }
            p = records[p].parent
        }
        return false
    }

    /// The annex record `r` is or lies in, when the annex holds records `a…r` only and its text up to
    /// `end` is a short list without a sentence (an attachment list, not an annex): its index.
    func listingAnnex(holding r: Int, before end: Int) -> Int? {
        var a = r
        while a >= 0, records[a].style != .annex { a = records[a].parent }
        guard a >= 0, end - records[a].contentStart <= 300 else { return nil }
        if r + 1 < records.count, isDescendant(r + 1, of: a) { return nil }
        for c in s[records[a].contentStart..<end] where c == "。" { return nil }
        return a
    }

    /// The first record of the current outline (after the last restart or annex).
    var outlineStart = 0
    /// Stack positions below this hold the open annex and document frames (containers): the
    /// outline inside them starts afresh and never closes them.
    var base = 0

    /// Whether the current outline is a table of contents without a 目录 heading: at least three
    /// records, each a heading line alone without a sentence end, the first repeated by `token`'s line.
    func isUnlabelledContents(repeatedBy token: OutlineToken) -> Bool {
        guard records.count - outlineStart >= 3 else { return false }
        for r in outlineStart..<records.count {
            let record = records[r]
            if record.style == .paragraph || record.end - record.contentStart > OutlineScan.tocEntryLength { return false }
            for c in s[record.contentStart..<record.end] where c == "\n" || NodeText.endsSentence(c) { return false }
        }
        let first = records[outlineStart]
        let entry = s[first.marker.lowerBound..<first.end].filter { !isBlank($0) }
        var repeatEnd = token.range.lowerBound
        while repeatEnd < s.count, s[repeatEnd] != "\n" { repeatEnd += 1 }
        let body = s[token.range.lowerBound..<repeatEnd].filter { !isBlank($0) }
        return entry == body
    }

    /// Where the preamble stops when an annex comes before any marker.
    var preambleEnd: Int? = nil

    // MARK: Stack

    var top: Int { stack.isEmpty ? -1 : stack[stack.count - 1].record }

    /// Removes frames from position `k` up, remembering the ordinals they reached.
    mutating func pop(to k: Int) {
        while stack.count > k {
            let frame = stack.removeLast()
            let key = OutlineAssembly.index(frame.style)
            if frame.style != .decimal {
                position[key] = nil
                closed[key] = frame.ordinal
            }
        }
    }

    /// Removes dash and inline frames from the top (they hold no structural children).
    mutating func popLeaves() {
        while let last = stack.last, last.style == .dash || last.style == .inlineOrdinal { pop(to: stack.count - 1) }
    }

    /// Forgets the outline inside the open containers (the numbering starts again).
    mutating func reset() {
        pop(to: base)
        outlineStart = records.count
        for i in closed.indices { closed[i] = 0 }
    }

    /// Opens a container node (an annex or a second document) at stack position `at`, with
    /// `marker` as its marker and its content from `contentStart`; the outline starts afresh below it.
    mutating func openContainer(_ style: Style, ordinal: Int, marker: Range<Int>, contentStart: Int, at k: Int) {
        if let p = pending { finish(p, at: marker.lowerBound) }
        base = min(base, k)
        pop(to: k)
        let parent = top
        let level = parent < 0 ? 1 : records[parent].level + 1
        records.append(OutlineItem(marker: marker, style: style, ordinal: ordinal, parent: parent, level: level,
                              contentStart: contentStart, end: contentStart))
        pending = records.count - 1
        stack.append(Frame(style: style, ordinal: ordinal, components: [ordinal], record: records.count - 1))
        base = stack.count
        outlineStart = records.count
        for i in closed.indices { closed[i] = 0 }
    }

    /// Annexes seen so far (numbers an annex written without one).
    var annexCount = 0
    /// Second documents seen so far.
    var documentCount = 0

    /// Appends a record for `token` under the current top and opens a frame for it.
    mutating func open(_ token: OutlineToken, ordinal: Int) {
        if let p = pending { finish(p, at: token.range.lowerBound) }
        let parent = top
        let level = parent < 0 ? 1 : records[parent].level + 1
        records.append(OutlineItem(marker: token.range, style: token.style, ordinal: ordinal, parent: parent, level: level,
                              contentStart: token.range.upperBound, end: token.range.upperBound))
        let record = records.count - 1
        pending = record
        if token.style != .decimal { position[OutlineAssembly.index(token.style)] = stack.count }
        stack.append(Frame(style: token.style, ordinal: ordinal, components: token.components, record: record))
    }

    // MARK: Styles

    mutating func dash(_ token: OutlineToken) {
        var ordinal = 1
        if let k = position[OutlineAssembly.index(.dash)] {
            ordinal = stack[k].ordinal + 1
            pop(to: k)
        } else {
            popLeaves()
        }
        open(token, ordinal: ordinal)
    }

    mutating func inline(_ token: OutlineToken) {
        if let k = position[OutlineAssembly.index(.inlineOrdinal)] {
            pop(to: k)
        } else if let last = stack.last, last.style == .inlineOrdinal {
            pop(to: stack.count - 1)
        }
        open(token, ordinal: token.ordinal)
    }

    /// `11.121人才梯队项目` after item `10.`: the sequence decides that this is item 11 followed by a
    /// name starting with digits, not the decimal `11.121`. Only for two components, with no decimal
    /// level open and an arabic list open whose next number is the first component.
    func itemReading(of token: OutlineToken) -> OutlineToken? {
        guard token.depth == 2, !token.isSpacedDecimal, let k = position[OutlineAssembly.index(.arabic)],
              stack[k].ordinal + 1 == token.components[0],
              !stack.contains(where: { $0.style == .decimal }) else { return nil }
        var dot = token.range.lowerBound
        while dot < token.range.upperBound, ScalarFold.isDigit(ScalarFold.analysis(s[dot])) { dot += 1 }
        guard dot < token.range.upperBound else { return nil }
        return OutlineToken(style: .arabic, ordinal: token.components[0], range: token.range.lowerBound..<(dot + 1))
    }

    mutating func decimal(_ token: OutlineToken) {
        let depth = token.depth
        var k = stack.count
        var previous: Frame? = nil
        var lowestDecimal: Int? = nil
        while k > 0 {
            let frame = stack[k - 1]
            if frame.style == .decimal {
                if frame.components.count < depth { break }
                if frame.components.count == depth { previous = frame }
                lowestDecimal = k - 1
            }
            k -= 1
        }
        if k == 0 {
            if let lowest = lowestDecimal { pop(to: lowest) } else { popLeaves() }
        } else {
            pop(to: k)
        }
        // Continuity: the parent's components are the prefix, the last one goes on by one.
        var parentComponents = stack.last.flatMap { $0.style == .decimal ? $0.components : nil } ?? []
        // No decimal parent at all (a document that starts at `1.1`): the written prefix stands for
        // the parent it does not have, so `1.1 甲` is no gap; a sibling must share it.
        if parentComponents.isEmpty, depth > 1,
           previous.map({ Array($0.components.prefix(depth - 1)) == Array(token.components.prefix(depth - 1)) }) ?? true {
            parentComponents = Array(token.components.prefix(depth - 1))
        }
        var prefixMatches = parentComponents.count == depth - 1
        if prefixMatches {
            for i in 0..<(depth - 1) where parentComponents[i] != token.components[i] { prefixMatches = false; break }
        }
        let expectedLast = (previous?.components.last ?? 0) + 1
        if !prefixMatches || token.ordinal != expectedLast {
            var expected = parentComponents.count == depth - 1 ? parentComponents : Array(token.components.prefix(depth - 1))
            expected.append(prefixMatches ? expectedLast : 1)
            let written = clean.string(token.range)
            let after = previous.map { " after " + $0.components.map(String.init).joined(separator: ".") } ?? ""
            remark("numberingGap", "expected \(expected.map(String.init).joined(separator: "."))\(after), found \(written)", token.range)
        }
        open(token, ordinal: token.ordinal)
    }

    mutating func structural(_ token: OutlineToken, at i: Int) {
        let key = OutlineAssembly.index(token.style)
        // The marker texts are only needed for remarks (rare): made on demand, not for every token.
        let text = clean
        var written: String { text.string(token.range) }
        let confirmed = nextSame[i].map { tokens[$0].ordinal == token.ordinal + 1 } ?? false
        if let k = position[key] {
            let last = stack[k].ordinal
            var expected: String { OrdinalText.marker(token.style, last + 1) }
            var previous: String { OrdinalText.marker(token.style, last) }
            if token.ordinal == last + 1 {
                pop(to: k)
            } else if token.ordinal == 1, k == base {
                restart(token)
                open(token, ordinal: 1)
                return
            } else if token.ordinal == 1 {
                pop(to: k)
                remark("numberingRestart", "expected \(expected) after \(previous), found \(written): the list starts again", token.range)
            } else if token.ordinal == last {
                guard confirmed || token.style == .article || token.style == .chapter else { return }
                pop(to: k)
                remark("numberingRepeat", "expected \(expected) after \(previous), found \(written) again", token.range)
            } else if token.ordinal > last + 1 {
                guard confirmed || token.ordinal - last <= OutlineAssembly.acceptedGap else { return }
                pop(to: k)
                remark("numberingGap", "expected \(expected) after \(previous), found \(written)", token.range)
            } else {
                guard confirmed else { return }
                pop(to: k)
                remark("numberingRestart", "expected \(expected) after \(previous), found \(written)", token.range)
            }
            open(token, ordinal: token.ordinal)
            return
        }
        if token.ordinal == 1 || (closed[key] > 0 && token.ordinal == closed[key] + 1) {
            popLeaves()
            open(token, ordinal: token.ordinal)
        } else if confirmed {
            popLeaves()
            remark("numberingStart", "the list starts at \(written), not at \(OrdinalText.marker(token.style, 1))", token.range)
            open(token, ordinal: token.ordinal)
        }
    }

    /// A task table: its header stays in the text of the node that holds it; each body row becomes
    /// a `tableRow` child of that node, grouped under the section rows (一、…) above it.
    mutating func table(_ bodyStart: Int, _ rows: [TableRows.Row]) {
        guard !rows.isEmpty else { return }
        if let p = pending { finish(p, at: bodyStart) }
        pending = nil
        popLeaves()
        let holder = top
        var section: Int? = nil
        var sections = 0
        var count = 0
        for row in rows {
            let start = row.range.lowerBound
            if row.isSection {
                sections += 1
                let level = holder < 0 ? 1 : records[holder].level + 1
                records.append(OutlineItem(marker: start..<start, style: .tableRow, ordinal: sections, parent: holder, level: level,
                                      contentStart: start, end: row.range.upperBound, headingCell: row.task))
                section = records.count - 1
                count = 0
                continue
            }
            count += 1
            let parent = section ?? holder
            let level = parent < 0 ? 1 : records[parent].level + 1
            // The 序号 is the marker only when it opens the row.
            let marker = row.marker.flatMap { $0.lowerBound == start ? $0 : nil } ?? start..<start
            var item = OutlineItem(marker: marker, style: .tableRow, ordinal: row.ordinal ?? count, parent: parent, level: level,
                                   contentStart: marker.upperBound, end: row.range.upperBound, headingCell: row.task,
                                   departmentCells: row.departments)
            item.textCells = (row.cells, row.range.upperBound)
            records.append(item)
        }
        // Text after the table, up to the next marker, stays with the last row.
        pending = records.count - 1
    }

    /// The top level starts again at one: a second document in the same notice, or a new outline.
    mutating func restart(_ token: OutlineToken) {
        if let title = titleLine(before: token.range.lowerBound) {
            remark("documentRestart", "a second document starts here (\(clean.string(title))); its numbering starts again", title, severity: .note)
            // A document replaces the document open before it, inside the open annex if any.
            var k = base
            if k > 0, stack[k - 1].style == .document { k -= 1 }
            documentCount += 1
            openContainer(.document, ordinal: documentCount + 1, marker: title.lowerBound..<title.lowerBound,
                          contentStart: title.lowerBound, at: k)
            return
        } else if let p = pending {
            finish(p, at: token.range.lowerBound)
            pending = nil
            if isUnlabelledContents(repeatedBy: token) {
                // A list of headings only, repeated by the real outline: a table of contents.
                records.removeSubrange(outlineStart...)
            } else {
                remark("numberingRestart", "the outline starts again at \(clean.string(token.range))", token.range)
            }
        }
        reset()
    }

    /// An annex (附件) line: the last node ends before it; the annex is a top-level node whose
    /// numbering starts afresh below it.
    mutating func annex(_ token: OutlineToken) {
        if pending != nil {
            remark("annexStart", "annex \(clean.string(token.range)) starts here; its numbering starts again", token.range, severity: .note)
        }
        annexCount += 1
        openContainer(.annex, ordinal: token.ordinal > 0 ? token.ordinal : annexCount, marker: token.range,
                      contentStart: token.range.upperBound, at: 0)
    }

    mutating func remark(_ code: String, _ message: String, _ range: Range<Int>, severity: Diagnostic.Severity = .warning) {
        remarks.append(OutlineRemark(code: code, message: message, range: range, severity: severity))
    }

    // MARK: Extents

    /// Sets the end of record `r`, whose region runs to `limit`, splitting off task paragraphs.
    mutating func finish(_ r: Int, at limit: Int) {
        let record = records[r]
        let end = max(record.contentStart, trimEnd(record.contentStart..<max(record.contentStart, limit)))
        records[r].end = end
        guard record.style != .paragraph, record.style != .tableRow else { return }
        let first = paragraphEnd(from: record.contentStart, limit: end)
        guard first < end else { return }
        let paragraphs = self.paragraphs(first..<end)
        var annotated = 0
        for p in paragraphs where !DepartmentAnnotation.find(in: clean, range: p).isEmpty {
            annotated += 1
            if annotated >= 2 { break }
        }
        // Unannotated paragraphs stay in the node's text (a paragraph node is a task with its own
        // departments); annotated ones after an inline item (`一是…`) are tasks of the enumeration's parent.
        guard annotated >= 2 else { return }
        records[r].end = trimEnd(record.contentStart..<first)
        appendParagraphs(paragraphs, parent: record.style == .inlineOrdinal ? record.parent : r)
    }

    mutating func appendParagraphs(_ paragraphs: [Range<Int>], parent: Int) {
        let level = parent < 0 ? 1 : records[parent].level + 1
        var ordinal = 0
        for p in paragraphs {
            ordinal += 1
            records.append(OutlineItem(marker: p.lowerBound..<p.lowerBound, style: .paragraph, ordinal: ordinal, parent: parent,
                                  level: level, contentStart: p.lowerBound, end: p.upperBound))
        }
    }

    /// The paragraphs of `range`: runs of lines joined by hard wraps, trimmed, blank ones dropped.
    func paragraphs(_ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, isBlank(s[i]) || s[i] == "\n" { i += 1 }
            guard i < range.upperBound else { break }
            let end = paragraphEnd(from: i, limit: range.upperBound)
            let trimmed = trimEnd(i..<end)
            if trimmed > i { out.append(i..<trimmed) }
            i = max(end, i + 1)
        }
        return out
    }

    /// The end of the paragraph that holds `start`: the first line break that is not a hard wrap.
    func paragraphEnd(from start: Int, limit: Int) -> Int {
        var i = start
        // A marker alone on its line still has its heading on that line: skip blanks only.
        while i < limit, isBlank(s[i]) { i += 1 }
        // The wrap rule weighs the whole line: an item starting mid-line (`二是…` after a sentence)
        // shares its line with the text before it (only the rule's minimum length is looked back).
        var lineStart = WrapRule.lineStart(before: start, in: s)
        while i < limit {
            if s[i] == "\n" {
                var end = i
                while end > lineStart, isBlank(s[end - 1]) { end -= 1 }
                let nextIsBlank = i + 1 >= limit || s[i + 1] == "\n"
                if nextIsBlank || !WrapRule.allowsWrap(after: lineStart..<end, in: s) {
                    return i
                }
                lineStart = i + 1
            }
            i += 1
        }
        return limit
    }

    /// One past the last non-blank character of `range`.
    func trimEnd(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, isBlank(s[end - 1]) || s[end - 1] == "\n" { end -= 1 }
        return end
    }

    @inline(__always)
    func isBlank(_ c: Unicode.Scalar) -> Bool { CharacterClass.isBlank(c) }

    /// A title line (`…行动计划（2021-2023年）`) within the few lines before `index`, not before the
    /// pending record's content.
    func titleLine(before index: Int) -> Range<Int>? {
        let floor = pending.map { records[$0].contentStart } ?? 0
        var lineEnd = index
        var looked = 0
        while lineEnd > floor, looked < 4 {
            var lineStart = lineEnd - 1
            while lineStart > floor, s[lineStart - 1] != "\n" { lineStart -= 1 }
            let line = lineStart..<trimEnd(lineStart..<lineEnd)
            if !line.isEmpty {
                looked += 1
                if isTitle(line) { return line }
            }
            lineEnd = lineStart > floor ? lineStart - 1 : floor
            if lineStart <= floor { break }
        }
        return nil
    }

    func isTitle(_ line: Range<Int>) -> Bool {
        guard line.count >= 4, line.count <= 80 else { return false }
        var text = clean.string(line).trimmingSpaces
        if text.contains("。") || text.contains("，") { return false }
        while let last = text.unicodeScalars.last, last == "）" || last == ")" || last == "*" {
            if last == "*" { text.removeLast(); continue }
            guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { break }
            text = String(text[..<open])
        }
        return TitleFinder.documentKinds.contains { text.hasSuffix($0) }
    }
}
