/// One shared passage: `length` tokens equal in both sequences from `local` and `central`.
package struct Tile: Hashable, Sendable {
    /// First token in the local sequence.
    package var local: Int
    /// First token in the central sequence.
    package var central: Int
    /// Number of tokens.
    package var length: Int
}

/// 贪心覆盖 (greedy string tiling) over word tokens: the shared passages of two tasks.
///
/// Greedy String Tiling (Wise 1993, the measure of JPlag and YAP3) finds the longest common
/// runs of tokens first and marks them, then the next longest among what is left, so a passage
/// counts once and reordered clauses are still found (unlike a longest common subsequence).
/// Runs shorter than `minimumLength` tokens are ignored: two unrelated tasks of one field share
/// many single words (农村公路, 管理) but few word pairs.
///
/// Here the maximal runs are found once through an index of token pairs (`PairIndex`), sorted
/// longest (by weight) first, and each is cut around tokens already taken; the cost is the number
/// of equal token pairs, bounded because a pair occurring more than `PairIndex.maximumPositions`
/// times in one task is not indexed.
package struct GreedyTiler {
    /// The shortest run counted, in tokens.
    package var minimumLength = 2

    /// A tiler with the default minimum run of two words.
    package init(minimumLength: Int = 2) { self.minimumLength = max(1, minimumLength) }

    /// The tiles between `local` and `central`; local tokens flagged in `blocked` are not used.
    package func tiles(_ local: TaskWords, _ central: TaskWords, centralPairs: PairIndex, blocked: [Bool]? = nil) -> [Tile] {
        let l = local.tokens
        let c = central.tokens
        // A one-word heading is compared word for word.
        let minimumLength = min(self.minimumLength, l.count, c.count)
        guard minimumLength >= 1 else { return [] }
        if minimumLength == 1 {
            return singleTokenTiles(local, central, blocked: blocked)
        }
        // Maximal runs: each starts where the pair matches and the tokens before do not.
        var runs: [(tile: Tile, weight: Int)] = []
        for i in 0..<(l.count - 1) {
            for p in centralPairs.positions(PairIndex.key(l[i], l[i + 1])) {
                let j = Int(p)
                if i > 0, j > 0, l[i - 1] == c[j - 1] { continue }
                var k = 2
                var weight = Int(local.weights[i] + local.weights[i + 1])
                while i + k < l.count, j + k < c.count, l[i + k] == c[j + k] {
                    weight += Int(local.weights[i + k])
                    k += 1
                }
                if k >= minimumLength { runs.append((Tile(local: i, central: j, length: k), weight)) }
            }
        }
        runs.sort { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            if a.tile.local != b.tile.local { return a.tile.local < b.tile.local }
            return a.tile.central < b.tile.central
        }
        var usedLocal = blocked ?? [Bool](repeating: false, count: l.count)
        var usedCentral = [Bool](repeating: false, count: c.count)
        var tiles: [Tile] = []
        for (run, _) in runs {
            var k = 0
            while k < run.length {
                while k < run.length, usedLocal[run.local + k] || usedCentral[run.central + k] { k += 1 }
                let start = k
                while k < run.length, !usedLocal[run.local + k], !usedCentral[run.central + k] { k += 1 }
                if k - start >= minimumLength {
                    let tile = Tile(local: run.local + start, central: run.central + start, length: k - start)
                    for t in 0..<tile.length {
                        usedLocal[tile.local + t] = true
                        usedCentral[tile.central + t] = true
                    }
                    tiles.append(tile)
                }
            }
        }
        return tiles.sorted { $0.local < $1.local }
    }
}

extension GreedyTiler {
    /// Tiles when one side is a single token: each of its occurrences on the other side, first free one.
    func singleTokenTiles(_ local: TaskWords, _ central: TaskWords, blocked: [Bool]?) -> [Tile] {
        if local.tokens.count == 1 {
            guard blocked?[0] != true, let j = central.tokens.firstIndex(of: local.tokens[0]) else { return [] }
            return [Tile(local: 0, central: j, length: 1)]
        }
        guard let i = local.tokens.indices.first(where: { local.tokens[$0] == central.tokens[0] && blocked?[$0] != true }) else { return [] }
        return [Tile(local: i, central: 0, length: 1)]
    }
}

/// 词对索引 (token-pair index) of one task: where each pair of adjacent tokens occurs.
///
/// Sorted arrays searched by bisection (no hashing): `keys` ascending and distinct, the positions
/// of `keys[k]` at `positions[starts[k]..<starts[k + 1]]`.
package struct PairIndex: Sendable {
    /// A pair occurring more often than this in one task is not indexed (it says little and costs much).
    package static let maximumPositions = 32
    private var keys: [UInt64] = []
    private var starts: [Int32] = [0]
    private var positionList: [Int32] = []

    /// The index of `words`.
    package init(_ words: TaskWords) {
        let t = words.tokens
        guard t.count >= 2 else { return }
        var entries: [(key: UInt64, position: Int32)] = []
        entries.reserveCapacity(t.count - 1)
        for i in 0..<(t.count - 1) { entries.append((Self.key(t[i], t[i + 1]), Int32(i))) }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
        var k = 0
        while k < entries.count {
            let key = entries[k].key
            var end = k
            while end < entries.count, entries[end].key == key { end += 1 }
            keys.append(key)
            for e in k..<min(end, k + Self.maximumPositions) { positionList.append(entries[e].position) }
            starts.append(Int32(positionList.count))
            k = end
        }
    }

    /// The positions where the pair `key` starts, ascending (empty when it does not occur).
    package func positions(_ key: UInt64) -> ArraySlice<Int32> {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        guard low < keys.count, keys[low] == key else { return [] }
        return positionList[Int(starts[low])..<Int(starts[low + 1])]
    }

    /// The key of the pair (a, b).
    @inline(__always) package static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }
}
