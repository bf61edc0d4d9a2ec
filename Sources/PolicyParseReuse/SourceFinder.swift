import Foundation
import PolicyParse

/// 来源识别 (source finding), corpus mode: for each document of a corpus, the documents it most
/// likely implements or copies from, with the share of its tasks that match each.
///
/// Candidate pairs come from an inverted index, never from all pairs: each document is reduced to
/// a bottom-k sketch of its word-pair shingles (the `sketchSize` smallest 64-bit hashes of its
/// distinct normalised shingles, a MinHash sketch), the sketches are indexed, and a document's
/// candidates are the documents sharing the most sketch entries (at least `minimumSharedSketch`).
/// A sketch entry held by more than `maximumPostings` documents (boilerplate such as 加强 组织 领导)
/// is skipped. Each candidate pair is then aligned task by task (`ReuseAligner`), and the share of
/// the local document's tasks labelled copied or adapted is its score.
public struct SourceFinder: Sendable {
    /// One document pair: how much of `local` comes from `central`.
    public struct Source: Hashable, Sendable, Codable {
        /// The local document's index in the corpus.
        public var local: Int
        /// The candidate source's index.
        public var central: Int
        /// The local document's `source` path.
        public var localSource: String?
        /// The candidate source's `source` path.
        public var centralSource: String?
        /// The candidate source's title.
        public var centralTitle: String?
        /// Task-level nodes (leaf and paragraph tasks) of the local document.
        public var tasks: Int
        /// Of those, labelled copied.
        public var copied: Int
        /// Of those, labelled adapted.
        public var adapted: Int
        /// `(copied + adapted) / tasks`: the share of the local document's tasks that match.
        public var share: Decimal
        /// The share of the source's tasks the local document takes up.
        public var centralTakenUp: Decimal
        /// Sketch entries the two share (why the pair was a candidate).
        public var sharedSketch: Int
    }

    /// The documents.
    public let documents: [Document]
    /// Label thresholds for the task alignment.
    public var thresholds: ReuseThresholds
    /// Candidates aligned per document.
    public var candidatesPerDocument: Int
    /// Sketch entries two documents must share to be a candidate pair.
    public var minimumSharedSketch: Int

    private let places: Set<String>
    private let sketches: [[UInt64]]
    private let postings: [UInt64: [Int32]]
    /// A sketch entry held by more documents than this is not used to find candidates.
    public let maximumPostings: Int

    /// Indexes `documents` (splits each into words once).
    public init(documents: [Document], thresholds: ReuseThresholds = ReuseThresholds(), sketchSize: Int = 256,
                candidatesPerDocument: Int = 5, minimumSharedSketch: Int = 4) {
        self.documents = documents
        self.thresholds = thresholds
        self.candidatesPerDocument = candidatesPerDocument
        self.minimumSharedSketch = minimumSharedSketch
        var places: Set<String> = []
        for document in documents { places.formUnion(WordNormalizer.places(of: document)) }
        self.places = places
        let normalizer = WordNormalizer(places: places)
        var sketches: [[UInt64]] = []
        sketches.reserveCapacity(documents.count)
        var postings: [UInt64: [Int32]] = [:]
        for (d, document) in documents.enumerated() {
            let sketch = Self.sketch(document, normalizer: normalizer, size: sketchSize)
            sketches.append(sketch)
            for h in sketch { postings[h, default: []].append(Int32(d)) }
        }
        self.sketches = sketches
        self.postings = postings
        maximumPostings = max(64, documents.count / 20)
    }

    /// The bottom-`size` hashes of the document's distinct normalised word-pair shingles.
    static func sketch(_ document: Document, normalizer: WordNormalizer, size: Int) -> [UInt64] {
        var vocabulary = Vocabulary()
        let units = normalizer.words(of: document, vocabulary: &vocabulary)
        let wordHashes = vocabulary.words.map(fnv1a)
        var hashes = Set<UInt64>()
        for unit in units where unit.tokens.count >= 2 {
            for i in 0..<(unit.tokens.count - 1) {
                hashes.insert(mix(wordHashes[Int(unit.tokens[i])] &* 31 &+ wordHashes[Int(unit.tokens[i + 1])]))
            }
        }
        return Array(hashes.sorted().prefix(max(1, size)))
    }

    /// FNV-1a over UTF-8.
    static func fnv1a(_ word: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01B3
        }
        return h
    }

    /// SplitMix64 finaliser: spreads the shingle hashes so the bottom-k sample is uniform.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The candidate sources of document `index`, best first, with the sketch entries shared.
    public func candidates(of index: Int) -> [(document: Int, shared: Int)] {
        guard sketches.indices.contains(index) else { return [] }
        var counts: [Int32: Int] = [:]
        for h in sketches[index] {
            guard let docs = postings[h], docs.count <= maximumPostings else { continue }
            for d in docs where Int(d) != index { counts[d, default: 0] += 1 }
        }
        return counts.filter { $0.value >= minimumSharedSketch }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(candidatesPerDocument)
            .map { (Int($0.key), $0.value) }
    }

    /// The documents `index` most likely implements or copies from, by share of its tasks that match, best first.
    public func sources(of index: Int) -> [Source] {
        let found = candidates(of: index)
        guard !found.isEmpty else { return [] }
        let normalizer = WordNormalizer(places: places)
        var vocabulary = Vocabulary()
        let local = PreparedDocument(documents[index], normalizer: normalizer, vocabulary: &vocabulary)
        let aligner = ReuseAligner(thresholds: thresholds)
        var result: [Source] = []
        for (other, shared) in found {
            let central = PreparedDocument(documents[other], normalizer: normalizer, vocabulary: &vocabulary)
            let alignment = aligner.align(central: central, local: local, places: places)
            let tasks = alignment.tasks.filter { $0.kind == "task" }
            let copied = tasks.filter { $0.label == .copied }.count
            let adapted = tasks.filter { $0.label == .adapted }.count
            result.append(Source(local: index, central: other, localSource: documents[index].source,
                                 centralSource: documents[other].source, centralTitle: documents[other].title,
                                 tasks: tasks.count, copied: copied, adapted: adapted,
                                 share: tasks.isEmpty ? 0 : rounded(Double(copied + adapted) / Double(tasks.count)),
                                 centralTakenUp: alignment.summary.takenUpShare, sharedSketch: shared))
        }
        return result.sorted { $0.share != $1.share ? $0.share > $1.share : $0.central < $1.central }
    }

    /// Every document's sources with a share of at least `minimumShare`: the document-pair matrix.
    /// The default, 0.3, keeps pairs where a local plan takes up a real part of another, not only
    /// the generic tasks every plan has (Docs/Reuse.md).
    public func matrix(minimumShare: Decimal = 0.3) -> [Source] {
        documents.indices.flatMap { sources(of: $0).filter { $0.share >= minimumShare } }
    }

    /// Pairs the matrix aligns: the sum of every document's candidates (never all pairs).
    public var pairsScored: Int { documents.indices.reduce(0) { $0 + candidates(of: $1).count } }

    /// The matrix as CSV: a header, then one row per pair (local, central, tasks, copied, adapted, share, taken up).
    public static func csv(_ rows: [Source]) -> String {
        var out = "local,central,central_title,local_tasks,copied,adapted,share,central_taken_up,shared_sketch\n"
        for row in rows {
            out += [row.localSource ?? "\(row.local)", row.centralSource ?? "\(row.central)", row.centralTitle ?? ""].map(csvField).joined(separator: ",")
            out += ",\(row.tasks),\(row.copied),\(row.adapted),\(row.share),\(row.centralTakenUp),\(row.sharedSketch)\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
