/// Splits policy text into paragraphs (段落), sentences (句子) and words (词语) with ICU.
///
/// All ranges are half-open code-point ranges into the scalars passed in, trimmed of white space.
/// Paragraphs: lines joined across hard wraps (Docs/Segmentation.md). A line break ends the
/// paragraph unless it is a wrap by the parser's rule: the line before it holds at least
/// `minimumWrapLength` code points and does not end in sentence-final punctuation or a closing
/// quote or bracket (。！？；：!?;:…. ）” …); besides, neither line looks like markup, and the next
/// line is not indented and does not start with an outline marker as the parser reads one
/// (一、 （一） 1. 第一条 ① ——). Blank lines, U+2029 and form feeds always end a paragraph.
/// Sentences: ICU's sentence rules (`zh`) run over each paragraph with its wraps joined, then
/// split after every `；`. Words: ICU's dictionary word breaks (`zh`) over each paragraph with
/// wraps joined; segments ICU tags as neither number, letter, kana nor ideograph (white space,
/// punctuation, symbols) are skipped. A word broken by a wrap spans the line break.
///
/// Each call opens its own ICU iterator, so one `Segmenter` may be used from many tasks at once.
public struct Segmenter: Sendable, Hashable {
    /// The ICU locale for break rules and dictionaries.
    public var locale: String
    /// A line shorter than this (after trimming) is never joined to the next one (headings, dates,
    /// signatures); 16 by default, the parser's `WrapRule.minimumLineLength`.
    public var minimumWrapLength: Int
    /// Text is handed to ICU in pieces of about this many code points, cut after sentence-final
    /// punctuation (sentences: each paragraph on its own; words: many paragraphs in one piece).
    public var chunkLength: Int

    /// Creates a segmenter for `locale` (`zh` by default).
    public init(locale: String = "zh", minimumWrapLength: Int = 16, chunkLength: Int = 1 << 18) {
        self.locale = locale
        self.minimumWrapLength = minimumWrapLength
        self.chunkLength = max(64, chunkLength)
    }

    /// The paragraphs of `scalars`: hard-wrapped lines joined, blank lines and paragraph starts splitting.
    public func paragraphs(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        forEachParagraph(in: scalars) { lines in
            if let first = lines.first, let last = lines.last { result.append(first.lowerBound..<last.upperBound) }
        }
        return result
    }

    /// The sentences of `scalars` (see the type's documentation for the definition).
    public func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let iterator = try? ICUBreakIterator(.sentence, locale: locale)
        forEachParagraph(in: scalars) { lines in
            forEachChunk(of: lines, in: scalars) { chunk in
                guard let iterator else {
                    // No ICU sentence iterator: the chunk is one sentence, still split at ；.
                    appendSplittingAtSemicolons(chunk.range, scalars, to: &result)
                    return
                }
                // UAX #29 counts opening brackets as Close, so ICU keeps the （ of "。（责任单位…）" with the
                // sentence before; such openers are moved to the start of the next sentence.
                var carry: Int? = nil
                chunk.boundaries(iterator) { range, _ in
                    var start = carry ?? range.lowerBound
                    carry = nil
                    var end = range.upperBound
                    var cut = Self.trim(range, scalars).upperBound
                    while cut > start, Self.isOpener(scalars[cut - 1]) { cut -= 1 }
                    if cut < range.upperBound, cut > start, Self.isSentenceFinal(scalars[cut - 1]) || Self.isCloser(scalars[cut - 1]) {
                        end = cut
                        carry = cut
                    }
                    if start > end { start = end }
                    appendSplittingAtSemicolons(start..<end, scalars, to: &result)
                }
                if let carry { appendSplittingAtSemicolons(carry..<chunk.range.upperBound, scalars, to: &result) }
            }
        }
        return result
    }

    /// The words of `scalars`: ICU dictionary segments, white space and punctuation skipped.
    public func words(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard let iterator = try? ICUBreakIterator(.word, locale: locale) else { return result }
        forEachDocumentChunk(in: scalars) { chunk in
            chunk.boundaries(iterator) { range, status in
                if status >= 100 {
                    let trimmed = Self.trim(range, scalars)
                    if !trimmed.isEmpty { result.append(trimmed) }
                }
            }
        }
        return result
    }

    /// The text of `range` with each line wrap (a line break and the white space around it) joined:
    /// nothing between East Asian characters, one space otherwise.
    public static func joinedText(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var i = lower
        while i < upper {
            let c = scalars[i]
            guard isLineBreak(c) else {
                view.append(c)
                i += 1
                continue
            }
            // Drop the white space before the break (already appended) and after it.
            while let last = view.last, isSpace(last) { view.removeLast() }
            var j = i
            while j < upper, isSpace(scalars[j]) || isLineBreak(scalars[j]) { j += 1 }
            if let last = view.last, j < upper, !(isWide(last) || isWide(scalars[j])) { view.append(" ") }
            i = j
        }
        return String(view)
    }

    // MARK: - Sentences

    private func appendSplittingAtSemicolons(_ range: Range<Int>, _ scalars: [Unicode.Scalar], to result: inout [Range<Int>]) {
        var start = range.lowerBound
        for i in range where scalars[i] == "；" {
            let piece = Self.trim(start..<(i + 1), scalars)
            if !piece.isEmpty { result.append(piece) }
            start = i + 1
        }
        let piece = Self.trim(start..<range.upperBound, scalars)
        if !piece.isEmpty { result.append(piece) }
    }

    // MARK: - Paragraphs

    /// Calls `body` with the trimmed line ranges of each paragraph, in order.
    func forEachParagraph(in scalars: [Unicode.Scalar], _ body: ([Range<Int>]) -> Void) {
        var lines: [Range<Int>] = []
        var previousAllowsWrap = false
        var i = 0
        let n = scalars.count
        while i < n {
            // One line: [i, end) and its terminator [end, next).
            var end = i
            while end < n, !Self.isLineBreak(scalars[end]) { end += 1 }
            var next = end
            var hardBreak = false
            if end < n {
                let v = scalars[end].value
                next = end + 1
                if v == 0x0D, next < n, scalars[next].value == 0x0A { next += 1 }
                hardBreak = v == 0x2029 || v == 0x0C
            }
            let trimmed = Self.trim(i..<end, scalars)
            if trimmed.isEmpty {
                if !lines.isEmpty { body(lines) }
                lines.removeAll(keepingCapacity: true)
                previousAllowsWrap = false
            } else {
                let joins = previousAllowsWrap && !lines.isEmpty && Self.continuesParagraph(i..<end, trimmed: trimmed, scalars)
                if !joins, !lines.isEmpty {
                    body(lines)
                    lines.removeAll(keepingCapacity: true)
                }
                lines.append(trimmed)
                previousAllowsWrap = !hardBreak && allowsWrapAfter(trimmed, scalars)
            }
            i = next
        }
        if !lines.isEmpty { body(lines) }
    }

    /// Whether a line break after this (trimmed) line may be a hard wrap.
    /// `WrapRule`, with this segmenter's minimum length, and never after a line of markup.
    private func allowsWrapAfter(_ line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard line.count >= minimumWrapLength, !WrapRule.closesLine(scalars[line.upperBound - 1]) else { return false }
        let first = scalars[line.lowerBound]
        return first != "#" && first != "<" && first != "|" && scalars[line.upperBound - 1] != ">"
    }

    /// Whether a line may continue the previous line's paragraph: not indented, no outline marker, no markup.
    private static func continuesParagraph(_ raw: Range<Int>, trimmed: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var spaces = 0
        for i in raw.lowerBound..<trimmed.lowerBound {
            let v = scalars[i].value
            if v == 0x3000 || v == 0x09 { return false }
            spaces += 1
        }
        if spaces >= 2 { return false }
        return !startsWithMarker(trimmed, scalars)
    }

    /// Whether the line starts with markup or an outline marker (as `OutlineTokenizer` reads one).
    static func startsWithMarker(_ line: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        switch s[line.lowerBound] {
        case "#", "<", ">", "|", "-", "*", "!": return true
        default: break
        }
        guard let token = OutlineTokenizer.marker(in: s, at: line.lowerBound, lineEnd: line.upperBound) else { return false }
        // A figure a wrap put at the line's start (`6.25亿元…`) goes on the paragraph, as in the parser.
        return !token.continuesOnly
    }

    // MARK: - Chunks handed to ICU

    /// A piece of one paragraph as UTF-16 for ICU, with the code-point index of every unit.
    struct Chunk {
        var units: [UInt16] = []
        /// The code-point index (into the whole text) each unit came from.
        var origins: [Int] = []
        /// The code-point range the chunk covers.
        var range: Range<Int> = 0..<0

        /// Runs `iterator` over the chunk and calls `body` with each segment as a code-point range and its rule status.
        func boundaries(_ iterator: ICUBreakIterator, _ body: (Range<Int>, Int) -> Void) {
            guard (try? iterator.setText(units)) != nil else {
                body(range, 0)
                return
            }
            var previous = 0
            while let boundary = iterator.next() {
                guard boundary > previous, boundary <= units.count else { continue }
                let start = origins[previous]
                let end = boundary < units.count ? origins[boundary] : range.upperBound
                if end > start { body(start..<end, iterator.ruleStatus) }
                previous = boundary
            }
        }
    }

    /// Builds the paragraph's text for ICU (wraps joined: nothing between two East Asian characters,
    /// else one space) and calls `body` with pieces of at most about `chunkLength` code points.
    private func forEachChunk(of lines: [Range<Int>], in scalars: [Unicode.Scalar], _ body: (Chunk) -> Void) {
        guard let first = lines.first, let last = lines.last else { return }
        var chunk = Chunk()
        chunk.range = first.lowerBound..<first.lowerBound
        append(lines, in: scalars, to: &chunk, body)
        Self.flush(&chunk, at: last.upperBound, body)
    }

    /// Calls `body` with the whole text for ICU in pieces of about `chunkLength` code points, not
    /// one paragraph at a time: paragraphs are separated by U+2029 (a break in every ICU rule set,
    /// so no segment crosses it and it forms no word), which spares an ICU `setText` per paragraph.
    private func forEachDocumentChunk(in scalars: [Unicode.Scalar], _ body: (Chunk) -> Void) {
        var chunk = Chunk()
        var end: Int? = nil
        forEachParagraph(in: scalars) { lines in
            guard let first = lines.first, let last = lines.last else { return }
            if let end, !chunk.units.isEmpty {
                if chunk.units.count >= chunkLength {
                    Self.flush(&chunk, at: end, body)
                } else {
                    chunk.units.append(0x2029)
                    chunk.origins.append(end)
                }
            }
            if chunk.units.isEmpty { chunk.range = first.lowerBound..<first.lowerBound }
            append(lines, in: scalars, to: &chunk, body)
            end = last.upperBound
        }
        if let end { Self.flush(&chunk, at: end, body) }
    }

    /// Hands the chunk (up to `end`) to `body` if it holds anything, and empties it.
    private static func flush(_ chunk: inout Chunk, at end: Int, _ body: (Chunk) -> Void) {
        chunk.range = chunk.range.lowerBound..<end
        if !chunk.units.isEmpty { body(chunk) }
        chunk.units.removeAll(keepingCapacity: true)
        chunk.origins.removeAll(keepingCapacity: true)
        chunk.range = end..<end
    }

    /// Appends one paragraph's lines to `chunk` as UTF-16, wraps joined, flushing it to `body` after
    /// sentence-final punctuation once it reaches `chunkLength` (and at twice that in any case).
    private func append(_ lines: [Range<Int>], in scalars: [Unicode.Scalar], to chunk: inout Chunk, _ body: (Chunk) -> Void) {
        var previous: Unicode.Scalar? = nil
        for (index, line) in lines.enumerated() {
            if index > 0, let previous {
                let next = scalars[line.lowerBound]
                if !(Self.isWide(previous) || Self.isWide(next)) {
                    chunk.units.append(0x20)
                    chunk.origins.append(lines[index - 1].upperBound)
                }
            }
            for i in line {
                let scalar = scalars[i]
                if chunk.units.count >= 2 * chunkLength
                    || (chunk.units.count >= chunkLength && previous.map(Self.isSentenceFinal) == true
                        && !Self.isCloser(scalar) && !Self.isSentenceFinal(scalar)) {
                    Self.flush(&chunk, at: i, body)
                }
                // UTF-16 by hand: iterating `scalar.utf16` costs more than ICU's own work here.
                let v = scalar.value
                if v < 0x10000 {
                    chunk.units.append(UInt16(truncatingIfNeeded: v))
                    chunk.origins.append(i)
                } else {
                    chunk.units.append(UInt16(truncatingIfNeeded: 0xD800 + ((v - 0x10000) >> 10)))
                    chunk.units.append(UInt16(truncatingIfNeeded: 0xDC00 + ((v - 0x10000) & 0x3FF)))
                    chunk.origins.append(i)
                    chunk.origins.append(i)
                }
                previous = scalar
            }
        }
    }

    // MARK: - Characters (the rules live in `CharacterClass`)

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool { CharacterClass.isLineBreak(c) }
    static func isSpace(_ c: Unicode.Scalar) -> Bool { CharacterClass.isSourceSpace(c) }
    static func isSentenceFinal(_ c: Unicode.Scalar) -> Bool { CharacterClass.isSentenceFinal(c) }
    static func isCloser(_ c: Unicode.Scalar) -> Bool { CharacterClass.isCloser(c) }
    static func isOpener(_ c: Unicode.Scalar) -> Bool { CharacterClass.isOpener(c) }
    static func isWide(_ c: Unicode.Scalar) -> Bool { CharacterClass.isWide(c) }

    /// `range` without leading and trailing white space and line breaks.
    static func trim(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpace(scalars[start]) || isLineBreak(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) || isLineBreak(scalars[end - 1]) { end -= 1 }
        return start..<end
    }
}
