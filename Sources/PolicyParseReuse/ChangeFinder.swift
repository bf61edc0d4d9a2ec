import PolicyParse

/// 变化 (changes): the targets and departments a local task adds, drops or changes against the
/// central task(s) it comes from.
///
/// Targets (amounts, percentages, years, quantities) are paired where the alignment put their
/// placeholders in one shared passage (`超过⟨额⟩` against `超过⟨额⟩`); those left over are paired
/// when the word before or after them agrees. A pair whose texts differ is
/// `changed` (2025年 → 2023年); an unpaired local target is `added`, a central one `removed`.
/// Departments are compared by name without their jurisdiction (`JurisdictionWords.departmentKey`):
/// 市交通委 against 区交通委 is `changed` (localised); other names are `added` or `removed`.
package struct ChangeFinder {
    /// Place names of both documents.
    package var places: Set<String>

    /// A finder knowing `places`.
    package init(places: Set<String>) { self.places = places }

    /// A central mention: the central node (its index among the central nodes), kind and index.
    package struct CentralMention: Hashable, Sendable {
        /// The central node's index.
        package var item: Int
        /// The mention's kind.
        package var kind: MentionKind
        /// The index within the node's mentions of that kind.
        package var index: Int
    }

    /// What `changes` finds: the changes, and the central mentions the local task takes up (paired,
    /// changed or not). A central mention some other local task takes up is not `removed` by the
    /// alignment as a whole (the other part of a split task has it).
    package struct Result {
        /// The changes; each `removed` one names its central mention in `removedMentions` at the same position.
        package var changes: [TaskChange] = []
        /// For each change, the central mention it drops, if it is a removal.
        package var removedMentions: [CentralMention?] = []
        /// Central mentions this local task takes up.
        package var takenUp: Set<CentralMention> = []
    }

    /// The changes of `local` against `matches` (each central task with its index and tiles).
    package func changes(_ local: TaskWords, against matches: [(item: Int, central: TaskWords, tiles: [Tile])]) -> Result {
        var result = Result()
        departmentChanges(local, matches, into: &result)
        targetChanges(local, matches, into: &result)
        return result
    }

    private struct Key: Hashable {
        var unit: Int
        var kind: MentionKind
        var index: Int
    }

    private func targetChanges(_ local: TaskWords, _ matches: [(item: Int, central: TaskWords, tiles: [Tile])], into out: inout Result) {
        var pairs: [(MentionReference, MentionReference, Int)] = []
        var pairedLocal: Set<Key> = []
        var pairedCentral: Set<Key> = []
        for (u, match) in matches.enumerated() {
            for tile in match.tiles {
                for t in 0..<tile.length {
                    guard let l = local.mentions[tile.local + t], let c = match.central.mentions[tile.central + t],
                          l.kind == c.kind, l.kind != .department else { continue }
                    let lk = Key(unit: -1, kind: l.kind, index: l.index)
                    let ck = Key(unit: u, kind: c.kind, index: c.index)
                    guard !pairedLocal.contains(lk), !pairedCentral.contains(ck) else { continue }
                    pairedLocal.insert(lk)
                    pairedCentral.insert(ck)
                    pairs.append((l, c, match.item))
                }
            }
        }
        // Leftovers: token positions of each mention, for the words beside it.
        func positions(_ words: TaskWords) -> [Key: Int] {
            var result: [Key: Int] = [:]
            for (i, m) in words.mentions.enumerated() { if let m { result[Key(unit: 0, kind: m.kind, index: m.index)] = i } }
            return result
        }
        let localPositions = positions(local)
        var leftLocal = local.presentMentions.filter { $0.kind != .department && !pairedLocal.contains(Key(unit: -1, kind: $0.kind, index: $0.index)) }
        var leftCentral: [(unit: Int, mention: MentionReference)] = []
        for (u, match) in matches.enumerated() {
            // Only central targets inside the stretch the local task takes up can be dropped by it:
            // the rest of a split central task belongs to the other parts.
            let central = positions(match.central)
            let first = match.tiles.map(\.central).min() ?? 0
            let last = match.tiles.map { $0.central + $0.length }.max() ?? 0
            for m in match.central.presentMentions where m.kind != .department && !pairedCentral.contains(Key(unit: u, kind: m.kind, index: m.index)) {
                guard let p = central[Key(unit: 0, kind: m.kind, index: m.index)], p >= first, p < last else { continue }
                leftCentral.append((u, m))
            }
        }
        func context(_ words: TaskWords, _ position: Int?, _ offset: Int) -> Int32? {
            guard let position, words.tokens.indices.contains(position + offset) else { return nil }
            return words.tokens[position + offset]
        }
        // Left over: paired when the word before or after agrees (到⟨年⟩ against 到⟨年⟩).
        do {
            var i = 0
            while i < leftLocal.count {
                let l = leftLocal[i]
                let lp = localPositions[Key(unit: 0, kind: l.kind, index: l.index)]
                let found = leftCentral.firstIndex { entry in
                    guard entry.mention.kind == l.kind else { return false }
                    let central = matches[entry.unit].central
                    let cp = positions(central)[Key(unit: 0, kind: entry.mention.kind, index: entry.mention.index)]
                    let before = context(local, lp, -1)
                    let after = context(local, lp, 1)
                    return (before != nil && before == context(central, cp, -1)) || (after != nil && after == context(central, cp, 1))
                }
                if let found {
                    pairs.append((l, leftCentral[found].mention, matches[leftCentral[found].unit].item))
                    leftCentral.remove(at: found)
                    leftLocal.remove(at: i)
                } else {
                    i += 1
                }
            }
        }
        for (l, c, item) in pairs.sorted(by: { $0.0.span.start < $1.0.span.start }) {
            out.takenUp.insert(CentralMention(item: item, kind: c.kind, index: c.index))
            guard l.text != c.text else { continue }
            out.changes.append(TaskChange(kind: l.kind.rawValue, change: "changed", central: c.text, local: l.text, centralSpan: c.span, localSpan: l.span))
            out.removedMentions.append(nil)
        }
        for l in leftLocal {
            out.changes.append(TaskChange(kind: l.kind.rawValue, change: "added", central: nil, local: l.text, centralSpan: nil, localSpan: l.span))
            out.removedMentions.append(nil)
        }
        for (u, c) in leftCentral {
            out.changes.append(TaskChange(kind: c.kind.rawValue, change: "removed", central: c.text, local: nil, centralSpan: c.span, localSpan: nil))
            out.removedMentions.append(CentralMention(item: matches[u].item, kind: c.kind, index: c.index))
        }
    }

    private func departmentChanges(_ local: TaskWords, _ matches: [(item: Int, central: TaskWords, tiles: [Tile])], into out: inout Result) {
        var seen: Set<String> = []
        let localDepartments = local.presentMentions.filter { $0.kind == .department && seen.insert($0.text).inserted }
        var centralDepartments: [(item: Int, mention: MentionReference)] = []
        seen = []
        for match in matches {
            for m in match.central.presentMentions where m.kind == .department && seen.insert(m.text).inserted {
                centralDepartments.append((match.item, m))
            }
        }
        func take(_ index: Int) -> (item: Int, mention: MentionReference) {
            let c = centralDepartments.remove(at: index)
            out.takenUp.insert(CentralMention(item: c.item, kind: .department, index: c.mention.index))
            return c
        }
        var unmatched: [MentionReference] = []
        for l in localDepartments {
            if let same = centralDepartments.firstIndex(where: { $0.mention.text == l.text }) {
                _ = take(same)
            } else {
                unmatched.append(l)
            }
        }
        for l in unmatched {
            let key = JurisdictionWords.departmentKey(l.text, places: places)
            if let found = centralDepartments.firstIndex(where: { JurisdictionWords.departmentKey($0.mention.text, places: places) == key }) {
                let c = take(found).mention
                out.changes.append(TaskChange(kind: "department", change: "changed", central: c.text, local: l.text, centralSpan: c.span, localSpan: l.span))
            } else {
                out.changes.append(TaskChange(kind: "department", change: "added", central: nil, local: l.text, centralSpan: nil, localSpan: l.span))
            }
            out.removedMentions.append(nil)
        }
        for (item, c) in centralDepartments {
            out.changes.append(TaskChange(kind: "department", change: "removed", central: c.text, local: nil, centralSpan: c.span, localSpan: nil))
            out.removedMentions.append(CentralMention(item: item, kind: .department, index: c.index))
        }
    }
}
