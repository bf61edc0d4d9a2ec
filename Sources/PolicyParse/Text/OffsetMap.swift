/// Maps positions in the cleaned text back to code-point offsets in the decoded source.
///
/// The map is a list of runs. In an identity run each clean character stands for exactly one
/// source character, in order (full-width folding keeps runs identity). A replacement run is one
/// clean character that stands for a longer source stretch: an HTML entity, a collapsed run of
/// white space, a block tag turned into a line break. The map is monotone: a later clean
/// position never maps to an earlier source position.
package struct OffsetMap: Sendable {
    /// First clean index of each run.
    private var cleanStarts: [Int] = []
    /// First source index of each run.
    private var sourceStarts: [Int] = []
    /// One past the last source index of each run.
    private var sourceEnds: [Int] = []
    /// Number of clean characters mapped.
    package private(set) var cleanCount = 0
    /// Length of the source in code points (where positions at the end map to).
    package var sourceCount = 0

    /// An empty map.
    package init() {}

    /// The identity map over `count` characters.
    package init(identityCount count: Int) {
        if count > 0 { appendIdentity(source: 0..<count) }
        sourceCount = count
    }

    /// Number of runs, for tests and benchmarks.
    package var runCount: Int { cleanStarts.count }

    /// Appends clean characters that stand one-for-one for `source`.
    package mutating func appendIdentity(source: Range<Int>) {
        guard !source.isEmpty else { return }
        if let last = cleanStarts.indices.last,
           sourceEnds[last] == source.lowerBound,
           isIdentity(last) {
            sourceEnds[last] = source.upperBound
        } else {
            cleanStarts.append(cleanCount)
            sourceStarts.append(source.lowerBound)
            sourceEnds.append(source.upperBound)
        }
        cleanCount += source.count
    }

    /// Appends one clean character that stands for the whole of `source` (an entity, a tag, white space).
    package mutating func appendReplacement(source: Range<Int>) {
        if source.count == 1 {
            appendIdentity(source: source)
            return
        }
        cleanStarts.append(cleanCount)
        sourceStarts.append(source.lowerBound)
        sourceEnds.append(source.upperBound)
        cleanCount += 1
    }

    /// Drops every clean character from `count` on.
    package mutating func truncate(toCleanCount count: Int) {
        guard count < cleanCount else { return }
        guard count > 0 else {
            self = OffsetMap()
            return
        }
        let keep = run(containing: count - 1)
        if isIdentity(keep) {
            sourceEnds[keep] = sourceStarts[keep] + (count - cleanStarts[keep])
        }
        let removed = (keep + 1)..<cleanStarts.count
        cleanStarts.removeSubrange(removed)
        sourceStarts.removeSubrange(removed)
        sourceEnds.removeSubrange(removed)
        cleanCount = count
    }

    private func isIdentity(_ run: Int) -> Bool {
        let cleanLength = (run + 1 < cleanStarts.count ? cleanStarts[run + 1] : cleanCount) - cleanStarts[run]
        return sourceEnds[run] - sourceStarts[run] == cleanLength
    }

    /// Index of the run holding clean position `index` (binary search).
    private func run(containing index: Int) -> Int {
        var low = 0
        var high = cleanStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if cleanStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The source offset where clean character `index` starts; `cleanCount` maps to the source end.
    package func sourceStart(of index: Int) -> Int {
        var cursor = Cursor(self)
        return cursor.sourceStart(of: index)
    }

    /// The source extent of a clean range.
    package func sourceSpan(of range: Range<Int>) -> Span {
        var cursor = Cursor(self)
        return cursor.sourceSpan(of: range)
    }

    /// A position in the map that moves forward in amortised O(1) for increasing queries.
    package struct Cursor {
        private let map: OffsetMap
        private var run = 0

        /// A cursor at the start of `map`.
        package init(_ map: OffsetMap) { self.map = map }

        private mutating func seek(_ index: Int) {
            let starts = map.cleanStarts
            if run >= starts.count { run = max(0, starts.count - 1) }
            guard !starts.isEmpty else { return }
            if starts[run] <= index {
                // Gallop forward: a few linear steps, then binary search.
                var steps = 0
                while run + 1 < starts.count, starts[run + 1] <= index {
                    run += 1
                    steps += 1
                    if steps == 8 {
                        run = map.run(containing: index)
                        return
                    }
                }
            } else {
                run = map.run(containing: index)
            }
        }

        /// The source offset where clean character `index` starts; `cleanCount` maps to the source end.
        package mutating func sourceStart(of index: Int) -> Int {
            if index >= map.cleanCount || map.cleanStarts.isEmpty {
                return map.cleanStarts.isEmpty ? min(index, map.sourceCount) : map.endOfMappedSource
            }
            seek(max(0, index))
            return map.isIdentity(run) ? map.sourceStarts[run] + (max(0, index) - map.cleanStarts[run]) : map.sourceStarts[run]
        }

        /// One past the source offset where clean character `index` ends.
        package mutating func sourceEnd(of index: Int) -> Int {
            if index >= map.cleanCount || map.cleanStarts.isEmpty { return sourceStart(of: index) }
            seek(max(0, index))
            return map.isIdentity(run) ? map.sourceStarts[run] + (max(0, index) - map.cleanStarts[run]) + 1 : map.sourceEnds[run]
        }

        /// The source extent of a clean range: from the start of its first character to the end of its last.
        package mutating func sourceSpan(of range: Range<Int>) -> Span {
            if range.isEmpty {
                let at = sourceStart(of: range.lowerBound)
                return Span(at, at)
            }
            let start = sourceStart(of: range.lowerBound)
            let end = sourceEnd(of: range.upperBound - 1)
            return Span(start, end)
        }
    }

    /// Where the last mapped character ends in the source.
    private var endOfMappedSource: Int {
        guard let last = cleanStarts.indices.last else { return 0 }
        return sourceEnds[last]
    }
}

extension OffsetMap {
    /// The map of the clean text with the characters at `removed` (ascending clean indices) taken
    /// out: their source stretch stays unmapped, as dropped markup is. Linear in runs + removals.
    func removing(_ removed: [Int]) -> OffsetMap {
        guard !removed.isEmpty else { return self }
        var out = OffsetMap()
        var k = 0
        for r in cleanStarts.indices {
            let c0 = cleanStarts[r]
            let c1 = r + 1 < cleanStarts.count ? cleanStarts[r + 1] : cleanCount
            if isIdentity(r) {
                var from = c0
                while k < removed.count, removed[k] < c1 {
                    let at = removed[k]
                    if at >= from {
                        out.appendIdentity(source: (sourceStarts[r] + from - c0)..<(sourceStarts[r] + at - c0))
                        from = at + 1
                    }
                    k += 1
                }
                out.appendIdentity(source: (sourceStarts[r] + from - c0)..<(sourceStarts[r] + c1 - c0))
            } else {
                var gone = false
                while k < removed.count, removed[k] < c1 {
                    if removed[k] >= c0 { gone = true }
                    k += 1
                }
                if !gone { out.appendReplacement(source: sourceStarts[r]..<sourceEnds[r]) }
            }
        }
        out.sourceCount = sourceCount
        return out
    }
}
