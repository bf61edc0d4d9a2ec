import PolicyParse

/// One share `K/N` of a batch's inputs, chosen by a stable hash of each input's relative path.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based number of this share.
    public var index: Int
    /// How many shares the inputs are split into.
    public var count: Int

    /// Creates the share `index/count`; nil unless `1 <= index <= count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `K/N` (e.g. `2/8`); nil if malformed or out of range.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let k = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let n = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether the input at `relativePath` belongs to this share: FNV-1a 64 of its UTF-8, modulo `count`.
    public func contains(_ relativePath: String) -> Bool {
        Int(FNV1a64.hash(relativePath) % UInt64(count)) == index - 1
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
