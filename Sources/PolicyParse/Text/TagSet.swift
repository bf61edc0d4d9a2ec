/// A fixed set of HTML tag names, looked up without hashing: each name (at most 16 ASCII bytes,
/// none of them NUL) packed into one integer, the integers sorted and binary-searched.
struct TagSet: Sendable {
    private let keys: [UInt128]

    /// The set of `names`.
    init(_ names: [String]) {
        keys = names.map(Self.key).sorted()
    }

    /// Whether `name` is in the set.
    func contains(_ name: String) -> Bool {
        guard name.utf8.count <= 16 else { return false }
        let key = Self.key(name)
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key
    }

    /// The bytes of `name`, big-endian: distinct for distinct names of at most 16 non-NUL bytes.
    private static func key(_ name: String) -> UInt128 {
        var name = name
        return name.withUTF8 { bytes in
            var key: UInt128 = 0
            for byte in bytes.prefix(16) { key = key << 8 | UInt128(byte) }
            return key
        }
    }
}
