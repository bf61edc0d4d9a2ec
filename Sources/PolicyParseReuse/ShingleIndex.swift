import Foundation

/// 词对倒排索引 (inverted index of word shingles): which items hold each pair of adjacent tokens.
///
/// Items are tasks (in `compare`) or whole documents (in corpus mode). `candidates` ranks the
/// items sharing shingles with a query by the sum of the shingles' inverse document frequency,
/// so only the best few are scored precisely, never all pairs. A shingle held by more than
/// `maximumPostings` items is skipped (in a corpus: 的 工作, 加强 组织).
package struct ShingleIndex: Sendable {
    /// Items holding each shingle, each once, ascending.
    private var postings: [UInt64: [Int32]] = [:]
    /// Number of items indexed.
    package private(set) var count = 0
    /// Shingles held by more items than this are not used to find candidates.
    package var maximumPostings: Int

    /// An empty index.
    package init(maximumPostings: Int = Int.max) { self.maximumPostings = maximumPostings }

    /// Adds the next item (its id is the number of items added before it) with its tokens.
    /// An item of one token is indexed by that token, so a one-word heading finds its like.
    package mutating func add(_ tokens: [Int32]) {
        let id = Int32(count)
        count += 1
        if tokens.count == 1 { postings[PairIndex.key(tokens[0], -1), default: []].append(id) }
        guard tokens.count >= 2 else { return }
        for i in 0..<(tokens.count - 1) {
            let key = PairIndex.key(tokens[i], tokens[i + 1])
            if postings[key]?.last == id { continue }
            postings[key, default: []].append(id)
        }
    }

    /// The distinct shingles of `tokens`, ascending.
    package static func shingles(_ tokens: [Int32]) -> [UInt64] {
        if tokens.count == 1 { return [PairIndex.key(tokens[0], -1)] }
        guard tokens.count >= 2 else { return [] }
        var keys = (0..<(tokens.count - 1)).map { PairIndex.key(tokens[$0], tokens[$0 + 1]) }
        keys.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(keys.count)
        for key in keys where distinct.last != key { distinct.append(key) }
        return distinct
    }

    /// The items sharing shingles with `tokens`, best first, at most `limit`, each with its idf sum;
    /// `excluding` is left out (a document is not its own source).
    package func candidates(for tokens: [Int32], limit: Int, excluding: Int? = nil) -> [(item: Int, score: Double)] {
        var scores = [Double](repeating: 0, count: count)
        var touched: [Int] = []
        let n = Double(max(count, 1))
        for key in Self.shingles(tokens) {
            guard let items = postings[key], items.count <= maximumPostings else { continue }
            let idf = log(1 + n / Double(items.count))
            for item in items where Int(item) != excluding {
                if scores[Int(item)] == 0 { touched.append(Int(item)) }
                scores[Int(item)] += idf
            }
        }
        touched.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return touched.prefix(max(0, limit)).map { ($0, scores[$0]) }
    }
}
