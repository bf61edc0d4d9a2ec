/// Two names as one dictionary key, hashed and compared by their UTF-8 bytes.
///
/// `String`'s own hashing brings each Chinese name to its normal form (NFC) first, which costs
/// about 2,000 instructions a lookup; the assembler looks names up at every mention. Byte
/// equality is stricter than `String`'s canonical equivalence, so two spellings of one name
/// are two keys: a cache keyed by it may miss, never answer wrongly.
struct NamePair: Hashable {
    let first: String
    let second: String

    init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    static func == (a: NamePair, b: NamePair) -> Bool {
        sameBytes(a.first, b.first) && sameBytes(a.second, b.second)
    }

    /// Whether `a` and `b` hold the same UTF-8 bytes.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        var a = first, b = second
        a.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)   // never a byte of UTF-8: separates the two
        b.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
