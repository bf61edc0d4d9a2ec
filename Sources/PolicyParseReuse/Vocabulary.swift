/// 词表 (vocabulary): interns normalised words as small integers so sequences compare fast.
///
/// One vocabulary is shared by all documents of a comparison, so equal words get equal ids.
package struct Vocabulary: Sendable {
    private var ids: [String: Int32] = [:]
    private(set) var words: [String] = []
    /// Each folded word's normalised tokens and weights (`WordNormalizer`), so a word is normalised once.
    package var normalized: [[UInt32]: [(id: Int32, weight: Int32)]] = [:]

    /// An empty vocabulary.
    package init() {}

    /// The id of `word`, added if new.
    package mutating func id(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    /// The word of `id`.
    package func word(_ id: Int32) -> String { words[Int(id)] }
}
