/// Appends clean characters while recording where each came from, collapsing white space.
///
/// Horizontal white space is held back and written as one space only when more text follows on
/// the same line, so lines carry neither indentation nor trailing spaces. Line breaks are held
/// back the same way: at most one blank line survives, and none at the start.
struct CleanTextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var map = OffsetMap()
    /// The identity run being written, not yet in `map`.
    private var runSourceStart = 0
    private var runLength = 0
    /// Held-back white space (source range) and line breaks (count, source range).
    private var pendingSpace: Range<Int>?
    private var pendingBreaks = 0
    private var pendingBreakSource: Range<Int>?
    /// True when nothing but white space has been written on the current line.
    private(set) var atLineStart = true

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
    }

    /// Line breaks held back: the next character written lands at `count + pendingBreakCount`.
    var pendingBreakCount: Int { scalars.isEmpty ? 0 : pendingBreaks }

    /// Number of clean characters written so far (held-back white space excluded).
    var count: Int { scalars.count }

    /// Writes a character that stands for exactly the source character at `source`.
    @inline(__always)
    mutating func append(_ c: Unicode.Scalar, at source: Int) {
        flushPending()
        if runLength > 0, runSourceStart + runLength == source {
            runLength += 1
        } else {
            flushRun()
            runSourceStart = source
            runLength = 1
        }
        scalars.append(c)
        atLineStart = false
    }

    /// Writes the source characters `range` of `source` unchanged, one for one (a run of plain text).
    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        flushPending()
        if runLength > 0, runSourceStart + runLength == range.lowerBound {
            runLength += range.count
        } else {
            flushRun()
            runSourceStart = range.lowerBound
            runLength = range.count
        }
        scalars.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
        atLineStart = false
    }

    /// Writes the source characters `range` of `source` unchanged, one for one (a run of plain text).
    @inline(__always)
    mutating func append(_ source: ScalarBuffer, _ range: Range<Int>) {
        flushPending()
        if runLength > 0, runSourceStart + runLength == range.lowerBound {
            runLength += range.count
        } else {
            flushRun()
            runSourceStart = range.lowerBound
            runLength = range.count
        }
        source.withUnits { units, plain in
            if plain {
                // Grown in one step, then widened in one tight loop (no per-character append).
                let old = scalars.count
                scalars.append(contentsOf: repeatElement(" ", count: range.count))
                scalars.withUnsafeMutableBufferPointer { out in
                    var o = old
                    for k in range {
                        out[o] = unsafeBitCast(UInt32(units[k]), to: Unicode.Scalar.self)
                        o += 1
                    }
                }
            } else {
                for k in range { scalars.append(source[k]) }
            }
        }
        atLineStart = false
    }

    /// Writes one character that stands for a longer source stretch (an entity, a `<td>`).
    mutating func append(_ c: Unicode.Scalar, standingFor source: Range<Int>) {
        if source.count == 1 {
            append(c, at: source.lowerBound)
            return
        }
        flushPending()
        flushRun()
        map.appendReplacement(source: source)
        scalars.append(c)
        atLineStart = false
    }

    /// Writes `\t` for a tab that separates two cells of a tab-separated table; the white space
    /// held before it goes (a cell at the start of a line may be empty, so the tab is written there too).
    mutating func cellSeparator(_ source: Range<Int>) {
        pendingSpace = nil
        append("\t", standingFor: source)
    }

    /// Notes horizontal white space at `source`; it becomes at most one space.
    @inline(__always)
    mutating func space(_ source: Range<Int>) {
        if atLineStart || pendingBreaks > 0 { return }
        if let held = pendingSpace {
            pendingSpace = held.lowerBound..<source.upperBound
        } else {
            pendingSpace = source
        }
    }

    /// How strongly a line break separates what is around it.
    enum Break {
        /// A line break in the source or `<br>`: two in a row make a blank line.
        case newline
        /// A row or list item (`<tr>`, `<li>`): one line break however many tags.
        case line
        /// A block (`<p>`, `<div>`): a blank line.
        case paragraph
    }

    /// Notes a line break (or a block tag) at `source`.
    mutating func lineBreak(_ source: Range<Int>, _ kind: Break = .newline) {
        pendingSpace = nil
        if scalars.isEmpty { return }
        let wanted: Int
        switch kind {
        case .newline: wanted = min(2, pendingBreaks + 1)
        case .line: wanted = max(1, pendingBreaks)
        case .paragraph: wanted = 2
        }
        if wanted > pendingBreaks || pendingBreakSource == nil {
            pendingBreaks = max(pendingBreaks, wanted)
            if let held = pendingBreakSource {
                pendingBreakSource = held.lowerBound..<source.upperBound
            } else {
                pendingBreakSource = source
            }
        }
        atLineStart = true
    }

    /// Writes held-back white space before more text.
    @inline(__always)
    private mutating func flushPending() {
        if pendingBreaks > 0 {
            let source = pendingBreakSource ?? 0..<0
            flushRun()
            if pendingBreaks == 2 {
                // A blank line: two breaks, the first standing for the first source break.
                let mid = min(source.upperBound, source.lowerBound + 1)
                map.appendReplacement(source: source.lowerBound..<mid)
                map.appendReplacement(source: mid..<source.upperBound)
                scalars.append("\n")
                scalars.append("\n")
            } else {
                map.appendReplacement(source: source)
                scalars.append("\n")
            }
            pendingBreaks = 0
            pendingBreakSource = nil
        } else if let space = pendingSpace {
            flushRun()
            map.appendReplacement(source: space)
            scalars.append(" ")
            pendingSpace = nil
        }
    }

    private mutating func flushRun() {
        if runLength > 0 {
            map.appendIdentity(source: runSourceStart..<(runSourceStart + runLength))
            runLength = 0
        }
    }

    /// Removes everything from clean index `index` on (used to cut trailing boilerplate).
    mutating func truncate(to index: Int) {
        flushRun()
        pendingSpace = nil
        pendingBreaks = 0
        pendingBreakSource = nil
        guard index < scalars.count else { return }
        scalars.removeSubrange(index...)
        map.truncate(toCleanCount: index)
    }

    /// The finished text and map; trailing white space is dropped.
    /// The builder gives up its storage, so the caller holds the only reference to the text.
    mutating func finish(sourceCount: Int) -> (scalars: [Unicode.Scalar], map: OffsetMap) {
        flushRun()
        map.sourceCount = sourceCount
        defer {
            scalars = []
            map = OffsetMap()
        }
        return (scalars, map)
    }
}
