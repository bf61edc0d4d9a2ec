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

    /// The distinct shingles of `tokens`.
    package static func shingles(_ tokens: [Int32]) -> Set<UInt64> {
        var set: Set<UInt64> = []
        if tokens.count == 1 { set.insert(PairIndex.key(tokens[0], -1)) }
        guard tokens.count >= 2 else { return set }
        set.reserveCapacity(tokens.count)
        for i in 0..<(tokens.count - 1) { set.insert(PairIndex.key(tokens[i], tokens[i + 1])) }
        return set
    }

    /// The items sharing shingles with `tokens`, best first, at most `limit`, each with its idf sum;
    /// `excluding` is left out (a document is not its own source).
    package func candidates(for tokens: [Int32], limit: Int, excluding: Int? = nil) -> [(item: Int, score: Double)] {
        var scores: [Int: Double] = [:]
        let n = Double(max(count, 1))
        for key in Self.shingles(tokens) {
            guard let items = postings[key], items.count <= maximumPostings else { continue }
            let idf = log(1 + n / Double(items.count))
            for item in items where Int(item) != excluding { scores[Int(item), default: 0] += idf }
        }
        let ranked = scores.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }
        return ranked.prefix(max(0, limit)).map { ($0.key, $0.value) }
    }
}
